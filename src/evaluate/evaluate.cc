// Evaluation of one cadre's year: participation, then each task rule (its
// kind's part in rule_kinds.cc), the contact points, the score and the
// expense claims, into one report; and a whole batch, department rules
// (department_rules.cc) first.
#include "liaison/evaluate.h"

#include <algorithm>

#include "base/absl_compat.h"
#include "evaluate/activity_sets.h"
#include "evaluate/contact_points.h"
#include "evaluate/expenses.h"
#include "evaluate/findings.h"
#include "evaluate/participation.h"
#include "evaluate/rule_kinds.h"
#include "evaluate/score.h"

namespace liaison {
namespace {

bool Applies(const AppliesTo& applies_to, const CadreYear& cadre) {
  if (!applies_to.tags.empty()) {
    const bool tagged = std::any_of(cadre.tags.begin(), cadre.tags.end(), [&](TermId tag) {
      return std::find(applies_to.tags.begin(), applies_to.tags.end(), tag) !=
             applies_to.tags.end();
    });
    if (!tagged) return false;
  }
  if (!applies_to.ranks.empty() &&
      (!cadre.rank || std::find(applies_to.ranks.begin(), applies_to.ranks.end(),
                                *cadre.rank) == applies_to.ranks.end())) {
    return false;
  }
  if (!applies_to.categories.empty() &&
      std::find(applies_to.categories.begin(), applies_to.categories.end(), cadre.category) ==
          applies_to.categories.end()) {
    return false;
  }
  return true;
}

// Fills `finding`, a fresh or reset one in the report.
void EvaluateTaskRule(const Context& context, std::size_t index, Finding& finding) {
  const EffectiveRule& effective = context.rules[index];
  // Most rules are due at the period end; making a CivilDay past the 28th of
  // a month normalises it, so that one is made once.
  const absl::CivilDay due = effective.due == context.document.period_end
                                 ? context.period_end
                                 : effective.due.InYear(context.cadre.year);
  if (!Applies(effective.rule->applies_to, context.cadre)) {
    finding.status = FindingStatus::kNotApplicable;
    finding.binding = effective.binding;
    finding.required = effective.min;
    finding.maximum = effective.max;
    finding.due = due;
    finding.rule = static_cast<std::uint16_t>(index);
    return;
  }
  EvaluateRuleKind(context, effective, due, finding);
  finding.rule = static_cast<std::uint16_t>(index);
  finding.binding = effective.binding;
  finding.due = due;
  finding.shortfall = std::max<std::int64_t>(0, finding.required - finding.actual);
  if (!effective.binding) finding.status = FindingStatus::kAdvisory;
}

}  // namespace

absl::Status EvaluateInto(const Policy& policy, const CadreYear& cadre, absl::CivilDay as_of,
                          CadreReport& report) {
  if (!policy.Covers(cadre.year)) {
    return absl::InvalidArgumentError(StrCat(
        "cadre \"", cadre.id, "\": policy \"", policy.id(), "\" does not cover ", cadre.year));
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
  FindingSlots findings(report.findings, policy.rules().size() + 3);
  const ParticipationStatus status = report.participation.status;
  if (status != ParticipationStatus::kParticipating &&
      status != ParticipationStatus::kNotRated) {
    findings.Finish();
    return absl::OkStatus();
  }
  Context context(policy, cadre, as_of);
  for (std::size_t i = 0; i < context.rules.size(); ++i) {
    EvaluateTaskRule(context, i, findings.Next());
  }
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
