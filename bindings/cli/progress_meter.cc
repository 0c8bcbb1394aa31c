#include "progress_meter.h"

#include <unistd.h>

#include <cmath>
#include <cstdlib>
#include <string_view>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"

namespace liaison::cli {
namespace {

constexpr std::chrono::duration<double> kDefaultDelay{2.0};
constexpr std::chrono::milliseconds kRedrawInterval{250};
// Carriage return, then the line; "erase to the end of the line" after it
// removes what is left of a longer line drawn before.
constexpr char kEraseToEnd[] = "\x1b[K";

// LIAISON_PROGRESS_AFTER (seconds, ≥ 0) or 2 s.
std::chrono::duration<double> DelayBeforeShowing() {
  const char* text = std::getenv("LIAISON_PROGRESS_AFTER");
  if (text == nullptr) return kDefaultDelay;
  char* end = nullptr;
  const double seconds = std::strtod(text, &end);
  if (end == text || *end != '\0' || !(seconds >= 0.0) || !std::isfinite(seconds)) {
    return kDefaultDelay;
  }
  return std::chrono::duration<double>(seconds);
}

// 1234567 → "1,234,567".
std::string Grouped(std::size_t number) {
  std::string digits = absl::StrCat(number);
  for (std::size_t at = digits.size(); at > 3; at -= 3) digits.insert(at - 3, ",");
  return digits;
}

// 75 → "1:15", 3725 → "1:02:05".
std::string HoursMinutesSeconds(double seconds) {
  const auto whole = static_cast<long long>(std::ceil(seconds));
  if (whole >= 3600) {
    return absl::StrFormat("%d:%02d:%02d", whole / 3600, whole / 60 % 60, whole % 60);
  }
  return absl::StrFormat("%d:%02d", whole / 60, whole % 60);
}

void WriteToStandardError(std::string_view text) {
  while (!text.empty()) {
    const ssize_t written = ::write(STDERR_FILENO, text.data(), text.size());
    if (written <= 0) return;  // progress is not worth failing the run for
    text.remove_prefix(static_cast<std::size_t>(written));
  }
}

}  // namespace

OptionSpec WithQuietOption(OptionSpec spec) {
  spec.flags.insert("quiet");
  return spec;
}

std::string ProgressLine(std::size_t done, std::optional<std::size_t> total,
                         std::chrono::duration<double> elapsed, Language language,
                         std::optional<double> fraction_read) {
  const bool zh = language == Language::kChinese;
  const double seconds = elapsed.count();
  const double rate = seconds > 0 ? static_cast<double>(done) / seconds : 0.0;
  const std::string per_second = Grouped(static_cast<std::size_t>(std::llround(rate)));
  std::string line = zh ? absl::StrCat("已评估 ", Grouped(done))
                        : absl::StrCat("evaluated ", Grouped(done));
  if (total) {
    absl::StrAppend(&line, zh ? " / " : " of ", Grouped(*total));
  }
  absl::StrAppend(&line, zh ? " 名干部，每秒 " : " cadres, ", per_second,
                  zh ? " 名" : " a second");
  std::optional<double> seconds_left;
  if (total && *total >= done && rate > 0) {
    seconds_left = static_cast<double>(*total - done) / rate;
  } else if (!total && fraction_read && *fraction_read > 0 && *fraction_read <= 1) {
    seconds_left = seconds * (1 - *fraction_read) / *fraction_read;
  }
  if (seconds_left) {
    const std::string left = HoursMinutesSeconds(*seconds_left);
    absl::StrAppend(&line, zh ? "，预计还需 " : ", about ", left, zh ? "" : " left");
  }
  return line;
}

ProgressMeter::ProgressMeter(Language language, bool wanted)
    : language_(language),
      shown_(wanted && ::isatty(STDERR_FILENO) == 1),
      delay_(std::chrono::duration_cast<Clock::duration>(DelayBeforeShowing())),
      start_(Clock::now()) {}

void ProgressMeter::Start(std::optional<std::size_t> total) {
  total_ = total;
  fraction_read_.reset();
  done_ = 0;
  start_ = Clock::now();
}

void ProgressMeter::Redraw() {
  const Clock::time_point now = Clock::now();
  if (now - start_ < delay_) return;
  if (drawn_ && now - last_drawn_ < kRedrawInterval) return;
  last_drawn_ = now;
  drawn_ = true;
  WriteToStandardError(absl::StrCat(
      "\r", ProgressLine(done_, total_, now - start_, language_, fraction_read_), kEraseToEnd));
}

void ProgressMeter::Finish() {
  if (!drawn_) return;
  drawn_ = false;
  WriteToStandardError(absl::StrCat("\r", kEraseToEnd));
}

}  // namespace liaison::cli
