// DaysOfYear: "YYYY-MM-DD" texts read by table for the days of one year.
//
// Nearly every date of a records document falls in its year. ParseCivilDay
// checks a text byte by byte and builds the day through absl::CivilDay's
// normalising constructor, about 90 instructions a date; DaysOfYear builds
// the year's days once and reads a text of that year by comparing its year
// and dashes as one word, its four other bytes as digits, and looking the
// day up. Every other text (another year, a day the month lacks, anything
// not a date) goes to ParseCivilDay, so Parse always gives what it gives.
//
//   const DaysOfYear days(2026);
//   days.Parse("2026-02-28");  // absl::CivilDay(2026, 2, 28), by table
//   days.Parse("2026-02-29");  // nullopt, as ParseCivilDay answers
//   days.Parse("2025-12-31");  // absl::CivilDay(2025, 12, 31), by ParseCivilDay
#ifndef LIAISON_SRC_BASE_DAYS_OF_YEAR_H_
#define LIAISON_SRC_BASE_DAYS_OF_YEAR_H_

#include <cstdint>
#include <optional>
#include <string_view>

#include "absl/time/civil_time.h"
#include "base/short_text.h"
#include "liaison/dates.h"

namespace liaison {

class DaysOfYear {
 public:
  explicit DaysOfYear(int year) {
    if (year < 0 || year > 9999) return;  // no "YYYY": every text goes to ParseCivilDay
    const auto digit = [](int n) { return static_cast<char>('0' + n % 10); };
    const char head[8] = {digit(year / 1000), digit(year / 100), digit(year / 10), digit(year),
                          '-', 0, 0, '-'};
    head_ = LoadWord<std::uint64_t>(head);
    for (int month = 1; month <= 12; ++month) {
      const absl::CivilDay first(year, month, 1);
      const absl::CivilDay next_first(absl::CivilMonth(first) + 1);
      const auto length = static_cast<std::uint8_t>(next_first - first);
      month_length_[month - 1] = length;
      for (int day = 1; day <= length; ++day) days_[month - 1][day - 1] = first + (day - 1);
    }
  }

  // What ParseCivilDay(text) gives.
  std::optional<absl::CivilDay> Parse(std::string_view text) const {
    if (text.size() == 10 && (LoadWord<std::uint64_t>(text.data()) & HeadMask()) == head_) {
      const auto byte = [&text](std::size_t i) {
        return std::uint32_t{static_cast<unsigned char>(text[i])};
      };
      // The month's two bytes and the day's, one a byte: all digits when
      // each is 0x30 to 0x39, its high half 3 before and after adding 6.
      const std::uint32_t bytes = byte(5) | byte(6) << 8 | byte(8) << 16 | byte(9) << 24;
      if ((bytes & 0xf0f0f0f0) == 0x30303030 &&
          ((bytes + 0x06060606) & 0xf0f0f0f0) == 0x30303030) {
        const std::uint32_t month = (byte(5) - '0') * 10 + (byte(6) - '0');
        const std::uint32_t day = (byte(8) - '0') * 10 + (byte(9) - '0');
        if (month - 1 < 12 && day - 1 < month_length_[month - 1]) {
          return days_[month - 1][day - 1];
        }
      }
    }
    return ParseCivilDay(text);
  }

 private:
  // The bytes of "YYYY-" and the last "-" of "YYYY-MM-", in the order
  // LoadWord gives them.
  static std::uint64_t HeadMask() {
    constexpr char kMask[8] = {'\xff', '\xff', '\xff', '\xff', '\xff', 0, 0, '\xff'};
    return LoadWord<std::uint64_t>(kMask);
  }

  // "YYYY-\0\0-" as a word; 0 (which no text's masked word equals, its
  // dashes not being 0) when the year has no four-digit text.
  std::uint64_t head_ = 0;
  std::uint8_t month_length_[12] = {};  // the days of each month
  absl::CivilDay days_[12][31];        // [m - 1][d - 1]: the day m-d of the year
};

}  // namespace liaison

#endif  // LIAISON_SRC_BASE_DAYS_OF_YEAR_H_
