#include "liaison/evaluate.h"

#include <algorithm>
#include <bitset>
#include <cstring>

#include "absl/container/inlined_vector.h"
#include "absl/numeric/bits.h"
#include "base/absl_compat.h"
#include "base/civil_day_math.h"

namespace liaison {
namespace {

// Sets of a cadre's activities are bit sets over the activity indices, 64 to
// a word: sorting the activities out for a rule is then a few ANDs per word,
// not a walk over every activity and every condition, and dates are day
// numbers, not absl::CivilDay arithmetic.
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

bool PointCovers(const ContactPoint& point, absl::CivilDay day) {
  return (!point.from || *point.from <= day) && (!point.to || day <= *point.to);
}

bool Applies(const AppliesTo& applies_to, const CadreYear& cadre) {
  if (!applies_to.tags.empty()) {
    const bool tagged = std::any_of(cadre.tags.begin(), cadre.tags.end(), [&](TermId tag) {
      return std::find(applies_to.tags.begin(), applies_to.tags.end(), tag) !=
             applies_to.tags.end();
    });
    if (!tagged) return false;
  }
  if (!applies_to.ranks.empty() &&
      (!cadre.rank || std::find(applies_to.ranks.begin(), applies_to.ranks.end(),
                                *cadre.rank) == applies_to.ranks.end())) {
    return false;
  }
  if (!applies_to.categories.empty() &&
      std::find(applies_to.categories.begin(), applies_to.categories.end(), cadre.category) ==
          applies_to.categories.end()) {
    return false;
  }
  return true;
}

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
// (spec §3: the first reason that holds sets an activity aside).
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
  if (match.min_levels_below > 0) {
    const CadreYear& cadre = context.cadre;
    Word too_high = 0;
    ForEachBit(sorted.counted(), first, [&](std::size_t i) {
      const std::optional<TermId>& level = cadre.activities[i].partner_level;
      if (!level || static_cast<int>(*level) - static_cast<int>(cadre.organ_level) <
                        match.min_levels_below) {
        too_high |= Word{1} << (i - first);
      }
    });
    sorted.SetAside(SetAsideReason::kLevelRule, too_high);
  }
  return sorted;
}

// The activities that count for `rule`, one word per 64 activities; those
// set aside are listed in `finding`, in activity order.
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

// Calls `visit(index)` for each activity of `set`, in order.
template <typename Visit>
void ForEachActivity(const ActivitySet& set, Visit visit) {
  for (std::size_t w = 0; w < set.size(); ++w) ForEachBit(set[w], w * kWordBits, visit);
}

bool Empty(const ActivitySet& set) {
  return std::all_of(set.begin(), set.end(), [](Word word) { return word == 0; });
}

// Spec §5, kDistinct. A byte per person, not a bit: marking one needs no
// read-modify-write of a word that the previous person may have just written.
std::int64_t PeopleMet(const CadreYear& cadre, PeopleCounting counting,
                       const ActivitySet& counted) {
  if (Empty(counted)) return 0;
  std::int64_t total = 0;
  // Sized, and so cleared, at the first activity with ids: talks are often
  // recorded by headcount alone.
  absl::InlinedVector<std::uint8_t, 256> seen;
  std::uint8_t* seen_at = nullptr;
  ForEachActivity(counted, [&](std::size_t i) {
    const Activity& activity = cadre.activities[i];
    if (counting == PeopleCounting::kHeadcount ||
        (counting == PeopleCounting::kDistinctIdsElseHeadcount && activity.people.empty())) {
      total += activity.headcount;
      return;
    }
    if (seen_at == nullptr) {
      seen.resize(cadre.people.size());
      seen_at = seen.data();
    }
    for (std::uint32_t person : activity.people) {
      total += 1 - seen_at[person];
      seen_at[person] = 1;
    }
  });
  return total;
}

// Spec §5, kDuration: the calendar days covered, each once, up to the last
// day that counts.
std::int64_t DaysCovered(const Context& context, std::int64_t last_day,
                         const ActivitySet& counted) {
  if (Empty(counted)) return 0;
  // covered[d]: the day d days after the period start. Counted activities lie
  // in the period and no later than the due date, which is in the period's
  // year, so d < 366. A byte per day, as for people above.
  constexpr std::size_t kDays = 368;  // 366, rounded up to whole 8-byte words
  std::uint8_t covered[kDays] = {};
  const ActivityDays* const days = context.days.data();
  ForEachActivity(counted, [&](std::size_t i) {
    const std::int64_t from = days[i].first;
    const std::int64_t to = std::min(from + (days[i].credited - 1), last_day);
    if (to < from) return;
    // Most activities last a day: one store, not a call to memset.
    covered[static_cast<std::size_t>(from - context.period_start_day)] = 1;
    if (to > from) {
      std::memset(covered + (from - context.period_start_day + 1), 1,
                  static_cast<std::size_t>(to - from));
    }
  });
  // Adds the bytes eight at a time; each byte of `sum` counts at most
  // kDays / 8 = 46 days, then pairs of bytes are added into 16-bit lanes.
  std::uint64_t sum = 0;
  for (std::size_t d = 0; d < kDays; d += 8) {
    std::uint64_t eight;
    std::memcpy(&eight, covered + d, sizeof eight);
    sum += eight;
  }
  const std::uint64_t pairs = (sum & 0x00ff00ff00ff00ff) + ((sum >> 8) & 0x00ff00ff00ff00ff);
  return static_cast<std::int64_t>((pairs * 0x0001000100010001) >> 48);
}

// The actual value of a non-deadline rule over the activities that count;
// the activities set aside go to `finding`.
std::int64_t Measure(const Context& context, const EffectiveRule& effective,
                     std::int64_t due, Finding& finding) {
  const TaskRule& rule = *effective.rule;
  const CadreYear& cadre = context.cadre;
  const ActivitySet counted = CountedActivities(context, effective, due, finding);
  std::int64_t total = 0;
  switch (rule.kind) {
    case RuleKind::kCount:
    case RuleKind::kRange:
      for (Word word : counted) total += absl::popcount(word);
      break;
    case RuleKind::kSum:
      ForEachActivity(counted, [&](std::size_t i) {
        total += rule.quantity == Quantity::kHeadcount ? cadre.activities[i].headcount
                                                       : context.days[i].credited;
      });
      break;
    case RuleKind::kDistinct:
      total = PeopleMet(cadre, rule.people, counted);
      break;
    case RuleKind::kCoverage: {
      std::bitset<256> areas;
      ForEachActivity(counted, [&](std::size_t i) {
        if (cadre.activities[i].area) areas.set(*cadre.activities[i].area);
      });
      for (TermId area : rule.areas) total += areas.test(area) ? 1 : 0;
      if (static_cast<std::size_t>(total) == rule.areas.size()) break;
      finding.missing.reserve(rule.areas.size() - static_cast<std::size_t>(total));
      for (TermId area : rule.areas) {
        if (!areas.test(area)) finding.missing.push_back(area);
      }
      break;
    }
    case RuleKind::kDuration:
      total = DaysCovered(context, std::min(context.as_of_day, due), counted);
      break;
    case RuleKind::kDeadline:
      break;
  }
  return total;
}

double Ratio(std::int64_t actual, std::int64_t required) {
  if (required <= 0) return 1.0;
  return std::min(1.0, static_cast<double>(actual) / static_cast<double>(required));
}

void SetPace(const Context& context, std::int64_t due, Finding& finding) {
  if (finding.actual >= finding.required) {
    finding.pace = Pace::kDone;
    finding.expected_by_now = static_cast<double>(finding.required);
    return;
  }
  const std::int64_t span = due - context.period_start_day + 1;
  const std::int64_t until = std::min(context.as_of_day, due);
  const std::int64_t elapsed =
      until < context.period_start_day ? 0 : until - context.period_start_day + 1;
  finding.expected_by_now = static_cast<double>(finding.required) *
                            static_cast<double>(elapsed) / static_cast<double>(span);
  finding.pace = finding.actual * span < finding.required * elapsed ? Pace::kBehind
                                                                    : Pace::kOnPace;
}

void EvaluateDeadline(const Context& context, const EffectiveRule& effective,
                      absl::CivilDay due, double late_credit, Finding& finding) {
  finding.required = effective.min;
  absl::InlinedVector<absl::CivilDay, 4> dates;
  for (const Submission& submission : context.cadre.submissions) {
    if (submission.kind == effective.rule->submission &&
        context.period_start <= submission.date && submission.date <= context.period_end &&
        submission.date <= context.as_of) {
      dates.push_back(submission.date);
    }
  }
  std::sort(dates.begin(), dates.end());
  finding.actual = static_cast<std::int64_t>(dates.size());
  if (!dates.empty()) finding.submitted = dates.front();
  if (finding.actual >= finding.required) {
    // The submission that completes the minimum decides on time or late.
    const absl::CivilDay completed = dates[static_cast<std::size_t>(finding.required - 1)];
    finding.status = completed <= due ? FindingStatus::kMet : FindingStatus::kLate;
    finding.completion = finding.status == FindingStatus::kMet ? 1.0 : late_credit;
  } else {
    finding.status = context.as_of < due ? FindingStatus::kPending : FindingStatus::kOverdue;
  }
}

// The findings of a report being (re)filled: each rule takes the next
// finding, reused from an earlier evaluation into the same report where
// there is one (its lists keep their memory), else made in place.
//
// Room for `most` findings is made up front, so a reference Next() returned
// stays valid while later ones are taken (up to `most`).
class FindingSlots {
 public:
  FindingSlots(std::vector<Finding>& findings, std::size_t most) : findings_(findings) {
    findings_.reserve(most);
  }
  FindingSlots(const FindingSlots&) = delete;
  FindingSlots& operator=(const FindingSlots&) = delete;

