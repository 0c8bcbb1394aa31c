#include "liaison/grading_json.h"

#include "base/absl_compat.h"
#include "base/enum_names.h"
#include "json/json_writer.h"
#include "json/problems_json.h"
#include "json/result_stamp.h"
#include "liaison/apportionment.h"
#include "liaison/grade_check.h"
#include "liaison/grade_proposal.h"
#include "liaison/problem.h"
#include "liaison/quota_caps.h"

namespace liaison {
namespace {

using json::JsonWriter;

void WriteError(JsonWriter& w, const absl::Status& status) {
  w.BeginObject();
  w.Field("message", std::string(status.message()));
  const std::string path = FirstProblemPath(status);
  w.Field("path", path.empty() ? std::nullopt : std::optional<std::string>(path));
  w.EndObject();
}

void WriteCaps(JsonWriter& w, const GradingPolicy& grading, const QuotaCaps& caps) {
  w.BeginArray();
  for (const QuotaCap& cap : caps.caps) {
    w.BeginObject();
    w.Field("grade", grading.scale[cap.grade].id);
    w.Field("label", CapLabel(grading, cap));
    w.Field("cumulative", cap.cumulative);
    w.Field("cap", cap.cap);
    w.Field("share_base", cap.share_base);
    w.Field("share", cap.share_per_10000 / 10000.0);
    w.Field("rounding", NameOf(kRoundingNames, cap.rounding));
    w.Field("rounded", cap.rounded);
    w.Field("raised_to_one", cap.raised_to_one);
    w.Field("apportioned", cap.apportioned);
    w.Field("derivation", DescribeCapDerivation(grading, cap));
    w.Field("text", DescribeCap(grading, cap));
    w.EndObject();
  }
  w.EndArray();
}

// The grade ids of `counts` as an object {"excellent": 2, …}.
void WriteGradeCounts(JsonWriter& w, const GradingPolicy& grading,
                      absl::Span<const std::int32_t> counts) {
  w.BeginObject();
  for (std::size_t g = 0; g < counts.size() && g < grading.scale.size(); ++g) {
    w.Field(grading.scale[static_cast<TermId>(g)].id, counts[g]);
  }
  w.EndObject();
}

void WriteUnitHead(JsonWriter& w, const GradingPolicy& grading, const QuotaUnit& unit) {
  w.Field("id", unit.id);
  w.Field("label", DescribeQuotaUnit(unit));
  w.Field("departments", unit.departments);
  w.Field("pooled", unit.pooled);
  w.Field("base", unit.base);
  w.Key("caps");
  WriteCaps(w, grading, unit.caps);
}

void WriteOrganApportionments(JsonWriter& w, const GradingPolicy& grading, const QuotaPlan& plan) {
  w.Key("apportionments");
  w.BeginArray();
  for (std::size_t i = 0; i < plan.organ_apportionments.size(); ++i) {
    const Apportionment& apportionment = plan.organ_apportionments[i];
    w.BeginObject();
    w.Field("grade", grading.scale[plan.organ_caps->caps[i].grade].id);
    w.Field("places", apportionment.places);
    w.Key("audit");
    w.BeginArray();
    for (const PlaceAudit& line : apportionment.audit) w.Localized(DescribePlace(apportionment, line));
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
}

void WriteOrganQuota(JsonWriter& w, const GradingPolicy& grading, const QuotaPlan& plan) {
  if (!plan.organ_caps) return;
  w.Key("organ_quota");
  w.BeginObject();
  w.Key("caps");
  WriteCaps(w, grading, *plan.organ_caps);
  WriteOrganApportionments(w, grading, plan);
  w.Key("alabama_paradoxes");
  w.BeginArray();
  for (const OrganQuotaParadox& paradox : plan.alabama_paradoxes) {
    w.BeginObject();
    w.Field("grade", grading.scale[paradox.grade].id);
    w.Field("unit", paradox.paradox.id);
    w.Field("text", DescribeAlabamaParadox(paradox.paradox));
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
}

// Writes one entry per input cadre: `write_cadre(input_index)` for cadres that
// were evaluated, an error entry for the others.
template <typename WriteCadre>
void WriteCadreEntries(JsonWriter& w, const BatchGrading& grading, WriteCadre write_cadre) {
  w.Key("cadres");
  w.BeginArray();
  std::size_t next_input = 0;
  std::size_t next_error = 0;
  for (std::size_t entry = 0; entry < grading.entry_count(); ++entry) {
    if (next_input < grading.batch_entries.size() && grading.batch_entries[next_input] == entry) {
      write_cadre(next_input++);
      continue;
    }
    w.BeginObject();
    w.Field("ok", false);
    w.Key("error");
    WriteError(w, grading.errors[next_error].status);
    w.Field("index", entry);
    WriteErrorCadre(w, grading.errors[next_error++].status);
    w.EndObject();
  }
  w.EndArray();
}

// Opens a batch document: its schema, the stamp and the as-of date.
void WriteBatchHead(JsonWriter& w, std::string_view schema, const Policy& policy,
                    absl::CivilDay as_of) {
  w.BeginObject();
  w.Field("schema", schema);
  WriteResultStamp(w, policy);
  w.Field("as_of", as_of);
}

void WriteProposedCadre(JsonWriter& w, const BatchProposal& batch, std::size_t i) {
  const GradingPolicy& grading = batch.policy.document().grading;
  const GradingInput& input = batch.grading.inputs[i];
  const CadreProposal& cadre = batch.proposal.cadres[i];
  const auto grade_id = [&](const std::optional<TermId>& grade) {
    return grade ? std::optional<std::string>(grading.scale[*grade].id) : std::nullopt;
  };
  w.BeginObject();
  w.Field("ok", true);
  w.Field("cadre", input.cadre_id);
  w.Field("department", input.department);
  w.Field("in_base", input.in_base);
  if (!input.in_base) w.Field("outside_base_reason", input.outside_base_reason);
  w.Field("score", input.score);
  w.Field("unit", input.in_base ? std::optional<std::string>(batch.proposal.plan.units[cadre.unit].id)
                                : std::nullopt);
  w.Field("rank", cadre.rank);
  w.Field("grade", grade_id(cadre.grade));
  w.Field("held_for_committee", grade_id(cadre.held_grade));
  w.Field("explanation", DescribeProposal(grading, batch.proposal, batch.grading.inputs, i));
  w.EndObject();
}

void WriteCapUses(JsonWriter& w, const GradingPolicy& grading, const GradeCheck& unit) {
  w.Key("cap_uses");
  w.BeginArray();
  for (const CapUse& use : unit.cap_uses) {
    w.BeginObject();
    w.Field("grade", grading.scale[use.grade].id);
    w.Field("counted", use.counted);
    w.Field("cap", use.cap);
    w.Field("passed_down", use.passed_down);
    w.Field("exceeded", use.exceeded());
    w.Field("text", DescribeCapUse(grading, unit.caps, use));
    w.EndObject();
  }
  w.EndArray();
}

void WriteViolations(JsonWriter& w, const GradingPolicy& grading, const GradeCheck& unit,
                     absl::Span<const GradingInput> inputs) {
  w.Key("violations");
  w.BeginArray();
  for (const GradeViolation& violation : unit.violations) {
    w.BeginObject();
    w.Field("kind", GradeViolationKindName(violation.kind));
    w.Field("cadre", violation.cadre ? std::optional<std::string>(inputs[*violation.cadre].cadre_id)
                                     : std::nullopt);
    w.Field("message", DescribeViolation(grading, unit, inputs, violation));
    w.EndObject();
  }
  w.EndArray();
}

void WriteCheckErrors(JsonWriter& w, const BatchGrading& grading) {
  w.Key("errors");
  w.BeginArray();
  for (const BatchEntryError& error : grading.errors) {
    w.BeginObject();
    w.Field("entry", error.entry);
    w.Key("error");
    WriteError(w, error.status);
    WriteErrorCadre(w, error.status);
    w.EndObject();
  }
  w.EndArray();
}

}  // namespace

absl::StatusOr<std::string> CapsJson(const Policy& policy, std::int32_t base, JsonStyle style) {
  const GradingPolicy& grading = policy.document().grading;
  absl::StatusOr<QuotaCaps> caps = ComputeQuotaCaps(grading, base);
  if (!caps.ok()) return caps.status();
  std::string out;
  JsonWriter w(out, json::LayoutOf(style));
  w.BeginObject();
  w.Field("schema", "liaison.caps/1");
  WriteResultStamp(w, policy);
  w.Field("base", base);
  w.Field("cumulative", caps->cumulative);
  w.Field("pass_down", caps->pass_down);
  w.Key("caps");
  WriteCaps(w, grading, *caps);
  w.EndObject();
  json::FinishDocument(out, style);
  return out;
}

std::string EncodeProposal(const BatchProposal& batch, JsonStyle style) {
  const GradingPolicy& grading = batch.policy.document().grading;
  const GradeProposal& proposal = batch.proposal;
  std::string out;
  JsonWriter w(out, json::LayoutOf(style));
  WriteBatchHead(w, "liaison.proposal/1", batch.policy, batch.as_of);
  w.Key("units");
  w.BeginArray();
  for (std::size_t u = 0; u < proposal.plan.units.size(); ++u) {
    w.BeginObject();
    WriteUnitHead(w, grading, proposal.plan.units[u]);
    w.Field("ranked", proposal.units[u].ranked);
    w.Key("proposed");
    WriteGradeCounts(w, grading, proposal.units[u].counts);
    w.Key("held");
    WriteGradeCounts(w, grading, proposal.units[u].held);
    w.EndObject();
  }
  w.EndArray();
  WriteOrganQuota(w, grading, proposal.plan);
  WriteCadreEntries(w, batch.grading, [&](std::size_t i) { WriteProposedCadre(w, batch, i); });
  w.EndObject();
  json::FinishDocument(out, style);
  return out;
}

std::string EncodeGradeCheck(const BatchGradeCheck& batch, JsonStyle style) {
  const GradingPolicy& grading = batch.policy.document().grading;
  std::string out;
  JsonWriter w(out, json::LayoutOf(style));
  WriteBatchHead(w, "liaison.grade-check/1", batch.policy, batch.as_of);
  w.Field("passed", batch.passed());
  w.Key("units");
  w.BeginArray();
  for (std::size_t u = 0; u < batch.check.plan.units.size(); ++u) {
    const GradeCheck& unit = batch.check.units[u];
    w.BeginObject();
    WriteUnitHead(w, grading, batch.check.plan.units[u]);
    w.Key("assigned");
    WriteGradeCounts(w, grading, unit.counts);
    WriteCapUses(w, grading, unit);
    WriteViolations(w, grading, unit, batch.grading.inputs);
    w.EndObject();
  }
  w.EndArray();
  WriteOrganQuota(w, grading, batch.check.plan);
  WriteCheckErrors(w, batch.grading);
  w.EndObject();
  json::FinishDocument(out, style);
  return out;
}

absl::StatusOr<std::string> ProposalRecordsJson(const Policy& policy,
                                                std::string_view records_json,
                                                absl::CivilDay as_of, JsonStyle style) {
  absl::StatusOr<BatchReport> batch = EvaluateRecords(policy, records_json, as_of);
  if (!batch.ok()) return batch.status();
  absl::StatusOr<BatchProposal> proposal = ProposeBatchGrades(*batch);
  if (!proposal.ok()) return proposal.status();
  return EncodeProposal(*proposal, style);
}

absl::StatusOr<GradeCheckDocument> GradeCheckRecordsJson(const Policy& policy,
                                                         std::string_view records_json,
                                                         absl::CivilDay as_of, JsonStyle style) {
  absl::StatusOr<BatchReport> batch = EvaluateRecords(policy, records_json, as_of);
  if (!batch.ok()) return batch.status();
  absl::StatusOr<BatchGradeCheck> check = CheckBatchGrades(*batch);
  if (!check.ok()) return check.status();
  return GradeCheckDocument{EncodeGradeCheck(*check, style), check->passed()};
}

}  // namespace liaison
