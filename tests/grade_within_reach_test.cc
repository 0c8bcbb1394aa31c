// The best grade within reach (可评等次, CadreReport::eligible_grade) as of a
// date, under the embedded hunan policy, for one cadre at a time. Every
// expected grade is worked out from RULES.md §5 and the hunan policy: 优 needs
// every binding rule met, 良 needs nothing, and the quota plays no part. So 优
// is within reach until a binding rule can no longer be met, and 良 always is
// for a cadre in the quota base. The rules' due dates: midyear_report 06-30,
// research 10-31, the others 12-31; field_days needs 60 calendar days.
#include <optional>
#include <string>

#include "gtest/gtest.h"
#include "liaison/dates.h"
#include "liaison/evaluate.h"
#include "liaison/policy.h"
#include "liaison/record_decoder.h"

namespace liaison {
namespace {

// A full-time cadre of the provincial organ: no contact point, no activity,
// nothing handed in. `more` is added to its fields.
std::string Cadre(const std::string& more = "") {
  return R"({"id": "a", "department": "d", "organ_level": "province", "category": "full_time")" +
         more + "}";
}

constexpr char kMidyearReport[] =
    R"(, "submissions": [{"kind": "midyear_report", "date": "2026-06-20"}])";
constexpr char kBothReports[] =
    R"(, "submissions": [{"kind": "midyear_report", "date": "2026-06-20"},)"
    R"( {"kind": "research_report", "date": "2026-10-15"}])";

// The cadre's best grade within reach under `policy` as of `as_of`: the id
// of a grade of the scale, or "none".
std::string WithinReach(const Policy& policy, const std::string& cadre, const char* as_of) {
  const std::string records =
      R"({"schema": "liaison.records/1", "year": 2026, "departments": [{"id": "d"}],)"
      R"( "cadres": [)" + cadre + "]}";
  absl::StatusOr<RecordBatch> batch = DecodeRecords(policy, records);
  EXPECT_TRUE(batch.ok()) << batch.status();
  if (!batch.ok()) return "";
  EXPECT_TRUE(batch->cadres[0].ok()) << batch->cadres[0].status();
  if (!batch->cadres[0].ok()) return "";
  absl::StatusOr<CadreReport> report = Evaluate(policy, *batch->cadres[0], *ParseAsOfDate(as_of));
  EXPECT_TRUE(report.ok()) << report.status();
  if (!report.ok() || !report->eligible_grade) return "none";
  return policy.document().grading.scale[*report->eligible_grade].id;
}

std::string Hunan(const std::string& cadre, const char* as_of) {
  static const Policy hunan = *Policy::Embedded("hunan");
  return WithinReach(hunan, cadre, as_of);
}

// Before any activity, on the first day of the year, nothing is due and 364
// days remain for 60 field days: every rule can still be met.
TEST(GradeWithinReach, BeforeAnyActivityEveryGradeIsWithinReach) {
  EXPECT_EQ(Hunan(Cadre(), "2026-01-01"), "excellent");
}

// As of 06-30 with the mid-year report handed in on 06-20: every other rule is
// pending (far behind pace, but 184 days remain for the field days and any
// number of activities can still be done), and a missing contact point can
// still be assigned before the year ends.
TEST(GradeWithinReach, PendingRulesAndContactPointsCanStillBeMet) {
  EXPECT_EQ(Hunan(Cadre(kMidyearReport), "2026-06-30"), "excellent");
}

// The mid-year report not handed in by 06-30 (as of is the end of the day)
// is overdue for good: every binding rule met is out of reach, 良 is not. On
// 06-29 it is still pending.
TEST(GradeWithinReach, MissedCheckpointLosesExcellent) {
  EXPECT_EQ(Hunan(Cadre(), "2026-06-29"), "excellent");
  EXPECT_EQ(Hunan(Cadre(), "2026-06-30"), "good");
  // Handed in on 07-03: late, and so not met.
  EXPECT_EQ(Hunan(Cadre(R"(, "submissions": [{"kind": "midyear_report", "date": "2026-07-03"}])"),
                  "2026-07-10"),
            "good");
}

// No field day done and both reports in on time. As of 11-01 the days after
// it to 12-31 are 29 (November) + 31 = 60: still enough. As of 11-02 only 59
// remain: the field days can no longer be met. One field day done before
// (a visit on 03-10, in person, one day) makes 1 + 59 = 60 again.
TEST(GradeWithinReach, TooFewDaysLeftForTheFieldDaysLosesExcellent) {
  EXPECT_EQ(Hunan(Cadre(kBothReports), "2026-11-01"), "excellent");
  EXPECT_EQ(Hunan(Cadre(kBothReports), "2026-11-02"), "good");
  const std::string one_day =
      std::string(kBothReports) +
      R"(, "activities": [{"id": "v1", "date": "2026-03-10", "kind": "youth_visit",)"
      R"( "mode": "in_person", "days": 1}])";
  EXPECT_EQ(Hunan(Cadre(one_day), "2026-11-02"), "excellent");
}

// Four work tasks at the cadre's own contact point against "2–3": above the
// range, and activities done cannot be undone. Three are within it.
TEST(GradeWithinReach, RangeAlreadyExceededLosesExcellent) {
  std::string tasks;
  for (int i = 1; i <= 4; ++i) {
    tasks += std::string(i == 1 ? "" : ", ") + R"({"id": "w)" + std::to_string(i) +
             R"(", "date": "2026-03-0)" + std::to_string(i) +
             R"(", "kind": "work_task", "contact_point": "p"})";
  }
  const std::string point =
      R"(, "contact_points": [{"id": "p", "kind": "youth_home", "region": "长沙市"}])";
  EXPECT_EQ(Hunan(Cadre(std::string(kMidyearReport) + point + R"(, "activities": [)" + tasks + "]"),
                  "2026-06-30"),
            "good");
  const std::string three = tasks.substr(0, tasks.rfind(", {"));
  EXPECT_EQ(Hunan(Cadre(std::string(kMidyearReport) + point + R"(, "activities": [)" + three + "]"),
                  "2026-06-30"),
            "excellent");
}

