// Where cadres stand on each binding rule, in the four groups the report's
// charts show: met, on pace, behind pace, overdue (the due date passed and
// the rule not met: short, overdue, submitted late, above the range).
//
//   std::vector<RuleTally> tallies = TallyRules(reports, Language::kChinese);
//   // tallies[0].title = "每年深入基层青年中开展…", counts = {5, 0, 0, 2}
#ifndef LIAISON_SRC_REPORT_RULE_TALLY_H_
#define LIAISON_SRC_REPORT_RULE_TALLY_H_

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "liaison/cadre_report.h"
#include "liaison/localized_text.h"

namespace liaison::report {

enum class Standing { kMet, kOnPace, kBehind, kOverdue };
inline constexpr std::size_t kStandings = 4;

// The group of a binding finding; nullopt for an advisory finding or one that
// does not apply.
std::optional<Standing> StandingOf(const Finding& finding);

// Whether the finding is one the mid-year review follows up: behind or overdue.
bool NeedsFollowUp(const Finding& finding);

struct RuleTally {
  std::string rule;   // the rule's id, the key
  std::string title;  // its title in the report's language
  std::array<int, kStandings> counts{};  // cadres per Standing
};

// The binding rules of `reports` (in the first report's finding order, then
// any rule only later reports have) with the cadres in each group.
std::vector<RuleTally> TallyRules(const std::vector<const CadreReport*>& reports,
                                  Language language);

}  // namespace liaison::report

#endif  // LIAISON_SRC_REPORT_RULE_TALLY_H_
