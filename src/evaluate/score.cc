#include "evaluate/score.h"

#include <algorithm>
#include <utility>

#include "evaluate/grade_within_reach.h"

namespace liaison {

bool InTaskCompletion(const Finding& finding) {
  return finding.binding && finding.status != FindingStatus::kNotApplicable &&
         finding.status != FindingStatus::kAdvisory;
}

double CompletionWeight(const Context& context, const Finding& finding) {
  return finding.subject == FindingSubject::kTaskRule ? context.rules[finding.rule].rule->weight
                                                      : 1.0;
}

void Score(const Context& context, CadreReport& report) {
  double weighted = 0, weights = 0;
  for (const Finding& finding : report.findings) {
    if (!InTaskCompletion(finding)) continue;
    const double weight = CompletionWeight(context, finding);
    weighted += weight * finding.completion;
    weights += weight;
    ++report.binding_rules;
    if (finding.status == FindingStatus::kMet) ++report.binding_met;
  }
  report.task_completion = weights > 0 ? weighted / weights : 1.0;
  const GradingPolicy& grading = context.document.grading;
  report.score = 0;
  report.score_components.reserve(grading.weights.size());
  for (const ScoreWeight& weight : grading.weights) {
    ScoreComponent component{weight.component, weight.weight, 0.0, true};
    if (weight.component == "tasks") {
      component.value = report.task_completion;
    } else {
      auto it = std::find_if(context.cadre.scores.begin(), context.cadre.scores.end(),
                             [&](const auto& entry) { return entry.first == weight.component; });
      component.recorded = it != context.cadre.scores.end();
      if (component.recorded) component.value = it->second;
    }
    report.score += component.weight * component.value;
    report.score_components.push_back(std::move(component));
  }
  report.eligible_grade = GradeWithinReach(context, report);
}

}  // namespace liaison
