#include "liaison/progress.h"
#include "json/json_writer.h"
#include "json/result_stamp.h"

namespace liaison {
namespace {

using json::JsonWriter;

constexpr FindingStatus kStatuses[] = {
    FindingStatus::kMet,     FindingStatus::kShort, FindingStatus::kPending,
    FindingStatus::kOverdue, FindingStatus::kLate,  FindingStatus::kOver,
    FindingStatus::kNotApplicable, FindingStatus::kAdvisory};

void WriteDepartment(JsonWriter& w, const DepartmentProgress& department) {
  w.BeginObject();
  w.Key("department");
  w.String(department.department);
  w.Key("cadres");
  w.Int(department.cadres);
  w.Key("evaluated");
  w.Int(department.evaluated);
  w.Key("errors");
  w.Int(department.errors);
  w.Key("rules");
  w.BeginArray();
  for (const RuleProgress& rule : department.rules) {
    w.BeginObject();
    w.Key("rule");
    w.String(rule.rule);
    w.Key("binding");
    w.Bool(rule.binding);
    w.Key("evaluated");
    w.Int(rule.evaluated);
    w.Key("done");
    w.Int(rule.done);
    w.Key("on_pace");
    w.Int(rule.on_pace);
    w.Key("behind");
    w.Int(rule.behind);
    w.Key("statuses");
    w.BeginObject();
    for (FindingStatus status : kStatuses) {
      if (rule.status_count(status) == 0) continue;
      w.Key(FindingStatusName(status));
      w.Int(rule.status_count(status));
    }
    w.EndObject();
    w.Key("follow_up");
    w.StringArray(rule.follow_up);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
}

}  // namespace

std::string EncodeProgress(const Policy& policy, const ProgressOverview& overview,
                           JsonStyle style) {
  std::string out;
  JsonWriter w(out, style == JsonStyle::kPretty ? json::Layout::kPretty : json::Layout::kCompact);
  w.BeginObject();
  w.Key("schema");
  w.String("liaison.progress/1");
  WriteResultStamp(w, policy);
  w.Key("as_of");
  w.Date(overview.as_of);
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
