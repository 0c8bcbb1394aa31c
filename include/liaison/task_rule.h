// TaskRule: one yearly task of a policy, as a configurable rule object.
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
#include "liaison/vocabulary.h"

namespace liaison {

enum class RuleKind { kCount, kSum, kDistinct, kDeadline, kRange, kCoverage, kDuration };

// "count", "sum", "distinct", "deadline", "range", "coverage", "duration".
std::string_view RuleKindName(RuleKind kind);

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
  // levels below the cadre's own. 0: no level condition.
  int min_levels_below = 0;

  friend bool operator==(const ActivityFilter& a, const ActivityFilter& b) {
    return a.kinds == b.kinds && a.modes == b.modes &&
           a.contact_point_kinds == b.contact_point_kinds &&
           a.own_contact_point == b.own_contact_point &&
           a.min_levels_below == b.min_levels_below;
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

// How a kDistinct rule counts people (RULES.md §3, "the same youth met twice?").
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
  // kDuration: `min` and `max` are in units of `days_per_unit` days
  // (RULES.md §3: "2 months = 60 days by default").
  std::string unit = "day";
  int days_per_unit = 1;

  friend bool operator==(const TaskRule& a, const TaskRule& b);
};

}  // namespace liaison

#endif  // LIAISON_TASK_RULE_H_
