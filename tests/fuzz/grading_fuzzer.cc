// libFuzzer target: the grading calls of the C ABI. The header line is
// "MODE POLICY [DATE]" (fuzz_support.h), the body's first section the
// arguments:
//   caps     integers, each a quota base: liaison_grade_caps and
//            liaison_caps_json for it;
//   check    integers, the grade index of each cadre, then optionally "|" and
//            each cadre's best eligible grade (padded with -1 or cut to one a
//            cadre): liaison_grade_check;
//   propose  a records document: liaison_propose_json as of DATE;
//   assigned a records document with grades: liaison_check_json as of DATE.
// Typed answers are checked against what the arguments alone say: every cap
// is -1 (none) or at most the base, and the counts of indices outside the
// scale and of missing grades are those of the grades given.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>
#include <vector>

#include "fuzz_support.h"

namespace {

using liaison::fuzz::CheckStatus;
using liaison::fuzz::DocumentOut;

// The integers of `text`, read as a person would write them ("-1 3 10"),
// each clamped to int32; anything else separates them.
std::vector<std::int32_t> Integers(std::string_view text) {
  std::vector<std::int32_t> numbers;
  std::size_t i = 0;
  while (i < text.size()) {
    const bool negative = text[i] == '-';
    std::size_t j = negative ? i + 1 : i;
    std::int64_t value = 0;
    const std::size_t digits_start = j;
    while (j < text.size() && text[j] >= '0' && text[j] <= '9') {
      value = std::min<std::int64_t>(value * 10 + (text[j] - '0'), INT64_C(1) << 40);
      ++j;
    }
    if (j > digits_start) {
      value = negative ? -value : value;
      numbers.push_back(static_cast<std::int32_t>(
          std::clamp<std::int64_t>(value, INT32_MIN, INT32_MAX)));
      i = j;
    } else {
      i = j + 1;
    }
  }
  return numbers;
}

void Caps(const liaison_policy* policy, std::string_view arguments) {
  const std::int32_t grades = liaison_policy_grade_count(policy);
  for (const std::int32_t base : Integers(arguments)) {
    std::vector<std::int32_t> caps(static_cast<std::size_t>(grades) + 1, -2);
    liaison_error* error = nullptr;
    const liaison_status status =
        liaison_grade_caps(policy, base, caps.data(), caps.size(), &error);
    if (CheckStatus(status, error)) {
      for (std::int32_t g = 0; g < grades; ++g) {
        if (caps[g] < -1 || caps[g] > std::max(base, 0)) std::abort();
      }
      if (caps[grades] != -2) std::abort();  // written past the scale
    }
    DocumentOut out;
    out.Check(liaison_caps_json(policy, base, &out.result, &out.length, &out.error));
  }
}

void Check(const liaison_policy* policy, std::string_view arguments) {
  const std::size_t bar = arguments.find('|');
  const std::vector<std::int32_t> grades = Integers(arguments.substr(0, bar));
  std::vector<std::int32_t> eligible =
      bar == std::string_view::npos ? std::vector<std::int32_t>()
                                    : Integers(arguments.substr(bar + 1));
  // The C ABI reads one eligible grade per cadre: as many as there are grades
  // (missing ones are "none").
  if (bar != std::string_view::npos) eligible.resize(grades.size(), -1);
  const std::int32_t scale = liaison_policy_grade_count(policy);
  std::int32_t outside = 0, none = 0;
  for (const std::int32_t grade : grades) {
    if (grade == -1) ++none;
    if (grade < -1 || grade >= scale) ++outside;
  }
  std::int32_t over_cap = -1, above_eligible = -1, not_in_scale = -1, missing = -1;
  liaison_error* error = nullptr;
  const liaison_status status = liaison_grade_check(
      policy, grades.data(), grades.size(),
      bar == std::string_view::npos ? nullptr : eligible.data(), &over_cap, &above_eligible,
      &not_in_scale, &missing, &error);
  if (!CheckStatus(status, error)) return;
  if (not_in_scale != outside || missing != none || over_cap < 0 || above_eligible < 0 ||
      above_eligible > static_cast<std::int32_t>(grades.size())) {
    std::abort();
  }
}

void Records(const liaison_policy* policy, bool assigned, std::string_view as_of,
             std::string_view records) {
  DocumentOut out;
  std::int32_t passed = -1;
  const liaison_status status =
      assigned ? liaison_check_json(policy, records.data(), records.size(), as_of.data(),
                                    as_of.size(), &out.result, &out.length, &passed, &out.error)
               : liaison_propose_json(policy, records.data(), records.size(), as_of.data(),
                                      as_of.size(), &out.result, &out.length, &out.error);
  if (out.Check(status) && assigned && passed != 0 && passed != 1) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace liaison::fuzz;
  const FuzzInput input = SplitInput(data, size);
  const PolicyHandle policy(Word(input, 1), input);
  if (policy.get() == nullptr) return 0;
  const std::string_view mode = Word(input, 0);
  const std::string_view body = Section(input, 0);
  if (mode == "caps") Caps(policy.get(), body);
  if (mode == "check") Check(policy.get(), body);
  if (mode == "propose" || mode == "assigned") {
    Records(policy.get(), mode == "assigned", Word(input, 2), body);
  }
  return 0;
}
