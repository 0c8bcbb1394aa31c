// PolicyWarningList: the warnings about a policy as its checks find them
// (policy_warnings.cc runs the checks; title_warnings.cc,
// rule_warnings.cc and grading_warnings.cc are the checks).
#ifndef LIAISON_SRC_POLICY_POLICY_WARNING_LIST_H_
#define LIAISON_SRC_POLICY_POLICY_WARNING_LIST_H_

#include <string>
#include <utility>
#include <vector>

#include "liaison/policy.h"
#include "liaison/policy_warnings.h"

namespace liaison {

class PolicyWarningList {
 public:
  void Add(std::string path, std::string code, LocalizedText message) {
    warnings_.push_back({std::move(path), std::move(code), std::move(message)});
  }
  std::vector<PolicyWarning> Take() { return std::move(warnings_); }

 private:
  std::vector<PolicyWarning> warnings_;
};

// Rules' titles that disagree with their parameters.
void AddTitleWarnings(const PolicyDocument& document, PolicyWarningList& warnings);
// Rules and contact-point sets no record could meet.
void AddUnmeetableWarnings(const Policy& policy, PolicyWarningList& warnings);
// Grading settings with no effect, caps that round above their share.
void AddGradingWarnings(const GradingPolicy& grading, PolicyWarningList& warnings);

}  // namespace liaison

#endif  // LIAISON_SRC_POLICY_POLICY_WARNING_LIST_H_
