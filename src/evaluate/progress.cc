#include "liaison/progress.h"

#include <map>

#include "base/cadre_identity.h"

namespace liaison {
namespace {

bool NeedsFollowUp(const Finding& finding) {
  switch (finding.status) {
    case FindingStatus::kShort:
    case FindingStatus::kOverdue:
    case FindingStatus::kLate:
      return true;
    case FindingStatus::kPending:
      return finding.pace == Pace::kBehind;
    default:
      return false;
  }
}

// The entry for `rule_id`, appended in first-seen order. Findings differ by
// cadre (a rank's contact-point set may add a kinds check), so rules are
// matched by id, not by position.
RuleProgress& RuleEntry(DepartmentProgress& progress, std::string_view rule_id, bool binding) {
  for (RuleProgress& rule : progress.rules) {
    if (rule.rule == rule_id) return rule;
  }
  RuleProgress& rule = progress.rules.emplace_back();
  rule.rule = std::string(rule_id);
  rule.binding = binding;
  return rule;
}

void Add(DepartmentProgress& progress, const CadreReport& report) {
  ++progress.cadres;
  if (report.findings.empty()) return;
  ++progress.evaluated;
  for (const Finding& finding : report.findings) {
    RuleProgress& rule = RuleEntry(progress, finding.RuleId(report.policy), finding.binding);
    if (finding.status == FindingStatus::kNotApplicable) continue;
    ++rule.evaluated;
    ++rule.statuses[static_cast<int>(finding.status)];
    switch (finding.pace) {
      case Pace::kDone: ++rule.done; break;
      case Pace::kOnPace: ++rule.on_pace; break;
      case Pace::kBehind: ++rule.behind; break;
      case Pace::kNotTracked: break;
    }
    if (finding.binding && NeedsFollowUp(finding)) rule.follow_up.push_back(report.cadre_id);
  }
}

}  // namespace

ProgressOverview SummarizeProgress(const BatchReport& batch) {
  ProgressOverview overview;
  overview.as_of = batch.as_of;
  overview.organ.department = "*";
  std::map<std::string, DepartmentProgress> departments;
  for (const absl::StatusOr<CadreReport>& report : batch.cadres) {
    if (!report.ok()) {
      ++overview.organ.errors;
      ++overview.organ.cadres;
      const std::string department = CadreIdentityOf(report.status()).department;
      if (department.empty()) {
        ++overview.errors_without_department;
        continue;
      }
      DepartmentProgress& progress = departments[department];
      progress.department = department;
      ++progress.errors;
      ++progress.cadres;
      continue;
    }
    DepartmentProgress& department = departments[report->department];
    department.department = report->department;
    Add(department, *report);
    Add(overview.organ, *report);
  }
  for (auto& [id, department] : departments) {
    overview.departments.push_back(std::move(department));
  }
  return overview;
}

}  // namespace liaison
