// The best grade within reach: the best grade of the scale whose eligibility
// conditions a cadre can still meet by the year's end.
//
// A cadre's eligible grade (CadreReport::eligible_grade) is what holds today,
// so at the mid-year review, with most rules still pending, nobody is
// eligible for 优 yet. Within reach looks ahead: a rule still pending could
// yet be met, a rule whose time is up unmet (short, overdue, late, above the
// range) cannot. So "every binding rule met" is out of reach only when a
// binding rule's time is up unmet, and a minimum score is compared with the
// score the cadre would have if every pending binding rule were completed.
// Once no rule is pending it is the eligible grade.
#ifndef LIAISON_SRC_REPORT_GRADE_WITHIN_REACH_H_
#define LIAISON_SRC_REPORT_GRADE_WITHIN_REACH_H_

#include <optional>

#include "liaison/cadre_report.h"
#include "liaison/vocabulary.h"

namespace liaison::report {

// nullopt: no grade is within reach, or the cadre is outside the quota base.
std::optional<TermId> GradeWithinReach(const CadreReport& report);

}  // namespace liaison::report

#endif  // LIAISON_SRC_REPORT_GRADE_WITHIN_REACH_H_
