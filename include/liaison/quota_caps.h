// QuotaCaps: how many cadres of a quota base may get each capped grade.
//
// The plan (二.4.(2)) caps 优 at 30% and 良 at 50% of a department's
// participating cadres. For a base of n cadres each capped grade's cap is
//
//   cap = rounding(share × n)             floor (default), half_up or ceil
//   cap = 1 if that is 0, the share is above 0 and n ≥ minimum_one_from (> 0)
//
// and with `cumulative` caps a cap counts its grade and every better grade
// together (优+良 ≤ 50%) instead of its grade alone. Every cap keeps how it was
// derived, so an explanation can show it:
//
//   const GradingPolicy& grading = policy.document().grading;
//   absl::StatusOr<QuotaCaps> caps = ComputeQuotaCaps(grading, 10);
//   for (const QuotaCap& cap : caps->caps)
//     std::cout << DescribeCap(grading, cap).en << "\n";
//   // excellent cap 3 = floor(0.30 × 10)     (zh: 优 上限 3 = floor(0.30 × 10))
//   // good cap 5 = floor(0.50 × 10)
//
// Shares are doubles in a policy; to round exactly they are first read as a
// whole number of ten-thousandths (0.3 → 3000 / 10000, the share rounded to 4
// decimals), and the cap is RoundRatio(n, 3000, 10000, rounding) in integers,
// so floor(0.29 × 100) is exactly 29, where doubles give 28.999999999999996.
//
// Pass-down (`pass_down`, per-grade caps only) lets the places a grade leaves
// unused go to the next grade of the scale: the 良 limit is its cap plus the
// 优 places not given. That depends on how many got 优, so it is not part of
// the cap; `Measure` and `Admits` take the counts per grade and apply it. Under
// cumulative caps pass-down changes nothing: a cumulative 良 cap already lets
// 良 use whatever 优 leaves.
//
// Under an organ-wide quota (`organ_quota`, see department_pooling.h) a unit's
// caps are its largest-remainder part of the organ's caps, and each QuotaCap
// says so (`apportioned`).
#ifndef LIAISON_QUOTA_CAPS_H_
#define LIAISON_QUOTA_CAPS_H_

#include <cstdint>
#include <optional>

#include "absl/container/inlined_vector.h"
#include "absl/status/statusor.h"
#include "absl/types/span.h"
#include "liaison/grading_policy.h"
#include "liaison/localized_text.h"
#include "liaison/rounding.h"
#include "liaison/vocabulary.h"

namespace liaison {

// The cap on one grade, with its derivation as data.
struct QuotaCap {
  TermId grade = 0;         // index into GradingPolicy::scale
  bool cumulative = false;  // the cap counts `grade` and every better grade
  std::int32_t cap = 0;     // the places

  // cap = rounding(share_per_10000 / 10000 × share_base), raised to 1 when
  // raised_to_one. Without an organ quota share_base is the unit's base.
  std::int32_t share_base = 0;
  std::int32_t share_per_10000 = 0;  // the policy's share rounded to 4 decimals
  Rounding rounding = Rounding::kFloor;
  std::int32_t rounded = 0;    // RoundRatio(share_base, share_per_10000, 10000, rounding)
  bool raised_to_one = false;  // rounded was 0 and minimum_one_from applied

  // Organ quota: the organ's places (rounded, or 1 if raised_to_one) split by
  // largest remainder; the unit's quota was places × unit_base / share_base.
  bool apportioned = false;
  std::int32_t unit_base = 0;

  // The places before apportionment: rounded, or 1 when raised to one.
  std::int32_t share_places() const { return raised_to_one ? 1 : rounded; }
};

// One cap measured against how many cadres hold each grade.
struct CapUse {
  TermId grade = 0;
  std::int32_t counted = 0;      // cadres of `grade` (cumulative: of `grade` or better)
  std::int32_t cap = 0;          // QuotaCap::cap
  std::int32_t passed_down = 0;  // pass-down: places the grade above left unused
  std::int32_t limit() const { return cap + passed_down; }
  bool exceeded() const { return counted > limit(); }
};

// The caps of one quota unit (a department, or a pool of small departments).
struct QuotaCaps {
  std::int32_t unit_base = 0;  // the cadres these caps are for
  bool cumulative = false;
  bool pass_down = false;
  absl::InlinedVector<QuotaCap, 4> caps;  // one per capped grade, best grade first

  // The cap on `grade`, or nullptr when the grade is not capped.
  const QuotaCap* Find(TermId grade) const;

  // Each cap against `counts`, the cadres holding each grade of the scale
  // (counts[g] for grade g, best first; counts.size() ≥ the scale's size).
  // Pass-down is applied from the best grade down: a grade's unused places are
  // max(0, limit − counted), so a grade over its cap passes nothing down.
  absl::InlinedVector<CapUse, 4> Measure(absl::Span<const std::int32_t> counts) const;

  // Whether no cap is exceeded under `counts`.
  bool Admits(absl::Span<const std::int32_t> counts) const;

  // The grade of the first (best) cap exceeded under `counts`, or nullopt.
  std::optional<TermId> FirstExceeded(absl::Span<const std::int32_t> counts) const;
};

// The caps for a quota base of `base` cadres under `policy`. InvalidArgument
// when base < 0, a cap's grade is outside the scale or capped twice, a share is
// not in [0, 1], or minimum_one_from < 0.
absl::StatusOr<QuotaCaps> ComputeQuotaCaps(const GradingPolicy& policy, std::int32_t base);

// "excellent cap 3 = floor(0.30 × 10)" / "优 上限 3 = floor(0.30 × 10)", each
// language with its own labels; a cumulative cap is labelled with every grade
// it counts ("优+良 上限 5 = …"), and a raised or apportioned cap says so.
LocalizedText DescribeCap(const GradingPolicy& policy, const QuotaCap& cap);

// How the cap was derived, without the label and the cap: "floor(0.30 × 10)",
// "floor(0.30 × 3) = 0, raised to 1 (at least one from 3 cadres)", or under an
// organ quota "3 of the organ's 30 places (floor(0.30 × 100)) by largest
// remainder, for 11 of 100 cadres"; and the same in Chinese.
LocalizedText DescribeCapDerivation(const GradingPolicy& policy, const QuotaCap& cap);

// "优+良": the labels of the grades a cap counts, joined by "+".
LocalizedText CapLabel(const GradingPolicy& policy, const QuotaCap& cap);

// The label of `grade` in the policy's scale, its id when it has no label.
LocalizedText GradeLabel(const GradingPolicy& policy, TermId grade);

}  // namespace liaison

#endif  // LIAISON_QUOTA_CAPS_H_
