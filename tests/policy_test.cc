// The embedded policies, their effective minimums worked out from the plan,
// the canonical form and the fingerprint.
#include <string>

#include "gtest/gtest.h"
#include "json/json_writer.h"
#include "liaison/policy.h"
#include "liaison/problem.h"
#include "policy/policy_writer.h"
#include "test_support.h"

namespace liaison {
namespace {

using testing::MustParsePolicy;
using testing::ReadSourceFile;

const EffectiveRule& Rule(const Policy& policy, std::string_view id) {
  std::optional<std::size_t> index = policy.FindRule(id);
  if (!index) throw testing::SetupFailure("the policy has no rule " + std::string(id));
  return policy.rules()[*index];
}

TEST(EmbeddedPolicyTest, BothHunanPoliciesAreEmbeddedAndValid) {
  // In file-name order: "-" sorts before ".".
  EXPECT_EQ(Policy::EmbeddedIds(), (std::vector<std::string>{"hunan-2018", "hunan"}));
  for (const std::string& id : Policy::EmbeddedIds()) {
    absl::StatusOr<Policy> policy = Policy::Embedded(id);
    ASSERT_TRUE(policy.ok()) << id << ": " << policy.status();
    EXPECT_EQ(policy->id(), id);
  }
  EXPECT_EQ(Policy::Embedded("hunan-2030").status().code(), absl::StatusCode::kNotFound);
}

TEST(EmbeddedPolicyTest, TheShippedFilesAreTheEmbeddedText) {
  EXPECT_EQ(*Policy::EmbeddedJson("hunan"), ReadSourceFile("src/policy/policies/hunan.json"));
  EXPECT_EQ(*Policy::EmbeddedJson("hunan-2018"), ReadSourceFile("src/policy/policies/hunan-2018.json"));
}

TEST(EmbeddedPolicyTest, HunanYearlyMinimumsFollowThePlan) {
  const Policy policy = *Policy::Embedded("hunan");
  EXPECT_TRUE(policy.Covers(2019));
  EXPECT_TRUE(policy.Covers(2026));
  EXPECT_FALSE(policy.Covers(2018));
  EXPECT_EQ(policy.PeriodStart(2026), absl::CivilDay(2026, 1, 1));
  EXPECT_EQ(policy.PeriodEnd(2026), absl::CivilDay(2026, 12, 31));
  EXPECT_EQ(Rule(policy, "lectures").min, 4);        // 二.3.(1) 不少于4次
  EXPECT_EQ(Rule(policy, "youth_visits").min, 10);   // 二.3.(2) 不少于10次
  EXPECT_EQ(Rule(policy, "youth_met").min, 100);     // 二.3.(2) 不少于100名
  EXPECT_EQ(Rule(policy, "cadre_talks").min, 20);    // 二.3.(2) 不少于20名
  EXPECT_EQ(Rule(policy, "cadre_talks").rule->match.min_levels_below, 2);  // 下跨一级
  EXPECT_EQ(Rule(policy, "research").min, 1);        // 二.3.(3) 1个调研课题
  EXPECT_EQ(Rule(policy, "research").due, (MonthDay{10, 31}));  // 10月底前
  EXPECT_EQ(Rule(policy, "work_tasks").min, 2);      // 二.3.(4) 2—3项
  EXPECT_EQ(*Rule(policy, "work_tasks").max, 3);
  EXPECT_TRUE(Rule(policy, "work_tasks").rule->match.own_contact_point);
  EXPECT_EQ(Rule(policy, "supervision").min, 4);     // 二.3.(4) 一是…四是
  EXPECT_EQ(Rule(policy, "field_days").min, 60);     // 二.3 不得少于2个月 = 2 × 30 days
  EXPECT_EQ(Rule(policy, "midyear_report").due, (MonthDay{6, 30}));  // 二.4.(1) 每年6月底
  for (const char* legacy : {"legacy_8_4", "legacy_4_1", "legacy_1_100", "legacy_zzg"}) {
    EXPECT_FALSE(Rule(policy, legacy).binding) << legacy;  // 三.3 no longer binding
  }
  const GradingPolicy& grading = policy.document().grading;
  ASSERT_EQ(grading.scale.size(), 4u);
  EXPECT_EQ(grading.scale[0].label.zh, "优");
  EXPECT_EQ(grading.scale[3].label.zh, "差");
  ASSERT_EQ(grading.caps.size(), 2u);  // 二.4.(2) 优 ≤ 30%, 良 ≤ 50%
  EXPECT_DOUBLE_EQ(grading.caps[0].share, 0.3);
  EXPECT_DOUBLE_EQ(grading.caps[1].share, 0.5);
  EXPECT_EQ(grading.rounding, Rounding::kFloor);  // 不超过 reads as a cap
  const ContactPointPolicy& points = *policy.document().contact_points;
  ASSERT_EQ(points.sets.size(), 1u);  // 二.2 3—4个联系点, 以长沙市内为主
  EXPECT_EQ(points.sets[0].min, 3);
  EXPECT_EQ(points.sets[0].max, 4);
  EXPECT_EQ(points.home_region, "长沙市");
}

TEST(EmbeddedPolicyTest, Hunan2018AsksOneThirdOfTheYearRoundedUp) {
  // 三.1: 2018年任务可按全年任务的三分之一作要求 — "不少于" reads as rounding up.
  const Policy policy = *Policy::Embedded("hunan-2018");
  EXPECT_TRUE(policy.Covers(2018));
  EXPECT_FALSE(policy.Covers(2019));
  EXPECT_EQ(policy.PeriodStart(2018), absl::CivilDay(2018, 10, 23));  // issued 2018-10-23
  EXPECT_EQ(Rule(policy, "lectures").min, 2);      // ceil(4 / 3)
  EXPECT_EQ(Rule(policy, "youth_visits").min, 4);  // ceil(10 / 3)
  EXPECT_EQ(Rule(policy, "youth_met").min, 34);    // ceil(100 / 3)
  EXPECT_EQ(Rule(policy, "cadre_talks").min, 7);   // ceil(20 / 3)
  EXPECT_EQ(Rule(policy, "work_tasks").min, 1);    // ceil(2 / 3)
  // The 2–3 of 二.3.(4) is a ceiling of 3: a third of what is required, the
  // ceiling kept (prorate_max defaults to false).
  EXPECT_EQ(*Rule(policy, "work_tasks").max, 3);
  EXPECT_EQ(Rule(policy, "supervision").min, 2);   // ceil(4 / 3)
  EXPECT_EQ(Rule(policy, "field_days").min, 20);   // ceil(60 / 3) days
  EXPECT_EQ(Rule(policy, "research").min, 1);      // one report, not a third of one
  EXPECT_EQ(Rule(policy, "research").due, (MonthDay{12, 31}));  // 调研报告可在12月底前提交
  EXPECT_EQ(Rule(policy, "sinking_week").min, 7);  // 三.2 不少于1周
  EXPECT_FALSE(policy.FindRule("midyear_report").has_value());
  ASSERT_EQ(policy.document().department_rules.size(), 1u);  // 三.1 10月31日前报
  EXPECT_EQ(policy.document().department_rules[0].due, (MonthDay{10, 31}));
  EXPECT_TRUE(policy.document().department_rules[0].must_name_contact_points);
}

TEST(ProrationTest, AMaximumIsScaledOnlyWhenTheRuleSaysSo) {
  // hunan-2018 with work_tasks' ceiling scaled too: ⌈3 × 1/3⌉ = 1; the
  // minimum ⌈2 × 1/3⌉ = ⌈0.67⌉ = 1 either way.
  std::string text = std::string(*Policy::EmbeddedJson("hunan-2018"));
  const std::string kept = R"("prorate_max": false)";
  text.replace(text.find(kept), kept.size(), R"("prorate_max": true)");
  const Policy scaled = MustParsePolicy(text);
  EXPECT_EQ(Rule(scaled, "work_tasks").min, 1);
  EXPECT_EQ(*Rule(scaled, "work_tasks").max, 1);
  EXPECT_NE(scaled.fingerprint(), Policy::Embedded("hunan-2018")->fingerprint());
  // hunan has no proration, so the field is not written and its canonical
  // form is the one it had before prorate_max existed.
  EXPECT_EQ(Policy::Embedded("hunan")->canonical_json().find("prorate_max"), std::string::npos);
  EXPECT_NE(Policy::Embedded("hunan-2018")->canonical_json().find(R"("prorate_max":false)"),
            std::string::npos);
}

TEST(CanonicalFormTest, RoundTripGivesAnEqualPolicy) {
  for (const std::string& id : Policy::EmbeddedIds()) {
    const Policy policy = *Policy::Embedded(id);
    const Policy again = MustParsePolicy(policy.canonical_json());
    EXPECT_EQ(again.document(), policy.document()) << id;
    EXPECT_EQ(again.canonical_json(), policy.canonical_json()) << id;
    EXPECT_EQ(again.fingerprint(), policy.fingerprint()) << id;
  }
}

TEST(CanonicalFormTest, FingerprintIgnoresLayoutKeyOrderAndNumberSpelling) {
  const Policy policy = *Policy::Embedded("hunan");
  // The pretty form differs from the canonical one in every line break.
  const std::string pretty = CanonicalPolicyJson(policy.document(), json::Layout::kPretty);
  ASSERT_NE(pretty, policy.canonical_json());
  EXPECT_EQ(MustParsePolicy(pretty).fingerprint(), policy.fingerprint());
  // Same document with keys reordered and 0.3 written as 3e-1.
  std::string reordered = policy.canonical_json();
  const std::string schema = R"("schema":"liaison.policy/1",)";
  reordered.erase(reordered.find(schema), schema.size());
  reordered.insert(reordered.size() - 1, "," + schema.substr(0, schema.size() - 1));
  reordered.replace(reordered.find(R"("share":0.3)"), 11, R"("share":3e-1)");
  EXPECT_EQ(MustParsePolicy(reordered).fingerprint(), policy.fingerprint());
}

TEST(CanonicalFormTest, AChangedParameterChangesTheFingerprint) {
  const Policy policy = *Policy::Embedded("hunan");
  std::string changed = policy.canonical_json();
  changed.replace(changed.find(R"("share":0.3)"), 11, R"("share":0.2)");
  EXPECT_NE(MustParsePolicy(changed).fingerprint(), policy.fingerprint());
}

TEST(CanonicalFormTest, FingerprintIsSha256OfTheCanonicalJson) {
  const Policy policy = *Policy::Embedded("hunan");
  EXPECT_EQ(policy.fingerprint().substr(0, 7), "sha256:");
  EXPECT_EQ(policy.fingerprint().size(), 7u + 64u);
}

TEST(FromDocumentTest, ADocumentBuiltInCodeIsValidatedLikeJson) {
  PolicyDocument document = Policy::Embedded("hunan")->document();
  document.id = "hunan-copy";
  absl::StatusOr<Policy> copy = Policy::FromDocument(document);
  ASSERT_TRUE(copy.ok()) << copy.status();
  EXPECT_EQ(copy->document(), document);

  document.rules[0].max = 1;  // below lectures' min of 4
  absl::StatusOr<Policy> invalid = Policy::FromDocument(document);
  ASSERT_FALSE(invalid.ok());
  ASSERT_FALSE(ProblemsOf(invalid.status()).empty());
  EXPECT_EQ(ProblemsOf(invalid.status())[0].path, "$.rules[0]");
}

}  // namespace
}  // namespace liaison
