// Caps for a quota base, worked out by hand, and how departments are pooled.
#include "liaison/quota_caps.h"

#include <cstdint>
#include <limits>
#include <vector>

#include "absl/status/status.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "liaison/department_pooling.h"
#include "liaison/grading_policy.h"
#include "test_support.h"

namespace liaison {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

using testing::HunanGrading;
using testing::kExcellent;
using testing::kFair;
using testing::kGood;

std::vector<std::int32_t> CapValues(const QuotaCaps& caps) {
  std::vector<std::int32_t> values;
  for (const QuotaCap& cap : caps.caps) values.push_back(cap.cap);
  return values;
}

struct CapRow {
  std::int32_t n;
  std::int32_t excellent;  // cap of 30%
  std::int32_t good;       // cap of 50%
};

void ExpectCaps(const GradingPolicy& policy, const std::vector<CapRow>& table) {
  for (const CapRow& row : table) {
    absl::StatusOr<QuotaCaps> caps = ComputeQuotaCaps(policy, row.n);
    ASSERT_TRUE(caps.ok()) << caps.status();
    EXPECT_THAT(CapValues(*caps), ElementsAre(row.excellent, row.good)) << "n = " << row.n;
    EXPECT_EQ(caps->unit_base, row.n);
  }
}

TEST(QuotaCapsTest, FloorForOneToTwelve) {
  // floor(0.3 n) and floor(0.5 n).
  ExpectCaps(HunanGrading(), {
                                 {1, 0, 0},   // 0.3, 0.5
                                 {2, 0, 1},   // 0.6, 1.0
                                 {3, 0, 1},   // 0.9, 1.5
                                 {4, 1, 2},   // 1.2, 2.0
                                 {5, 1, 2},   // 1.5, 2.5
                                 {6, 1, 3},   // 1.8, 3.0
                                 {7, 2, 3},   // 2.1, 3.5
                                 {8, 2, 4},   // 2.4, 4.0
                                 {9, 2, 4},   // 2.7, 4.5
                                 {10, 3, 5},  // 3.0, 5.0
                                 {11, 3, 5},  // 3.3, 5.5
                                 {12, 3, 6},  // 3.6, 6.0
                             });
}

TEST(QuotaCapsTest, HalfUpForOneToTwelve) {
  GradingPolicy policy = HunanGrading();
  policy.rounding = Rounding::kHalfUp;
  // A fraction of exactly .5 goes up: 1.5 → 2, 0.5 → 1.
  ExpectCaps(policy, {
                         {1, 0, 1},   // 0.3 → 0, 0.5 → 1
                         {2, 1, 1},   // 0.6 → 1, 1.0 → 1
                         {3, 1, 2},   // 0.9 → 1, 1.5 → 2
                         {4, 1, 2},   // 1.2 → 1, 2.0 → 2
                         {5, 2, 3},   // 1.5 → 2, 2.5 → 3
                         {6, 2, 3},   // 1.8 → 2, 3.0 → 3
                         {7, 2, 4},   // 2.1 → 2, 3.5 → 4
                         {8, 2, 4},   // 2.4 → 2, 4.0 → 4
                         {9, 3, 5},   // 2.7 → 3, 4.5 → 5
                         {10, 3, 5},  // 3.0 → 3, 5.0 → 5
                         {11, 3, 6},  // 3.3 → 3, 5.5 → 6
                         {12, 4, 6},  // 3.6 → 4, 6.0 → 6
                     });
}

TEST(QuotaCapsTest, CeilForOneToTwelve) {
  GradingPolicy policy = HunanGrading();
  policy.rounding = Rounding::kCeil;
  ExpectCaps(policy, {
                         {1, 1, 1},   // 0.3 → 1, 0.5 → 1
                         {2, 1, 1},   // 0.6 → 1, 1.0 → 1
                         {3, 1, 2},   // 0.9 → 1, 1.5 → 2
                         {4, 2, 2},   // 1.2 → 2, 2.0 → 2
                         {5, 2, 3},   // 1.5 → 2, 2.5 → 3
                         {6, 2, 3},   // 1.8 → 2, 3.0 → 3
                         {7, 3, 4},   // 2.1 → 3, 3.5 → 4
                         {8, 3, 4},   // 2.4 → 3, 4.0 → 4
                         {9, 3, 5},   // 2.7 → 3, 4.5 → 5
                         {10, 3, 5},  // 3.0 → 3, 5.0 → 5
                         {11, 4, 6},  // 3.3 → 4, 5.5 → 6
                         {12, 4, 6},  // 3.6 → 4, 6.0 → 6
                     });
}

TEST(QuotaCapsTest, MinimumOneFromThreeForOneToTwelve) {
  GradingPolicy policy = HunanGrading();
  policy.minimum_one_from = 3;
  // floor, then a 0 becomes 1 once n ≥ 3. Below 3 nothing is raised.
  ExpectCaps(policy, {
                         {1, 0, 0},   // n < 3: 0.3 → 0, 0.5 → 0
                         {2, 0, 1},   // n < 3: 0.6 → 0, 1.0 → 1
                         {3, 1, 1},   // 0.9 → 0 raised to 1, 1.5 → 1
                         {4, 1, 2},   // 1.2 → 1, 2.0 → 2
                         {5, 1, 2},   // 1.5 → 1, 2.5 → 2
                         {6, 1, 3},   // 1.8 → 1, 3.0 → 3
                         {7, 2, 3},   // 2.1 → 2, 3.5 → 3
                         {8, 2, 4},   // 2.4 → 2, 4.0 → 4
                         {9, 2, 4},   // 2.7 → 2, 4.5 → 4
                         {10, 3, 5},  // 3.0 → 3, 5.0 → 5
                         {11, 3, 5},  // 3.3 → 3, 5.5 → 5
                         {12, 3, 6},  // 3.6 → 3, 6.0 → 6
                     });
  // Only n = 3 raised anything.
  for (std::int32_t n = 1; n <= 12; ++n) {
    absl::StatusOr<QuotaCaps> caps = ComputeQuotaCaps(policy, n);
    ASSERT_TRUE(caps.ok());
    EXPECT_EQ(caps->caps[0].raised_to_one, n == 3) << n;
    EXPECT_FALSE(caps->caps[1].raised_to_one) << n;
  }
}

TEST(QuotaCapsTest, MinimumOneDoesNotRaiseAZeroShare) {
  GradingPolicy policy = HunanGrading();
  policy.caps = {{kExcellent, 0.0}, {kGood, 0.5}};
  policy.minimum_one_from = 1;
  absl::StatusOr<QuotaCaps> caps = ComputeQuotaCaps(policy, 5);
  ASSERT_TRUE(caps.ok());
  EXPECT_THAT(CapValues(*caps), ElementsAre(0, 2));  // 0 × 5 stays 0; floor(2.5) = 2
}

TEST(QuotaCapsTest, SharesAreReadExactly) {
  GradingPolicy policy = HunanGrading();
  // 0.29 × 100 is 28.999999999999996 in doubles; read as 2900 / 10000 it is 29.
  policy.caps = {{kExcellent, 0.29}};
  absl::StatusOr<QuotaCaps> caps = ComputeQuotaCaps(policy, 100);
  ASSERT_TRUE(caps.ok());
  EXPECT_EQ(caps->caps[0].cap, 29);
  EXPECT_EQ(caps->caps[0].share_per_10000, 2900);
  // 0.28 × 25 is 7.000000000000001 in doubles; its ceiling is 7, not 8.
  policy.caps = {{kExcellent, 0.28}};
  policy.rounding = Rounding::kCeil;
  caps = ComputeQuotaCaps(policy, 25);
  ASSERT_TRUE(caps.ok());
  EXPECT_EQ(caps->caps[0].cap, 7);
  // A share is rounded to 4 decimals: 1/3 is read as 3333 / 10000, so 30
  // cadres get floor(9.999) = 9 places, where exactly a third would be 10.
  policy.caps = {{kExcellent, 1.0 / 3.0}};
  policy.rounding = Rounding::kFloor;
  caps = ComputeQuotaCaps(policy, 30);
  ASSERT_TRUE(caps.ok());
  EXPECT_EQ(caps->caps[0].share_per_10000, 3333);
  EXPECT_EQ(caps->caps[0].cap, 9);  // 3333 × 30 / 10000 = 9.999 → 9
}

TEST(QuotaCapsTest, CapsAreOrderedByGrade) {
  GradingPolicy policy = HunanGrading();
  policy.caps = {{kGood, 0.5}, {kExcellent, 0.3}};
  absl::StatusOr<QuotaCaps> caps = ComputeQuotaCaps(policy, 10);
  ASSERT_TRUE(caps.ok());
  ASSERT_EQ(caps->caps.size(), 2u);
  EXPECT_EQ(caps->caps[0].grade, kExcellent);
  EXPECT_EQ(caps->caps[1].grade, kGood);
  EXPECT_EQ(caps->Find(kGood)->cap, 5);
  EXPECT_EQ(caps->Find(kFair), nullptr);
}

TEST(QuotaCapsTest, DerivationAsDataAndText) {
  GradingPolicy policy = HunanGrading();
  absl::StatusOr<QuotaCaps> caps = ComputeQuotaCaps(policy, 10);
  ASSERT_TRUE(caps.ok());
  const QuotaCap& excellent = caps->caps[0];
  EXPECT_EQ(excellent.share_base, 10);
  EXPECT_EQ(excellent.share_per_10000, 3000);
  EXPECT_EQ(excellent.rounding, Rounding::kFloor);
  EXPECT_EQ(excellent.rounded, 3);
  EXPECT_FALSE(excellent.raised_to_one);
  EXPECT_FALSE(excellent.apportioned);
  EXPECT_EQ(DescribeCap(policy, excellent).zh, "优 上限 3 = floor(0.30 × 10)");
  EXPECT_EQ(DescribeCap(policy, excellent).en, "excellent cap 3 = floor(0.30 × 10)");
  EXPECT_EQ(DescribeCap(policy, caps->caps[1]).zh, "良 上限 5 = floor(0.50 × 10)");

  policy.rounding = Rounding::kHalfUp;
  caps = ComputeQuotaCaps(policy, 5);
  ASSERT_TRUE(caps.ok());
  EXPECT_EQ(DescribeCap(policy, caps->caps[0]).en, "excellent cap 2 = half_up(0.30 × 5)");

  policy.rounding = Rounding::kFloor;
  policy.minimum_one_from = 3;
  caps = ComputeQuotaCaps(policy, 3);
  ASSERT_TRUE(caps.ok());
  EXPECT_EQ(DescribeCap(policy, caps->caps[0]).zh,
            "优 上限 1 = floor(0.30 × 3) = 0，满 3 人至少 1 名");
  EXPECT_EQ(DescribeCap(policy, caps->caps[0]).en,
            "excellent cap 1 = floor(0.30 × 3) = 0, raised to 1 (at least one from 3 cadres)");

  policy.caps = {{kExcellent, 0.125}};
  caps = ComputeQuotaCaps(policy, 16);
  ASSERT_TRUE(caps.ok());
  EXPECT_EQ(DescribeCap(policy, caps->caps[0]).en, "excellent cap 2 = floor(0.125 × 16)");
}

TEST(QuotaCapsTest, CumulativeCapsCountBetterGrades) {
  GradingPolicy policy = HunanGrading();
  policy.cumulative = true;
  absl::StatusOr<QuotaCaps> caps = ComputeQuotaCaps(policy, 10);
  ASSERT_TRUE(caps.ok());
  EXPECT_THAT(CapValues(*caps), ElementsAre(3, 5));
  EXPECT_EQ(DescribeCap(policy, caps->caps[1]).zh, "优+良 上限 5 = floor(0.50 × 10)");
  EXPECT_EQ(DescribeCap(policy, caps->caps[1]).en, "excellent+good cap 5 = floor(0.50 × 10)");

  // 3 优 and 2 良 fill 优+良 ≤ 5; a third 良 does not fit, though 良 alone
  // holds only 3 of its 5.
  const std::vector<std::int32_t> full = {3, 2, 5, 0};
  EXPECT_TRUE(caps->Admits(full));
  std::vector<std::int32_t> over = {3, 3, 4, 0};
  EXPECT_FALSE(caps->Admits(over));
  EXPECT_EQ(caps->FirstExceeded(over), kGood);
  absl::InlinedVector<CapUse, 4> uses = caps->Measure(over);
  ASSERT_EQ(uses.size(), 2u);
  EXPECT_EQ(uses[0].counted, 3);  // 优
  EXPECT_EQ(uses[1].counted, 6);  // 优 + 良 = 3 + 3
  EXPECT_TRUE(uses[1].exceeded());

  // Per-grade caps admit the same counts: 3 ≤ 3 and 3 ≤ 5.
  policy.cumulative = false;
  caps = ComputeQuotaCaps(policy, 10);
  ASSERT_TRUE(caps.ok());
  EXPECT_TRUE(caps->Admits(over));
}

TEST(QuotaCapsTest, PassDownAddsUnusedPlacesToTheNextGrade) {
  GradingPolicy policy = HunanGrading();
  policy.pass_down = true;
  absl::StatusOr<QuotaCaps> caps = ComputeQuotaCaps(policy, 10);  // 优 3, 良 5
  ASSERT_TRUE(caps.ok());
  // 1 优 leaves 2 of its 3 places: 良 may hold 5 + 2 = 7.
  absl::InlinedVector<CapUse, 4> uses = caps->Measure(std::vector<std::int32_t>{1, 7, 2, 0});
  ASSERT_EQ(uses.size(), 2u);
  EXPECT_EQ(uses[1].cap, 5);
  EXPECT_EQ(uses[1].passed_down, 2);
  EXPECT_EQ(uses[1].limit(), 7);
  EXPECT_FALSE(uses[1].exceeded());
  EXPECT_FALSE(caps->Admits(std::vector<std::int32_t>{1, 8, 1, 0}));  // 8 > 7
  EXPECT_EQ(caps->FirstExceeded(std::vector<std::int32_t>{1, 8, 1, 0}), kGood);
  // 4 优 is over its cap of 3 and passes nothing down: 良 keeps its 5.
  uses = caps->Measure(std::vector<std::int32_t>{4, 5, 1, 0});
  EXPECT_TRUE(uses[0].exceeded());
  EXPECT_EQ(uses[1].passed_down, 0);
  EXPECT_FALSE(uses[1].exceeded());
  EXPECT_EQ(caps->FirstExceeded(std::vector<std::int32_t>{4, 5, 1, 0}), kExcellent);

  // Without pass-down 良 stays at 5.
  policy.pass_down = false;
  caps = ComputeQuotaCaps(policy, 10);
  ASSERT_TRUE(caps.ok());
  EXPECT_FALSE(caps->Admits(std::vector<std::int32_t>{1, 7, 2, 0}));

  // Places pass to the next grade only: with 优 and 中 capped, 中 gets
  // nothing from 优 across the uncapped 良.
  policy.pass_down = true;
  policy.caps = {{kExcellent, 0.3}, {kFair, 0.2}};
  caps = ComputeQuotaCaps(policy, 10);  // 优 3, 中 2
  ASSERT_TRUE(caps.ok());
  uses = caps->Measure(std::vector<std::int32_t>{0, 5, 3, 2});
  EXPECT_EQ(uses[1].passed_down, 0);
  EXPECT_TRUE(uses[1].exceeded());

  // Under cumulative caps pass-down changes nothing.
  policy.caps = {{kExcellent, 0.3}, {kGood, 0.5}};
  policy.cumulative = true;
  caps = ComputeQuotaCaps(policy, 10);
  ASSERT_TRUE(caps.ok());
  uses = caps->Measure(std::vector<std::int32_t>{1, 4, 5, 0});
  EXPECT_EQ(uses[1].counted, 5);
  EXPECT_EQ(uses[1].passed_down, 0);
  EXPECT_FALSE(caps->Admits(std::vector<std::int32_t>{1, 5, 4, 0}));
}

TEST(QuotaCapsTest, InvalidPoliciesAreErrors) {
  GradingPolicy policy = HunanGrading();
  policy.caps = {{7, 0.3}};
  absl::StatusOr<QuotaCaps> caps = ComputeQuotaCaps(policy, 10);
  EXPECT_EQ(caps.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(caps.status().message(), HasSubstr("outside the scale of 4 grades"));

  policy.caps = {{kExcellent, 1.5}};
  EXPECT_THAT(ComputeQuotaCaps(policy, 10).status().message(), HasSubstr("[0, 1]"));
  policy.caps = {{kExcellent, std::numeric_limits<double>::quiet_NaN()}};
  EXPECT_THAT(ComputeQuotaCaps(policy, 10).status().message(), HasSubstr("[0, 1]"));
  policy.caps = {{kExcellent, 0.3}, {kExcellent, 0.4}};
  EXPECT_THAT(ComputeQuotaCaps(policy, 10).status().message(), HasSubstr("capped twice"));

  policy = HunanGrading();
  EXPECT_EQ(ComputeQuotaCaps(policy, -1).status().code(), absl::StatusCode::kInvalidArgument);
  policy.minimum_one_from = -2;
  EXPECT_EQ(ComputeQuotaCaps(policy, 5).status().code(), absl::StatusCode::kInvalidArgument);
}

TEST(DepartmentPoolingTest, SmallDepartmentsShareOneSetOfCaps) {
  GradingPolicy policy = HunanGrading();
  policy.pool_below = 5;
  // league 4, publicity 3, youth 2 are below 5 and pool to 9 cadres:
  // floor(0.3 × 9) = floor(2.7) = 2 优, floor(0.5 × 9) = floor(4.5) = 4 良.
  // Alone they would get floor(1.2) + floor(0.9) + floor(0.6) = 1 优 in all.
  // org (12) keeps its own: floor(3.6) = 3, floor(6.0) = 6.
  absl::StatusOr<QuotaPlan> plan =
      PlanQuotaUnits(policy, {{"youth", 2}, {"org", 12}, {"publicity", 3}, {"league", 4}});
  ASSERT_TRUE(plan.ok()) << plan.status();
  ASSERT_EQ(plan->units.size(), 2u);
  const QuotaUnit& org = plan->units[0];
  EXPECT_EQ(org.id, "org");
  EXPECT_FALSE(org.pooled);
  EXPECT_EQ(org.base, 12);
  EXPECT_THAT(CapValues(org.caps), ElementsAre(3, 6));
  const QuotaUnit& pool = plan->units[1];
  EXPECT_EQ(pool.id, "pool:league+publicity+youth");
  EXPECT_TRUE(pool.pooled);
  EXPECT_THAT(pool.departments, ElementsAre("league", "publicity", "youth"));
  EXPECT_EQ(pool.base, 9);
  EXPECT_EQ(pool.caps.unit_base, 9);
  EXPECT_THAT(CapValues(pool.caps), ElementsAre(2, 4));
  EXPECT_EQ(DescribeCap(policy, pool.caps.caps[0]).en, "excellent cap 2 = floor(0.30 × 9)");
  EXPECT_EQ(DescribeQuotaUnit(pool).zh, "合并计算：league、publicity、youth");
  EXPECT_EQ(DescribeQuotaUnit(pool).en, "pooled: league, publicity, youth");
  EXPECT_EQ(DescribeQuotaUnit(org).en, "org");
  EXPECT_EQ(plan->UnitOf("publicity"), 1u);
  EXPECT_EQ(plan->UnitOf("org"), 0u);
  EXPECT_EQ(plan->UnitOf("nowhere"), std::nullopt);
  EXPECT_FALSE(plan->organ_caps.has_value());
}

TEST(DepartmentPoolingTest, PlanDoesNotDependOnInputOrder) {
  GradingPolicy policy = HunanGrading();
  policy.pool_below = 4;
  absl::StatusOr<QuotaPlan> a = PlanQuotaUnits(policy, {{"b", 3}, {"a", 8}, {"c", 1}, {"d", 5}});
  absl::StatusOr<QuotaPlan> b = PlanQuotaUnits(policy, {{"d", 5}, {"c", 1}, {"a", 8}, {"b", 3}});
  ASSERT_TRUE(a.ok() && b.ok());
  ASSERT_EQ(a->units.size(), 3u);  // a, d, pool:b+c
  for (std::size_t u = 0; u < a->units.size(); ++u) {
    EXPECT_EQ(a->units[u].id, b->units[u].id);
    EXPECT_EQ(CapValues(a->units[u].caps), CapValues(b->units[u].caps));
  }
  EXPECT_EQ(a->units[2].id, "pool:b+c");
  // b 3 + c 1 = 4: floor(1.2) = 1 优, floor(2.0) = 2 良.
  EXPECT_THAT(CapValues(a->units[2].caps), ElementsAre(1, 2));
}

TEST(DepartmentPoolingTest, WithoutPoolingEveryDepartmentIsItsOwnUnit) {
  absl::StatusOr<QuotaPlan> plan = PlanQuotaUnits(HunanGrading(), {{"b", 3}, {"a", 2}});
  ASSERT_TRUE(plan.ok());
  ASSERT_EQ(plan->units.size(), 2u);
  EXPECT_EQ(plan->units[0].id, "a");
  EXPECT_THAT(CapValues(plan->units[0].caps), ElementsAre(0, 1));  // 0.6, 1.0
  EXPECT_THAT(CapValues(plan->units[1].caps), ElementsAre(0, 1));  // 0.9, 1.5
}

TEST(DepartmentPoolingTest, InvalidDepartmentsAreErrors) {
  GradingPolicy policy = HunanGrading();
  EXPECT_THAT(PlanQuotaUnits(policy, {{"a", 3}, {"a", 2}}).status().message(),
              HasSubstr("listed twice"));
  EXPECT_THAT(PlanQuotaUnits(policy, {{"a", -3}}).status().message(), HasSubstr("negative base"));
  policy.caps = {{9, 0.3}};
  EXPECT_EQ(PlanQuotaUnits(policy, {{"a", 3}}).status().code(), absl::StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace liaison