  Finding& Next() {
    if (used_ == findings_.size()) {
      Finding& made = findings_.emplace_back();
      ++used_;
      return made;
    }
    Finding& finding = findings_[used_++];
    finding.Reset();
    return finding;
  }

  // Drops the findings an earlier evaluation left beyond those used now.
  void Finish() {
    findings_.erase(findings_.begin() + static_cast<std::ptrdiff_t>(used_), findings_.end());
  }

 private:
  std::vector<Finding>& findings_;
  std::size_t used_ = 0;
};

// Fills `finding`, a fresh or reset one in the report.
void EvaluateTaskRule(const Context& context, std::size_t index, Finding& finding) {
  const EffectiveRule& effective = context.rules[index];
  // Most rules are due at the period end; making a CivilDay past the 28th of
  // a month normalises it, so that one is made once.
  const absl::CivilDay due = effective.due == context.document.period_end
                                 ? context.period_end
                                 : effective.due.InYear(context.cadre.year);
  if (!Applies(effective.rule->applies_to, context.cadre)) {
    finding.status = FindingStatus::kNotApplicable;
    finding.binding = effective.binding;
    finding.required = effective.min;
    finding.maximum = effective.max;
    finding.due = due;
    finding.rule = static_cast<std::uint16_t>(index);
    return;
  }
  if (effective.rule->kind == RuleKind::kDeadline) {
    EvaluateDeadline(context, effective, due, context.document.grading.late_credit, finding);
  } else {
    const std::int64_t due_day = context.day_number(due);
    finding.required = effective.min;
    finding.maximum = effective.max;
    finding.actual = Measure(context, effective, due_day, finding);
    if (effective.max && finding.actual > *effective.max) {
      finding.status = FindingStatus::kOver;
      finding.completion = 1.0;
    } else if (finding.actual >= finding.required) {
      finding.status = FindingStatus::kMet;
      finding.completion = 1.0;
    } else {
      finding.status =
          context.as_of_day < due_day ? FindingStatus::kPending : FindingStatus::kShort;
      finding.completion = Ratio(finding.actual, finding.required);
    }
    SetPace(context, due_day, finding);
  }
  finding.rule = static_cast<std::uint16_t>(index);
  finding.binding = effective.binding;
  finding.due = due;
  finding.shortfall = std::max<std::int64_t>(0, finding.required - finding.actual);
  if (!effective.binding) finding.status = FindingStatus::kAdvisory;
}

const ContactPointSet* SetFor(const ContactPointPolicy& policy, const CadreYear& cadre) {
  const ContactPointSet* fallback = nullptr;
  for (const ContactPointSet& set : policy.sets) {
    if (set.ranks.empty()) {
      if (fallback == nullptr) fallback = &set;
    } else if (cadre.rank &&
               std::find(set.ranks.begin(), set.ranks.end(), *cadre.rank) != set.ranks.end()) {
      return &set;
    }
  }
  return fallback;
}

void FillContactPointFinding(Finding& finding, FindingSubject subject,
                             const ContactPointPolicy& policy, std::int64_t required,
                             std::int64_t actual) {
  finding.subject = subject;
  finding.binding = policy.binding;
  finding.required = required;
  finding.actual = actual;
  finding.shortfall = std::max<std::int64_t>(0, required - actual);
  finding.status = actual >= required ? FindingStatus::kMet : FindingStatus::kShort;
  finding.completion = Ratio(actual, required);
  if (!policy.binding) finding.status = FindingStatus::kAdvisory;
}

void EvaluateContactPoints(const Context& context, FindingSlots& findings) {
  if (!context.document.contact_points) return;
  const ContactPointPolicy& policy = *context.document.contact_points;
  const ContactPointSet* set = SetFor(policy, context.cadre);
  if (set == nullptr) return;
  const absl::CivilDay day = std::min(context.as_of, context.period_end);
  const auto in = [](const std::vector<TermId>& list, TermId term) {
    return std::find(list.begin(), list.end(), term) != list.end();
  };
  Finding& count_finding = findings.Next();
  absl::InlinedVector<const ContactPoint*, 8> active;
  for (const ContactPoint& point : context.cadre.contact_points) {
    if (!PointCovers(point, day)) continue;
    if (!policy.allowed_kinds.empty() && !in(policy.allowed_kinds, point.kind)) {
      count_finding.not_allowed.push_back(point.id);
      continue;
    }
    active.push_back(&point);
  }
  const auto count = static_cast<std::int64_t>(active.size());
  FillContactPointFinding(count_finding, FindingSubject::kContactPointCount, policy, set->min,
                          count);
  count_finding.maximum = set->max;
  if (count > set->max) {
    count_finding.status = policy.binding ? FindingStatus::kOver : FindingStatus::kAdvisory;
    count_finding.completion = 1.0;
  }

  if (!set->kind_minimums.empty()) {
    Finding& kinds = findings.Next();
    std::int64_t required = 0, actual = 0;
    for (const KindMinimum& minimum : set->kind_minimums) {
      const auto have = std::count_if(active.begin(), active.end(), [&](const ContactPoint* p) {
        return p->kind == minimum.kind;
      });
      required += minimum.min;
      actual += std::min<std::int64_t>(have, minimum.min);
      if (have < minimum.min) kinds.missing.push_back(minimum.kind);
    }
    FillContactPointFinding(kinds, FindingSubject::kContactPointKinds, policy, required, actual);
  }

  if (!policy.home_region.empty()) {
    std::int64_t base = 0, home = 0;
    for (const ContactPoint* point : active) {
      const bool online = in(policy.online_kinds, point->kind);
      if (online && policy.online == OnlinePoints::kExcluded) continue;
      ++base;
      if (online ? policy.online == OnlinePoints::kCountAsHome
                 : point->region == policy.home_region) {
        ++home;
      }
    }
    // ceil(share × base) without floating-point surprises at exact multiples.
    const auto scaled = static_cast<std::int64_t>(policy.min_home_share * 1e6 + 0.5);
    const std::int64_t required = (scaled * base + 999999) / 1000000;
    FillContactPointFinding(findings.Next(), FindingSubject::kContactPointHome, policy, required,
                            home);
  }
}

Participation DecideParticipation(const ParticipationPolicy& policy, const CadreYear& cadre) {
  Participation participation;
  switch (policy.For(cadre.category)) {
    case CategoryRule::kExcluded:
      participation.status = ParticipationStatus::kNotParticipating;
      return participation;
    case CategoryRule::kDepartmentDecides:
      if (!cadre.participates.value_or(false)) {
        participation.status = ParticipationStatus::kNotParticipating;
        return participation;
      }
      break;
    case CategoryRule::kRequired:
      break;
  }
  if (cadre.exemption) {
    const bool approved = !cadre.exemption->approved_by.empty() &&
                          cadre.exemption->approved_on.has_value();
    if (approved || !policy.exemption_requires_approval) {
      participation.status = ParticipationStatus::kExempt;
      return participation;
    }
    participation.exemption_without_approval = true;
  }
  if (cadre.not_rated) {
    participation.status = ParticipationStatus::kNotRated;
    participation.not_rated_reason = cadre.not_rated;
  }
  return participation;
}

void Score(const Context& context, CadreReport& report) {
  double weighted = 0, weights = 0;
  for (const Finding& finding : report.findings) {
    if (!finding.binding || finding.status == FindingStatus::kNotApplicable ||
        finding.status == FindingStatus::kAdvisory) {
      continue;
    }
    const double weight = finding.subject == FindingSubject::kTaskRule
                              ? context.rules[finding.rule].rule->weight
                              : 1.0;
    weighted += weight * finding.completion;
    weights += weight;
    ++report.binding_rules;
    if (finding.status == FindingStatus::kMet) ++report.binding_met;
  }
  report.task_completion = weights > 0 ? weighted / weights : 1.0;
  const GradingPolicy& grading = context.document.grading;
  report.score = 0;
  report.score_components.reserve(grading.weights.size());
  for (const ScoreWeight& weight : grading.weights) {
    ScoreComponent component{weight.component, weight.weight, 0.0, true};
    if (weight.component == "tasks") {
      component.value = report.task_completion;
    } else {
      auto it = std::find_if(context.cadre.scores.begin(), context.cadre.scores.end(),
                             [&](const auto& entry) { return entry.first == weight.component; });
      component.recorded = it != context.cadre.scores.end();
      if (component.recorded) component.value = it->second;
    }
    report.score += component.weight * component.value;
    report.score_components.push_back(std::move(component));
  }
  for (TermId grade = 0; grade < grading.scale.size(); ++grade) {
    auto condition = std::find_if(grading.eligibility.begin(), grading.eligibility.end(),
                                  [&](const GradeEligibility& e) { return e.grade == grade; });
    if (condition == grading.eligibility.end() ||
        (report.score >= condition->min_score &&
         (!condition->all_binding_met || report.binding_met == report.binding_rules))) {
      report.eligible_grade = grade;
      break;
    }
  }
}

void CheckExpenses(const Context& context, CadreReport& report) {
  const CadreYear& cadre = context.cadre;
  for (std::size_t i = 0; i < cadre.expenses.size(); ++i) {
    const ExpenseClaim& claim = cadre.expenses[i];
    auto activity = std::find_if(cadre.activities.begin(), cadre.activities.end(),
                                 [&](const Activity& a) { return a.id == claim.activity; });
    if (activity == cadre.activities.end()) {
      report.rejected_expenses.push_back(
          {static_cast<std::uint32_t>(i), claim.id, RejectedExpense::Reason::kNoSuchActivity});
    } else if (activity->date < context.period_start || activity->date > context.period_end) {
      report.rejected_expenses.push_back(
          {static_cast<std::uint32_t>(i), claim.id, RejectedExpense::Reason::kOutsidePeriod});
    } else {
      ++report.accepted_expenses;
    }
  }
}

}  // namespace

