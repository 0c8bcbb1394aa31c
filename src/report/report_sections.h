// The summary sections of the report, each written into one HtmlWriter:
// the header, each department's binding rules as a chart, the grades against
// the caps, the table of cadres, the mid-year review and the records that
// could not be evaluated. The per-cadre sheets are cadre_sheet.h.
#ifndef LIAISON_SRC_REPORT_REPORT_SECTIONS_H_
#define LIAISON_SRC_REPORT_REPORT_SECTIONS_H_

#include "report/html_writer.h"
#include "report/report_scope.h"

namespace liaison::report {

// Title, policy (title, id, year), fingerprint, as-of date and scope.
void WriteHeader(const ReportScope& scope, HtmlWriter& html);

// Per department: how many cadres met each binding rule, are on pace, are
// behind, are overdue.
void WriteRuleCharts(const ReportScope& scope, HtmlWriter& html);

// Per quota unit in scope: the cadres of each grade against its cap.
void WriteGradeCharts(const ReportScope& scope, HtmlWriter& html);

// Name, id, department, participation, score, grade, best grade within reach
// and the binding rules not met.
void WriteCadreTable(const ReportScope& scope, HtmlWriter& html);

// Per cadre, the findings behind pace or overdue, as sentences.
void WriteReview(const ReportScope& scope, HtmlWriter& html);

// The entries whose records could not be evaluated, with why; nothing when
// there are none.
void WriteErrors(const ReportScope& scope, HtmlWriter& html);

}  // namespace liaison::report

#endif  // LIAISON_SRC_REPORT_REPORT_SECTIONS_H_
