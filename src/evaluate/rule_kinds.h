// Rule kinds: the policy's task rules evaluated, each by its kind (rule_kind.h
// lists the kinds and what else varies by kind).
//
// A rule that does not apply to the cadre is not applicable. One of a kind
// that counts activities takes the activities that count for it
// (activity_sets.h), measures them with its kind's function in
// rule_kinds.cc, and is met, short, pending or over by that measure, with
// its pace through the period (二.4.(1)). A deadline looks at the cadre's
// submissions instead.
#ifndef LIAISON_SRC_EVALUATE_RULE_KINDS_H_
#define LIAISON_SRC_EVALUATE_RULE_KINDS_H_

#include "evaluate/activity_sets.h"
#include "evaluate/findings.h"

namespace liaison {

// Takes one finding from `findings` per task rule of the policy, in order,
// and fills it.
void EvaluateTaskRules(const Context& context, FindingSlots& findings);

}  // namespace liaison

#endif  // LIAISON_SRC_EVALUATE_RULE_KINDS_H_
