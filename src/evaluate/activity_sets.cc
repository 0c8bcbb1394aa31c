#include "evaluate/activity_sets.h"

#include <algorithm>
#include <utility>

namespace liaison {

Context::Context(const Policy& under, const CadreYear& record, absl::CivilDay date)
    : policy(under),
      document(under.document()),
      rules(under.rules()),
      cadre(record),
      as_of(date),
      period_start(under.PeriodStart(record.year)),
      period_end(under.PeriodEnd(record.year)),
      day_number(record.year),
      as_of_day(day_number(as_of)),
      period_start_day(day_number(period_start)),
      period_end_day(day_number(period_end)) {
  // When each contact point is assigned, as day numbers (unbounded when open).
  absl::InlinedVector<std::pair<std::int64_t, std::int64_t>, 8> assigned;
  for (const ContactPoint& point : record.contact_points) {
    assigned.emplace_back(point.from ? day_number(*point.from) : INT64_MIN,
                          point.to ? day_number(*point.to) : INT64_MAX);
  }
  // Hot loops below index raw pointers: an InlinedVector's operator[] asks
  // each time whether its elements are inline or on the heap.
  const std::pair<std::int64_t, std::int64_t>* const assigned_at = assigned.data();
  const bool secondary = document.counting.count_secondary_kinds;
  const int default_days = document.counting.default_activity_days;
  const std::size_t count = record.activities.size();
  const std::size_t word_count = (count + kWordBits - 1) / kWordBits;
  days.resize(count);
  words.resize(word_count);
  of_kind.resize(kWordBits * word_count);
  ActivityDays* const activity_days = days.data();
  Word* const kind_words = of_kind.data();
  std::uint64_t kinds_seen = 0;
  for (std::size_t w = 0; w < word_count; ++w) {
    Word in_period = 0, after_as_of = 0, own_point = 0, in_person = 0, online = 0;
    const std::size_t end = std::min(count, (w + 1) * kWordBits);
    for (std::size_t i = w * kWordBits; i < end; ++i) {
      const Activity& activity = record.activities[i];
      const Word bit = Word{1} << (i % kWordBits);
      kinds_seen |= std::uint64_t{1} << activity.kind;
      kind_words[activity.kind * word_count + w] |= bit;
      if (secondary) {
        for (TermId kind : activity.also) {
          kinds_seen |= std::uint64_t{1} << kind;
          kind_words[kind * word_count + w] |= bit;
        }
      }
      if (activity.mode == ActivityMode::kOnline) {
        online |= bit;
      } else {
        in_person |= bit;
      }
      const std::int64_t day = day_number(activity.date);
      activity_days[i] = {day, activity.days > 0 ? activity.days : default_days};
      if (period_start_day <= day && day <= period_end_day) in_period |= bit;
      if (day > as_of_day) after_as_of |= bit;
      if (activity.contact_point_index != kNoOwnContactPoint) {
        const auto& [from, to] =
            assigned_at[static_cast<std::size_t>(activity.contact_point_index)];
        if (from <= day && day <= to) own_point |= bit;
      }
    }
    words[w] = {in_period, after_as_of, own_point, in_person, online};
  }
  kinds_present = kinds_seen;
}

namespace {

// The activities among 64 of the cadre's that match a rule's kinds, sorted
// into those that count and those set aside, by the first reason that holds.
class SortedWord {
 public:
  explicit SortedWord(Word matched) : counted_(matched) {}

  Word counted() const { return counted_; }
  Word set_aside() const { return set_aside_; }

  // Moves those of `which` still counted to the set aside, for `reason`.
  void SetAside(SetAsideReason reason, Word which) {
    which &= counted_;
    if (which == 0) return;
    counted_ &= ~which;
    set_aside_ |= which;
    reason_[reasons_] = reason;
    set_[reasons_] = which;
    ++reasons_;
  }

  // Why the activity of `bit` (one of set_aside()) was set aside.
  SetAsideReason ReasonFor(Word bit) const {
    std::size_t r = 0;
    while ((set_[r] & bit) == 0) ++r;
    return reason_[r];
  }