absl::Status EvaluateInto(const Policy& policy, const CadreYear& cadre, absl::CivilDay as_of,
                          CadreReport& report) {
  if (!policy.Covers(cadre.year)) {
    return absl::InvalidArgumentError(StrCat(
        "cadre \"", cadre.id, "\": policy \"", policy.id(), "\" does not cover ", cadre.year));
  }
  const PolicyDocument& document = policy.document();
  report.policy = policy;
  report.cadre_id = cadre.id;
  report.name = cadre.name;
  report.department = cadre.department;
  report.assigned_grade = cadre.assigned_grade;
  report.year = cadre.year;
  report.as_of = as_of;
  report.participation = DecideParticipation(document.participation, cadre);
  // What an earlier evaluation into the same report left is cleared (the
  // findings are reset one by one as they are reused).
  report.binding_rules = 0;
  report.binding_met = 0;
  report.task_completion = 0.0;
  report.score_components.clear();
  report.score = 0.0;
  report.eligible_grade.reset();
  report.accepted_expenses = 0;
  report.rejected_expenses.clear();
  // Every task rule, and at most three contact-point checks.
  FindingSlots findings(report.findings, policy.rules().size() + 3);
  const ParticipationStatus status = report.participation.status;
  if (status != ParticipationStatus::kParticipating &&
      status != ParticipationStatus::kNotRated) {
    findings.Finish();
    return absl::OkStatus();
  }
  Context context(policy, cadre, as_of);
  for (std::size_t i = 0; i < context.rules.size(); ++i) {
    EvaluateTaskRule(context, i, findings.Next());
  }
  EvaluateContactPoints(context, findings);
  findings.Finish();
  Score(context, report);
  CheckExpenses(context, report);
  return absl::OkStatus();
}

