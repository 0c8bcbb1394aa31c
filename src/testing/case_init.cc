// InitCase (liaison/case_init.h): the records evaluated and graded, and every
// result written as the expectation the case runner reads back
// (case_runner.cc), in the same keys.
#include "liaison/case_init.h"

#include "base/absl_compat.h"
#include "json/json_writer.h"
#include "liaison/batch_grading.h"
#include "liaison/evaluate.h"
#include "liaison/grade_proposal.h"

namespace liaison {
namespace {

using json::JsonWriter;

void WriteCadre(JsonWriter& w, const CadreReport& report) {
  const GradingPolicy& grading = report.policy.document().grading;
  w.Key(report.cadre_id);
  w.BeginObject();
  w.Field("participation", ParticipationStatusName(report.participation.status));
  if (!report.findings.empty()) {
    w.Key("rules");
    w.BeginObject();
    for (const Finding& finding : report.findings) {
      w.Key(finding.RuleId(report.policy));
      w.BeginObject();
      w.Field("status", FindingStatusName(finding.status));
      w.Field("required", finding.required);
      w.Field("actual", finding.actual);
      w.EndObject();
    }
    w.EndObject();
    w.Field("binding_met", report.binding_met);
    w.Field("binding_rules", report.binding_rules);
  }
  w.Key("eligible_grade");
  if (report.eligible_grade) {
    w.String(grading.scale.terms()[*report.eligible_grade].id);
  } else {
    w.Null();
  }
  w.EndObject();
}

void WriteDepartments(JsonWriter& w, const GradingPolicy& grading, const BatchGrading& inputs,
                      const GradeProposal& proposal) {
  w.Key("departments");
  w.BeginObject();
  for (const QuotaUnit& unit : proposal.plan.units) {
    for (const std::string& department : unit.departments) {
      w.Key(department);
      w.BeginObject();
      w.Field("base", static_cast<std::int64_t>(unit.base));
      w.Key("caps");
      w.BeginObject();
      for (const QuotaCap& cap : unit.caps.caps) {
        w.Field(grading.scale.terms()[cap.grade].id, static_cast<std::int64_t>(cap.cap));
      }
      w.EndObject();
      w.Key("proposed");
      w.BeginObject();
      for (std::size_t i = 0; i < inputs.inputs.size(); ++i) {
        if (inputs.inputs[i].department != department || !inputs.inputs[i].in_base) continue;
        w.Key(inputs.inputs[i].cadre_id);
        const std::optional<TermId> grade = proposal.cadres[i].grade;
        if (grade) {
          w.String(grading.scale.terms()[*grade].id);
        } else {
          w.Null();
        }
      }
      w.EndObject();
      w.EndObject();
    }
  }
  w.EndObject();
}

}  // namespace

absl::StatusOr<std::string> InitCase(const Policy& policy, const RecordBatch& records,
                                     absl::CivilDay as_of, const CaseSources& sources,
                                     std::string_view name) {
  const BatchReport batch = EvaluateBatch(policy, records, as_of);
  const BatchGrading inputs = GradingInputsOf(batch);
  absl::StatusOr<GradeProposal> proposal =
      ProposeGrades(policy.document().grading, inputs.inputs);
  if (!proposal.ok()) return proposal.status();
  std::string out;
  JsonWriter w(out, json::Layout::kPretty);
  w.BeginObject();
  w.Field("schema", "liaison.case/1");
  w.Field("name", name);
  w.Field("description",
          StrCat("Today's results of ", policy.id(), " on ", sources.records, " as of ",
                 absl::FormatCivilTime(as_of),
                 ". Keep the expectations you worked out by hand, delete the rest, and say "
                 "here how you worked them out."));
  w.Key("policy");
  if (sources.policy.find('/') == std::string::npos &&
      sources.policy.find(".json") == std::string::npos) {
    w.String(sources.policy);
  } else {
    w.BeginObject();
    w.Field("path", sources.policy);
    w.EndObject();
  }
  w.Field("as_of", absl::FormatCivilTime(as_of));
  w.Key("records");
  w.BeginObject();
  w.Field("path", sources.records);
  w.EndObject();
  w.Key("expect");
  w.BeginObject();
  std::vector<std::string> bad;
  for (std::size_t i = 0; i < batch.cadres.size(); ++i) {
    if (!batch.cadres[i].ok()) bad.push_back(StrCat("$.cadres[", i, "]"));
  }
  if (!bad.empty()) w.Field("record_errors", bad);
  w.Key("cadres");
  w.BeginObject();
  for (const absl::StatusOr<CadreReport>& report : batch.cadres) {
    if (report.ok()) WriteCadre(w, *report);
  }
  w.EndObject();
  WriteDepartments(w, policy.document().grading, inputs, *proposal);
  w.EndObject();
  w.EndObject();
  out += "\n";
  return out;
}

}  // namespace liaison
