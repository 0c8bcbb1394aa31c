// The mid-year overview: per department and per rule, who is done, on pace
// or behind, worked out by hand for a small organ.
#include "gtest/gtest.h"
#include "liaison/progress.h"
#include "test_support.h"

namespace liaison {
namespace {

constexpr char kPolicy[] = R"json({
  "schema": "liaison.policy/1", "id": "midyear", "version": "1",
  "title": {"zh": "中期", "en": "Mid-year"}, "year": 2026,
  "vocabulary": {
    "activity_kinds": [{"id": "lecture", "zh": "宣讲", "en": "lecture"}],
    "levels": [{"id": "province", "zh": "省", "en": "province"}],
    "submission_kinds": [{"id": "midyear", "zh": "中期报告", "en": "mid-year report"}]
  },
  "rules": [
    {"id": "lectures", "kind": "count", "title": {"zh": "宣讲", "en": "Lectures"},
     "basis": "二.3.(1)", "min": 4, "match": {"kinds": ["lecture"]}},
    {"id": "report", "kind": "deadline", "title": {"zh": "中期报告", "en": "Mid-year report"},
     "basis": "二.4.(1)", "due": "06-30", "submission": "midyear"}
  ],
  "grading": {"scale": [{"id": "pass", "zh": "合格", "en": "pass"}]}
})json";

std::string Cadre(const std::string& id, const std::string& department, int lectures,
                  const std::string& report_date) {
  std::string activities;
  for (int i = 0; i < lectures; ++i) {
    activities += std::string(i ? "," : "") + R"({"id": "l)" + std::to_string(i) +
                  R"(", "date": "2026-0)" + std::to_string(2 + i) + R"(-10", "kind": "lecture"})";
  }
  std::string submissions =
      report_date.empty() ? "" : R"({"kind": "midyear", "date": ")" + report_date + R"("})";
  return R"({"id": ")" + id + R"(", "department": ")" + department +
         R"(", "organ_level": "province", "category": "full_time", "activities": [)" +
         activities + R"(], "submissions": [)" + submissions + "]}";
}

TEST(ProgressTest, MidYearOverviewByDepartmentAndRule) {
  const Policy policy = testing::MustParsePolicy(kPolicy);
  // As of 06-30, 181 of 365 days are gone: 4 × 181 / 365 ≈ 1.98 lectures are
  // expected, so 2 or 3 are on pace, 1 is behind, 4 is done.
  const std::string records = R"({"schema": "liaison.records/1", "year": 2026, "cadres": [)" +
                              Cadre("a1", "A", 3, "2026-06-20") + "," +
                              Cadre("a2", "A", 1, "") + "," +
                              Cadre("a3", "A", 4, "2026-07-01") + "," +
                              Cadre("b1", "B", 2, "2026-06-30") + "]}";
  absl::StatusOr<RecordBatch> batch = DecodeRecords(policy, records);
  ASSERT_TRUE(batch.ok()) << batch.status();
  const ProgressOverview overview =
      SummarizeProgress(EvaluateBatch(policy, *batch, absl::CivilDay(2026, 6, 30)));

  ASSERT_EQ(overview.departments.size(), 2u);
  const DepartmentProgress& a = overview.departments[0];
  EXPECT_EQ(a.department, "A");
  EXPECT_EQ(a.cadres, 3);
  EXPECT_EQ(a.evaluated, 3);
  ASSERT_EQ(a.rules.size(), 2u);
  const RuleProgress& lectures = a.rules[0];
  EXPECT_EQ(lectures.rule, "lectures");
  EXPECT_EQ(lectures.done, 1);     // a3
  EXPECT_EQ(lectures.on_pace, 1);  // a1
  EXPECT_EQ(lectures.behind, 1);   // a2
  EXPECT_EQ(lectures.follow_up, std::vector<std::string>{"a2"});
  const RuleProgress& report = a.rules[1];
  // a1 handed in on 06-20; a2 nothing; a3's 07-01 report is after the as-of date.
  EXPECT_EQ(report.status_count(FindingStatus::kMet), 1);
  EXPECT_EQ(report.status_count(FindingStatus::kOverdue), 2);
  EXPECT_EQ(report.follow_up, (std::vector<std::string>{"a2", "a3"}));

  const DepartmentProgress& b = overview.departments[1];
  EXPECT_EQ(b.rules[0].on_pace, 1);  // 2 × 365 = 730 ≥ 4 × 181 = 724
  EXPECT_EQ(b.rules[1].status_count(FindingStatus::kMet), 1);  // on the due date

  EXPECT_EQ(overview.organ.cadres, 4);
  EXPECT_EQ(overview.organ.rules[0].on_pace, 2);
  EXPECT_EQ(overview.organ.rules[0].behind, 1);
  EXPECT_EQ(overview.organ.rules[0].done, 1);
}

}  // namespace
}  // namespace liaison
