// RuleKind: what a task rule counts, and everything else that varies by kind.
//
// Every task of the plan (二.3) is an instance of a few generic kinds:
//
//   kCount     activities matching a filter            ≥ 4 lectures
//   kSum       a quantity summed over activities       ≥ 100 head-count
//   kDistinct  distinct people met in activities       ≥ 100 youth, ≥ 20 cadres
//   kDeadline  a submission made by a due date         research report by 10-31
//   kRange     a count that must lie in [min, max]     2–3 work tasks
//   kCoverage  a set of areas each covered at least once   4 supervision areas
//   kDuration  calendar days spent, counted once each  ≥ 2 months at the grassroots
//
// `kRuleKinds` below is the one table of what differs between kinds outside
// their evaluation: the name a policy document spells, the unit their values
// count, whether the bounds are in days and whether a partial year prorates
// them. How each kind counts is in src/evaluate/rule_kinds.cc, one function a
// kind. Adding a kind: its enumerator and row here, its function there, and
// its fields in the policy parser and writer (src/policy/); docs/design.md
// walks through it.
#ifndef LIAISON_RULE_KIND_H_
#define LIAISON_RULE_KIND_H_

#include <cstddef>
#include <iterator>
#include <string_view>

namespace liaison {

enum class RuleKind { kCount, kSum, kDistinct, kDeadline, kRange, kCoverage, kDuration };

// "count", "sum", "distinct", "deadline", "range", "coverage", "duration".
std::string_view RuleKindName(RuleKind kind);

// What a rule's values count, for text: a Chinese measure word, an English
// noun in the singular and the plural ("" for a bare number).
//   {"人", "person", "people"}: "4人", "1 person", "4 people"
struct CountUnit {
  std::string_view zh;
  std::string_view one;
  std::string_view many;
};

// What a kind counts.
enum class Counted {
  kActivities,   // activities, or a quantity over them; paced through the period
  kSubmissions,  // submissions by the due date: met, late or overdue, never paced
};

struct RuleKindTraits {
  RuleKind kind;
  std::string_view name;  // in policy documents and results
  Counted counted;
  // Its values count days: `min` and `max` are written in units of the rule's
  // `days_per_unit` days (TaskRule::unit) and evaluated in days.
  bool in_days;
  // A partial year's factor (PolicyDocument::proration) may scale its bounds.
  bool prorated;
  // Its values are in the unit of the rule's `quantity` (kSum: head-count or
  // days; see UnitOf in task_rule.h), not in `unit`.
  bool unit_of_quantity;
  CountUnit unit;
};

// One row a kind, in the enum's order.
inline constexpr RuleKindTraits kRuleKinds[] = {
    // kind, name, counted, in_days, prorated, unit_of_quantity, unit
    {RuleKind::kCount, "count", Counted::kActivities, false, true, false, {"次", "", ""}},
    {RuleKind::kSum, "sum", Counted::kActivities, false, true, true, {}},
    {RuleKind::kDistinct, "distinct", Counted::kActivities, false, true, false,
     {"人", "person", "people"}},
    {RuleKind::kDeadline, "deadline", Counted::kSubmissions, false, false, false,
     {"次", "", ""}},
    {RuleKind::kRange, "range", Counted::kActivities, false, true, false, {"次", "", ""}},
    {RuleKind::kCoverage, "coverage", Counted::kActivities, false, true, false,
     {"个方面", "area", "areas"}},
    {RuleKind::kDuration, "duration", Counted::kActivities, true, true, false,
     {"天", "day", "days"}},
};

namespace rule_kind_internal {
constexpr bool InEnumOrder() {
  for (std::size_t i = 0; i < std::size(kRuleKinds); ++i) {
    if (static_cast<std::size_t>(kRuleKinds[i].kind) != i) return false;
  }
  return true;
}
static_assert(InEnumOrder(), "kRuleKinds: one row a kind, in the enum's order");
}  // namespace rule_kind_internal

// The row of `kind`, one of the enumerators above.
constexpr const RuleKindTraits& TraitsOf(RuleKind kind) {
  return kRuleKinds[static_cast<int>(kind)];
}

}  // namespace liaison

#endif  // LIAISON_RULE_KIND_H_
