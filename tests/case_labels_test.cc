// Case files written for people: expectations that name grades by the
// policy's labels (优, 良) and statuses by the reports' words (已达标 or 达标,
// 未达标), against the example city records, whose results are worked out by
// hand in examples/policies/city/README.md: k01 is short on
// contact_points.level and eligible for 良; k02 is eligible for 优; in org k03
// is proposed 中.
#include <string>

#include "gtest/gtest.h"
#include "liaison/case_runner.h"

namespace liaison {
namespace {

CaseResult RunCityCase(const std::string& expect) {
  const std::string text = R"({"schema": "liaison.case/1", "name": "labels",
    "policy": {"path": "examples/policies/city/policy.json"}, "as_of": "2026-12-31",
    "records": {"path": "examples/policies/city/records.json"}, "expect": )" +
                           expect + "}";
  return RunCase(text, LIAISON_SOURCE_DIR);
}

TEST(CaseLabels, GradesAndStatusesByLabelPass) {
  const CaseResult result = RunCityCase(R"({
    "cadres": {
      "k01": {"rules": {"contact_points.level": {"status": "未达标"},
                        "contact_points.count": {"status": "已达标"},
                        "lectures": {"status": "达标"},
                        "cadre_talks": {"status": "met"}},
              "eligible_grade": "良"},
      "k02": {"eligible_grade": "优"},
      "k03": {"eligible_grade": "good"}},
    "departments": {"org": {"proposed": {"k02": "优", "k04": "good", "k01": "良", "k03": "中"}}}})");
  ASSERT_TRUE(result.error.ok()) << result.error;
  EXPECT_EQ(result.checks, 11);
  for (const CaseFailure& failure : result.failures) ADD_FAILURE() << failure.message;
}

TEST(CaseLabels, AWrongLabelFailsShowingTheActualId) {
  const CaseResult result = RunCityCase(R"({
    "cadres": {"k01": {"rules": {"contact_points.level": {"status": "达标"}}},
               "k02": {"eligible_grade": "良"}},
    "departments": {"org": {"proposed": {"k03": "差"}}}})");
  ASSERT_TRUE(result.error.ok()) << result.error;
  ASSERT_EQ(result.failures.size(), 3u);
  EXPECT_EQ(result.failures[0].path, R"($.expect.cadres.k01.rules["contact_points.level"].status)");
  // The messages name the cadre (k01 赵明, k02 钱丽 in the records) and the
  // finding by its title, and say grades and statuses in English words;
  // the failure's own fields keep the ids.
  EXPECT_EQ(result.failures[0].message,
            R"(k01 赵明, Contact point levels: status expected "达标", got short)");
  EXPECT_EQ(result.failures[0].message_zh, R"(赵明（k01）联系点层级：状态 应为 "达标"，实为 未达标)");
  EXPECT_EQ(result.failures[0].actual, R"("short")");
  EXPECT_EQ(result.failures[1].message, "k02 钱丽: eligible_grade expected good, got excellent");
  EXPECT_EQ(result.failures[1].message_zh, "钱丽（k02）：可评等次 应为 良，实为 优");
  EXPECT_EQ(result.failures[1].expected, R"("良")");
  EXPECT_EQ(result.failures[2].message, "k03 proposed: expected poor, got fair");
}

TEST(CaseLabels, PointsAtTheWrongLevelAreComparedByTheirIds) {
  const CaseResult result = RunCityCase(R"({
    "cadres": {"k01": {"rules": {"contact_points.level": {"not_allowed": ["cp3"]}}}}})");
  ASSERT_TRUE(result.error.ok()) << result.error;
  ASSERT_EQ(result.failures.size(), 1u);
  EXPECT_EQ(result.failures[0].expected, R"(["cp3"])");
  EXPECT_EQ(result.failures[0].actual, R"(["cp4"])");
}

}  // namespace
}  // namespace liaison
