// PolicyWarnings: what in a valid policy is probably not what its author meant.
//
// A policy can validate and still say something its author did not mean. The
// warnings point at those places, each with its JSON path and a message in
// Chinese and English (docs/policy.md §14):
//
//   title_number     a rule's title quotes a number its parameters do not
//                    have ("不少于100名" over "min": 80)
//   title_date       a rule's title names a deadline its `due` is not
//                    ("10月底前" over "due": "11-30")
//   no_effect        a setting that changes nothing at any department size
//                    (`minimum_one_from: 4` under a 25% cap; a cap of 100%)
//   cap_above_share  a cap that, rounded the grading's way, gives more than
//                    its share at some department sizes of 1–50 (1 of 2 under
//                    25%). A cap that names its own `rounding` is taken as
//                    chosen knowingly and not warned about.
//   unmeetable       a rule no record could ever meet (more days than the
//                    period has, a minimum above the maximum)
//
// `liaison policy validate` prints them and exits 0 (1 with --strict); the C
// ABI has them as JSON (liaison_policy_warnings_json), Python as
// Policy.warnings.
#ifndef LIAISON_POLICY_WARNINGS_H_
#define LIAISON_POLICY_WARNINGS_H_

#include <string>
#include <vector>

#include "liaison/localized_text.h"
#include "liaison/policy.h"

namespace liaison {

struct PolicyWarning {
  std::string path;  // "$.rules[2].title.zh"
  std::string code;  // "title_number", "title_date", "no_effect", "cap_above_share", "unmeetable"
  LocalizedText message;
};

// Every warning about `policy`, in document order of the sections: rules
// (titles, then whether they can be met), then grading.
std::vector<PolicyWarning> PolicyWarnings(const Policy& policy);

// The warnings as a JSON array: [{"path", "code", "zh", "en"}, …].
std::string PolicyWarningsJson(const std::vector<PolicyWarning>& warnings);

}  // namespace liaison

#endif  // LIAISON_POLICY_WARNINGS_H_
