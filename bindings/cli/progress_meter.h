// ProgressMeter: how far a long run of a records command has got, shown on
// standard error while it runs.
//
// Only when standard error is a terminal, the run has lasted longer than a
// moment (2 s, or LIAISON_PROGRESS_AFTER seconds) and --quiet was not given:
// one line redrawn in place (\r) at most four times a second, then erased
// when the run ends, so neither the output nor a log of standard error ever
// holds it.
//
//   已评估 41,200 / 100,000 名干部，每秒 20,480 名，预计还需 0:03
//   evaluated 41,200 of 100,000 cadres, 20,480 a second, about 0:03 left
//   evaluated 41,200 cadres, 20,480 a second, about 0:03 left   (records streamed)
//
//   ProgressMeter meter(language, /*wanted=*/!line.Flag("quiet"));
//   meter.Start(cadres);                        // nullopt: total not known
//   for (…) { …; meter.Advance(); }
//   meter.Read(bytes, of_bytes);                // the total unknown: time left from the input read
//   meter.Finish();                             // before anything else goes to stderr
#ifndef LIAISON_CLI_PROGRESS_METER_H_
#define LIAISON_CLI_PROGRESS_METER_H_

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

#include "command_line.h"
#include "liaison/localized_text.h"

namespace liaison::cli {

// The usage words of the option, and `spec` with it added.
inline constexpr char kQuietUsage[] = "[--quiet]";
OptionSpec WithQuietOption(OptionSpec spec);

// The line shown: `done` cadres of `total` (when known) after `elapsed`.
// When the total is not known but `fraction_read` of the input is (0 to 1),
// the time left is estimated from it.
std::string ProgressLine(std::size_t done, std::optional<std::size_t> total,
                         std::chrono::duration<double> elapsed, Language language,
                         std::optional<double> fraction_read = std::nullopt);

class ProgressMeter {
 public:
  // Shows progress only when `wanted` and standard error is a terminal.
  ProgressMeter(Language language, bool wanted);
  ~ProgressMeter() { Finish(); }
  ProgressMeter(const ProgressMeter&) = delete;
  ProgressMeter& operator=(const ProgressMeter&) = delete;

  // The run begins: `total` cadres, when known.
  void Start(std::optional<std::size_t> total);

  // One more cadre done; redraws the line when it is due.
  void Advance() {
    ++done_;
    if (shown_) Redraw();
  }

  // `bytes` of the input's `of_bytes` read so far, for the time left when
  // the number of cadres is not known.
  void Read(std::uint64_t bytes, std::uint64_t of_bytes) {
    if (of_bytes > 0) fraction_read_ = static_cast<double>(bytes) / static_cast<double>(of_bytes);
  }

  // Erases the line, if one was drawn. Advance may go on after it (and draws
  // again when due): call it before writing anything else to standard error.
  void Finish();

 private:
  using Clock = std::chrono::steady_clock;

  // Draws the line when the delay has passed and the last drawing is old
  // enough. Reads the clock: some 20 ns, against some 20 µs a cadre.
  void Redraw();

  Language language_;
  bool shown_;
  Clock::duration delay_;
  Clock::time_point start_;
  Clock::time_point last_drawn_;
  bool drawn_ = false;
  std::size_t done_ = 0;
  std::optional<std::size_t> total_;
  std::optional<double> fraction_read_;
};

}  // namespace liaison::cli

#endif  // LIAISON_CLI_PROGRESS_METER_H_
