// A policy diff (liaison/policy_diff.h) as a document, schema
// liaison.policy-diff/1: the two policies (id, version, fingerprint, the year
// each was applied to when it does not cover the records'), the summary, the
// parameters changed, then per cadre and per department what moved.
//
//   std::string json = EncodePolicyDiff(*diff, JsonStyle::kPretty);
#ifndef LIAISON_POLICY_DIFF_JSON_H_
#define LIAISON_POLICY_DIFF_JSON_H_

#include <string>

#include "liaison/json_style.h"
#include "liaison/policy_diff.h"

namespace liaison {

// The diff as a document; pretty output ends with a new line.
std::string EncodePolicyDiff(const PolicyDiff& diff, JsonStyle style = JsonStyle::kCompact);

}  // namespace liaison

#endif  // LIAISON_POLICY_DIFF_JSON_H_
