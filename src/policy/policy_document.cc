// Field-wise equality of policy documents, used by round-trip checks and by
// the policy diff to tell a changed parameter from an unchanged one.
#include "liaison/policy_document.h"

#include "liaison/task_rule.h"

namespace liaison {

bool operator==(const TaskRule& a, const TaskRule& b) {
  return a.id == b.id && a.kind == b.kind && a.title == b.title && a.basis == b.basis &&
         a.binding == b.binding && a.min == b.min && a.max == b.max && a.due == b.due &&
         a.match == b.match && a.applies_to == b.applies_to && a.weight == b.weight &&
         a.prorate == b.prorate && a.prorate_max == b.prorate_max && a.quantity == b.quantity &&
         a.people == b.people &&
         a.submission == b.submission && a.areas == b.areas && a.unit == b.unit &&
         a.days_per_unit == b.days_per_unit;
}

bool operator==(const PolicyDocument& a, const PolicyDocument& b) {
  return a.id == b.id && a.version == b.version && a.title == b.title &&
         a.issuer == b.issuer && a.source == b.source && a.year == b.year &&
         a.recurring == b.recurring && a.period_start == b.period_start &&
         a.period_end == b.period_end && a.vocabulary == b.vocabulary &&
         a.participation == b.participation && a.contact_points == b.contact_points &&
         a.counting == b.counting && a.rules == b.rules && a.proration == b.proration &&
         a.checkpoints == b.checkpoints && a.department_rules == b.department_rules &&
         a.grading == b.grading;
}

}  // namespace liaison
