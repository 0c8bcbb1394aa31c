// DaysOfYear (base/days_of_year.h), the table the record decoders read
// dates by, on days worked out from the Gregorian calendar by hand: each
// month's last day and the day after it, February in the leap years 2000
// and 2024 and the common years 1900, 2026 and 2100, the first and last day
// of the year, and texts that are not dates, which it must refuse as
// ParseCivilDay does. Dates of other years pass through to ParseCivilDay.
#include "base/days_of_year.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <string>

#include "liaison/dates.h"

namespace liaison {
namespace {

// "YYYY-MM-DD" for any numbers, including days no month has.
std::string Text(int year, int month, int day) {
  char text[32];
  std::snprintf(text, sizeof text, "%04d-%02d-%02d", year, month, day);
  return text;
}

TEST(DaysOfYear, KnowsEachMonthsLastDayAndRefusesTheNext) {
  const int last[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};  // 2026: common
  const DaysOfYear days(2026);
  for (int month = 1; month <= 12; ++month) {
    const std::string text = Text(2026, month, last[month - 1]);
    const std::string after = Text(2026, month, last[month - 1] + 1);
    EXPECT_EQ(days.Parse(text), absl::CivilDay(2026, month, last[month - 1])) << text;
    EXPECT_EQ(days.Parse(after), std::nullopt) << after;
    EXPECT_EQ(days.Parse(Text(2026, month, 1)), absl::CivilDay(2026, month, 1));
    EXPECT_EQ(days.Parse(Text(2026, month, 0)), std::nullopt);
  }
}

TEST(DaysOfYear, GivesFebruaryItsTwentyNinthInLeapYearsOnly) {
  // Leap: divisible by 4 (2024), or a century divisible by 400 (2000).
  for (int year : {2000, 2024}) {
    const DaysOfYear days(year);
    EXPECT_EQ(days.Parse(Text(year, 2, 29)), absl::CivilDay(year, 3, 1) - 1) << year;
    EXPECT_EQ(days.Parse(Text(year, 2, 30)), std::nullopt) << year;
    EXPECT_EQ(days.Parse(Text(year, 3, 1)), absl::CivilDay(year, 2, 29) + 1) << year;
  }
  // Common: not divisible by 4 (2026), or a century not divisible by 400.
  for (int year : {1900, 2026, 2100}) {
    const DaysOfYear days(year);
    EXPECT_EQ(days.Parse(Text(year, 2, 28)), absl::CivilDay(year, 2, 28)) << year;
    EXPECT_EQ(days.Parse(Text(year, 2, 29)), std::nullopt) << year;
  }
}

TEST(DaysOfYear, ReadsEveryDayOfTheYearInOrder) {
  // 366 days in 2024, each the one after the last; 2024-12-31 is the 366th.
  const DaysOfYear days(2024);
  absl::CivilDay expected(2024, 1, 1);
  int count = 0;
  for (int month = 1; month <= 12; ++month) {
    for (int day = 1; day <= 31; ++day) {
      const std::optional<absl::CivilDay> read = days.Parse(Text(2024, month, day));
      if (!read) continue;
      EXPECT_EQ(*read, expected) << Text(2024, month, day);
      ++expected;
      ++count;
    }
  }
  EXPECT_EQ(count, 366);
  EXPECT_EQ(expected, absl::CivilDay(2025, 1, 1));
}

TEST(DaysOfYear, LeavesOtherYearsToParseCivilDay) {
  const DaysOfYear days(2026);
  EXPECT_EQ(days.Parse("2025-12-31"), absl::CivilDay(2025, 12, 31));
  EXPECT_EQ(days.Parse("2027-01-01"), absl::CivilDay(2027, 1, 1));
  EXPECT_EQ(days.Parse("2024-02-29"), absl::CivilDay(2024, 2, 29));
  EXPECT_EQ(days.Parse("2025-02-29"), std::nullopt);
  EXPECT_EQ(days.Parse("0001-01-01"), absl::CivilDay(1, 1, 1));
  // A year with no four-digit text reads nothing by table.
  const DaysOfYear far(10000);
  EXPECT_EQ(far.Parse("2026-06-30"), absl::CivilDay(2026, 6, 30));
}

TEST(DaysOfYear, RefusesWhatIsNotExactlyYyyyMmDdAsParseCivilDayDoes) {
  const DaysOfYear days(2026);
  // Each differs from a day of 2026 in one place: a month or day out of
  // range, a byte that is not a digit (':' and '/' just after and before
  // the digits), a wrong separator, a length other than ten.
  for (const char* text :
       {"2026-00-10", "2026-13-01", "2026-06-00", "2026-6-30", "2026-06-3", "26-06-30",
        "2026-06-30T00:00", "2026/06/30", "2026-06-3a", "2026-0:-01", "2026-/1-01",
        "2026-01-:1", "2026-01-0/", "2026-1:-01", "2026_06-30", "2026-06_30", "2026-06-3 ",
        " 2026-06-3", "", "2026-06-30 ", "2026-99-99", "2026-\xb1\xb1-01", "2026-01-\xb1\xb1"}) {
    EXPECT_EQ(days.Parse(text), std::nullopt) << text;
    EXPECT_EQ(ParseCivilDay(text), std::nullopt) << text;
  }
}

}  // namespace
}  // namespace liaison
