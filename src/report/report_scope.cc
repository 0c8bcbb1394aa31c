#include "report/report_scope.h"

#include <algorithm>

#include "base/cadre_identity.h"
#include "liaison/problem.h"

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

// InvalidArgument naming the first id of `asked` not among `known`, with the
// known ones; OK when there is none.
absl::Status UnknownId(const std::vector<std::string>& asked,
                       const std::vector<std::string>& known, bool cadres) {
  for (const std::string& id : asked) {
    if (std::find(known.begin(), known.end(), id) != known.end()) continue;
    std::string list;
    for (const std::string& k : known) list += (list.empty() ? "" : ", ") + k;
    const std::string what = cadres ? "cadre" : "department";
    return LocalizedError(
        absl::StatusCode::kInvalidArgument,
        {std::string(cadres ? "记录中没有编号为“" : "记录中没有部门“") + id +
             (cadres ? "”的干部（记录中的干部：" : "”（记录中的部门：") + list + "）",
         what + " \"" + id + "\" is not in the records (" + what + "s: " + list + ")"});
  }
  return absl::OkStatus();
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
  std::vector<std::string> departments = options.departments;
  if (!options.department.empty()) departments.insert(departments.begin(), options.department);
  const std::vector<std::string>& cadres = options.cadres;
  scope.filtered = !departments.empty() || !cadres.empty();
  const auto asked = [](const std::vector<std::string>& ids, const std::string& id) {
    return ids.empty() || std::find(ids.begin(), ids.end(), id) != ids.end();
  };
  std::vector<std::string> all, known_cadres, selected;
  for (const DepartmentReport& department : batch.departments) AddOnce(all, department.department);
  for (std::size_t i = 0; i < batch.cadres.size(); ++i) {
    // A bad record is known by the id and department its decoder could read.
    const CadreIdentity who = batch.cadres[i].ok()
                                  ? CadreIdentity{"", batch.cadres[i]->cadre_id,
                                                  batch.cadres[i]->department, ""}
                                  : CadreIdentityOf(batch.cadres[i].status());
    if (!who.id.empty()) known_cadres.push_back(who.id);
    if (!who.department.empty()) AddOnce(all, who.department);
    const bool in_scope = !scope.filtered || (!who.id.empty() && asked(departments, who.department) &&
                                              asked(cadres, who.id));
    if (!in_scope) continue;
    (batch.cadres[i].ok() ? scope.entries : scope.errors).push_back(i);
    if (!who.department.empty()) AddOnce(selected, who.department);
  }
  if (absl::Status unknown = UnknownId(departments, all, /*cadres=*/false); !unknown.ok()) {
    return unknown;
  }
  if (absl::Status unknown = UnknownId(cadres, known_cadres, /*cadres=*/true); !unknown.ok()) {
    return unknown;
  }
  if (!scope.filtered) {
    scope.departments = all;
  } else {
    for (const std::string& id : all) {
      if ((!departments.empty() && asked(departments, id)) ||
          std::find(selected.begin(), selected.end(), id) != selected.end()) {
        scope.departments.push_back(id);
      }
    }
  }
  absl::StatusOr<GradeDistribution> grades = DistributeGrades(batch);
  if (!grades.ok()) return grades.status();
  scope.grades = *std::move(grades);
  scope.review = ReviewDue(batch);
  return scope;
}

}  // namespace liaison::report
