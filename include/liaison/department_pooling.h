// Department pooling: which departments share one set of caps, and the caps.
//
// Caps are computed per quota unit. Normally a unit is one department, with
// caps from its own base. Two policy parameters change that:
//
//   - pool_below = k: every department whose base is below k joins one pooled
//     unit (合并计算), whose caps come from the pooled base. Three departments
//     of 3, 2 and 4 cadres get no 优 place each under floor(0.30 × n), but
//     pooled they share floor(0.30 × 9) = 2.
//   - organ_quota: the caps are computed once for the whole organ's base, and
//     each capped grade's places are split across the units in proportion to
//     their bases by largest remainder (apportionment.h). minimum_one_from
//     then applies to the organ's base.
//
//   const GradingPolicy& grading = policy.document().grading;
//   absl::StatusOr<QuotaPlan> plan =
//       PlanQuotaUnits(grading, {{"org", 12}, {"publicity", 3}, {"youth", 2}});
//   // pool_below 5: units "org" (12) and the pool {publicity, youth} (5).
//
// Units are ordered deterministically: the unpooled departments by id, then
// the pool (there is at most one). The plan depends only on the set of
// departments, not on the order they are given.
#ifndef LIAISON_DEPARTMENT_POOLING_H_
#define LIAISON_DEPARTMENT_POOLING_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/types/span.h"
#include "liaison/apportionment.h"
#include "liaison/grading_policy.h"
#include "liaison/localized_text.h"
#include "liaison/quota_caps.h"

namespace liaison {

// A department and the number of cadres in its quota base.
struct DepartmentBase {
  std::string department;
  std::int32_t base = 0;
};

// Departments that share one set of caps.
struct QuotaUnit {
  // The department's id, or "pool:" and the pooled ids joined by "+"
  // ("pool:publicity+youth"); the largest-remainder tie-break compares these.
  std::string id;
  std::vector<std::string> departments;  // by id; several only when pooled
  bool pooled = false;
  std::int32_t base = 0;  // the sum of the departments' bases
  QuotaCaps caps;
};

// A unit that would have got more places of `grade` had the organ had one
// place of it fewer.
struct OrganQuotaParadox {
  TermId grade = 0;
  AlabamaParadox paradox;
};

struct QuotaPlan {
  std::vector<QuotaUnit> units;

  // Organ quota only: the caps on the organ's whole base, how each capped
  // grade's places were split (in the order of organ_caps->caps), and every
  // unit that would have got more places of a grade had the organ had one
  // place fewer (the Alabama paradox, between organ cap − 1 and organ cap).
  std::optional<QuotaCaps> organ_caps;
  std::vector<Apportionment> organ_apportionments;
  std::vector<OrganQuotaParadox> alabama_paradoxes;

  // The index in `units` of the unit holding `department`, or nullopt.
  std::optional<std::size_t> UnitOf(std::string_view department) const;
};

// The quota units of `departments` under `policy` and the caps of each.
// InvalidArgument when a department is listed twice, a base is negative, the
// bases add up to 2³¹ or more, or the caps are invalid (see ComputeQuotaCaps).
absl::StatusOr<QuotaPlan> PlanQuotaUnits(const GradingPolicy& policy,
                                         absl::Span<const DepartmentBase> departments);

// "org" for a single department; "合并计算：publicity、youth" /
// "pooled: publicity, youth" for a pool.
LocalizedText DescribeQuotaUnit(const QuotaUnit& unit);

}  // namespace liaison

#endif  // LIAISON_DEPARTMENT_POOLING_H_
