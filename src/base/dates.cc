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

}  // namespace

std::optional<absl::CivilDay> ParseCivilDay(std::string_view text) {
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
