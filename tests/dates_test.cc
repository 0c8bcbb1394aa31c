// ParseCivilDay, ParseAsOfDate and ParseMonthDay (liaison/dates.h) on days
// worked out from the Gregorian calendar by hand: the months' lengths, the
// leap years (divisible by 4, except centuries not divisible by 400), and
// texts that are not exactly "YYYY-MM-DD" or "MM-DD".
#include "liaison/dates.h"

#include <gtest/gtest.h>

#include <cstdio>

namespace liaison {
namespace {

TEST(ParseCivilDay, ReadsAWellFormedDay) {
  EXPECT_EQ(ParseCivilDay("2026-06-30"), absl::CivilDay(2026, 6, 30));
  EXPECT_EQ(ParseCivilDay("2026-01-01"), absl::CivilDay(2026, 1, 1));
  EXPECT_EQ(ParseCivilDay("2026-12-31"), absl::CivilDay(2026, 12, 31));
  EXPECT_EQ(ParseCivilDay("0001-01-01"), absl::CivilDay(1, 1, 1));
  EXPECT_EQ(ParseCivilDay("9999-12-31"), absl::CivilDay(9999, 12, 31));
}

TEST(ParseCivilDay, KnowsEachMonthsLastDay) {
  const int last[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  for (int month = 1; month <= 12; ++month) {
    char text[11], after[11];
    std::snprintf(text, sizeof text, "2026-%02d-%02d", month, last[month - 1]);
    std::snprintf(after, sizeof after, "2026-%02d-%02d", month, last[month - 1] + 1);
    EXPECT_EQ(ParseCivilDay(text), absl::CivilDay(2026, month, last[month - 1])) << text;
    EXPECT_EQ(ParseCivilDay(after), std::nullopt) << after;
  }
}

TEST(ParseCivilDay, GivesFebruaryItsTwentyNinthInLeapYearsOnly) {
  EXPECT_EQ(ParseCivilDay("2024-02-29"), absl::CivilDay(2024, 2, 29));  // divisible by 4
  EXPECT_EQ(ParseCivilDay("2000-02-29"), absl::CivilDay(2000, 2, 29));  // by 400
  EXPECT_EQ(ParseCivilDay("2026-02-29"), std::nullopt);
  EXPECT_EQ(ParseCivilDay("1900-02-29"), std::nullopt);  // a century not by 400
  EXPECT_EQ(ParseCivilDay("2100-02-29"), std::nullopt);
  EXPECT_EQ(ParseCivilDay("2024-02-30"), std::nullopt);
}

TEST(ParseCivilDay, RefusesWhatIsNotExactlyYyyyMmDd) {
  for (const char* text :
       {"2026-00-10", "2026-13-01", "2026-06-00", "2026-6-30", "2026-06-3", "26-06-30",
        "2026-06-30T00:00", "2026/06/30", "2026-06-3a", "202a-06-30", "2026-0:-01",
        "2026_06-30", "-026-06-30", "+026-06-30", " 2026-06-3", "", "2026-06-30 "}) {
    EXPECT_EQ(ParseCivilDay(text), std::nullopt) << text;
  }
}

TEST(ParseAsOfDate, QuotesWhatItRefused) {
  EXPECT_EQ(*ParseAsOfDate("2026-10-31"), absl::CivilDay(2026, 10, 31));
  const absl::StatusOr<absl::CivilDay> refused = ParseAsOfDate("2026-02-30");
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(refused.status().message().find("2026-02-30"), std::string_view::npos);
}

TEST(ParseMonthDay, RefusesADaySomeYearLacks) {
  const std::optional<MonthDay> due = ParseMonthDay("10-31");
  ASSERT_TRUE(due.has_value());
  EXPECT_EQ(due->month, 10);
  EXPECT_EQ(due->day, 31);
  EXPECT_EQ(ParseMonthDay("02-29"), std::nullopt);
  EXPECT_EQ(ParseMonthDay("04-31"), std::nullopt);
  EXPECT_EQ(ParseMonthDay("4-30"), std::nullopt);
}

}  // namespace
}  // namespace liaison
