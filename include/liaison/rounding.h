// Rounding: how a fractional quantity becomes a whole number.
//
// Two places in a policy round: a partial year's minimums ("one third of the
// annual tasks", 三.1 — "不少于" suggests up) and a grade's cap ("不超过 30%",
// 二.4.(2) — a cap reads as floor). Both use this one enum and `RoundRatio`, so
// a policy document spells them the same way: "floor", "half_up", "ceil".
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

}  // namespace liaison

#endif  // LIAISON_ROUNDING_H_
