// libFuzzer target: the one date parser (liaison/dates.h). Whatever the
// bytes, ParseCivilDay and ParseAsOfDate agree; a date that parses formats
// back to exactly the text it came from ("YYYY-MM-DD" is canonical: no other
// spelling is accepted), and a month-day that parses exists in every year and
// formats back to its "MM-DD". The whole input is tried, and so are its first
// ten and first five bytes, so that mutations of a valid date stay close to
// the accepted forms.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "absl/strings/str_format.h"
#include "liaison/dates.h"

namespace {

void CheckDay(std::string_view text) {
  const std::optional<absl::CivilDay> day = liaison::ParseCivilDay(text);
  const absl::StatusOr<absl::CivilDay> as_of = liaison::ParseAsOfDate(text);
  if (day.has_value() != as_of.ok()) std::abort();
  if (!day) {
    if (as_of.status().code() != absl::StatusCode::kInvalidArgument ||
        as_of.status().message().empty()) {
      std::abort();
    }
    return;
  }
  if (*day != *as_of) std::abort();
  const std::string formatted =
      absl::StrFormat("%04d-%02d-%02d", day->year(), day->month(), day->day());
  if (formatted != text) std::abort();
}

void CheckMonthDay(std::string_view text) {
  const std::optional<liaison::MonthDay> month_day = liaison::ParseMonthDay(text);
  if (!month_day) return;
  const absl::CivilDay in_common_year = month_day->InYear(2001);
  const absl::CivilDay in_leap_year = month_day->InYear(2004);
  if (in_common_year.month() != month_day->month || in_common_year.day() != month_day->day ||
      in_leap_year.month() != month_day->month || in_leap_year.day() != month_day->day) {
    std::abort();  // a day some year lacks (02-29, 04-31) was accepted
  }
  if (absl::StrFormat("%02d-%02d", month_day->month, month_day->day) != text) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  for (const std::string_view part : {text, text.substr(0, 10), text.substr(0, 5)}) {
    CheckDay(part);
    CheckMonthDay(part);
  }
  return 0;
}
