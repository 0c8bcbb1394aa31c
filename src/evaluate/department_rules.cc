// Department rules: what a department itself must do (三.1: its own plan by
// 10-31, naming each cadre's contact points), evaluated as of a date.
#include "liaison/evaluate.h"

namespace liaison {

DepartmentReport EvaluateDepartment(const Policy& policy, const Department& department,
                                    int year, absl::CivilDay as_of) {
  DepartmentReport report;
  report.department = department.id;
  report.name = department.name;
  const std::vector<DepartmentRule>& rules = policy.document().department_rules;
  for (std::size_t i = 0; i < rules.size(); ++i) {
    DepartmentFinding finding;
    finding.rule = static_cast<std::uint16_t>(i);
    finding.due = rules[i].due.InYear(year);
    if (department.plan_submitted && *department.plan_submitted <= as_of) {
      finding.submitted = department.plan_submitted;
    }
    finding.names_contact_points = department.plan_names_contact_points;
    if (!finding.submitted) {
      finding.status = as_of < finding.due ? FindingStatus::kPending : FindingStatus::kOverdue;
    } else if (*finding.submitted > finding.due) {
      finding.status = FindingStatus::kLate;
    } else if (rules[i].must_name_contact_points && !finding.names_contact_points) {
      finding.status = FindingStatus::kShort;
    } else {
      finding.status = FindingStatus::kMet;
    }
    if (!rules[i].binding) finding.status = FindingStatus::kAdvisory;
    report.findings.push_back(finding);
  }
  return report;
}

std::vector<DepartmentReport> EvaluateDepartments(const Policy& policy, const RecordBatch& batch,
                                                 absl::CivilDay as_of) {
  std::vector<DepartmentReport> reports;
  reports.reserve(batch.departments.size());
  for (const Department& department : batch.departments) {
    reports.push_back(EvaluateDepartment(policy, department, batch.year, as_of));
  }
  return reports;
}

}  // namespace liaison
