// Dates as the library's documents and callers spell them: "YYYY-MM-DD", and
// a policy's yearly "MM-DD".
//
// One strict parser serves every place a date is read (records, the as-of
// date of the command, the C ABI and the bindings): exactly ten characters,
// digits where digits belong, and a day the calendar has, so "2026-02-30",
// "2026-6-30" and "2026-06-30T00:00" are all refused.
//
//   std::optional<absl::CivilDay> day = ParseCivilDay("2026-06-30");
#ifndef LIAISON_DATES_H_
#define LIAISON_DATES_H_

#include <optional>
#include <string_view>

#include "absl/status/statusor.h"
#include "absl/time/civil_time.h"
#include "liaison/month_day.h"

namespace liaison {

// The day `text` names, or nullopt when it is not a "YYYY-MM-DD" calendar date.
std::optional<absl::CivilDay> ParseCivilDay(std::string_view text);

// ParseCivilDay for an as-of date given by a caller: on failure an
// INVALID_ARGUMENT status whose message quotes the text and says the form
// ("\"2026-02-30\" is not a calendar date (YYYY-MM-DD)").
absl::StatusOr<absl::CivilDay> ParseAsOfDate(std::string_view text);

// A month-day "MM-DD" that exists in every year (02-29 is refused), as a
// policy's due dates are written; nullopt otherwise.
std::optional<MonthDay> ParseMonthDay(std::string_view text);

}  // namespace liaison

#endif  // LIAISON_DATES_H_
