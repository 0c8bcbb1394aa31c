#include "report/rule_tally.h"

#include "liaison/finding_message.h"

namespace liaison::report {

std::optional<Standing> StandingOf(const Finding& finding) {
  if (!finding.binding) return std::nullopt;
  switch (finding.status) {
    case FindingStatus::kMet: return Standing::kMet;
    case FindingStatus::kPending:
      return finding.pace == Pace::kBehind ? Standing::kBehind : Standing::kOnPace;
    case FindingStatus::kShort:
    case FindingStatus::kOverdue:
    case FindingStatus::kLate:
    case FindingStatus::kOver: return Standing::kOverdue;
    case FindingStatus::kNotApplicable:
    case FindingStatus::kAdvisory: break;
  }
  return std::nullopt;
}

bool NeedsFollowUp(const Finding& finding) {
  const std::optional<Standing> standing = StandingOf(finding);
  return standing == Standing::kBehind || standing == Standing::kOverdue;
}

std::vector<RuleTally> TallyRules(const std::vector<const CadreReport*>& reports,
                                  Language language) {
  std::vector<RuleTally> tallies;
  for (const CadreReport* report : reports) {
    for (const Finding& finding : report->findings) {
      const std::optional<Standing> standing = StandingOf(finding);
      if (!standing) continue;
      const std::string_view rule = finding.RuleId(report->policy);
      RuleTally* tally = nullptr;
      for (RuleTally& seen : tallies) {
        if (seen.rule == rule) tally = &seen;
      }
      if (tally == nullptr) {
        tally = &tallies.emplace_back();
        tally->rule = std::string(rule);
        tally->title = FindingTitle(report->policy, finding).In(language);
      }
      ++tally->counts[static_cast<std::size_t>(*standing)];
    }
  }
  return tallies;
}

}  // namespace liaison::report
