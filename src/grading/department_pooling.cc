#include "liaison/department_pooling.h"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <numeric>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "grading/bad_argument.h"

namespace liaison {
namespace {

absl::StatusOr<std::int32_t> SumOfBases(absl::Span<const DepartmentBase> departments) {
  std::int64_t sum = 0;
  for (const DepartmentBase& department : departments) sum += department.base;
  if (sum > std::numeric_limits<std::int32_t>::max()) {
    return BadArgument(absl::StrCat("名额基数合计 ", sum, "，超过 2^31 − 1"),
                       absl::StrCat("the quota bases add up to ", sum, ", more than 2^31 − 1"));
  }
  return static_cast<std::int32_t>(sum);
}

// Each capped grade's organ places split across the units by largest
// remainder; the units' caps say where their places came from.
absl::Status ApportionOrganQuota(const GradingPolicy& policy, std::int32_t organ_base,
                                 QuotaPlan& plan) {
  absl::StatusOr<QuotaCaps> organ = ComputeQuotaCaps(policy, organ_base);
  if (!organ.ok()) return organ.status();
  std::vector<ApportionmentClaim> claims;
  claims.reserve(plan.units.size());
  for (const QuotaUnit& unit : plan.units) claims.push_back({unit.id, unit.base});
  for (const QuotaCap& organ_cap : organ->caps) {
    absl::StatusOr<Apportionment> split = ApportionLargestRemainder(organ_cap.cap, claims);
    if (!split.ok()) return split.status();
    for (std::size_t i = 0; i < plan.units.size(); ++i) {
      QuotaCap cap = organ_cap;
      cap.apportioned = true;
      cap.unit_base = plan.units[i].base;
      cap.cap = static_cast<std::int32_t>(split->shares[i].places);
      plan.units[i].caps.caps.push_back(cap);
    }
    if (organ_cap.cap > 0) {
      absl::StatusOr<std::vector<AlabamaParadox>> paradoxes =
          FindAlabamaParadox(organ_cap.cap - 1, claims);
      if (!paradoxes.ok()) return paradoxes.status();
      for (AlabamaParadox& paradox : *paradoxes) {
        plan.alabama_paradoxes.push_back({organ_cap.grade, std::move(paradox)});
      }
    }
    plan.organ_apportionments.push_back(*std::move(split));
  }
  plan.organ_caps = *std::move(organ);
  return absl::OkStatus();
}

}  // namespace

std::optional<std::size_t> QuotaPlan::UnitOf(std::string_view department) const {
  for (std::size_t i = 0; i < units.size(); ++i) {
    const std::vector<std::string>& members = units[i].departments;
    if (std::find(members.begin(), members.end(), department) != members.end()) return i;
  }
  return std::nullopt;
}

absl::StatusOr<QuotaPlan> PlanQuotaUnits(const GradingPolicy& policy,
                                         absl::Span<const DepartmentBase> departments) {
  std::vector<std::size_t> by_id(departments.size());
  std::iota(by_id.begin(), by_id.end(), std::size_t{0});
  std::sort(by_id.begin(), by_id.end(), [&](std::size_t a, std::size_t b) {
    return departments[a].department < departments[b].department;
  });
  for (std::size_t i = 0; i < by_id.size(); ++i) {
    const DepartmentBase& department = departments[by_id[i]];
    if (department.base < 0) {
      return BadArgument(
          absl::StrCat("部门“", department.department, "”的基数为负数 ", department.base),
          absl::StrCat("department \"", department.department, "\" has a negative base ",
                       department.base));
    }
    if (i > 0 && departments[by_id[i - 1]].department == department.department) {
      return BadArgument(
          absl::StrCat("部门“", department.department, "”重复列出"),
          absl::StrCat("department \"", department.department, "\" is listed twice"));
    }
  }
  absl::StatusOr<std::int32_t> organ_base = SumOfBases(departments);
  if (!organ_base.ok()) return organ_base.status();

  QuotaPlan plan;
  QuotaUnit pool;
  pool.pooled = true;
  for (std::size_t index : by_id) {
    const DepartmentBase& department = departments[index];
    if (policy.pool_below > 0 && department.base < policy.pool_below) {
      pool.departments.push_back(department.department);
      pool.base += department.base;
      continue;
    }
    QuotaUnit unit;
    unit.id = department.department;
    unit.departments.push_back(department.department);
    unit.base = department.base;
    plan.units.push_back(std::move(unit));
  }
  if (!pool.departments.empty()) {
    pool.id = absl::StrCat("pool:", absl::StrJoin(pool.departments, "+"));
    plan.units.push_back(std::move(pool));
  }

  for (QuotaUnit& unit : plan.units) {
    unit.caps.unit_base = unit.base;
    unit.caps.cumulative = policy.cumulative;
    unit.caps.pass_down = policy.pass_down;
  }
  if (policy.organ_quota) {
    absl::Status status = ApportionOrganQuota(policy, *organ_base, plan);
    if (!status.ok()) return status;
    return plan;
  }
  for (QuotaUnit& unit : plan.units) {
    absl::StatusOr<QuotaCaps> caps = ComputeQuotaCaps(policy, unit.base);
    if (!caps.ok()) return caps.status();
    unit.caps = *std::move(caps);
  }
  return plan;
}

LocalizedText DescribeQuotaUnit(const QuotaUnit& unit) {
  if (!unit.pooled) return {unit.id, unit.id};
  return {absl::StrCat("合并计算：", absl::StrJoin(unit.departments, "、")),
          absl::StrCat("pooled: ", absl::StrJoin(unit.departments, ", "))};
}

}  // namespace liaison
