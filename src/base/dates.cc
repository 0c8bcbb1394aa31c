#include "liaison/dates.h"

#include <string>

#include "liaison/problem.h"

namespace liaison {
namespace {

bool ParseDigits(std::string_view text, int& value) {
  value = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return false;
    value = value * 10 + (c - '0');
  }
  return !text.empty();
}

// The days of each month in a common year; February has 29 in a leap year.
constexpr int kDaysInMonth[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

bool IsLeapYear(int year) { return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0); }

// The common case, a well-formed "YYYY-MM-DD" of a real day, found without
// a loop: digits and dashes checked by position, the day against the
// month's length, so the calendar is asked only for a day it has. Anything
// else (nullopt) goes to the careful path, which answers every text.
std::optional<absl::CivilDay> ParseWellFormedDay(std::string_view text) {
  if (text.size() != 10) return std::nullopt;
  const auto digit = [&text](std::size_t i) {
    return static_cast<unsigned>(static_cast<unsigned char>(text[i])) - unsigned{'0'};
  };
  const unsigned y0 = digit(0), y1 = digit(1), y2 = digit(2), y3 = digit(3);
  const unsigned m0 = digit(5), m1 = digit(6), d0 = digit(8), d1 = digit(9);
  if ((y0 > 9) | (y1 > 9) | (y2 > 9) | (y3 > 9) | (m0 > 9) | (m1 > 9) | (d0 > 9) | (d1 > 9) |
      (text[4] != '-') | (text[7] != '-')) {
    return std::nullopt;
  }
  const int year = static_cast<int>(y0 * 1000 + y1 * 100 + y2 * 10 + y3);
  const int month = static_cast<int>(m0 * 10 + m1);
  const int day = static_cast<int>(d0 * 10 + d1);
  if (month < 1 || month > 12 || day < 1) return std::nullopt;
  const int days = kDaysInMonth[month - 1] + (month == 2 && IsLeapYear(year) ? 1 : 0);
  if (day > days) return std::nullopt;
  return absl::CivilDay(year, month, day);
}

}  // namespace

std::optional<absl::CivilDay> ParseCivilDay(std::string_view text) {
  if (std::optional<absl::CivilDay> day = ParseWellFormedDay(text)) return day;
  // The careful path: every text the fast one did not accept.
  int year = 0, month = 0, day = 0;
  if (text.size() != 10 || text[4] != '-' || text[7] != '-' ||
      !ParseDigits(text.substr(0, 4), year) || !ParseDigits(text.substr(5, 2), month) ||
      !ParseDigits(text.substr(8, 2), day)) {
    return std::nullopt;
  }
  const absl::CivilDay date(year, month, day);
  if (date.year() != year || date.month() != month || date.day() != day) return std::nullopt;
  return date;
}

absl::StatusOr<absl::CivilDay> ParseAsOfDate(std::string_view text) {
  std::optional<absl::CivilDay> day = ParseCivilDay(text);
  if (!day) {
    return LocalizedError(absl::StatusCode::kInvalidArgument,
                          {"“" + std::string(text) + "”不是有效的日期（YYYY-MM-DD）",
                           "\"" + std::string(text) + "\" is not a calendar date (YYYY-MM-DD)"});
  }
  return *day;
}

std::optional<MonthDay> ParseMonthDay(std::string_view text) {
  int month = 0, day = 0;
  if (text.size() != 5 || text[2] != '-' || !ParseDigits(text.substr(0, 2), month) ||
      !ParseDigits(text.substr(3, 2), day)) {
    return std::nullopt;
  }
  // 2001 is a common year: 02-29 does not survive, as it would not every year.
  const absl::CivilDay date(2001, month, day);
  if (date.month() != month || date.day() != day) return std::nullopt;
  return MonthDay{month, day};
}

}  // namespace liaison
