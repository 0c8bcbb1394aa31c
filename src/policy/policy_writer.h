// CanonicalPolicyJson: a PolicyDocument written back as its canonical JSON.
//
// The canonical form has a fixed key order, writes every field (defaults
// included, so a reader sees every parameter in force) and spells numbers in
// their shortest round-trip form. Parsing it gives an equal document, and its
// SHA-256 is the policy's fingerprint.
#ifndef LIAISON_SRC_POLICY_WRITER_H_
#define LIAISON_SRC_POLICY_WRITER_H_

#include <string>

#include "json/json_writer.h"
#include "liaison/policy_document.h"

namespace liaison {

std::string CanonicalPolicyJson(const PolicyDocument& document,
                                json::Layout layout = json::Layout::kCompact);

}  // namespace liaison

#endif  // LIAISON_SRC_POLICY_WRITER_H_
