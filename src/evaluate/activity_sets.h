// Activity sets: a cadre's activities sorted out for each rule, as bit sets.
//
// Sets of a cadre's activities are bit sets over the activity indices, 64 to
// a word: sorting the activities out for a rule is then a few ANDs per word,
// not a walk over every activity and every condition, and dates are day
// numbers, not absl::CivilDay arithmetic.
//
// The Context is everything fixed for one evaluation of one cadre: the
// policy, the record, the as-of date and period as day numbers, and the
// per-activity facts every rule asks about (its day, its kind, in the period
// or not …), worked out once per cadre rather than once per rule.
// CountedActivities then sorts them for one rule (the first
// reason that holds sets an activity aside: docs/policy.md §12, step 3).
#ifndef LIAISON_SRC_EVALUATE_ACTIVITY_SETS_H_
#define LIAISON_SRC_EVALUATE_ACTIVITY_SETS_H_

#include <algorithm>
#include <cstdint>
#include <limits>
#include <optional>

#include "absl/container/inlined_vector.h"
#include "absl/numeric/bits.h"
#include "absl/time/civil_time.h"
#include "base/civil_day_math.h"
#include "liaison/cadre_record.h"
#include "liaison/cadre_report.h"
#include "liaison/policy.h"

namespace liaison {

using Word = std::uint64_t;
constexpr std::size_t kWordBits = 64;

// A set of the cadre's activities: bit i % 64 of word i / 64 is activity i.
using ActivitySet = absl::InlinedVector<Word, 4>;

// Calls `visit(index)` for each bit set in `word`, lowest first; bit b stands
// for index `first + b`.
template <typename Visit>
void ForEachBit(Word word, std::size_t first, Visit visit) {
  for (; word != 0; word &= word - 1) {
    visit(first + static_cast<std::size_t>(absl::countr_zero(word)));
  }
}

// Calls `visit(index)` for each activity of `set`, in order.
template <typename Visit>
void ForEachActivity(const ActivitySet& set, Visit visit) {
  for (std::size_t w = 0; w < set.size(); ++w) ForEachBit(set[w], w * kWordBits, visit);
}

inline bool Empty(const ActivitySet& set) {
  return std::all_of(set.begin(), set.end(), [](Word word) { return word == 0; });
}

// When an activity took place, worked out once per cadre rather than once per rule.
struct ActivityDays {
  // Left unset until written: the days of a cadre are sized first, then
  // every one is written.
  ActivityDays() noexcept {}  // NOLINT(modernize-use-equals-default): "= default" would zero them
  ActivityDays(std::int64_t day, std::int64_t days) noexcept : first(day), credited(days) {}

  std::int64_t first;     // the date, as a day number
  std::int64_t credited;  // days credited: recorded, or the policy's default
};

// The yes-or-no facts of 64 consecutive activities, a bit each, worked out
// once per cadre rather than once per rule.
struct ActivityWord {
  Word in_period = 0;
  Word after_as_of = 0;
  Word own_point = 0;  // at one of the cadre's points, assigned on that day
  Word in_person = 0;
  Word online = 0;
};

// Whether `level` lies between `min_below` and `max_below` (unset: no upper
// bound) levels below `organ`, the policy's levels running highest first.
inline bool LevelsBelowWithin(TermId organ, TermId level, int min_below,
                              std::optional<int> max_below) {
  const int below = static_cast<int>(level) - static_cast<int>(organ);
  return below >= min_below && below <= max_below.value_or(std::numeric_limits<int>::max());
}

// Everything fixed for one evaluation.
struct Context {
  Context(const Policy& under, const CadreYear& record, absl::CivilDay date);

  const Policy& policy;
  const PolicyDocument& document;
  const absl::Span<const EffectiveRule> rules;
  const CadreYear& cadre;
  absl::CivilDay as_of;
  absl::CivilDay period_start;
  absl::CivilDay period_end;
  DayNumbers day_number;  // mostly of the cadre's year
  std::int64_t as_of_day;
  std::int64_t period_start_day;
  std::int64_t period_end_day;
  absl::InlinedVector<ActivityDays, 64> days;  // one per activity
  absl::InlinedVector<ActivityWord, 1> words;  // word w: activities 64w to 64w + 63
  // Word w of the activities of kind k (primary, or secondary when those
  // count) is at [k * words.size() + w].
  absl::InlinedVector<Word, kWordBits> of_kind;
  std::uint64_t kinds_present = 0;  // bit k: some activity is of kind k
};

// The activities that count for `rule`, due on day number `due`, one word
// per 64 activities; those set aside are listed in `finding`, in activity
// order, each with the first reason that holds.
ActivitySet CountedActivities(const Context& context, const EffectiveRule& rule,
                              std::int64_t due, Finding& finding);

}  // namespace liaison

#endif  // LIAISON_SRC_EVALUATE_ACTIVITY_SETS_H_
