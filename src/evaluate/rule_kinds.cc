#include "evaluate/rule_kinds.h"

#include <algorithm>
#include <bitset>
#include <cstring>

#include "absl/container/inlined_vector.h"
#include "absl/numeric/bits.h"
#include "evaluate/findings.h"

namespace liaison {
namespace {

// kCount, kRange: the activities that count.
std::int64_t ActivitiesCounted(const ActivitySet& counted) {
  std::int64_t total = 0;
  for (Word word : counted) total += absl::popcount(word);
  return total;
}

// kSum: the rule's quantity, added up over the activities that count.
std::int64_t QuantitySummed(const Context& context, const TaskRule& rule,
                            const ActivitySet& counted) {
  std::int64_t total = 0;
  ForEachActivity(counted, [&](std::size_t i) {
    total += rule.quantity == Quantity::kHeadcount ? context.cadre.activities[i].headcount
                                                   : context.days[i].credited;
  });
  return total;
}

// kDistinct: the people met (docs/policy.md §7, "Kind-specific fields"). A
// byte per person, not a bit: marking one needs no read-modify-write of a
// word that the previous person may have just written.
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

// kDuration: the calendar days covered, each once, up to the last day that
// counts (docs/policy.md §7, "Kind-specific fields").
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

// kCoverage: the rule's areas covered by an activity that counts; those not
// covered go to `finding`.
std::int64_t AreasCovered(const CadreYear& cadre, const TaskRule& rule,
                          const ActivitySet& counted, Finding& finding) {
  std::bitset<256> areas;
  ForEachActivity(counted, [&](std::size_t i) {
    if (cadre.activities[i].area) areas.set(*cadre.activities[i].area);
  });
  std::int64_t total = 0;
  for (TermId area : rule.areas) total += areas.test(area) ? 1 : 0;
  if (static_cast<std::size_t>(total) == rule.areas.size()) return total;
  finding.missing.reserve(rule.areas.size() - static_cast<std::size_t>(total));
  for (TermId area : rule.areas) {
    if (!areas.test(area)) finding.missing.push_back(area);
  }
  return total;
}

// The actual value of a rule that counts activities, over those that count
// by day number `due`; the activities set aside go to `finding`.
std::int64_t Measure(const Context& context, const EffectiveRule& effective,
                     std::int64_t due, Finding& finding) {
  const TaskRule& rule = *effective.rule;
  const ActivitySet counted = CountedActivities(context, effective, due, finding);
  switch (rule.kind) {
    case RuleKind::kCount:
    case RuleKind::kRange:
      return ActivitiesCounted(counted);
    case RuleKind::kSum:
      return QuantitySummed(context, rule, counted);
    case RuleKind::kDistinct:
      return PeopleMet(context.cadre, rule.people, counted);
    case RuleKind::kCoverage:
      return AreasCovered(context.cadre, rule, counted, finding);
    case RuleKind::kDuration:
      return DaysCovered(context, std::min(context.as_of_day, due), counted);
    case RuleKind::kDeadline:  // counts submissions: EvaluateDeadline
      break;
  }
  return 0;
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

// A rule that counts activities: met, over, short or pending by its measure.
void EvaluateActivities(const Context& context, const EffectiveRule& effective,
                        absl::CivilDay due, Finding& finding) {
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
    finding.completion = Completion(finding.actual, finding.required);
  }
  SetPace(context, due_day, finding);
}

// kDeadline: the submissions of the rule's kind made in the period by the
// as-of date; the one that completes the minimum decides on time or late.
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

// Fills the kind's part of `finding` for a rule that applies to the cadre:
// required, maximum, actual, status, completion and pace, the activities set
// aside, the missing areas (kCoverage) and the submission date (kDeadline).
void EvaluateRuleKind(const Context& context, const EffectiveRule& effective,
                      absl::CivilDay due, Finding& finding) {
  switch (TraitsOf(effective.rule->kind).counted) {
    case Counted::kActivities:
      EvaluateActivities(context, effective, due, finding);
      return;
    case Counted::kSubmissions:
      EvaluateDeadline(context, effective, due, context.document.grading.late_credit, finding);
      return;
  }
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
  EvaluateRuleKind(context, effective, due, finding);
  finding.rule = static_cast<std::uint16_t>(index);
  finding.binding = effective.binding;
  finding.due = due;
  finding.shortfall = std::max<std::int64_t>(0, finding.required - finding.actual);
  if (!effective.binding) finding.status = FindingStatus::kAdvisory;
}

}  // namespace

void EvaluateTaskRules(const Context& context, FindingSlots& findings) {
  for (std::size_t i = 0; i < context.rules.size(); ++i) {
    EvaluateTaskRule(context, i, findings.Next());
  }
}

}  // namespace liaison
