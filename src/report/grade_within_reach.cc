#include "report/grade_within_reach.h"

#include <algorithm>

#include "report/rule_tally.h"

namespace liaison::report {
namespace {

double Weight(const CadreReport& report, const Finding& finding) {
  return finding.subject == FindingSubject::kTaskRule
             ? report.policy.rules()[finding.rule].rule->weight
             : 1.0;
}

// The score with every pending binding finding completed, as evaluate.cc
// weighs it: the tasks component is the weighted mean completion of the
// binding findings, the other components as recorded.
double BestReachableScore(const CadreReport& report) {
  double weighted = 0, weights = 0;
  for (const Finding& finding : report.findings) {
    if (!StandingOf(finding)) continue;
    const double completion = finding.status == FindingStatus::kPending ? 1.0 : finding.completion;
    weighted += Weight(report, finding) * completion;
    weights += Weight(report, finding);
  }
  const double tasks = weights > 0 ? weighted / weights : 1.0;
  double score = 0;
  for (const ScoreComponent& component : report.score_components) {
    score += component.weight * (component.component == "tasks" ? tasks : component.value);
  }
  return score;
}

}  // namespace

std::optional<TermId> GradeWithinReach(const CadreReport& report) {
  if (!report.participation.InQuotaBase()) return std::nullopt;
  const bool binding_lost =
      std::any_of(report.findings.begin(), report.findings.end(),
                  [](const Finding& f) { return StandingOf(f) == Standing::kOverdue; });
  const double score = BestReachableScore(report);
  const GradingPolicy& grading = report.policy.document().grading;
  for (TermId grade = 0; grade < grading.scale.size(); ++grade) {
    auto condition = std::find_if(grading.eligibility.begin(), grading.eligibility.end(),
                                  [&](const GradeEligibility& e) { return e.grade == grade; });
    if (condition == grading.eligibility.end() ||
        (score >= condition->min_score && !(condition->all_binding_met && binding_lost))) {
      return grade;
    }
  }
  return std::nullopt;
}

}  // namespace liaison::report
