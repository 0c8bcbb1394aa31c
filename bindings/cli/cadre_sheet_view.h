// The one-cadre sheet (考核表) of `liaison evaluate --cadre ID`: the cadre's
// standing, then every rule of the policy (advisory ones too) with what it
// requires, what was counted, its status and how many activities were set
// aside; then each rule's explanation with the activities set aside and why,
// and the lines the cadre and the department sign.
#ifndef LIAISON_CLI_CADRE_SHEET_VIEW_H_
#define LIAISON_CLI_CADRE_SHEET_VIEW_H_

#include <string>

#include "absl/status/statusor.h"
#include "liaison/cadre_report.h"
#include "liaison/localized_text.h"
#include "text_table.h"
#include "views.h"

namespace liaison::cli {

// A bad record's sheet is one line: the cadre as its decoder read it, and
// that its record could not be evaluated (the problems go to standard error).
std::string CadreSheet(const absl::StatusOr<CadreReport>& entry,
                       const DepartmentNames& departments, Language language,
                       const TableLayout& layout);

}  // namespace liaison::cli

#endif  // LIAISON_CLI_CADRE_SHEET_VIEW_H_
