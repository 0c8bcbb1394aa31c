#include "liaison/batch_grading.h"

#include "base/absl_compat.h"
#include "liaison/finding_message.h"

namespace liaison {

std::string OutsideBaseReason(const CadreReport& report) {
  const Participation& participation = report.participation;
  switch (participation.status) {
    case ParticipationStatus::kParticipating: return "";
    case ParticipationStatus::kNotParticipating: return "not_participating";
    case ParticipationStatus::kExempt: return "exempt";
    case ParticipationStatus::kNotRated:
      return StrCat("not_rated:", report.policy.document()
                                      .vocabulary.not_rated_reasons[*participation.not_rated_reason]
                                      .id);
  }
  return "";
}

LocalizedText OutsideBaseLabel(const CadreReport& report) {
  const Participation& participation = report.participation;
  switch (participation.status) {
    case ParticipationStatus::kParticipating: return {};
    case ParticipationStatus::kNotParticipating:
    case ParticipationStatus::kExempt:  // as the participation column says it
      return {ParticipationLabel(report, Language::kChinese),
              ParticipationLabel(report, Language::kEnglish)};
    case ParticipationStatus::kNotRated: {
      const LocalizedText& label = report.policy.document()
                                       .vocabulary.not_rated_reasons[*participation.not_rated_reason]
                                       .label;
      return {label.zh, StrCat("not rated: ", label.en)};
    }
  }
  return {};
}

GradingInput GradingInputOf(const CadreReport& report) {
  GradingInput input;
  input.cadre_id = report.cadre_id;
  input.department = report.department;
  input.in_base = report.participation.InQuotaBase();
  input.outside_base_reason = OutsideBaseReason(report);
  input.outside_base_label = OutsideBaseLabel(report);
  input.score = report.score;
  input.binding_met = report.binding_met;
  input.all_binding_met = report.binding_met == report.binding_rules;
  input.eligible_grade = report.eligible_grade;
  for (const TieKey& key : report.policy.document().grading.tie_keys) {
    if (key.type != TieKey::Type::kRuleCompletion) continue;
    double completion = 0.0;
    for (const Finding& finding : report.findings) {
      if (finding.RuleId(report.policy) == key.rule) completion = finding.completion;
    }
    input.tie_rule_completions.push_back(completion);
  }
  input.assigned_grade = report.assigned_grade;
  return input;
}

BatchGrading GradingInputsOf(const BatchReport& batch) {
  BatchGrading grading;
  for (std::size_t i = 0; i < batch.cadres.size(); ++i) {
    if (!batch.cadres[i].ok()) {
      grading.errors.push_back({i, batch.cadres[i].status()});
      continue;
    }
    grading.inputs.push_back(GradingInputOf(*batch.cadres[i]));
    grading.batch_entries.push_back(i);
  }
  return grading;
}

absl::StatusOr<BatchProposal> ProposeBatchGrades(const BatchReport& batch) {
  BatchGrading grading = GradingInputsOf(batch);
  absl::StatusOr<GradeProposal> proposal =
      ProposeGrades(batch.policy.document().grading, grading.inputs);
  if (!proposal.ok()) return proposal.status();
  return BatchProposal{batch.policy, batch.as_of, std::move(grading), *std::move(proposal)};
}

absl::StatusOr<BatchGradeCheck> CheckBatchGrades(const BatchReport& batch) {
  BatchGrading grading = GradingInputsOf(batch);
  absl::StatusOr<OrganGradeCheck> check =
      CheckOrganGrades(batch.policy.document().grading, grading.inputs);
  if (!check.ok()) return check.status();
  return BatchGradeCheck{batch.policy, batch.as_of, std::move(grading), *std::move(check)};
}

}  // namespace liaison
