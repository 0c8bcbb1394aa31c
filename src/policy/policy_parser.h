// ParsePolicyDocument: policy JSON text to a validated PolicyDocument.
//
// All validation of policies happens here, where every value still has its
// JSON path: structure (types, unknown and missing fields), vocabulary
// references (a rule naming an activity kind the policy never defines),
// ranges (min ≤ max, shares in [0, 1], dates inside the period) and
// uniqueness of ids. Every problem is collected; the status carries them all.
#ifndef LIAISON_SRC_POLICY_PARSER_H_
#define LIAISON_SRC_POLICY_PARSER_H_

#include <string_view>

#include "absl/status/statusor.h"
#include "liaison/policy_document.h"

namespace liaison {

inline constexpr std::string_view kPolicySchema = "liaison.policy/1";

absl::StatusOr<PolicyDocument> ParsePolicyDocument(std::string_view json);

}  // namespace liaison

#endif  // LIAISON_SRC_POLICY_PARSER_H_
