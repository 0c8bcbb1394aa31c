// MonthDay: a calendar date without a year, as policy documents write them.
//
// A policy is a yearly template ("research reports by 10-31"), so its dates
// name a month and a day; `InYear` places one in the year being evaluated.
// February 29 is rejected when a policy is parsed, because not every year has
// one and a due date must exist in every year the policy covers.
//
//   MonthDay due{10, 31};
//   absl::CivilDay day = due.InYear(2026);  // 2026-10-31
#ifndef LIAISON_MONTH_DAY_H_
#define LIAISON_MONTH_DAY_H_

#include "absl/time/civil_time.h"

namespace liaison {

struct MonthDay {
  int month = 1;  // 1..12
  int day = 1;    // 1..31, valid for `month` in a common year

  absl::CivilDay InYear(int year) const { return absl::CivilDay(year, month, day); }

  friend bool operator==(MonthDay a, MonthDay b) {
    return a.month == b.month && a.day == b.day;
  }
  friend bool operator!=(MonthDay a, MonthDay b) { return !(a == b); }
  friend bool operator<(MonthDay a, MonthDay b) {
    return a.month != b.month ? a.month < b.month : a.day < b.day;
  }
  friend bool operator<=(MonthDay a, MonthDay b) { return !(b < a); }
};

}  // namespace liaison

#endif  // LIAISON_MONTH_DAY_H_
