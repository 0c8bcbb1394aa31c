// Largest-remainder apportionment and the organ-wide quota, worked by hand.
#include "liaison/apportionment.h"

#include <cstdint>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "hunan_grading.h"
#include "liaison/department_pooling.h"
#include "liaison/grading_policy.h"
#include "liaison/quota_caps.h"

namespace liaison {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

std::vector<std::int64_t> Places(const Apportionment& apportionment) {
  std::vector<std::int64_t> places;
  for (const ApportionedShare& share : apportionment.shares) places.push_back(share.places);
  return places;
}

std::vector<std::string> AuditEnglish(const Apportionment& apportionment) {
  std::vector<std::string> lines;
  for (const PlaceAudit& line : apportionment.audit) {
    lines.push_back(DescribePlace(apportionment, line).en);
  }
  return lines;
}

struct HamiltonRow {
  std::int64_t places;
  std::vector<ApportionmentClaim> claims;
  std::vector<std::int64_t> expected;
};

TEST(ApportionmentTest, HandWorkedExamples) {
  const std::vector<HamiltonRow> table = {
      // 10 over 6, 6, 2 (total 14): quotas 60/14 = 4.29, 4.29, 20/14 = 1.43.
      // Whole parts 4 + 4 + 1 = 9; the last place goes to the largest
      // remainder, c's 0.43.
      {10, {{"a", 6}, {"b", 6}, {"c", 2}}, {4, 4, 2}},
      // 11 over the same: quotas 66/14 = 4.71, 4.71, 22/14 = 1.57. Whole parts
      // 4 + 4 + 1 = 9; two places left go to a and b (0.71 > 0.57).
      {11, {{"a", 6}, {"b", 6}, {"c", 2}}, {5, 5, 1}},
      // 10 over 45, 30, 25 (total 100): quotas 4.5, 3, 2.5. Whole parts 9;
      // remainders 0.5, 0, 0.5 tie: the larger base, 45, wins.
      {10, {{"x", 45}, {"y", 30}, {"z", 25}}, {5, 3, 2}},
      // 7 over 10, 20, 30, 40 (total 100): quotas 0.7, 1.4, 2.1, 2.8. Whole
      // parts 0 + 1 + 2 + 2 = 5; remainders .7, .4, .1, .8: places to the
      // 40 (0.8) and the 10 (0.7).
      {7, {{"p", 10}, {"q", 20}, {"r", 30}, {"s", 40}}, {1, 1, 2, 3}},
      // Exact quotas need no remainder places: 6 over 1, 2, 3 → 1, 2, 3.
      {6, {{"a", 1}, {"b", 2}, {"c", 3}}, {1, 2, 3}},
      // Nothing to give.
      {0, {{"a", 1}, {"b", 2}}, {0, 0}},
      // A unit with base 0 gets nothing: 3 over 0, 5 → 0, 3.
      {3, {{"empty", 0}, {"full", 5}}, {0, 3}},
  };
  for (const HamiltonRow& row : table) {
    absl::StatusOr<Apportionment> result = ApportionLargestRemainder(row.places, row.claims);
    ASSERT_TRUE(result.ok()) << result.status();
    EXPECT_EQ(Places(*result), row.expected) << "places " << row.places;
    EXPECT_EQ(result->audit.size(), static_cast<std::size_t>(row.places));
  }
}

TEST(ApportionmentTest, ExactFractionsAndRanks) {
  absl::StatusOr<Apportionment> result =
      ApportionLargestRemainder(10, {{"a", 6}, {"b", 6}, {"c", 2}});
  ASSERT_TRUE(result.ok());
  EXPECT_EQ(result->total_base, 14);
  const ApportionedShare& c = result->shares[2];
  EXPECT_EQ(c.quota_numerator, 20);  // 10 × 2, over 14
  EXPECT_EQ(c.whole_part, 1);
  EXPECT_EQ(c.remainder_rank, 1);  // 20 mod 14 = 6 beats 60 mod 14 = 4
  EXPECT_TRUE(c.remainder_place);
  // a and b tie on remainder 4/14 and base 6: a first by id.
  EXPECT_EQ(result->shares[0].remainder_rank, 2);
  EXPECT_EQ(result->shares[1].remainder_rank, 3);
  EXPECT_FALSE(result->shares[0].remainder_place);
}

TEST(ApportionmentTest, AnAuditLinePerPlace) {
  absl::StatusOr<Apportionment> result =
      ApportionLargestRemainder(10, {{"b", 6}, {"c", 2}, {"a", 6}});
  ASSERT_TRUE(result.ok());
  // Whole parts unit by unit in id order (a 4, b 4, c 1), then the remainder.
  EXPECT_THAT(AuditEnglish(*result),
              ElementsAre("place 1 → a: whole part 4 of quota 10 × 6 / 14 = 4.2857",
                          "place 2 → a: whole part 4 of quota 10 × 6 / 14 = 4.2857",
                          "place 3 → a: whole part 4 of quota 10 × 6 / 14 = 4.2857",
                          "place 4 → a: whole part 4 of quota 10 × 6 / 14 = 4.2857",
                          "place 5 → b: whole part 4 of quota 10 × 6 / 14 = 4.2857",
                          "place 6 → b: whole part 4 of quota 10 × 6 / 14 = 4.2857",
                          "place 7 → b: whole part 4 of quota 10 × 6 / 14 = 4.2857",
                          "place 8 → b: whole part 4 of quota 10 × 6 / 14 = 4.2857",
                          "place 9 → c: whole part 1 of quota 10 × 2 / 14 = 1.4286",
                          "place 10 → c: remainder 0.4286 of quota 10 × 2 / 14 = 1.4286, "
                          "rank 1 of 3 remainders"));
  EXPECT_EQ(DescribePlace(*result, result->audit[9]).zh,
            "第 10 个名额 → c：份额 10 × 2 / 14 = 1.4286 的余数 0.4286 排第 1（共 3 个余数）");
}

TEST(ApportionmentTest, TieBreaksAreDeterministicAndExplained) {
  // 2 over 1, 3 (total 4): quotas 0.5 and 1.5, remainders both 1/2. The larger
  // base wins the tie: x 0, y 2.
  absl::StatusOr<Apportionment> by_base = ApportionLargestRemainder(2, {{"x", 1}, {"y", 3}});
  ASSERT_TRUE(by_base.ok());
  EXPECT_EQ(Places(*by_base), (std::vector<std::int64_t>{0, 2}));
  EXPECT_EQ(DescribePlace(*by_base, by_base->audit[1]).en,
            "place 2 → y: remainder 0.50 of quota 2 × 3 / 4 = 1.50, rank 1 of 2 remainders; "
            "ties with x, larger base first");

  // 1 over 5, 5: equal remainders and bases; the smaller id wins, whatever
  // the order given.
  for (const std::vector<ApportionmentClaim>& claims :
       {std::vector<ApportionmentClaim>{{"b", 5}, {"a", 5}},
        std::vector<ApportionmentClaim>{{"a", 5}, {"b", 5}}}) {
    absl::StatusOr<Apportionment> by_id = ApportionLargestRemainder(1, claims);
    ASSERT_TRUE(by_id.ok());
    ASSERT_EQ(by_id->audit.size(), 1u);
    EXPECT_EQ(by_id->shares[by_id->audit[0].share].id, "a");
    EXPECT_THAT(DescribePlace(*by_id, by_id->audit[0]).en,
                HasSubstr("ties with b in remainder and base, smaller id first"));
  }
}

TEST(ApportionmentTest, AlabamaParadoxIsReported) {
  // a 6, b 6, c 2: at 10 places c gets 2 (4, 4, 2); at 11 only 1 (5, 5, 1),
  // as worked out in HandWorkedExamples. c loses a place as the total grows.
  const std::vector<ApportionmentClaim> claims = {{"a", 6}, {"b", 6}, {"c", 2}};
  absl::StatusOr<std::vector<AlabamaParadox>> paradox = FindAlabamaParadox(10, claims);
  ASSERT_TRUE(paradox.ok());
  ASSERT_EQ(paradox->size(), 1u);
  EXPECT_EQ((*paradox)[0].id, "c");
  EXPECT_EQ((*paradox)[0].places, 10);
  EXPECT_EQ((*paradox)[0].share_before, 2);
  EXPECT_EQ((*paradox)[0].share_after, 1);
  EXPECT_EQ(DescribeAlabamaParadox((*paradox)[0]).en,
            "Alabama paradox: c gets 2 of 10 places but 1 of 11");
  EXPECT_EQ(DescribeAlabamaParadox((*paradox)[0]).zh,
            "阿拉巴马悖论：c 在 10 个名额中得 2 个，在 11 个名额中只得 1 个");

  // From 11 to 12: quotas 72/14 = 5.14, 5.14, 24/14 = 1.71; whole parts
  // 5 + 5 + 1 = 11, the 12th place to c (0.71): 5, 5, 2. Nobody loses.
  paradox = FindAlabamaParadox(11, claims);
  ASSERT_TRUE(paradox.ok());
  EXPECT_TRUE(paradox->empty());
}

TEST(ApportionmentTest, InvalidClaimsAreErrors) {
  EXPECT_EQ(ApportionLargestRemainder(-1, {{"a", 1}}).status().code(),
            absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(ApportionLargestRemainder(3, {{"a", 1}, {"a", 2}}).status().message(),
              HasSubstr("claims places twice"));
  EXPECT_THAT(ApportionLargestRemainder(3, {{"a", 0}, {"b", 0}}).status().message(),
              HasSubstr("total base of 0"));
  EXPECT_EQ(ApportionLargestRemainder(3, {{"a", -4}}).status().code(),
            absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(ApportionLargestRemainder(std::int64_t{1} << 31, {{"a", 4}}).status().code(),
            absl::StatusCode::kInvalidArgument);
  EXPECT_TRUE(ApportionLargestRemainder(0, {{"a", 0}}).ok());
  EXPECT_EQ(FindAlabamaParadox(2, {{"a", 1}, {"a", 1}}).status().code(),
            absl::StatusCode::kInvalidArgument);
}

GradingPolicy OrganQuotaGrading() {
  GradingPolicy policy = testing::HunanGrading();
  policy.organ_quota = true;
  return policy;
}

TEST(OrganQuotaTest, OrganPlacesAreSplitByLargestRemainder) {
  // Organ base 6 + 6 + 2 = 14: 优 floor(0.3 × 14) = floor(4.2) = 4 places,
  // 良 floor(0.5 × 14) = 7.
  // 优 4 over 6, 6, 2: quotas 24/14 = 1.71, 1.71, 8/14 = 0.57; whole parts
  // 1 + 1 + 0 = 2, the two places left to a and b (0.71 > 0.57): 2, 2, 0.
  // 良 7 over 6, 6, 2: quotas exactly 3, 3, 1.
  absl::StatusOr<QuotaPlan> plan =
      PlanQuotaUnits(OrganQuotaGrading(), {{"c", 2}, {"a", 6}, {"b", 6}});
  ASSERT_TRUE(plan.ok()) << plan.status();
  ASSERT_TRUE(plan->organ_caps.has_value());
  EXPECT_EQ(plan->organ_caps->caps[0].cap, 4);
  EXPECT_EQ(plan->organ_caps->caps[1].cap, 7);
  ASSERT_EQ(plan->units.size(), 3u);
  const std::vector<std::vector<std::int32_t>> expected = {{2, 3}, {2, 3}, {0, 1}};
  for (std::size_t u = 0; u < 3; ++u) {
    const QuotaCaps& caps = plan->units[u].caps;
    ASSERT_EQ(caps.caps.size(), 2u);
    EXPECT_EQ(caps.caps[0].cap, expected[u][0]) << plan->units[u].id;
    EXPECT_EQ(caps.caps[1].cap, expected[u][1]) << plan->units[u].id;
    EXPECT_TRUE(caps.caps[0].apportioned);
    EXPECT_EQ(caps.unit_base, plan->units[u].base);
  }
  const GradingPolicy policy = OrganQuotaGrading();
  EXPECT_EQ(DescribeCap(policy, plan->units[2].caps.caps[0]).en,
            "excellent cap 0 = 0 of the organ's 4 places (floor(0.30 × 14)) by largest "
            "remainder, for 2 of 14 cadres");
  EXPECT_EQ(DescribeCap(policy, plan->units[0].caps.caps[0]).zh,
            "优 上限 2 = 全机关 4 个名额（floor(0.30 × 14)）按最大余额法分得 2 个，本单位 6/14 人");
  // One audit per place of each capped grade.
  ASSERT_EQ(plan->organ_apportionments.size(), 2u);
  EXPECT_EQ(plan->organ_apportionments[0].audit.size(), 4u);
  EXPECT_EQ(plan->organ_apportionments[1].audit.size(), 7u);
}

TEST(OrganQuotaTest, AlabamaParadoxInTheOrganQuotaIsReported) {
  // 优 with 3 places over 6, 6, 2: quotas 18/14 = 1.29, 1.29, 6/14 = 0.43;
  // whole parts 1 + 1 + 0, the third place to c (0.43 > 0.29): 1, 1, 1.
  // With the organ's 4 places c gets 0 (above): c would be better off had
  // the organ one 优 place fewer. 良 from 6 to 7 places: 3, 2, 1 → 3, 3, 1,
  // nobody loses.
  absl::StatusOr<QuotaPlan> plan =
      PlanQuotaUnits(OrganQuotaGrading(), {{"a", 6}, {"b", 6}, {"c", 2}});
  ASSERT_TRUE(plan.ok());
  ASSERT_EQ(plan->alabama_paradoxes.size(), 1u);
  const OrganQuotaParadox& paradox = plan->alabama_paradoxes[0];
  EXPECT_EQ(paradox.grade, 0);
  EXPECT_EQ(paradox.paradox.id, "c");
  EXPECT_EQ(paradox.paradox.places, 3);
  EXPECT_EQ(paradox.paradox.share_before, 1);
  EXPECT_EQ(paradox.paradox.share_after, 0);
}

TEST(OrganQuotaTest, PooledUnitsClaimAsOne) {
  // pool_below 3: d 1 and e 2 pool to 3. Organ base 7 + 3 = 10: 优 3, 良 5.
  // 优 3 over org 7, pool 3: quotas 2.1, 0.9 → whole 2 + 0, the third place
  // to the pool (0.9): 2, 1. 良 5: quotas 3.5, 1.5, remainders tie at 0.5:
  // the larger base (org) first: 4, 1.
  GradingPolicy policy = OrganQuotaGrading();
  policy.pool_below = 3;
  absl::StatusOr<QuotaPlan> plan = PlanQuotaUnits(policy, {{"org", 7}, {"d", 1}, {"e", 2}});
  ASSERT_TRUE(plan.ok());
  ASSERT_EQ(plan->units.size(), 2u);
  EXPECT_EQ(plan->units[1].id, "pool:d+e");
  EXPECT_EQ(plan->units[0].caps.caps[0].cap, 2);
  EXPECT_EQ(plan->units[0].caps.caps[1].cap, 4);
  EXPECT_EQ(plan->units[1].caps.caps[0].cap, 1);
  EXPECT_EQ(plan->units[1].caps.caps[1].cap, 1);
}

}  // namespace
}  // namespace liaison
