#include "evaluate/expenses.h"

#include <algorithm>

namespace liaison {

void CheckExpenses(const Context& context, CadreReport& report) {
  const CadreYear& cadre = context.cadre;
  for (std::size_t i = 0; i < cadre.expenses.size(); ++i) {
    const ExpenseClaim& claim = cadre.expenses[i];
    auto activity = std::find_if(cadre.activities.begin(), cadre.activities.end(),
                                 [&](const Activity& a) { return a.id == claim.activity; });
    if (activity == cadre.activities.end()) {
      report.rejected_expenses.push_back(
          {static_cast<std::uint32_t>(i), claim.id, RejectedExpense::Reason::kNoSuchActivity});
    } else if (activity->date < context.period_start || activity->date > context.period_end) {
      report.rejected_expenses.push_back(
          {static_cast<std::uint32_t>(i), claim.id, RejectedExpense::Reason::kOutsidePeriod});
    } else {
      ++report.accepted_expenses;
    }
  }
}

}  // namespace liaison
