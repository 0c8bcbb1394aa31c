// Expenses: which of a cadre's expense claims can be reimbursed as liaison
// work (二.5): those for an activity of the record, dated in the period.
#ifndef LIAISON_SRC_EVALUATE_EXPENSES_H_
#define LIAISON_SRC_EVALUATE_EXPENSES_H_

#include "evaluate/activity_sets.h"
#include "liaison/cadre_report.h"

namespace liaison {

// Counts the accepted claims in `report` and lists the rejected ones.
void CheckExpenses(const Context& context, CadreReport& report);

}  // namespace liaison

#endif  // LIAISON_SRC_EVALUATE_EXPENSES_H_
