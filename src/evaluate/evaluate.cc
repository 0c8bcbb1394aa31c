// Evaluation of one cadre's year: participation, then the task rules
// (rule_kinds.cc), the contact points, the score and the expense claims, into
// one report; and a whole batch, department rules (department_rules.cc) first.
#include "liaison/evaluate.h"

#include "base/absl_compat.h"
#include "evaluate/activity_sets.h"
#include "evaluate/contact_points.h"
#include "evaluate/expenses.h"
#include "evaluate/findings.h"
#include "evaluate/participation.h"
#include "evaluate/rule_kinds.h"
#include "evaluate/score.h"
#include "liaison/problem.h"

namespace liaison {

absl::Status EvaluateInto(const Policy& policy, const CadreYear& cadre, absl::CivilDay as_of,
                          CadreReport& report) {
  if (!policy.Covers(cadre.year)) {
    return LocalizedError(
        absl::StatusCode::kInvalidArgument,
        {StrCat("干部“", cadre.id, "”：政策“", policy.id(), "”不适用于 ", cadre.year, " 年"),
         StrCat("cadre \"", cadre.id, "\": policy \"", policy.id(), "\" does not cover ",
                cadre.year)});
  }
  const PolicyDocument& document = policy.document();
  report.policy = policy;
  report.cadre_id = cadre.id;
  report.name = cadre.name;
  report.department = cadre.department;
  report.year = cadre.year;
  report.assigned_grade = cadre.assigned_grade;
  report.as_of = as_of;
  report.participation = DecideParticipation(document.participation, cadre);
  // What an earlier evaluation into the same report left is cleared (the
  // findings are reset one by one as they are reused).
  report.binding_rules = 0;
  report.binding_met = 0;
  report.task_completion = 0.0;
  report.score_components.clear();
  report.score = 0.0;
  report.eligible_grade.reset();
  report.accepted_expenses = 0;
  report.rejected_expenses.clear();
  // Every task rule, and at most three contact-point checks.
  FindingSlots findings(report.findings, policy.rules().size() + 4);
  const ParticipationStatus status = report.participation.status;
  if (status != ParticipationStatus::kParticipating &&
      status != ParticipationStatus::kNotRated) {
    findings.Finish();
    return absl::OkStatus();
  }
  Context context(policy, cadre, as_of);
  EvaluateTaskRules(context, findings);
  EvaluateContactPoints(context, findings);
  findings.Finish();
  Score(context, report);
  CheckExpenses(context, report);
  return absl::OkStatus();
}

absl::StatusOr<CadreReport> Evaluate(const Policy& policy, const CadreYear& cadre,
                                     absl::CivilDay as_of) {
  CadreReport report(policy);
  absl::Status status = EvaluateInto(policy, cadre, as_of, report);
  if (!status.ok()) return status;
  return report;
}

BatchReport EvaluateBatch(const Policy& policy, const RecordBatch& batch,
                          absl::CivilDay as_of) {
  BatchReport report(policy);
  report.year = batch.year;
  report.as_of = as_of;
  report.departments = EvaluateDepartments(policy, batch, as_of);
  report.cadres.reserve(batch.cadres.size());
  for (const absl::StatusOr<CadreYear>& cadre : batch.cadres) {
    if (cadre.ok()) {
      report.cadres.push_back(Evaluate(policy, *cadre, as_of));
    } else {
      report.cadres.push_back(cadre.status());
    }
  }
  return report;
}

}  // namespace liaison