absl::StatusOr<CadreReport> Evaluate(const Policy& policy, const CadreYear& cadre,
                                     absl::CivilDay as_of) {
  CadreReport report(policy);
  absl::Status status = EvaluateInto(policy, cadre, as_of, report);
  if (!status.ok()) return status;
  return report;
}

DepartmentReport EvaluateDepartment(const Policy& policy, const Department& department,
                                    int year, absl::CivilDay as_of) {
  DepartmentReport report;
  report.department = department.id;
  report.name = department.name;
  const std::vector<DepartmentRule>& rules = policy.document().department_rules;
  for (std::size_t i = 0; i < rules.size(); ++i) {
    DepartmentFinding finding;
    finding.rule = static_cast<std::uint16_t>(i);
    finding.due = rules[i].due.InYear(year);
    if (department.plan_submitted && *department.plan_submitted <= as_of) {
      finding.submitted = department.plan_submitted;
    }
    finding.names_contact_points = department.plan_names_contact_points;
    if (!finding.submitted) {
      finding.status = as_of < finding.due ? FindingStatus::kPending : FindingStatus::kOverdue;
    } else if (*finding.submitted > finding.due) {
      finding.status = FindingStatus::kLate;
    } else if (rules[i].must_name_contact_points && !finding.names_contact_points) {
      finding.status = FindingStatus::kShort;
    } else {
      finding.status = FindingStatus::kMet;
    }
    if (!rules[i].binding) finding.status = FindingStatus::kAdvisory;
    report.findings.push_back(finding);
  }
  return report;
}

std::vector<DepartmentReport> EvaluateDepartments(const Policy& policy, const RecordBatch& batch,
                                                 absl::CivilDay as_of) {
  std::vector<DepartmentReport> reports;
  reports.reserve(batch.departments.size());
  for (const Department& department : batch.departments) {
    reports.push_back(EvaluateDepartment(policy, department, batch.year, as_of));
  }
  return reports;
}

BatchReport EvaluateBatch(const Policy& policy, const RecordBatch& batch,
                          absl::CivilDay as_of) {
  BatchReport report(policy);
  report.year = batch.year;
  report.as_of = as_of;
  report.departments = EvaluateDepartments(policy, batch, as_of);
  report.cadres.reserve(batch.cadres.size());
  for (const absl::StatusOr<CadreYear>& cadre : batch.cadres) {
    if (cadre.ok()) {
      report.cadres.push_back(Evaluate(policy, *cadre, as_of));
    } else {
      report.cadres.push_back(cadre.status());
    }
  }
  return report;
}

}  // namespace liaison
