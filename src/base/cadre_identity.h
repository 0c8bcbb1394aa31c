// The identity of a cadre whose record is an error: its entry's path in the
// records document, and its id, department and name when the decoder could
// read them. A bad record is an error status; this identity rides on the status as
// a payload, so every result that covers a batch (progress, diff, the case
// runner) can count the bad cadre where it belongs and name it.
#ifndef LIAISON_SRC_BASE_CADRE_IDENTITY_H_
#define LIAISON_SRC_BASE_CADRE_IDENTITY_H_

#include <string>

#include "absl/status/status.h"

namespace liaison {

struct CadreIdentity {
  std::string path;        // "$.cadres[2]"
  std::string id;          // empty: the id could not be read
  std::string department;  // empty: the department could not be read
  std::string name;        // empty: the name could not be read
};

// Attaches `identity` to the error `status` (replacing any earlier one).
void AttachCadreIdentity(absl::Status& status, const CadreIdentity& identity);

// The identity attached to `status`; empty fields when there is none.
CadreIdentity CadreIdentityOf(const absl::Status& status);

}  // namespace liaison

#endif  // LIAISON_SRC_BASE_CADRE_IDENTITY_H_