 private:
  Word counted_;
  Word set_aside_ = 0;
  std::size_t reasons_ = 0;
  // The first reasons_ of each, in the order set aside; the sets are
  // disjoint. Left unset beyond that: a sort writes them as it goes.
  SetAsideReason reason_[7];
  Word set_[7];
};

// Sorts word `w` of the activities for `rule`, due on day number `due`
// (docs/policy.md §12, step 3: the first reason that holds sets an activity
// aside).
SortedWord SortWord(const Context& context, const EffectiveRule& rule, std::int64_t due,
                    std::size_t w) {
  const ActivityWord& word = context.words[w];
  const std::size_t first = w * kWordBits;
  Word matched = 0;
  const Word* const of_kind = context.of_kind.data();
  const std::size_t word_count = context.words.size();
  ForEachBit(rule.kind_mask & context.kinds_present, 0, [&](std::size_t kind) {
    matched |= of_kind[kind * word_count + w];
  });
  SortedWord sorted(matched);
  sorted.SetAside(SetAsideReason::kOutsidePeriod, ~word.in_period);
  sorted.SetAside(SetAsideReason::kAfterAsOf, word.after_as_of);
  // Activities left are in the period and not after the as-of date, so only
  // a rule due before both can have any after its due date.
  if (due < context.as_of_day && due < context.period_end_day) {
    Word after_due = 0;
    const ActivityDays* const days = context.days.data();
    ForEachBit(sorted.counted(), first, [&](std::size_t i) {
      if (days[i].first > due) after_due |= Word{1} << (i - first);
    });
    sorted.SetAside(SetAsideReason::kAfterDue, after_due);
  }
  Word mode_matches = 0;
  if (rule.mode_mask & (1u << static_cast<unsigned>(ActivityMode::kInPerson))) {
    mode_matches |= word.in_person;
  }
  if (rule.mode_mask & (1u << static_cast<unsigned>(ActivityMode::kOnline))) {
    mode_matches |= word.online;
  }
  sorted.SetAside(SetAsideReason::kMode, ~mode_matches);
  if (rule.point_kind_mask != 0) {
    const CadreYear& cadre = context.cadre;
    Word other_kind = 0;
    ForEachBit(sorted.counted(), first, [&](std::size_t i) {
      const int point = cadre.activities[i].contact_point_index;
      const std::uint64_t point_kind_bit =
          point == kNoOwnContactPoint
              ? 0
              : std::uint64_t{1} << cadre.contact_points[static_cast<std::size_t>(point)].kind;
      if ((point_kind_bit & rule.point_kind_mask) == 0) {
        other_kind |= Word{1} << (i - first);
      }
    });
    sorted.SetAside(SetAsideReason::kContactPointKind, other_kind);
  }
  const ActivityFilter& match = rule.rule->match;
  if (match.own_contact_point) {
    sorted.SetAside(SetAsideReason::kNotOwnContactPoint, ~word.own_point);
  }
  if (match.HasLevelCondition()) {
    const CadreYear& cadre = context.cadre;
    Word wrong_level = 0;
    ForEachBit(sorted.counted(), first, [&](std::size_t i) {
      // value_or, not a test and a dereference, so that no branch reads the
      // storage of an unset level (memcheck flags the optimised form of that).
      const std::optional<TermId>& level = cadre.activities[i].partner_level;
      const TermId known = level.value_or(cadre.organ_level);
      if (!(level.has_value() & LevelsBelowWithin(cadre.organ_level, known,
                                                  match.min_levels_below,
                                                  match.max_levels_below))) {
        wrong_level |= Word{1} << (i - first);
      }
    });
    sorted.SetAside(SetAsideReason::kLevelRule, wrong_level);
  }
  return sorted;
}

}  // namespace

ActivitySet CountedActivities(const Context& context, const EffectiveRule& rule,
                              std::int64_t due, Finding& finding) {
  ActivitySet counted(context.words.size());
  if ((rule.kind_mask & context.kinds_present) == 0) return counted;
  for (std::size_t w = 0; w < counted.size(); ++w) {
    const SortedWord sorted = SortWord(context, rule, due, w);
    counted[w] = sorted.counted();
    if (sorted.set_aside() == 0) continue;
    const std::size_t first = w * kWordBits;
    finding.set_aside.reserve(finding.set_aside.size() +
                              static_cast<std::size_t>(absl::popcount(sorted.set_aside())));
    ForEachBit(sorted.set_aside(), first, [&](std::size_t i) {
      SetAside& entry = finding.set_aside.emplace_back();
      entry.activity = static_cast<std::uint32_t>(i);
      entry.activity_id = context.cadre.activities[i].id;
      entry.reason = sorted.ReasonFor(Word{1} << (i - first));
    });
  }
  return counted;
}

}  // namespace liaison
