// Checks of assigned grades: every kind of violation, explained.
#include "liaison/grade_check.h"

#include <cstdint>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "liaison/grading_input.h"
#include "liaison/grading_policy.h"
#include "test_support.h"
#include "liaison/quota_caps.h"

namespace liaison {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::Not;

using testing::HunanGrading;
using testing::kExcellent;
using testing::kGood;


GradingInput Cadre(std::string id, std::string grade, TermId eligible = kExcellent) {
  GradingInput cadre;
  cadre.cadre_id = std::move(id);
  cadre.department = "org";
  cadre.all_binding_met = true;
  cadre.eligible_grade = eligible;
  cadre.assigned_grade = std::move(grade);
  return cadre;
}

// Ten cadres graded 3 优, 5 良, 2 中: exactly at both caps of a base of 10.
std::vector<GradingInput> WithinCaps() {
  return {Cadre("c01", "excellent"), Cadre("c02", "excellent"), Cadre("c03", "excellent"),
          Cadre("c04", "good"),      Cadre("c05", "good"),      Cadre("c06", "good"),
          Cadre("c07", "good"),      Cadre("c08", "good"),      Cadre("c09", "fair"),
          Cadre("c10", "fair")};
}

std::vector<GradeViolationKind> Kinds(const GradeCheck& check) {
  std::vector<GradeViolationKind> kinds;
  for (const GradeViolation& violation : check.violations) kinds.push_back(violation.kind);
  return kinds;
}

QuotaCaps CapsFor(const GradingPolicy& policy, std::int32_t base) {
  absl::StatusOr<QuotaCaps> caps = ComputeQuotaCaps(policy, base);
  EXPECT_TRUE(caps.ok()) << caps.status();
  return *caps;
}

TEST(GradeCheckTest, GradesWithinTheCapsPass) {
  const GradingPolicy policy = HunanGrading();
  const std::vector<GradingInput> cadres = WithinCaps();
  absl::StatusOr<GradeCheck> check = CheckGrades(policy, CapsFor(policy, 10), cadres);
  ASSERT_TRUE(check.ok()) << check.status();
  EXPECT_TRUE(check->ok());
  EXPECT_THAT(check->counts, ElementsAre(3, 5, 2, 0));
  ASSERT_EQ(check->cap_uses.size(), 2u);
  EXPECT_EQ(DescribeCapUse(policy, check->caps, check->cap_uses[0]).en,
            "excellent: 3 assigned, cap 3 = floor(0.30 × 10)");
  EXPECT_EQ(DescribeCapUse(policy, check->caps, check->cap_uses[1]).zh,
            "良：已评 5 人，上限 5 = floor(0.50 × 10)");
}

TEST(GradeCheckTest, OverCap) {
  const GradingPolicy policy = HunanGrading();
  std::vector<GradingInput> cadres = WithinCaps();
  cadres[3].assigned_grade = "excellent";  // 4 优 against floor(0.3 × 10) = 3
  absl::StatusOr<GradeCheck> check = CheckGrades(policy, CapsFor(policy, 10), cadres);
  ASSERT_TRUE(check.ok());
  EXPECT_THAT(Kinds(*check), ElementsAre(GradeViolationKind::kOverCap));
  const GradeViolation& violation = check->violations[0];
  EXPECT_EQ(violation.grade, kExcellent);
  EXPECT_FALSE(violation.cadre.has_value());
  EXPECT_EQ(DescribeViolation(policy, *check, cadres, violation).en,
            "excellent: 4 assigned, cap 3 = floor(0.30 × 10); 1 over the cap");
  EXPECT_EQ(DescribeViolation(policy, *check, cadres, violation).zh,
            "优：已评 4 人，上限 3 = floor(0.30 × 10)；超出 1 人");
}

TEST(GradeCheckTest, AboveEligible) {
  const GradingPolicy policy = HunanGrading();
  std::vector<GradingInput> cadres = WithinCaps();
  cadres[1].eligible_grade = kGood;  // c02 graded 优, eligible for 良 at best
  cadres[1].all_binding_met = false;
  cadres[9].eligible_grade = std::nullopt;  // c10 graded 中, eligible for nothing
  absl::StatusOr<GradeCheck> check = CheckGrades(policy, CapsFor(policy, 10), cadres);
  ASSERT_TRUE(check.ok());
  EXPECT_THAT(Kinds(*check),
              ElementsAre(GradeViolationKind::kAboveEligible, GradeViolationKind::kAboveEligible));
  EXPECT_EQ(check->violations[0].cadre, 1u);
  EXPECT_EQ(check->violations[0].grade, kExcellent);
  EXPECT_EQ(DescribeViolation(policy, *check, cadres, check->violations[0]).en,
            "c02: graded excellent but eligible for good at best (a binding task is unmet)");
  EXPECT_EQ(DescribeViolation(policy, *check, cadres, check->violations[0]).zh,
            "c02：评为 优，但最高只可评 良（有约束性任务未完成）");
  EXPECT_EQ(DescribeViolation(policy, *check, cadres, check->violations[1]).en,
            "c10: graded fair but eligible for no grade");
  // A grade worse than the eligible one is fine.
  cadres = WithinCaps();
  cadres[9].eligible_grade = kGood;  // c10 graded 中
  check = CheckGrades(policy, CapsFor(policy, 10), cadres);
  ASSERT_TRUE(check.ok());
  EXPECT_TRUE(check->ok());
}

TEST(GradeCheckTest, NotInScale) {
  const GradingPolicy policy = HunanGrading();
  std::vector<GradingInput> cadres = WithinCaps();
  cadres[4].assigned_grade = "great";
  absl::StatusOr<GradeCheck> check = CheckGrades(policy, CapsFor(policy, 10), cadres);
  ASSERT_TRUE(check.ok());
  EXPECT_THAT(Kinds(*check), ElementsAre(GradeViolationKind::kNotInScale));
  EXPECT_THAT(check->counts, ElementsAre(3, 4, 2, 0));  // not counted
  EXPECT_EQ(DescribeViolation(policy, *check, cadres, check->violations[0]).en,
            "c05: grade \"great\" is not in the scale (excellent, good, fair, poor)");
}

TEST(GradeCheckTest, MissingGrade) {
  const GradingPolicy policy = HunanGrading();
  std::vector<GradingInput> cadres = WithinCaps();
  cadres[8].assigned_grade.clear();
  absl::StatusOr<GradeCheck> check = CheckGrades(policy, CapsFor(policy, 10), cadres);
  ASSERT_TRUE(check.ok());
  EXPECT_THAT(Kinds(*check), ElementsAre(GradeViolationKind::kMissingGrade));
  EXPECT_EQ(DescribeViolation(policy, *check, cadres, check->violations[0]).zh, "c09：未评定等次");
}

TEST(GradeCheckTest, GradedTwice) {
  const GradingPolicy policy = HunanGrading();
  std::vector<GradingInput> cadres = WithinCaps();
  cadres.push_back(Cadre("c03", "excellent"));  // entry 11 repeats c03
  absl::StatusOr<GradeCheck> check = CheckGrades(policy, CapsFor(policy, 10), cadres);
  ASSERT_TRUE(check.ok()) << check.status();
  // The repeat is not counted, so 优 stays at 3 and within its cap.
  EXPECT_THAT(Kinds(*check), ElementsAre(GradeViolationKind::kGradedTwice));
  EXPECT_EQ(check->violations[0].cadre, 10u);
  EXPECT_EQ(check->violations[0].first_entry, 2u);
  EXPECT_THAT(check->counts, ElementsAre(3, 5, 2, 0));
  EXPECT_EQ(DescribeViolation(policy, *check, cadres, check->violations[0]).en,
            "entry 11 repeats c03 of entry 3, which counts");
  EXPECT_EQ(DescribeViolation(policy, *check, cadres, check->violations[0]).zh,
            "第 11 条重复了第 3 条的 c03（以第 3 条为准）");
}

TEST(GradeCheckTest, GradedOutsideBase) {
  const GradingPolicy policy = HunanGrading();
  std::vector<GradingInput> cadres = WithinCaps();
  GradingInput exempt = Cadre("c11", "good");
  exempt.in_base = false;
  exempt.outside_base_reason = "exempt";
  GradingInput probation = Cadre("c12", "");
  probation.in_base = false;
  probation.outside_base_reason = "not_rated:probation";
  cadres.push_back(exempt);
  cadres.push_back(probation);
  // The base is still the 10 rated cadres.
  absl::StatusOr<GradeCheck> check = CheckGrades(policy, CapsFor(policy, 10), cadres);
  ASSERT_TRUE(check.ok()) << check.status();
  EXPECT_THAT(Kinds(*check), ElementsAre(GradeViolationKind::kGradedOutsideBase));
  EXPECT_THAT(check->outside_base, ElementsAre(10u, 11u));
  EXPECT_THAT(check->counts, ElementsAre(3, 5, 2, 0));
  EXPECT_EQ(DescribeViolation(policy, *check, cadres, check->violations[0]).en,
            "c11: graded good but outside the quota base (exempt)");
}

TEST(GradeCheckTest, EveryKindAtOnceInAFixedOrder) {
  const GradingPolicy policy = HunanGrading();
  std::vector<GradingInput> cadres = WithinCaps();
  cadres[3].assigned_grade = "excellent";  // 优 4 > 3
  cadres[4].assigned_grade = "great";      // not in the scale
  cadres[5].assigned_grade.clear();        // missing
  cadres[0].eligible_grade = kGood;        // above eligible
  cadres.push_back(Cadre("c01", "fair"));  // graded twice
  GradingInput exempt = Cadre("c11", "fair");
  exempt.in_base = false;
  cadres.push_back(exempt);  // graded outside the base
  absl::StatusOr<GradeCheck> check = CheckGrades(policy, CapsFor(policy, 10), cadres);
  ASSERT_TRUE(check.ok()) << check.status();
  EXPECT_THAT(
      Kinds(*check),
      ElementsAre(GradeViolationKind::kOverCap, GradeViolationKind::kAboveEligible,
                  GradeViolationKind::kNotInScale, GradeViolationKind::kMissingGrade,
                  GradeViolationKind::kGradedTwice, GradeViolationKind::kGradedOutsideBase));
  EXPECT_EQ(GradeViolationKindName(GradeViolationKind::kOverCap), "over_cap");
  EXPECT_EQ(GradeViolationKindName(GradeViolationKind::kGradedOutsideBase), "graded_outside_base");
}

TEST(GradeCheckTest, PassDownInTheCheck) {
  GradingPolicy policy = HunanGrading();
  policy.pass_down = true;
  // 1 优, 7 良, 2 中: 优 leaves 3 − 1 = 2 places, 良 may hold 5 + 2 = 7.
  std::vector<GradingInput> cadres = WithinCaps();
  cadres[1].assigned_grade = "good";
  cadres[2].assigned_grade = "good";
  absl::StatusOr<GradeCheck> check = CheckGrades(policy, CapsFor(policy, 10), cadres);
  ASSERT_TRUE(check.ok());
  EXPECT_TRUE(check->ok());
  EXPECT_EQ(DescribeCapUse(policy, check->caps, check->cap_uses[1]).en,
            "good: 7 assigned, cap 5 = floor(0.50 × 10) + 2 passed down from excellent");
  EXPECT_EQ(DescribeCapUse(policy, check->caps, check->cap_uses[1]).zh,
            "良：已评 7 人，上限 5 = floor(0.50 × 10)，加 优 顺延名额 2 个");
  // An eighth 良 is one too many.
  cadres[8].assigned_grade = "good";
  check = CheckGrades(policy, CapsFor(policy, 10), cadres);
  ASSERT_TRUE(check.ok());
  EXPECT_THAT(Kinds(*check), ElementsAre(GradeViolationKind::kOverCap));
  EXPECT_EQ(check->violations[0].grade, kGood);
}

TEST(GradeCheckTest, CumulativeCapsInTheCheck) {
  GradingPolicy policy = HunanGrading();
  policy.cumulative = true;
  // 3 优 + 5 良 = 8 > 5 = floor(0.5 × 10): within per-grade caps, over the
  // cumulative one.
  const std::vector<GradingInput> cadres = WithinCaps();
  absl::StatusOr<GradeCheck> check = CheckGrades(policy, CapsFor(policy, 10), cadres);
  ASSERT_TRUE(check.ok());
  EXPECT_THAT(Kinds(*check), ElementsAre(GradeViolationKind::kOverCap));
  EXPECT_EQ(DescribeViolation(policy, *check, cadres, check->violations[0]).en,
            "excellent+good: 8 assigned, cap 5 = floor(0.50 × 10); 3 over the cap");
}

TEST(GradeCheckTest, MalformedInputIsAnError) {
  const GradingPolicy policy = HunanGrading();
  std::vector<GradingInput> cadres = WithinCaps();
  // Caps for 9 cadres, 10 in the base.
  EXPECT_THAT(CheckGrades(policy, CapsFor(policy, 9), cadres).status().message(),
              HasSubstr("quota base of 9 cadres, but 10"));
  cadres[0].eligible_grade = 4;
  EXPECT_EQ(CheckGrades(policy, CapsFor(policy, 10), cadres).status().code(),
            absl::StatusCode::kInvalidArgument);
  QuotaCaps bad_caps = CapsFor(policy, 10);
  bad_caps.caps[0].grade = 9;
  EXPECT_EQ(CheckGrades(policy, bad_caps, WithinCaps()).status().code(),
            absl::StatusCode::kInvalidArgument);
}

TEST(GradeCheckTest, OrganCheckFormsUnitsAndFindsRepeatsAcrossDepartments) {
  GradingPolicy policy = HunanGrading();
  policy.pool_below = 5;
  std::vector<GradingInput> cadres = WithinCaps();  // org, 10 cadres
  // publicity 3 and youth 2 pool to 5: 优 floor(1.5) = 1, 良 floor(2.5) = 2.
  for (const char* id : {"p1", "p2", "p3"}) {
    cadres.push_back(Cadre(id, "fair"));
    cadres.back().department = "publicity";
  }
  for (const char* id : {"y1", "y2"}) {
    cadres.push_back(Cadre(id, "excellent"));
    cadres.back().department = "youth";
  }
  cadres.push_back(Cadre("c04", "good"));  // c04 of org again, now in youth
  cadres.back().department = "youth";
  absl::StatusOr<OrganGradeCheck> check = CheckOrganGrades(policy, cadres);
  ASSERT_TRUE(check.ok()) << check.status();
  ASSERT_EQ(check->units.size(), 2u);
  EXPECT_TRUE(check->units[0].ok());  // org
  EXPECT_FALSE(check->ok());
  const GradeCheck& pool = check->units[1];
  EXPECT_EQ(pool.caps.unit_base, 5);
  // 2 优 in the pool against 1; the repeated c04 is not counted.
  EXPECT_THAT(Kinds(pool),
              ElementsAre(GradeViolationKind::kOverCap, GradeViolationKind::kGradedTwice));
  EXPECT_EQ(pool.violations[1].cadre, 15u);
  EXPECT_EQ(pool.violations[1].first_entry, 3u);
  EXPECT_EQ(DescribeViolation(policy, pool, cadres, pool.violations[0]).en,
            "excellent: 2 assigned, cap 1 = floor(0.30 × 5); 1 over the cap");
}

TEST(GradeIndexCheckTest, CountsAndViolationsWithoutStrings) {
  const GradingPolicy policy = HunanGrading();
  const QuotaCaps caps = CapsFor(policy, 10);
  // 4 优 (over 3), one missing, one outside the scale, 良 ×3, 中.
  const std::vector<std::int32_t> grades = {0, 0, 0, 0, kNoGrade, 7, 1, 1, 1, 2};
  // The second cadre is eligible for 良 at best, the last for nothing.
  const std::vector<std::int32_t> eligible = {0, 1, 0, 0, 0, 0, 0, 0, 0, kNoGrade};
  absl::StatusOr<GradeIndexCheck> check = CheckGradeIndices(policy, caps, grades, eligible);
  ASSERT_TRUE(check.ok()) << check.status();
  EXPECT_THAT(check->counts, ElementsAre(4, 3, 1, 0));
  EXPECT_EQ(check->over_cap, 1);
  EXPECT_EQ(check->above_eligible, 2);
  EXPECT_EQ(check->missing, 1);
  EXPECT_EQ(check->not_in_scale, 1);
  EXPECT_FALSE(check->ok());
  ASSERT_EQ(check->cap_uses.size(), 2u);
  EXPECT_TRUE(check->cap_uses[0].exceeded());

  const std::vector<std::int32_t> clean = {0, 0, 0, 1, 1, 1, 1, 1, 2, 3};
  check = CheckGradeIndices(policy, caps, clean, {});
  ASSERT_TRUE(check.ok());
  EXPECT_TRUE(check->ok());
}

TEST(GradeIndexCheckTest, MalformedInputIsAnError) {
  const GradingPolicy policy = HunanGrading();
  const QuotaCaps caps = CapsFor(policy, 3);
  const std::vector<std::int32_t> grades = {0, 1, 2};
  EXPECT_THAT(CheckGradeIndices(policy, caps, {0, 1}, {}).status().message(),
              HasSubstr("quota base of 3 cadres, but 2"));
  EXPECT_EQ(CheckGradeIndices(policy, caps, grades, {0, 1}).status().code(),
            absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(CheckGradeIndices(policy, caps, grades, {0, 1, 4}).status().code(),
            absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(CheckGradeIndices(policy, caps, grades, {0, 1, -2}).status().code(),
            absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(CheckGradeIndices(policy, caps, grades, {}).value().counts, ElementsAre(1, 1, 1, 0));
  EXPECT_THAT(CheckGradeIndices(policy, caps, grades, {}).value().cap_uses, Not(IsEmpty()));
}

}  // namespace
}  // namespace liaison
