// Rounding: how a fractional quantity becomes a whole number.
//
// Two places in a policy round: a partial year's minimums ("one third of the
// annual tasks", 三.1 — "不少于" suggests up) and a grade's cap ("不超过 30%",
// 二.4.(2) — a cap reads as floor). Both use this one enum and `RoundRatio`, so
// a policy document spells them the same way: "floor", "half_up", "ceil".
//
// A share a policy writes as a number ("share": 0.3) becomes a whole number
// of parts first (`ShareIn`), so that everything after it is exact integer
// arithmetic: RoundRatio(base, ShareIn(0.3, 10000), 10000, Rounding::kFloor).
#ifndef LIAISON_ROUNDING_H_
#define LIAISON_ROUNDING_H_

#include <cstdint>

namespace liaison {

enum class Rounding { kFloor, kHalfUp, kCeil };

// value × numerator / denominator rounded as `rounding` says, computed exactly
// in integers. `value` and `numerator` ≥ 0, `denominator` > 0.
inline std::int64_t RoundRatio(std::int64_t value, std::int64_t numerator,
                               std::int64_t denominator, Rounding rounding) {
  const std::int64_t product = value * numerator;
  switch (rounding) {
    case Rounding::kFloor:
      return product / denominator;
    case Rounding::kCeil:
      return (product + denominator - 1) / denominator;
    case Rounding::kHalfUp:
      return (2 * product + denominator) / (2 * denominator);
  }
  return product / denominator;
}

// `share` (in [0, 1]) in parts of `denominator` (> 0), rounded to the
// nearest part, halves up: ShareIn(0.3, 10000) = 3000, ShareIn(0.125, 100) = 13.
// Computed as share × denominator + ½, truncated: the same as std::llround
// of share × denominator except at one product, the double just below ½
// (0.49999999999999994), whose sum with ½ rounds up to 1.
inline std::int64_t ShareIn(double share, std::int64_t denominator) {
  return static_cast<std::int64_t>(share * static_cast<double>(denominator) + 0.5);
}

}  // namespace liaison

#endif  // LIAISON_ROUNDING_H_
