#include "liaison/progress_json.h"

#include "json/json_writer.h"
#include "json/result_stamp.h"

namespace liaison {
namespace {

using json::JsonWriter;

constexpr FindingStatus kStatuses[] = {
    FindingStatus::kMet,     FindingStatus::kShort, FindingStatus::kPending,
    FindingStatus::kOverdue, FindingStatus::kLate,  FindingStatus::kOver,
    FindingStatus::kNotApplicable, FindingStatus::kAdvisory};

void WriteRule(JsonWriter& w, const RuleProgress& rule) {
  w.BeginObject();
  w.Field("rule", rule.rule);
  w.Field("binding", rule.binding);
  w.Field("evaluated", rule.evaluated);
  w.Field("done", rule.done);
  w.Field("on_pace", rule.on_pace);
  w.Field("behind", rule.behind);
  w.Key("statuses");
  w.BeginObject();
  for (FindingStatus status : kStatuses) {
    const int count = rule.status_count(status);
    if (count != 0) w.Field(FindingStatusName(status), count);
  }
  w.EndObject();
  w.Field("follow_up", rule.follow_up);
  w.EndObject();
}

void WriteDepartment(JsonWriter& w, const DepartmentProgress& department) {
  w.BeginObject();
  w.Field("department", department.department);
  w.Field("cadres", department.cadres);
  w.Field("evaluated", department.evaluated);
  w.Field("errors", department.errors);
  w.Key("rules");
  w.BeginArray();
  for (const RuleProgress& rule : department.rules) WriteRule(w, rule);
  w.EndArray();
  w.EndObject();
}

}  // namespace

std::string EncodeProgress(const Policy& policy, const ProgressOverview& overview,
                           JsonStyle style) {
  std::string out;
  JsonWriter w(out, style == JsonStyle::kPretty ? json::Layout::kPretty : json::Layout::kCompact);
  w.BeginObject();
  w.Field("schema", "liaison.progress/1");
  WriteResultStamp(w, policy);
  w.Field("as_of", overview.as_of);
  w.Key("departments");
  w.BeginArray();
  for (const DepartmentProgress& department : overview.departments) WriteDepartment(w, department);
  w.EndArray();
  w.Key("organ");
  WriteDepartment(w, overview.organ);
  w.Key("errors_without_department");
  w.Int(overview.errors_without_department);
  w.EndObject();
  if (style == JsonStyle::kPretty) out += '\n';
  return out;
}

absl::StatusOr<std::string> ProgressRecordsJson(const Policy& policy,
                                                std::string_view records_json,
                                                absl::CivilDay as_of, JsonStyle style) {
  absl::StatusOr<BatchReport> batch = EvaluateRecords(policy, records_json, as_of);
  if (!batch.ok()) return batch.status();
  return EncodeProgress(policy, SummarizeProgress(*batch), style);
}

}  // namespace liaison
