#include "liaison/grading_json.h"

#include "base/absl_compat.h"
#include "base/enum_names.h"
#include "json/json_writer.h"
#include "json/object_reader.h"
#include "json/parse_json.h"
#include "liaison/apportionment.h"
#include "liaison/batch_grading.h"
#include "liaison/grade_check.h"
#include "liaison/grade_proposal.h"
#include "liaison/problem.h"
#include "liaison/quota_caps.h"
#include "json/result_stamp.h"

namespace liaison {
namespace {

using json::JsonWriter;

json::Layout LayoutOf(JsonStyle style) {
  return style == JsonStyle::kPretty ? json::Layout::kPretty : json::Layout::kCompact;
}

void Finish(std::string& out, JsonStyle style) {
  if (style == JsonStyle::kPretty) out += '\n';
}

void WriteError(JsonWriter& w, const absl::Status& status) {
  w.BeginObject();
  w.Key("message");
  w.String(std::string(status.message()));
  w.Key("path");
  const std::string path = FirstProblemPath(status);
  if (path.empty()) {
    w.Null();
  } else {
    w.String(path);
  }
  w.EndObject();
}

void WriteCaps(JsonWriter& w, const GradingPolicy& grading, const QuotaCaps& caps) {
  w.BeginArray();
  for (const QuotaCap& cap : caps.caps) {
    w.BeginObject();
    w.Key("grade");
    w.String(grading.scale[cap.grade].id);
    w.Key("label");
    w.Localized(CapLabel(grading, cap));
    w.Key("cumulative");
    w.Bool(cap.cumulative);
    w.Key("cap");
    w.Int(cap.cap);
    w.Key("share_base");
    w.Int(cap.share_base);
    w.Key("share");
    w.Double(cap.share_per_10000 / 10000.0);
    w.Key("rounding");
    w.String(NameOf(kRoundingNames, cap.rounding));
    w.Key("rounded");
    w.Int(cap.rounded);
    w.Key("raised_to_one");
    w.Bool(cap.raised_to_one);
    w.Key("apportioned");
    w.Bool(cap.apportioned);
    w.Key("derivation");
    w.Localized(DescribeCapDerivation(grading, cap));
    w.Key("text");
    w.Localized(DescribeCap(grading, cap));
    w.EndObject();
  }
  w.EndArray();
}

// The grade ids of `counts` as an object {"excellent": 2, …}.
void WriteGradeCounts(JsonWriter& w, const GradingPolicy& grading,
                      absl::Span<const std::int32_t> counts) {
  w.BeginObject();
  for (std::size_t g = 0; g < counts.size() && g < grading.scale.size(); ++g) {
    w.Key(grading.scale[static_cast<TermId>(g)].id);
    w.Int(counts[g]);
  }
  w.EndObject();
}

void WriteUnitHead(JsonWriter& w, const GradingPolicy& grading, const QuotaUnit& unit) {
  w.Key("id");
  w.String(unit.id);
  w.Key("label");
  w.Localized(DescribeQuotaUnit(unit));
  w.Key("departments");
  w.StringArray(unit.departments);
  w.Key("pooled");
  w.Bool(unit.pooled);
  w.Key("base");
  w.Int(unit.base);
  w.Key("caps");
  WriteCaps(w, grading, unit.caps);
}

void WriteOrganQuota(JsonWriter& w, const GradingPolicy& grading, const QuotaPlan& plan) {
  if (!plan.organ_caps) return;
  w.Key("organ_quota");
  w.BeginObject();
  w.Key("caps");
  WriteCaps(w, grading, *plan.organ_caps);
  w.Key("apportionments");
  w.BeginArray();
  for (std::size_t i = 0; i < plan.organ_apportionments.size(); ++i) {
    const Apportionment& apportionment = plan.organ_apportionments[i];
    w.BeginObject();
    w.Key("grade");
    w.String(grading.scale[plan.organ_caps->caps[i].grade].id);
    w.Key("places");
    w.Int(apportionment.places);
    w.Key("audit");
    w.BeginArray();
    for (const PlaceAudit& line : apportionment.audit) w.Localized(DescribePlace(apportionment, line));
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
  w.Key("alabama_paradoxes");
  w.BeginArray();
  for (const OrganQuotaParadox& paradox : plan.alabama_paradoxes) {
    w.BeginObject();
    w.Key("grade");
    w.String(grading.scale[paradox.grade].id);
    w.Key("unit");
    w.String(paradox.paradox.id);
    w.Key("text");
    w.Localized(DescribeAlabamaParadox(paradox.paradox));
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
}

// Writes one entry per input cadre: `write_cadre(input_index)` for cadres that
// were evaluated, an error entry for the others.
template <typename WriteCadre>
void WriteCadreEntries(JsonWriter& w, const BatchReport& batch, const BatchGrading& grading,
                       WriteCadre write_cadre) {
  w.Key("cadres");
  w.BeginArray();
  std::size_t next = 0;
  for (std::size_t entry = 0; entry < batch.cadres.size(); ++entry) {
    if (next < grading.batch_entries.size() && grading.batch_entries[next] == entry) {
      write_cadre(next++);
      continue;
    }
    w.BeginObject();
    w.Key("ok");
    w.Bool(false);
    w.Key("error");
    WriteError(w, batch.cadres[entry].status());
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
  JsonWriter w(out, LayoutOf(style));
  w.BeginObject();
  w.Key("schema");
  w.String("liaison.caps/1");
  WriteResultStamp(w, policy);
  w.Key("base");
  w.Int(base);
  w.Key("cumulative");
  w.Bool(caps->cumulative);
  w.Key("pass_down");
  w.Bool(caps->pass_down);
  w.Key("caps");
  WriteCaps(w, grading, *caps);
  w.EndObject();
  Finish(out, style);
  return out;
}

absl::StatusOr<std::string> ProposalJson(const BatchReport& batch, const RecordBatch& records,
                                         JsonStyle style) {
  const GradingPolicy& grading = batch.policy.document().grading;
  const BatchGrading inputs = GradingInputsOf(batch, records);
  absl::StatusOr<GradeProposal> proposal = ProposeGrades(grading, inputs.inputs);
  if (!proposal.ok()) return proposal.status();
  std::string out;
  JsonWriter w(out, LayoutOf(style));
  w.BeginObject();
  w.Key("schema");
  w.String("liaison.proposal/1");
  WriteResultStamp(w, batch.policy);
  w.Key("as_of");
  w.Date(batch.as_of);
  w.Key("units");
  w.BeginArray();
  for (std::size_t u = 0; u < proposal->plan.units.size(); ++u) {
    w.BeginObject();
    WriteUnitHead(w, grading, proposal->plan.units[u]);
    w.Key("ranked");
    w.Int(proposal->units[u].ranked);
    w.Key("proposed");
    WriteGradeCounts(w, grading, proposal->units[u].counts);
    w.Key("held");
    WriteGradeCounts(w, grading, proposal->units[u].held);
    w.EndObject();
  }
  w.EndArray();
  WriteOrganQuota(w, grading, proposal->plan);
  WriteCadreEntries(w, batch, inputs, [&](std::size_t i) {
    const GradingInput& input = inputs.inputs[i];
    const CadreProposal& cadre = proposal->cadres[i];
    w.BeginObject();
    w.Key("ok");
    w.Bool(true);
    w.Key("cadre");
    w.String(input.cadre_id);
    w.Key("department");
    w.String(input.department);
    w.Key("in_base");
    w.Bool(input.in_base);
    if (!input.in_base) {
      w.Key("outside_base_reason");
      w.String(input.outside_base_reason);
    }
    w.Key("score");
    w.Double(input.score);
    w.Key("unit");
    if (input.in_base) {
      w.String(proposal->plan.units[cadre.unit].id);
    } else {
      w.Null();
    }
    w.Key("rank");
    w.Int(cadre.rank);
    w.Key("grade");
    if (cadre.grade) {
      w.String(grading.scale[*cadre.grade].id);
    } else {
      w.Null();
    }
    w.Key("held_for_committee");
    if (cadre.held_grade) {
      w.String(grading.scale[*cadre.held_grade].id);
    } else {
      w.Null();
    }
    w.Key("explanation");
    w.Localized(DescribeProposal(grading, *proposal, inputs.inputs, i));
    w.EndObject();
  });
  w.EndObject();
  Finish(out, style);
  return out;
}

absl::StatusOr<GradeCheckDocument> GradeCheckJson(const BatchReport& batch,
                                                  const RecordBatch& records, JsonStyle style) {
  const GradingPolicy& grading = batch.policy.document().grading;
  const BatchGrading inputs = GradingInputsOf(batch, records);
  absl::StatusOr<OrganGradeCheck> check = CheckOrganGrades(grading, inputs.inputs);
  if (!check.ok()) return check.status();
  GradeCheckDocument document;
  document.passed = check->ok() && inputs.inputs.size() == batch.cadres.size();
  std::string& out = document.json;
  JsonWriter w(out, LayoutOf(style));
  w.BeginObject();
  w.Key("schema");
  w.String("liaison.grade-check/1");
  WriteResultStamp(w, batch.policy);
  w.Key("as_of");
  w.Date(batch.as_of);
  w.Key("passed");
  w.Bool(document.passed);
  w.Key("units");
  w.BeginArray();
  for (std::size_t u = 0; u < check->plan.units.size(); ++u) {
    const GradeCheck& unit = check->units[u];
    w.BeginObject();
    WriteUnitHead(w, grading, check->plan.units[u]);
    w.Key("assigned");
    WriteGradeCounts(w, grading, unit.counts);
    w.Key("cap_uses");
    w.BeginArray();
    for (const CapUse& use : unit.cap_uses) {
      w.BeginObject();
      w.Key("grade");
      w.String(grading.scale[use.grade].id);
      w.Key("counted");
      w.Int(use.counted);
      w.Key("cap");
      w.Int(use.cap);
      w.Key("passed_down");
      w.Int(use.passed_down);
      w.Key("exceeded");
      w.Bool(use.exceeded());
      w.Key("text");
      w.Localized(DescribeCapUse(grading, unit.caps, use));
      w.EndObject();
    }
    w.EndArray();
    w.Key("violations");
    w.BeginArray();
    for (const GradeViolation& violation : unit.violations) {
      w.BeginObject();
      w.Key("kind");
      w.String(GradeViolationKindName(violation.kind));
      w.Key("cadre");
      if (violation.cadre) {
        w.String(inputs.inputs[*violation.cadre].cadre_id);
      } else {
        w.Null();
      }
      w.Key("message");
      w.Localized(DescribeViolation(grading, unit, inputs.inputs, violation));
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
  WriteOrganQuota(w, grading, check->plan);
  w.Key("errors");
  w.BeginArray();
  std::size_t next = 0;
  for (std::size_t entry = 0; entry < batch.cadres.size(); ++entry) {
    if (next < inputs.batch_entries.size() && inputs.batch_entries[next] == entry) {
      ++next;
      continue;
    }
    w.BeginObject();
    w.Key("entry");
    w.Int(static_cast<std::int64_t>(entry));
    w.Key("error");
    WriteError(w, batch.cadres[entry].status());
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  Finish(out, style);
  return document;
}

absl::StatusOr<std::string> ApportionmentJson(std::string_view request, JsonStyle style) {
  simdjson::dom::parser parser;
  absl::StatusOr<simdjson::dom::element> root = json::ParseJson(parser, request, "apportionment");
  if (!root.ok()) return root.status();
  json::Problems problems;
  json::JsonPath path;
  json::ObjectReader top(*root, path, problems);
  std::optional<std::int64_t> places = top.Integer("places", json::kRequired, 0, 2147483647);
  std::vector<ApportionmentClaim> claims;
  if (std::optional<simdjson::dom::array> units = top.Array("units", json::kRequired)) {
    json::JsonPath units_path = path.Key("units");
    std::size_t index = 0;
    for (simdjson::dom::element entry : *units) {
      json::JsonPath unit_path = units_path.Index(index++);
      json::ObjectReader unit(entry, unit_path, problems);
      ApportionmentClaim claim;
      if (auto id = unit.NonEmptyString("id", json::kRequired)) claim.id = std::string(*id);
      if (auto base = unit.Integer("base", json::kRequired, 0, 2147483647)) claim.base = *base;
      unit.RejectUnknownKeys();
      claims.push_back(std::move(claim));
    }
  }
  top.RejectUnknownKeys();
  if (!problems.empty()) return InvalidInput("apportionment request", problems.Take());
  absl::StatusOr<Apportionment> apportionment = ApportionLargestRemainder(*places, claims);
  if (!apportionment.ok()) return apportionment.status();
  absl::StatusOr<std::vector<AlabamaParadox>> paradoxes = FindAlabamaParadox(*places, claims);
  if (!paradoxes.ok()) return paradoxes.status();
  std::string out;
  JsonWriter w(out, LayoutOf(style));
  w.BeginObject();
  w.Key("schema");
  w.String("liaison.apportionment/1");
  w.Key("library_version");
  w.String(LIAISON_VERSION_STRING);
  w.Key("places");
  w.Int(apportionment->places);
  w.Key("total_base");
  w.Int(apportionment->total_base);
  w.Key("shares");
  w.BeginArray();
  for (const ApportionedShare& share : apportionment->shares) {
    w.BeginObject();
    w.Key("id");
    w.String(share.id);
    w.Key("base");
    w.Int(share.base);
    w.Key("quota");
    w.Double(apportionment->total_base == 0
                 ? 0.0
                 : static_cast<double>(share.quota_numerator) /
                       static_cast<double>(apportionment->total_base));
    w.Key("whole_part");
    w.Int(share.whole_part);
    w.Key("remainder_place");
    w.Bool(share.remainder_place);
    w.Key("places");
    w.Int(share.places);
    w.EndObject();
  }
  w.EndArray();
  w.Key("audit");
  w.BeginArray();
  for (const PlaceAudit& line : apportionment->audit) {
    w.Localized(DescribePlace(*apportionment, line));
  }
  w.EndArray();
  w.Key("alabama_paradoxes");
  w.BeginArray();
  for (const AlabamaParadox& paradox : *paradoxes) {
    w.BeginObject();
    w.Key("unit");
    w.String(paradox.id);
    w.Key("places_before");
    w.Int(paradox.share_before);
    w.Key("places_after");
    w.Int(paradox.share_after);
    w.Key("text");
    w.Localized(DescribeAlabamaParadox(paradox));
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  Finish(out, style);
  return out;
}

}  // namespace liaison
