// The department report: one self-contained HTML file for a department or the
// whole organ, as of a date (docs/report.md).
//
// It holds a header (policy, fingerprint, as-of date), per department a chart
// of each binding rule (met, on pace, behind, overdue), the grade distribution
// against the caps (assigned when the records assign grades, else proposed),
// a table of cadres (score, best grade within reach, what is missing), at the
// mid-year review the rules behind pace or overdue per cadre, and one sheet
// per cadre (the 考核表) with every rule. Charts are inline SVG and the style
// inline CSS, with print rules for A4 portrait and a page per cadre: the file
// needs no network and no other file.
//
//   absl::StatusOr<std::string> html = ReportRecordsHtml(
//       policy, records_json, absl::CivilDay(2026, 6, 30),
//       {.department = "org", .language = Language::kChinese});
//   // Two cadres of the organ, ranked among all of their departments:
//   ReportHtml(batch, {.language = Language::kEnglish, .cadres = {"c01", "c03"}});
//
// Every text from records or policies is HTML-escaped. The same input gives
// the same bytes.
#ifndef LIAISON_REPORT_HTML_H_
#define LIAISON_REPORT_HTML_H_

#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/time/civil_time.h"
#include "liaison/evaluate.h"
#include "liaison/localized_text.h"
#include "liaison/policy.h"

namespace liaison {

struct ReportOptions {
  std::string department;  // a department id of the records; "": the whole organ
  Language language = Language::kChinese;
  // More departments, and cadre ids: the report shows the cadres of
  // `department` and `departments` (none given: every department) whose ids
  // are among `cadres` (none: all of them). Grades and caps still count every
  // cadre of a quota unit: the filters choose what is shown, not what is
  // computed.
  std::vector<std::string> departments;
  std::vector<std::string> cadres;
};

// The report of an evaluated batch. InvalidArgument when a department asked
// for is neither a department of the records nor any cadre's department, or a
// cadre asked for is not in the records; an error when the policy's grading
// cannot be applied.
absl::StatusOr<std::string> ReportHtml(const BatchReport& batch, const ReportOptions& options);

// A records document's text decoded and evaluated as of `as_of`
// (EvaluateRecords), then reported. Fails as EvaluateRecords and ReportHtml.
absl::StatusOr<std::string> ReportRecordsHtml(const Policy& policy, std::string_view records_json,
                                              absl::CivilDay as_of, const ReportOptions& options);

}  // namespace liaison

#endif  // LIAISON_REPORT_HTML_H_
