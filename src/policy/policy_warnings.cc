// PolicyWarnings: runs the checks of policy_warning_list.h over a policy, and
// writes their findings as JSON.
#include "liaison/policy_warnings.h"

#include "json/json_writer.h"
#include "policy/policy_warning_list.h"

namespace liaison {

std::vector<PolicyWarning> PolicyWarnings(const Policy& policy) {
  PolicyWarningList warnings;
  AddTitleWarnings(policy.document(), warnings);
  AddUnmeetableWarnings(policy, warnings);
  AddGradingWarnings(policy.document().grading, warnings);
  return warnings.Take();
}

std::string PolicyWarningsJson(const std::vector<PolicyWarning>& warnings) {
  std::string out;
  json::JsonWriter w(out);
  w.BeginArray();
  for (const PolicyWarning& warning : warnings) {
    w.BeginObject();
    w.Field("path", warning.path);
    w.Field("code", warning.code);
    w.Field("zh", warning.message.zh);
    w.Field("en", warning.message.en);
    w.EndObject();
  }
  w.EndArray();
  return out;
}

}  // namespace liaison
