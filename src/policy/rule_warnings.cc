// Unmeetable: rules and contact-point sets no record could ever meet, with
// the parameters in effect (after a proration and its overrides).
//
// * A rule whose minimum is above its maximum.
// * A rule counted in days that asks for more days than lie between the
//   period start and its due date (counted in a leap year, the most there
//   could be).
// * A coverage rule asking for more areas than it lists.
// * A contact-point set with a minimum for a kind the policy does not allow:
//   points of that kind are never counted.
#include <algorithm>
#include <cstdint>

#include "base/absl_compat.h"
#include "absl/time/civil_time.h"
#include "policy/policy_warning_list.h"

namespace liaison {
namespace {

constexpr int kLeapYear = 2000;

void CheckRule(const EffectiveRule& rule, const PolicyDocument& document,
               const std::string& path, PolicyWarningList& warnings) {
  const TaskRule& written = *rule.rule;
  if (rule.max && rule.min > *rule.max) {
    warnings.Add(path, "unmeetable",
                 {StrCat("生效的最低要求 ", rule.min, " 高于上限 ", *rule.max,
                               "，任何记录都无法达标"),
                  StrCat("its minimum in effect, ", rule.min, ", is above its maximum ",
                               *rule.max, ": no record can meet it")});
  }
  if (TraitsOf(written.kind).in_days) {
    const MonthDay last = std::min(rule.due, document.period_end);
    const std::int64_t days =
        document.period_start <= last
            ? last.InYear(kLeapYear) - document.period_start.InYear(kLeapYear) + 1
            : 0;
    if (rule.min > days) {
      warnings.Add(path + ".min", "unmeetable",
                   {StrCat("要求 ", rule.min, " 天，但从期间开始到截止日最多只有 ", days,
                                 " 天，任何记录都无法达标"),
                    StrCat("asks for ", rule.min, " days, but at most ", days,
                                 " lie between the period start and the due date: no record "
                                 "can meet it")});
    }
  }
  if (written.kind == RuleKind::kCoverage &&
      rule.min > static_cast<std::int64_t>(written.areas.size())) {
    warnings.Add(path + ".min", "unmeetable",
                 {StrCat("要求覆盖 ", rule.min, " 个领域，但只列出 ", written.areas.size(),
                               " 个，任何记录都无法达标"),
                  StrCat("asks for ", rule.min, " areas but lists ", written.areas.size(),
                               ": no record can meet it")});
  }
}

void CheckContactPointSets(const ContactPointPolicy& policy, const Vocabulary& vocabulary,
                           PolicyWarningList& warnings) {
  if (policy.allowed_kinds.empty()) return;
  for (std::size_t s = 0; s < policy.sets.size(); ++s) {
    const std::vector<KindMinimum>& minimums = policy.sets[s].kind_minimums;
    for (std::size_t k = 0; k < minimums.size(); ++k) {
      const TermId kind = minimums[k].kind;
      if (std::find(policy.allowed_kinds.begin(), policy.allowed_kinds.end(), kind) !=
          policy.allowed_kinds.end()) {
        continue;
      }
      const std::string& id = vocabulary.contact_point_kinds[kind].id;
      warnings.Add(StrCat("$.contact_points.sets[", s, "].kind_minimums[", k, "].kind"),
                   "unmeetable",
                   {StrCat("类型 \"", id,
                                 "\" 不在 allowed_kinds 中，这类联系点从不计入，该最低要求无法达到"),
                    StrCat("kind \"", id,
                                 "\" is not in allowed_kinds, so its points never count and "
                                 "this minimum cannot be met")});
    }
  }
}

}  // namespace

void AddUnmeetableWarnings(const Policy& policy, PolicyWarningList& warnings) {
  const PolicyDocument& document = policy.document();
  for (std::size_t i = 0; i < policy.rules().size(); ++i) {
    CheckRule(policy.rules()[i], document, StrCat("$.rules[", i, "]"), warnings);
  }
  if (document.contact_points) {
    CheckContactPointSets(*document.contact_points, document.vocabulary, warnings);
  }
}

}  // namespace liaison
