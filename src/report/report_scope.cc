#include "report/report_scope.h"

#include <algorithm>

namespace liaison::report {
namespace {

void AddOnce(std::vector<std::string>& ids, const std::string& id) {
  if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
}

// The mid-year review is due up to the policy's first checkpoint of the year,
// or, for a policy without one, until the period ends.
bool ReviewDue(const BatchReport& batch) {
  const PolicyDocument& document = batch.policy.document();
  if (!document.checkpoints.empty()) {
    const auto first = std::min_element(
        document.checkpoints.begin(), document.checkpoints.end(),
        [](const Checkpoint& a, const Checkpoint& b) { return a.date < b.date; });
    return batch.as_of <= first->date.InYear(batch.year);
  }
  return batch.as_of < batch.policy.PeriodEnd(batch.year);
}

}  // namespace

std::string ReportScope::DepartmentName(const std::string& id) const {
  for (const DepartmentReport& known : batch->departments) {
    if (known.department == id && !known.name.empty()) return known.name;
  }
  return id;
}

std::vector<const CadreReport*> ReportScope::ReportsOf(const std::string& id) const {
  std::vector<const CadreReport*> reports;
  for (std::size_t entry : entries) {
    if (Cadre(entry).department == id) reports.push_back(&Cadre(entry));
  }
  return reports;
}

absl::StatusOr<ReportScope> ScopeReport(const BatchReport& batch, const ReportOptions& options) {
  ReportScope scope;
  scope.batch = &batch;
  scope.language = options.language;
  scope.department = options.department;
  std::vector<std::string> all;
  for (const DepartmentReport& department : batch.departments) AddOnce(all, department.department);
  for (std::size_t i = 0; i < batch.cadres.size(); ++i) {
    if (!batch.cadres[i].ok()) {
      if (options.department.empty()) scope.errors.push_back(i);
      continue;
    }
    AddOnce(all, batch.cadres[i]->department);
    if (options.department.empty() || batch.cadres[i]->department == options.department) {
      scope.entries.push_back(i);
    }
  }
  if (options.department.empty()) {
    scope.departments = all;
  } else if (std::find(all.begin(), all.end(), options.department) != all.end()) {
    scope.departments = {options.department};
  } else {
    std::string known;
    for (const std::string& id : all) known += (known.empty() ? "" : ", ") + id;
    return absl::InvalidArgumentError("department \"" + options.department +
                                      "\" is not in the records (departments: " + known + ")");
  }
  absl::StatusOr<GradeDistribution> grades = DistributeGrades(batch);
  if (!grades.ok()) return grades.status();
  scope.grades = *std::move(grades);
  scope.review = ReviewDue(batch);
  return scope;
}

}  // namespace liaison::report
