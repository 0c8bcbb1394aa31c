// Score: a cadre's weighted task completion, score and the best grade within
// its reach (二.4, docs/policy.md §11 and §12; grade_within_reach.h).
#ifndef LIAISON_SRC_EVALUATE_SCORE_H_
#define LIAISON_SRC_EVALUATE_SCORE_H_

#include "evaluate/activity_sets.h"
#include "liaison/cadre_report.h"

namespace liaison {

// Fills binding_rules, binding_met, task_completion, score_components, score
// and eligible_grade of `report` from its findings and the record's score
// components.
void Score(const Context& context, CadreReport& report);

// Whether `finding` enters the task completion: binding and applicable.
bool InTaskCompletion(const Finding& finding);

// Its weight there: a task rule's own, 1 for a contact-point check.
double CompletionWeight(const Context& context, const Finding& finding);

}  // namespace liaison

#endif  // LIAISON_SRC_EVALUATE_SCORE_H_
