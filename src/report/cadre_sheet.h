// The 考核表: one cadre's sheet, on a page of its own when printed. Every
// rule of the policy with required, actual, shortfall, due date, clause,
// status in words and the activities set aside with why; then the grade, the
// best grade within reach and lines to sign.
#ifndef LIAISON_SRC_REPORT_CADRE_SHEET_H_
#define LIAISON_SRC_REPORT_CADRE_SHEET_H_

#include <cstddef>

#include "report/html_writer.h"
#include "report/report_scope.h"

namespace liaison::report {

// The sheet of batch entry `entry` of `scope`.
void WriteCadreSheet(const ReportScope& scope, std::size_t entry, HtmlWriter& html);

}  // namespace liaison::report

#endif  // LIAISON_SRC_REPORT_CADRE_SHEET_H_
