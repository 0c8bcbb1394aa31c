#include "liaison/report_html.h"

#include "base/civil_day_math.h"
#include "report/cadre_sheet.h"
#include "report/html_writer.h"
#include "report/report_scope.h"
#include "report/report_sections.h"
#include "report/report_style.h"
#include "report/report_text.h"

namespace liaison {

absl::StatusOr<std::string> ReportHtml(const BatchReport& batch, const ReportOptions& options) {
  absl::StatusOr<report::ReportScope> scope = report::ScopeReport(batch, options);
  if (!scope.ok()) return scope.status();
  std::string out;
  out.reserve(4096 + 6144 * scope->entries.size());
  report::HtmlWriter html(out);
  html.Markup("<!DOCTYPE html>\n");
  html.Open("html", {{"lang", options.language == Language::kChinese ? "zh-CN" : "en"}});
  html.Open("head");
  html.Empty("meta", {{"charset", "utf-8"}});
  html.Element("title", std::string(report::Say(report::Phrase::kTitle, options.language)) + " " +
                            IsoDate(batch.as_of));
  html.Open("style");
  html.Markup(report::ReportStyle());
  html.Close("style");
  html.Close("head");
  html.Open("body");
  report::WriteHeader(*scope, html);
  report::WriteRuleCharts(*scope, html);
  report::WriteGradeCharts(*scope, html);
  report::WriteCadreTable(*scope, html);
  if (scope->review) report::WriteReview(*scope, html);
  report::WriteErrors(*scope, html);
  for (std::size_t entry : scope->entries) report::WriteCadreSheet(*scope, entry, html);
  html.Close("body");
  html.Close("html");
  html.Markup("\n");
  return out;
}

absl::StatusOr<std::string> ReportRecordsHtml(const Policy& policy, std::string_view records_json,
                                              absl::CivilDay as_of, const ReportOptions& options) {
  absl::StatusOr<BatchReport> batch = EvaluateRecords(policy, records_json, as_of);
  if (!batch.ok()) return batch.status();
  return ReportHtml(*batch, options);
}

}  // namespace liaison
