// The parts of a cadre's result that the full evaluation document
// (report_json.cc) and the lean one (lean_report_json.cc) write alike: the
// set-aside activities, term ids, score components, expenses, an error entry's
// body, and the values only an evaluated cadre has.
#ifndef LIAISON_SRC_EVALUATE_REPORT_PARTS_JSON_H_
#define LIAISON_SRC_EVALUATE_REPORT_PARTS_JSON_H_

#include <optional>
#include <vector>

#include "absl/status/status.h"
#include "json/json_writer.h"
#include "liaison/cadre_report.h"

namespace liaison {

// [{"activity", "reason"}, …]
void WriteSetAside(json::JsonWriter& w, const std::vector<SetAside>& set_aside);

// The ids of `ids` in `terms`, as an array of strings.
void WriteTermIds(json::JsonWriter& w, const TermList& terms, const std::vector<TermId>& ids);

// [{"component", "weight", "value", "recorded"}, …]
void WriteScoreComponents(json::JsonWriter& w, const std::vector<ScoreComponent>& components);

// {"accepted", "rejected": [{"claim", "reason"}, …]}
void WriteExpenses(json::JsonWriter& w, const CadreReport& report);

// An error entry's {"message", "path", "problems"}: the path of the first
// problem, or null when the status carries none.
void WriteEntryError(json::JsonWriter& w, const absl::Status& status);

// A value of a report that only an evaluated cadre has; null for the others.
inline std::optional<double> IfEvaluated(const CadreReport& report, double value) {
  if (report.findings.empty()) return std::nullopt;
  return value;
}

}  // namespace liaison

#endif  // LIAISON_SRC_EVALUATE_REPORT_PARTS_JSON_H_
