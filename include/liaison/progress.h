// Progress: where each department stands on each rule, as of a date.
//
// At the mid-year review (二.4.(1): 每年6月底 … 基层组织建设部汇总分析、反馈督促)
// the 基层组织建设部 needs, per department and per rule, how many cadres have
// already met the rule, how many are on the pro-rata pace, and who is behind.
// SummarizeProgress aggregates an evaluated batch into exactly that.
//
//   BatchReport batch = EvaluateBatch(policy, records, absl::CivilDay(2026, 6, 30));
//   ProgressOverview overview = SummarizeProgress(batch);
//   for (const DepartmentProgress& d : overview.departments)
//     for (const RuleProgress& r : d.rules)
//       std::cout << d.department << " " << r.rule << " behind: " << r.behind << "\n";
//
// Its JSON document is in progress_json.h.
#ifndef LIAISON_PROGRESS_H_
#define LIAISON_PROGRESS_H_

#include <array>
#include <string>
#include <vector>

#include "liaison/cadre_report.h"
#include "liaison/evaluate.h"

namespace liaison {

// How the evaluated cadres of one department stand on one rule.
struct RuleProgress {
  std::string rule;  // "lectures", "contact_points.count", …
  bool binding = true;
  int evaluated = 0;  // cadres the rule applies to
  // Whether the rule is paced (deadlines and contact points are not: their
  // `done` counts the cadres who met them, and on_pace and behind stay 0).
  bool paced = false;
  int done = 0;
  int on_pace = 0;
  int behind = 0;
  // Cadres per FindingStatus, indexed by the enum's value.
  std::array<int, 8> statuses{};
  // Who is behind the pace, or short, overdue, late or over a range's
  // maximum: the cadres to follow up.
  std::vector<std::string> follow_up;

  int status_count(FindingStatus status) const { return statuses[static_cast<int>(status)]; }
};

struct DepartmentProgress {
  std::string department;
  int cadres = 0;     // every cadre of the department in the batch
  int evaluated = 0;  // participating or not rated: the ones with findings
  int errors = 0;     // cadres whose records could not be evaluated
  std::vector<RuleProgress> rules;  // in the reports' finding order
};

struct ProgressOverview {
  absl::CivilDay as_of;
  std::vector<DepartmentProgress> departments;  // ordered by department id
  DepartmentProgress organ;  // every department together (department "*")
  int errors_without_department = 0;  // bad records whose department is unreadable
};

// Aggregates `batch` by department. A cadre whose record is an error counts in
// `cadres` and `errors` of its department when the record names one that
// could be read, else in `errors_without_department`; always in the organ's.
ProgressOverview SummarizeProgress(const BatchReport& batch);

}  // namespace liaison

#endif  // LIAISON_PROGRESS_H_
