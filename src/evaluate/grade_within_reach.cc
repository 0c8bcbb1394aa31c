#include "evaluate/grade_within_reach.h"

#include <algorithm>

#include "evaluate/findings.h"
#include "evaluate/score.h"

namespace liaison {
namespace {

// The best completion `finding` (binding, applicable) can still reach, and
// whether that is the whole of it (the finding can still be met).
struct Reach {
  double completion = 1.0;
  bool met = true;
};

Reach ReachOf(const Context& context, const Finding& finding) {
  switch (finding.status) {
    case FindingStatus::kMet:
      return {};
    case FindingStatus::kPending: {
      if (finding.subject != FindingSubject::kTaskRule || !finding.due ||
          context.rules[finding.rule].rule->kind != RuleKind::kDuration) {
        return {};
      }
      // Each day after the as-of date up to the due date can still be one.
      const std::int64_t counted_to = std::max(context.as_of_day, context.period_start_day - 1);
      const std::int64_t days_left = context.day_number(*finding.due) - counted_to;
      const std::int64_t reachable = finding.actual + std::max<std::int64_t>(days_left, 0);
      if (reachable >= finding.required) return {};
      return {Completion(reachable, finding.required), false};
    }
    default:
      break;
  }
  // Short, overdue, late or above the range: a task rule's time is up or its
  // activities are done; a contact-point check stands only at the period end.
  if (finding.subject != FindingSubject::kTaskRule && context.as_of_day < context.period_end_day) {
    return {};
  }
  return {finding.completion, false};
}

}  // namespace

std::optional<TermId> GradeWithinReach(const Context& context, const CadreReport& report) {
  if (!report.participation.InQuotaBase()) return std::nullopt;
  double weighted = 0, weights = 0;
  bool all_met = true;
  for (const Finding& finding : report.findings) {
    if (!InTaskCompletion(finding)) continue;
    const double weight = CompletionWeight(context, finding);
    const Reach reach = ReachOf(context, finding);
    weighted += weight * reach.completion;
    weights += weight;
    all_met = all_met && reach.met;
  }
  const double tasks = weights > 0 ? weighted / weights : 1.0;
  const bool period_over = context.as_of_day >= context.period_end_day;
  double score = 0;
  for (const ScoreComponent& component : report.score_components) {
    const double best = component.component == "tasks"      ? tasks
                        : component.recorded || period_over ? component.value
                                                            : 1.0;
    score += component.weight * best;
  }
  const GradingPolicy& grading = context.document.grading;
  for (TermId grade = 0; grade < grading.scale.size(); ++grade) {
    auto condition = std::find_if(grading.eligibility.begin(), grading.eligibility.end(),
                                  [&](const GradeEligibility& e) { return e.grade == grade; });
    if (condition == grading.eligibility.end() ||
        (score >= condition->min_score && (!condition->all_binding_met || all_met))) {
      return grade;
    }
  }
  return std::nullopt;
}

}  // namespace liaison
