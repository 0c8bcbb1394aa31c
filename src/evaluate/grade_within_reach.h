// The best grade within reach (可评等次): the best grade of the policy's scale
// whose eligibility conditions (二.4.(2), docs/policy.md §11) the cadre can
// still meet by the rules' due dates, given what is done as of the date.
//
// Before a rule's due date it may still be met; what cannot be undone is out
// of reach for good: a rule whose time is up unmet (short, overdue, late), a
// range already exceeded, and a duration rule lacking more days than are left
// to its due date. A contact-point check can be put right until the period
// ends (points are assigned and ended by the department). A minimum score is
// compared with the best score still possible: every rule that can still be
// met counted met, a duration rule out of reach at the days it can still
// reach, and a score component not yet recorded at 1 until the period ends
// (after it, at 0 as the score counts it). The quota plays no part here.
//
// Once every rule's time is up this is the grade whose conditions hold; a
// cadre outside the quota base (not taking part, exempt, not rated) has none.
//
//   report.eligible_grade = GradeWithinReach(context, report);
#ifndef LIAISON_SRC_EVALUATE_GRADE_WITHIN_REACH_H_
#define LIAISON_SRC_EVALUATE_GRADE_WITHIN_REACH_H_

#include <optional>

#include "evaluate/activity_sets.h"
#include "liaison/cadre_report.h"
#include "liaison/vocabulary.h"

namespace liaison {

// From the report's participation, findings and score components, which
// Score has filled.
std::optional<TermId> GradeWithinReach(const Context& context, const CadreReport& report);

}  // namespace liaison

#endif  // LIAISON_SRC_EVALUATE_GRADE_WITHIN_REACH_H_
