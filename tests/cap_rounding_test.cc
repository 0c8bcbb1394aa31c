// Rounding per capped grade (docs/policy.md §11, `caps[].rounding`): the
// city committee of issue 16 rounds 优 ≤ 25% to nearest, with at least one 优
// from 4 cadres, while 良 ≤ 50% floors.
#include <string>

#include "gtest/gtest.h"
#include "liaison/policy.h"
#include "liaison/problem.h"
#include "liaison/quota_caps.h"
#include "test_support.h"

namespace liaison {
namespace {

std::string WithCaps(const std::string& caps, const std::string& minimum_one_from) {
  std::string text = testing::ReadSourceFile("src/policy/policies/hunan.json");
  const std::string old_caps =
      R"("caps": [{"grade": "excellent", "share": 0.3}, {"grade": "good", "share": 0.5}],)";
  text.replace(text.find(old_caps), old_caps.size(), "\"caps\": " + caps + ",");
  const std::string old_minimum = R"("minimum_one_from": 0,)";
  text.replace(text.find(old_minimum), old_minimum.size(),
               "\"minimum_one_from\": " + minimum_one_from + ",");
  return text;
}

TEST(CapRoundingTest, ExcellentRoundsToNearestWhileGoodFloors) {
  const Policy city = testing::MustParsePolicy(WithCaps(
      R"([{"grade": "excellent", "share": 0.25, "rounding": "half_up"}, {"grade": "good", "share": 0.5}])",
      "4"));
  // 优: 0.25 n half up: 0.25→0, 0.5→1, 0.75→1, 1, 1.25→1, 1.5→2, 1.75→2, 2,
  // 2.25→2, 2.5→3, 2.75→3, 3. At least one from 4 never has to raise a 0
  // (n = 1 is below 4 and keeps 0).
  // 良: ⌊0.5 n⌋ (the grading's floor): 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6; a
  // department of 1 gets no 良 place, where half up would give it 1 (100%).
  const int excellent[] = {0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3};
  const int good[] = {0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6};
  for (int n = 1; n <= 12; ++n) {
    absl::StatusOr<QuotaCaps> caps = ComputeQuotaCaps(city.document().grading, n);
    ASSERT_TRUE(caps.ok()) << caps.status();
    ASSERT_EQ(caps->caps.size(), 2u);
    EXPECT_EQ(caps->caps[0].cap, excellent[n - 1]) << "优, n = " << n;
    EXPECT_EQ(caps->caps[0].rounding, Rounding::kHalfUp);
    EXPECT_EQ(caps->caps[1].cap, good[n - 1]) << "良, n = " << n;
    EXPECT_EQ(caps->caps[1].rounding, Rounding::kFloor);
    EXPECT_FALSE(caps->caps[0].raised_to_one) << n;
  }
}

TEST(CapRoundingTest, WrittenOnlyWhenSetAndRoundTrips) {
  const Policy hunan = *Policy::Embedded("hunan");
  EXPECT_EQ(hunan.canonical_json().find(R"("share":0.3,"rounding")"), std::string::npos);
  const Policy own = testing::MustParsePolicy(WithCaps(
      R"([{"grade": "excellent", "share": 0.3, "rounding": "floor"}, {"grade": "good", "share": 0.5}])",
      "0"));
  // The same caps as hunan's, but said explicitly: another document, another
  // fingerprint, the same places.
  EXPECT_NE(own.canonical_json().find(R"({"grade":"excellent","share":0.3,"rounding":"floor"})"),
            std::string::npos);
  EXPECT_NE(own.fingerprint(), hunan.fingerprint());
  EXPECT_EQ(testing::MustParsePolicy(own.canonical_json()).document(), own.document());
}

TEST(CapRoundingTest, AnUnknownRoundingIsNamedWithItsPath) {
  absl::StatusOr<Policy> policy = Policy::FromJson(WithCaps(
      R"([{"grade": "excellent", "share": 0.25, "rounding": "nearest"}])", "0"));
  ASSERT_FALSE(policy.ok());
  EXPECT_EQ(FirstProblemPath(policy.status()), "$.grading.caps[0].rounding");
}

}  // namespace
}  // namespace liaison
