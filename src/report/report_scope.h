// ReportScope: what one report covers and what its sections share: the
// evaluated batch, the language, the cadres in scope (the whole organ, or
// those of the departments and cadres asked for), the departments in order with their names, the grades, and
// whether the mid-year review is due.
#ifndef LIAISON_SRC_REPORT_REPORT_SCOPE_H_
#define LIAISON_SRC_REPORT_REPORT_SCOPE_H_

#include <cstddef>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "liaison/evaluate.h"
#include "liaison/report_html.h"
#include "report/grade_distribution.h"

namespace liaison::report {

struct ReportScope {
  const BatchReport* batch = nullptr;
  Language language = Language::kChinese;
  bool filtered = false;                  // departments or cadres were asked for
  std::vector<std::string> departments;   // ids in scope: the records' order, then the others
  std::vector<std::size_t> entries;       // evaluated batch entries in scope, input order
  std::vector<std::size_t> errors;        // entries that could not be evaluated (organ only)
  GradeDistribution grades;
  bool review = false;  // the mid-year review view is shown

  const CadreReport& Cadre(std::size_t entry) const { return *batch->cadres[entry]; }
  // The department's name from the records, its id when it has none.
  std::string DepartmentName(const std::string& id) const;
  // The evaluated reports of department `id` in scope.
  std::vector<const CadreReport*> ReportsOf(const std::string& id) const;
};

// The scope of `options` over `batch`. InvalidArgument naming a department
// asked for that is neither in the records' departments nor any cadre's, or a
// cadre asked for that is not in the records.
absl::StatusOr<ReportScope> ScopeReport(const BatchReport& batch, const ReportOptions& options);

}  // namespace liaison::report

#endif  // LIAISON_SRC_REPORT_REPORT_SCOPE_H_