// Outside the quota base there is no grade at all (二.1; RULES.md §1): not
// rated this year, exempt with the Party group's approval, not taking part.
TEST(GradeWithinReach, CadreNotGradedHasNone) {
  EXPECT_EQ(Hunan(Cadre(R"(, "not_rated": "probation")"), "2026-06-30"), "none");
  EXPECT_EQ(Hunan(Cadre(R"(, "not_rated": "probation")"), "2026-12-31"), "none");
  EXPECT_EQ(Hunan(Cadre(R"(, "exemption": {"approved_by": "团省委党组",)"
                        R"( "approved_on": "2026-01-08", "reason": "机要岗位"})"),
                  "2026-06-30"),
            "none");
}

// At the year's end nothing is pending: the grade whose conditions hold. The
// cadre with only the two reports is short of every count rule: 良. An
// unassigned contact point now counts too.
TEST(GradeWithinReach, AtYearEndTheGradeWhoseConditionsHold) {
  EXPECT_EQ(Hunan(Cadre(kBothReports), "2026-12-30"), "good");
  EXPECT_EQ(Hunan(Cadre(kBothReports), "2026-12-31"), "good");
}

// A policy whose 优 needs a score of 0.9 (no rule condition), from tasks
// weighted 0.7 and a 述职 score "report" weighted 0.3; one count rule "r" of
// at least 1 activity of kind "x", due at the year's end; no contact-point
// rule.
constexpr char kScoredPolicy[] =
    R"({"schema": "liaison.policy/1", "id": "scored", "version": "1",)"
    R"( "title": {"zh": "s", "en": "s"}, "year": 2026,)"
    R"( "vocabulary": {"activity_kinds": [{"id": "x", "zh": "x", "en": "x"}],)"
    R"( "levels": [{"id": "province", "zh": "省级", "en": "province"}]},)"
    R"( "rules": [{"id": "r", "kind": "count", "title": {"zh": "r", "en": "r"},)"
    R"( "basis": "1", "min": 1}],)"
    R"( "grading": {"scale": [{"id": "excellent", "zh": "优", "en": "excellent"},)"
    R"( {"id": "good", "zh": "良", "en": "good"}],)"
    R"( "weights": [{"component": "tasks", "weight": 0.7}, {"component": "report", "weight": 0.3}],)"
    R"( "eligibility": [{"grade": "excellent", "min_score": 0.9}]}})";

// Before the year ends the best score still possible counts the pending rule
// met and an unrecorded 述职 score at 1: 0.7 + 0.3 = 1 ≥ 0.9. A recorded 0.5
// caps it at 0.7 + 0.15 = 0.85 < 0.9. At the year's end the missing score
// counts 0 and the rule is short: 0 < 0.9.
TEST(GradeWithinReach, MinimumScoreAgainstTheBestScoreStillPossible) {
  absl::StatusOr<Policy> scored = Policy::FromJson(kScoredPolicy);
  ASSERT_TRUE(scored.ok()) << scored.status();
  EXPECT_EQ(WithinReach(*scored, Cadre(), "2026-06-30"), "excellent");
  EXPECT_EQ(WithinReach(*scored, Cadre(R"(, "scores": {"report": 0.5})"), "2026-06-30"), "good");
  EXPECT_EQ(WithinReach(*scored, Cadre(), "2026-12-31"), "good");
  // One activity and 述职 0.9 at the year's end: 0.7 + 0.27 = 0.97.
  EXPECT_EQ(WithinReach(*scored,
                        Cadre(R"(, "scores": {"report": 0.9}, "activities": [{"id": "v",)"
                              R"( "date": "2026-05-01", "kind": "x"}])"),
                        "2026-12-31"),
            "excellent");
}

}  // namespace
}  // namespace liaison
