// The lean result form's encoder: the evaluation document without the text
// the policy holds (lean_report_json.h). Keys are in the order of the full
// form, so a lean entry reads as the full one with its texts left out.
#include "evaluate/lean_report_json.h"

#include "evaluate/report_parts_json.h"
#include "liaison/huge_pages.h"
#include "json/result_stamp.h"
#include "records/records_stream.h"

namespace liaison {
namespace {

using json::JsonWriter;

void WriteLeanFinding(JsonWriter& w, const Policy& policy, const Finding& f) {
  w.BeginObject();
  w.Field("rule", f.RuleId(policy));
  WriteFindingFacts(w, policy, f);
  w.EndObject();
}

void WriteLeanReport(JsonWriter& w, const CadreReport& report) {
  const Policy& policy = report.policy;
  w.BeginObject();
  w.Field("cadre", report.cadre_id);
  w.Field("name", report.name);
  w.Field("department", report.department);
  w.Key("participation");
  w.BeginObject();
  WriteParticipationFacts(w, report);
  w.EndObject();
  w.Key("findings");
  w.BeginArray();
  for (const Finding& finding : report.findings) WriteLeanFinding(w, policy, finding);
  w.EndArray();
  WriteReportTotals(w, report);
  w.EndObject();
}

}  // namespace

void WriteLeanEntry(JsonWriter& w, std::size_t index, const CadreReport* report,
                    const absl::Status& error) {
  w.BeginObject();
  w.Field("ok", report != nullptr);
  if (report != nullptr) {
    w.Key("report");
    WriteLeanReport(w, *report);
  } else {
    WriteEntryErrorMembers(w, index, error);
  }
  w.EndObject();
}

namespace {

// A department as the lean form lists it: its findings without their texts.
void WriteLeanDepartment(JsonWriter& w, const Policy& policy, const DepartmentReport& department) {
  w.BeginObject();
  w.Field("department", department.department);
  w.Field("name", department.name);
  w.Key("findings");
  w.BeginArray();
  for (const DepartmentFinding& f : department.findings) {
    w.BeginObject();
    w.Field("rule", policy.document().department_rules[f.rule].id);
    w.Field("status", FindingStatusName(f.status));
    w.Field("due", f.due);
    w.Field("submitted", f.submitted);
    w.Field("names_contact_points", f.names_contact_points);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
}

}  // namespace

void BeginLeanDocument(JsonWriter& w, const Policy& policy, int year, absl::CivilDay as_of,
                       const std::vector<DepartmentReport>& departments) {
  WriteResultsHead(w, policy, kLeanEvaluationSchema, year, as_of, departments,
                   WriteLeanDepartment);
  w.Key("results");
  w.BeginArray();
}

// Cadre by cadre, into one reused report, as EvaluateRecordsJson does.
absl::StatusOr<std::string> EvaluateRecordsLeanJson(const Policy& policy,
                                                    std::string_view records_json,
                                                    absl::CivilDay as_of, JsonStyle style) {
  RecordsStream stream(policy);
  if (absl::Status fed = stream.FeedWhole(records_json); !fed.ok()) return fed;
  const RecordBatch& document = stream.document();
  std::string out;
  // About one byte out for each byte in, compact; twice that pretty.
  const std::size_t expected_size = records_json.size() * (style == JsonStyle::kPretty ? 2 : 1);
  out.reserve(expected_size);
  AdviseHugePages(out.data(), expected_size);
  {
    JsonWriter w(out, json::LayoutOf(style));
    BeginLeanDocument(w, policy, document.year, as_of,
                      EvaluateDepartments(policy, document, as_of));
    CadreYear cadre;
    CadreReport report(policy);
    for (std::size_t index = 0;; ++index) {
      const std::optional<absl::Status> entry = stream.Next(cadre);
      if (!entry) break;
      if (!entry->ok()) {
        WriteLeanEntry(w, index, nullptr, *entry);
        continue;
      }
      const absl::Status evaluated = EvaluateInto(policy, cadre, as_of, report);
      WriteLeanEntry(w, index, evaluated.ok() ? &report : nullptr, evaluated);
    }
    w.EndArray();
    w.EndObject();
  }
  if (absl::Status finished = stream.Finish(); !finished.ok()) return finished;
  json::FinishDocument(out, style);
  return out;
}

}  // namespace liaison
