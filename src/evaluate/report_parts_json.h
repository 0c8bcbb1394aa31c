// The parts of a cadre's result that the full evaluation document
// (report_json.cc) and the lean one (lean_report_json.cc) write alike: a
// finding's and a participation's facts (all but their texts), what follows
// a report's findings, and an error entry's body.
#ifndef LIAISON_SRC_EVALUATE_REPORT_PARTS_JSON_H_
#define LIAISON_SRC_EVALUATE_REPORT_PARTS_JSON_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "absl/time/civil_time.h"
#include "json/json_writer.h"
#include "liaison/cadre_report.h"
#include "liaison/evaluate.h"
#include "liaison/policy.h"

namespace liaison {

// A finding's facts, in the order both forms give them: "status", "binding",
// "required", "maximum", "actual", "shortfall", "due", "submitted" (when
// submitted), "completion", "pace", "expected_by_now" (when tracked),
// "set_aside", "missing" and "not_allowed" (when not empty).
void WriteFindingFacts(json::JsonWriter& w, const Policy& policy, const Finding& f);

// A participation's facts: "status", "in_quota_base", "not_rated_reason"
// (when there is one), "exemption_without_approval".
void WriteParticipationFacts(json::JsonWriter& w, const CadreReport& report);

// What follows a report's findings: "binding_rules", "binding_met",
// "task_completion", "score_components", "score", "eligible_grade",
// "expenses".
void WriteReportTotals(json::JsonWriter& w, const CadreReport& report);

// What an error entry holds after its "ok": false, alike in every form:
// "error": {"message", "message_zh", "path", "problems"} (the message in
// English and Chinese, the path of the first problem, null when the status
// carries none, and each problem's "path", "message" and "message_zh"),
// then "index" (its place in the input) and "cadre" (its id, or null).
void WriteEntryErrorMembers(json::JsonWriter& w, std::size_t index, const absl::Status& status);

// Writes one department's report as a results document lists it.
using DepartmentWriter = void (*)(json::JsonWriter& w, const Policy& policy,
                                  const DepartmentReport& department);

// Opens a results document and writes what every form of it begins with:
// schema, policy stamp, year, as-of date and `departments`, each by
// `write_department`. The object is left open for "results" (or closed, for
// the header line of JSON Lines).
void WriteResultsHead(json::JsonWriter& w, const Policy& policy, std::string_view schema,
                      int year, absl::CivilDay as_of,
                      const std::vector<DepartmentReport>& departments,
                      DepartmentWriter write_department);

}  // namespace liaison

#endif  // LIAISON_SRC_EVALUATE_REPORT_PARTS_JSON_H_
