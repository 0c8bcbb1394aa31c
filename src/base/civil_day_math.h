// Day numbers and ISO text for absl::CivilDay, for code that runs per
// activity or per finding.
//
// absl::CivilDay normalises its fields on every step (`++day`, `day + n`), and
// formats through absl::FormatTime; both cost more than the evaluation or the
// encoding around them. A day number (days since 1970-01-01) turns ranges,
// spans and offsets into integer arithmetic, and the ISO text of a date is
// four digits, two and two.
//
//   const std::int64_t due = DayNumber(finding.due);
//   const std::int64_t span = due - DayNumber(period_start) + 1;
//   const DayNumbers day_number(2026);  // for many days, mostly of 2026
//   AppendIsoDate(out, finding.due);  // "2026-10-31"
#ifndef LIAISON_SRC_CIVIL_DAY_MATH_H_
#define LIAISON_SRC_CIVIL_DAY_MATH_H_

#include <cstdint>
#include <string>

#include "absl/strings/str_format.h"
#include "absl/time/civil_time.h"

namespace liaison {

// Days from 1970-01-01 to year-month-day of the proleptic Gregorian calendar
// (H. Hinnant's days_from_civil). Agrees with `day - absl::CivilDay(1970, 1, 1)`.
constexpr std::int64_t DayNumber(std::int64_t year, int month, int day) {
  const std::int64_t shifted_year = month <= 2 ? year - 1 : year;
  const std::int64_t era = (shifted_year >= 0 ? shifted_year : shifted_year - 399) / 400;
  const std::int64_t year_of_era = shifted_year - era * 400;
  const std::int64_t day_of_year = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  const std::int64_t day_of_era =
      year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * 146097 + day_of_era - 719468;
}

inline std::int64_t DayNumber(absl::CivilDay day) {
  return DayNumber(day.year(), day.month(), day.day());
}

// DayNumber for many days that mostly fall in one year: a day of that year
// costs a table lookup.
class DayNumbers {
 public:
  explicit DayNumbers(std::int64_t year) : year_(year) {
    static constexpr int kDaysInMonth[13] = {0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    before_month_[1] = DayNumber(year, 1, 1) - 1;
    for (int month = 1; month < 12; ++month) {
      before_month_[month + 1] =
          before_month_[month] + kDaysInMonth[month] + (leap && month == 2 ? 1 : 0);
    }
  }

  std::int64_t operator()(absl::CivilDay day) const {
    if (day.year() != year_) return DayNumber(day);
    return before_month_[day.month()] + day.day();
  }

 private:
  std::int64_t year_;
  std::int64_t before_month_[13] = {};  // [m]: the day number of the day before m-01
};

// Writes "YYYY-MM-DD" to `text` when the year has at most four digits (0 to
// 9999); returns false, writing nothing, for any other year.
inline bool FormatIsoDate(absl::CivilDay day, char (&text)[10]) {
  const std::int64_t year = day.year();
  if (year < 0 || year > 9999) return false;
  const auto digit = [](std::int64_t n) { return static_cast<char>('0' + n % 10); };
  text[0] = digit(year / 1000);
  text[1] = digit(year / 100);
  text[2] = digit(year / 10);
  text[3] = digit(year);
  text[4] = '-';
  text[5] = digit(day.month() / 10);
  text[6] = digit(day.month());
  text[7] = '-';
  text[8] = digit(day.day() / 10);
  text[9] = digit(day.day());
  return true;
}

// Appends "YYYY-MM-DD", the year zero-padded to four digits (as "%04d").
inline void AppendIsoDate(std::string& out, absl::CivilDay day) {
  char text[10];
  if (FormatIsoDate(day, text)) {
    out.append(text, sizeof text);
  } else {
    out += absl::StrFormat("%04d-%02d-%02d", day.year(), day.month(), day.day());
  }
}

// The same as a string: what absl::FormatCivilTime gives for a day, without
// the UTC time zone it loads and keeps (a leak checker reports it).
inline std::string IsoDate(absl::CivilDay day) {
  std::string out;
  AppendIsoDate(out, day);
  return out;
}

}  // namespace liaison

#endif  // LIAISON_SRC_CIVIL_DAY_MATH_H_
