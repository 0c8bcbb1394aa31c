// TaskRule: one yearly task of a policy, as a configurable rule object.
//
// Every task of the plan (二.3) is an instance of a few generic kinds, from
// "≥ 4 lectures" (kCount) to "≥ 2 months at the grassroots" (kDuration):
// rule_kind.h lists them and what each counts.
//
// Each rule has an id, a title, the clause it comes from (`basis`), a minimum,
// an optional maximum, a due date, and is binding or advisory. Advisory rules
// (the retired "8+4", "4+1", "1+100" systems of 三.3) are evaluated and
// reported but never enter a score or a grade.
#ifndef LIAISON_TASK_RULE_H_
#define LIAISON_TASK_RULE_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "liaison/cadre_category.h"
#include "liaison/localized_text.h"
#include "liaison/month_day.h"
#include "liaison/rule_kind.h"
#include "liaison/vocabulary.h"

namespace liaison {

// How an activity was carried out; policies may count only face-to-face work.
enum class ActivityMode : std::uint8_t { kInPerson, kOnline };

// Which activities a rule looks at. Every condition that is set must hold.
struct ActivityFilter {
  std::vector<TermId> kinds;                // empty: any kind
  std::vector<ActivityMode> modes;          // empty: any mode
  std::vector<TermId> contact_point_kinds;  // empty: any (or no) point
  // Only activities at one of the cadre's own contact points (二.3.(4)).
  bool own_contact_point = false;
  // "下跨一级" (二.3.(2)): the partner's organ level must be at least this many
  // levels below the cadre's own. 0: no lower bound.
  int min_levels_below = 0;
  // And at most this many (format 1.1): "cadres one level down" only, not
  // two. Unset: no upper bound.
  std::optional<int> max_levels_below;
  // Whether the rule looks at the partner's level at all.
  bool HasLevelCondition() const { return min_levels_below > 0 || max_levels_below.has_value(); }

  friend bool operator==(const ActivityFilter& a, const ActivityFilter& b) {
    return a.kinds == b.kinds && a.modes == b.modes &&
           a.contact_point_kinds == b.contact_point_kinds &&
           a.own_contact_point == b.own_contact_point &&
           a.min_levels_below == b.min_levels_below &&
           a.max_levels_below == b.max_levels_below;
  }
};

// Which cadres a rule applies to. Empty lists do not restrict; within a list
// any entry matches; across lists all must match.
struct AppliesTo {
  std::vector<TermId> tags;
  std::vector<TermId> ranks;
  std::vector<CadreCategory> categories;

  bool Everyone() const { return tags.empty() && ranks.empty() && categories.empty(); }
  friend bool operator==(const AppliesTo& a, const AppliesTo& b) {
    return a.tags == b.tags && a.ranks == b.ranks && a.categories == b.categories;
  }
};

// The quantity a kSum rule adds up.
enum class Quantity { kHeadcount, kDays };

// What a quantity counts: {"人次", "person", "people"}, {"天", "day", "days"}.
constexpr CountUnit QuantityUnit(Quantity quantity) {
  return quantity == Quantity::kDays ? CountUnit{"天", "day", "days"}
                                     : CountUnit{"人次", "person", "people"};
}

// How a kDistinct rule counts people (docs/policy.md §7: the same youth met twice?).
enum class PeopleCounting {
  kDistinctIds,               // only recorded ids, each once
  kHeadcount,                 // each activity's head-count, repeats included
  kDistinctIdsElseHeadcount,  // ids where recorded, else that activity's head-count
};

struct TaskRule {
  std::string id;
  RuleKind kind = RuleKind::kCount;
  LocalizedText title;
  std::string basis;  // the clause, e.g. "二.3.(1)"
  bool binding = true;
  std::int64_t min = 0;
  std::optional<std::int64_t> max;  // kRange: required
  // When the rule must be met. Default: the end of the policy period.
  std::optional<MonthDay> due;
  ActivityFilter match;
  AppliesTo applies_to;
  double weight = 1.0;  // weight in the completion score
  // Whether a partial-year factor (proration) scales `min`. A maximum is a
  // ceiling, not a requirement, so it is scaled only when `prorate_max` is
  // also set (三.1 lowers what is required, never what is allowed).
  bool prorate = true;
  bool prorate_max = false;

  Quantity quantity = Quantity::kHeadcount;                             // kSum
  PeopleCounting people = PeopleCounting::kDistinctIdsElseHeadcount;    // kDistinct
  TermId submission = 0;                                                // kDeadline
  std::vector<TermId> areas;                                            // kCoverage
  // A kind counted in days (kDuration): `min` and `max` are in units of
  // `days_per_unit` days (docs/policy.md §7; Hunan: "2 months" of 30 days).
  std::string unit = "day";
  int days_per_unit = 1;

  friend bool operator==(const TaskRule& a, const TaskRule& b);
};

// What the values of `rule` (its bounds, its findings' actual values) count.
inline CountUnit UnitOf(const TaskRule& rule) {
  const RuleKindTraits& kind = TraitsOf(rule.kind);
  return kind.unit_of_quantity ? QuantityUnit(rule.quantity) : kind.unit;
}

}  // namespace liaison

#endif  // LIAISON_TASK_RULE_H_
