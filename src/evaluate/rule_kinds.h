// Rule kinds: how each kind of task rule counts (rule_kind.h lists the
// kinds and what else varies by kind).
//
// A rule of a kind that counts activities takes the activities that count
// for it (activity_sets.h), measures them with its kind's function below,
// and is met, short, pending or over by that measure, with its pace through
// the period (二.4.(1)). A deadline looks at the cadre's submissions instead.
#ifndef LIAISON_SRC_EVALUATE_RULE_KINDS_H_
#define LIAISON_SRC_EVALUATE_RULE_KINDS_H_

#include "absl/time/civil_time.h"
#include "evaluate/activity_sets.h"
#include "liaison/cadre_report.h"
#include "liaison/policy.h"

namespace liaison {

// Fills the kind's part of `finding` for a rule that applies to the cadre,
// due on `due`: required, maximum, actual, status, completion and pace, the
// activities set aside, the missing areas (kCoverage) and the submission
// date (kDeadline).
void EvaluateRuleKind(const Context& context, const EffectiveRule& effective,
                      absl::CivilDay due, Finding& finding);

}  // namespace liaison

#endif  // LIAISON_SRC_EVALUATE_RULE_KINDS_H_
