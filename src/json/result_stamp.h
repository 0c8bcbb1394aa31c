// The stamp every result document carries, so a decision can be audited and
// reproduced: the policy (id, version, year, fingerprint) and the library
// version. Writes the two keys "policy" and "library_version" into the
// object being written.
#ifndef LIAISON_SRC_RESULT_STAMP_H_
#define LIAISON_SRC_RESULT_STAMP_H_

#include "json/json_writer.h"
#include "liaison/policy.h"
#include "liaison/version.h"

namespace liaison {

inline void WriteResultStamp(json::JsonWriter& w, const Policy& policy) {
  w.Key("policy");
  w.BeginObject();
  w.Key("id");
  w.String(policy.id());
  w.Key("version");
  w.String(policy.document().version);
  w.Key("year");
  w.Int(policy.year());
  w.Key("fingerprint");
  w.String(policy.fingerprint());
  w.EndObject();
  w.Key("library_version");
  w.String(LIAISON_VERSION_STRING);
}

}  // namespace liaison

#endif  // LIAISON_SRC_RESULT_STAMP_H_
