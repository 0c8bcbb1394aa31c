// Each rule kind and each finding status, on a small policy whose numbers are
// chosen so every expectation can be worked out by hand (the working is in
// the comments).
#include <string>

#include "gtest/gtest.h"
#include "liaison/evaluate.h"
#include "liaison/finding_message.h"
#include "test_support.h"

namespace liaison {
namespace {

using testing::FindingFor;
using testing::MustDecodeCadre;
using testing::MustParsePolicy;

// `text` with its one `from` replaced by `to`.
std::string Replaced(std::string text, std::string from, std::string to) {
  return testing::Replace(std::move(from), std::move(to))(std::move(text));
}

// Levels are indexed from the top: province 0, city 1, county 2, township 3.
constexpr char kPolicy[] = R"json({
  "schema": "liaison.policy/1", "id": "unit", "version": "1",
  "title": {"zh": "测试政策", "en": "Test policy"},
  "year": 2026,
  "vocabulary": {
    "activity_kinds": [
      {"id": "lecture", "zh": "宣讲", "en": "lecture"},
      {"id": "visit", "zh": "走访", "en": "visit"},
      {"id": "talk", "zh": "谈心", "en": "talk"},
      {"id": "supervision", "zh": "督导", "en": "supervision"},
      {"id": "task", "zh": "工作任务", "en": "work task"},
      {"id": "field", "zh": "下基层", "en": "field work"}],
    "contact_point_kinds": [
      {"id": "branch", "zh": "团支部", "en": "league branch"},
      {"id": "home", "zh": "青年之家", "en": "youth home"},
      {"id": "online", "zh": "网络组织", "en": "online organisation"}],
    "levels": [
      {"id": "province", "zh": "省", "en": "province"},
      {"id": "city", "zh": "市", "en": "city"},
      {"id": "county", "zh": "县", "en": "county"},
      {"id": "township", "zh": "乡镇", "en": "township"}],
    "areas": [
      {"id": "a1", "zh": "理论学习", "en": "theory"},
      {"id": "a2", "zh": "三会两制一课", "en": "meetings"},
      {"id": "a3", "zh": "团的改革", "en": "reform"}],
    "submission_kinds": [{"id": "report", "zh": "调研报告", "en": "research report"}],
    "ranks": [{"id": "leader", "zh": "领导", "en": "leader"},
              {"id": "staff", "zh": "干部", "en": "staff"}],
    "tags": [{"id": "new", "zh": "新任", "en": "newcomer"}],
    "not_rated_reasons": [{"id": "probation", "zh": "试用期", "en": "probation"}]
  },
  "participation": {"basis": "二.1", "full_time": "required",
                    "part_time": "department_decides", "seconded": "excluded"},
  "contact_points": {
    "basis": "二.2",
    "sets": [{"ranks": ["leader"], "min": 1, "max": 1,
              "kind_minimums": [{"kind": "home", "min": 1}]},
             {"min": 2, "max": 3}],
    "home_region": "长沙市", "min_home_share": 0.5,
    "online_kinds": ["online"], "online": "excluded"
  },
  "rules": [
    {"id": "lectures", "kind": "count", "title": {"zh": "宣讲", "en": "Lectures"},
     "basis": "R1", "min": 2, "due": "06-30", "match": {"kinds": ["lecture"]}},
    {"id": "people", "kind": "distinct", "title": {"zh": "青年", "en": "Youth met"},
     "basis": "R2", "min": 5, "match": {"kinds": ["visit"]}},
    {"id": "talks", "kind": "count", "title": {"zh": "谈心", "en": "Talks"},
     "basis": "R3", "min": 2, "match": {"kinds": ["talk"], "min_levels_below": 2}},
    {"id": "report", "kind": "deadline", "title": {"zh": "报告", "en": "Report"},
     "basis": "R4", "due": "10-31", "submission": "report"},
    {"id": "tasks", "kind": "range", "title": {"zh": "任务", "en": "Tasks"},
     "basis": "R5", "min": 1, "max": 2, "match": {"kinds": ["task"], "own_contact_point": true}},
    {"id": "supervision", "kind": "coverage", "title": {"zh": "督导", "en": "Supervision"},
     "basis": "R6", "areas": ["a1", "a2", "a3"], "match": {"kinds": ["supervision"]}},
    {"id": "field", "kind": "duration", "title": {"zh": "下基层", "en": "Field time"},
     "basis": "R7", "min": 1, "unit": "week", "days_per_unit": 7,
     "match": {"kinds": ["field"], "modes": ["in_person"]}},
    {"id": "headcount", "kind": "sum", "title": {"zh": "人次", "en": "Head-count"},
     "basis": "R8", "binding": false, "min": 30, "quantity": "headcount",
     "match": {"kinds": ["visit"]}},
    {"id": "newcomer", "kind": "count", "title": {"zh": "新任", "en": "Newcomer"},
     "basis": "R9", "min": 1, "match": {"kinds": ["field"]}, "applies_to": {"tags": ["new"]}}
  ],
  "department_rules": [
    {"id": "plan", "title": {"zh": "部门方案", "en": "Department plan"}, "basis": "三.1",
     "due": "10-31", "must_name_contact_points": true}],
  "grading": {
    "scale": [{"id": "excellent", "zh": "优", "en": "excellent"},
              {"id": "good", "zh": "良", "en": "good"},
              {"id": "fair", "zh": "中", "en": "fair"}],
    "caps": [{"grade": "excellent", "share": 0.3}],
    "eligibility": [{"grade": "excellent", "all_binding_met": true},
                    {"grade": "good", "min_score": 0.8}]
  }
})json";

// A province-level staff cadre with three contact points (one in 长沙市, one
// in 株洲市, one online) and an activity log exercising every rule.
constexpr char kRecords[] = R"json({
  "schema": "liaison.records/1", "year": 2026,
  "cadres": [{
    "id": "c1", "name": "测试", "department": "d1", "rank": "staff",
    "organ_level": "province", "category": "full_time",
    "contact_points": [
      {"id": "cp1", "kind": "home", "region": "长沙市"},
      {"id": "cp2", "kind": "branch", "region": "株洲市"},
      {"id": "cp3", "kind": "online"}],
    "activities": [
      {"id": "l1", "date": "2026-03-01", "kind": "lecture"},
      {"id": "l2", "date": "2025-12-20", "kind": "lecture"},
      {"id": "l3", "date": "2026-07-10", "kind": "lecture"},
      {"id": "v1", "date": "2026-02-01", "kind": "visit", "people": ["y1", "y2", "y3"]},
      {"id": "v2", "date": "2026-03-01", "kind": "visit", "people": ["y2", "y4"]},
      {"id": "v3", "date": "2026-04-01", "kind": "visit", "headcount": 10},
      {"id": "v4", "date": "2026-04-02", "kind": "visit", "mode": "online", "headcount": 5},
      {"id": "t1", "date": "2026-05-01", "kind": "talk", "partner_level": "county"},
      {"id": "t2", "date": "2026-05-02", "kind": "talk", "partner_level": "city"},
      {"id": "t3", "date": "2026-05-03", "kind": "talk"},
      {"id": "t4", "date": "2026-05-04", "kind": "talk", "partner_level": "township"},
      {"id": "k1", "date": "2026-06-01", "kind": "task", "contact_point": "cp1"},
      {"id": "k2", "date": "2026-06-02", "kind": "task", "contact_point": "cp9"},
      {"id": "k3", "date": "2026-06-03", "kind": "task", "contact_point": "cp2"},
      {"id": "s1", "date": "2026-07-01", "kind": "supervision", "area": "a1"},
      {"id": "s2", "date": "2026-07-02", "kind": "supervision", "area": "a3"},
      {"id": "s3", "date": "2026-07-03", "kind": "supervision", "area": "a1"},
      {"id": "f1", "date": "2026-08-01", "kind": "field", "days": 5},
      {"id": "f2", "date": "2026-08-04", "kind": "field", "days": 3},
      {"id": "f3", "date": "2026-09-01", "kind": "field", "mode": "online"}],
    "submissions": [{"kind": "report", "date": "2026-11-02"}],
    "expenses": [
      {"id": "e1", "activity": "l1", "amount_cents": 1000, "date": "2026-03-02"},
      {"id": "e2", "activity": "l2", "amount_cents": 1000, "date": "2026-01-02"},
      {"id": "e3", "activity": "zz", "amount_cents": 1000, "date": "2026-03-02"}]
  }]
})json";

class EvaluateRulesTest : public ::testing::Test {
 protected:
  CadreReport EvaluateAt(const std::string& records, absl::CivilDay as_of) {
    absl::StatusOr<CadreReport> report =
        Evaluate(policy_, MustDecodeCadre(policy_, records), as_of);
    EXPECT_TRUE(report.ok()) << report.status();
    return *report;
  }
  CadreReport YearEnd() { return EvaluateAt(kRecords, absl::CivilDay(2026, 12, 31)); }

  Policy policy_ = MustParsePolicy(kPolicy);
};

TEST_F(EvaluateRulesTest, CountBeforeItsDueDateIsPendingAndBehindPace) {
  // As of 06-29 only l1 counts (l2 is in 2025, l3 is after the as-of date).
  // Pace: 180 of the 181 days to 06-30 are gone, so 2 × 180 / 181 ≈ 1.99 are
  // expected by now; 1 is behind.
  const CadreReport report = EvaluateAt(kRecords, absl::CivilDay(2026, 6, 29));
  const Finding lectures = FindingFor(report, "lectures");
  EXPECT_EQ(lectures.status, FindingStatus::kPending);
  EXPECT_EQ(lectures.required, 2);
  EXPECT_EQ(lectures.actual, 1);
  EXPECT_EQ(lectures.shortfall, 1);
  EXPECT_EQ(lectures.pace, Pace::kBehind);
  EXPECT_NEAR(lectures.expected_by_now, 2.0 * 180 / 181, 1e-12);
  ASSERT_EQ(lectures.set_aside.size(), 2u);
  EXPECT_EQ(lectures.set_aside[0].activity_id, "l2");
  EXPECT_EQ(lectures.set_aside[0].reason, SetAsideReason::kOutsidePeriod);
  EXPECT_EQ(lectures.set_aside[1].activity_id, "l3");
  EXPECT_EQ(lectures.set_aside[1].reason, SetAsideReason::kAfterAsOf);
}

TEST_F(EvaluateRulesTest, CountOnItsDueDateIsShort) {
  // "As of" is the end of the day: on 06-30 the time for lectures is up.
  const CadreReport report = EvaluateAt(kRecords, absl::CivilDay(2026, 6, 30));
  EXPECT_EQ(FindingFor(report, "lectures").status, FindingStatus::kShort);
}

TEST_F(EvaluateRulesTest, ActivityAfterARulesDueDateDoesNotCount) {
  // l3 (07-10) comes after the lectures' due date 06-30.
  const Finding lectures = FindingFor(YearEnd(), "lectures");
  EXPECT_EQ(lectures.actual, 1);
  EXPECT_EQ(lectures.status, FindingStatus::kShort);
  EXPECT_DOUBLE_EQ(lectures.completion, 0.5);
  ASSERT_EQ(lectures.set_aside.size(), 2u);
  EXPECT_EQ(lectures.set_aside[1].reason, SetAsideReason::kAfterDue);
}

TEST_F(EvaluateRulesTest, DistinctPeopleCountIdsOnceAndHeadcountsWhereNoIds) {
  // Ids y1 y2 y3 (v1) and y2 y4 (v2): 4 distinct; v3 and v4 list no ids, so
  // their head-counts 10 and 5 are added: 4 + 10 + 5 = 19.
  const Finding people = FindingFor(YearEnd(), "people");
  EXPECT_EQ(people.actual, 19);
  EXPECT_EQ(people.status, FindingStatus::kMet);
  EXPECT_EQ(people.pace, Pace::kDone);
}

TEST_F(EvaluateRulesTest, TalksThatBreakTheLevelRuleAreSetAside) {
  // Province (0) to county (2) and township (3) skip a level; city (1) does
  // not, and a talk without a partner level cannot show that it does.
  const Finding talks = FindingFor(YearEnd(), "talks");
  EXPECT_EQ(talks.actual, 2);
  EXPECT_EQ(talks.status, FindingStatus::kMet);
  ASSERT_EQ(talks.set_aside.size(), 2u);
  EXPECT_EQ(talks.set_aside[0].activity_id, "t2");
  EXPECT_EQ(talks.set_aside[0].reason, SetAsideReason::kLevelRule);
  EXPECT_EQ(talks.set_aside[1].activity_id, "t3");
  EXPECT_EQ(talks.set_aside[1].reason, SetAsideReason::kLevelRule);
}

TEST_F(EvaluateRulesTest, DeadlineStatusesThroughTheYear) {
  // The report is handed in on 11-02, due 10-31.
  EXPECT_EQ(FindingFor(EvaluateAt(kRecords, absl::CivilDay(2026, 10, 30)), "report").status,
            FindingStatus::kPending);
  EXPECT_EQ(FindingFor(EvaluateAt(kRecords, absl::CivilDay(2026, 10, 31)), "report").status,
            FindingStatus::kOverdue);
  const Finding late = FindingFor(YearEnd(), "report");
  EXPECT_EQ(late.status, FindingStatus::kLate);
  EXPECT_EQ(late.actual, 1);
  EXPECT_EQ(*late.submitted, absl::CivilDay(2026, 11, 2));
  EXPECT_DOUBLE_EQ(late.completion, 0.5);  // the default late credit
  EXPECT_EQ(late.pace, Pace::kNotTracked);
}

TEST_F(EvaluateRulesTest, DeadlineMetOnTime) {
  const std::string records = Replaced(kRecords, "2026-11-02", "2026-10-31");
  const Finding report = FindingFor(EvaluateAt(records, absl::CivilDay(2026, 12, 31)), "report");
  EXPECT_EQ(report.status, FindingStatus::kMet);
  EXPECT_DOUBLE_EQ(report.completion, 1.0);
}

TEST_F(EvaluateRulesTest, RangeCountsOnlyTasksAtTheCadresOwnPoints) {
  // k1 at cp1 and k3 at cp2 count; k2 at cp9 is not the cadre's point.
  const Finding tasks = FindingFor(YearEnd(), "tasks");
  EXPECT_EQ(tasks.actual, 2);
  EXPECT_EQ(tasks.required, 1);
  EXPECT_EQ(*tasks.maximum, 2);
  EXPECT_EQ(tasks.status, FindingStatus::kMet);
  ASSERT_EQ(tasks.set_aside.size(), 1u);
  EXPECT_EQ(tasks.set_aside[0].activity_id, "k2");
  EXPECT_EQ(tasks.set_aside[0].reason, SetAsideReason::kNotOwnContactPoint);
}

TEST_F(EvaluateRulesTest, RangeAboveItsMaximumIsOver) {
  std::string records = Replaced(kRecords, "\"cp9\"", "\"cp1\"");  // k2 now at an own point
  std::string extra = R"({"id": "k4", "date": "2026-06-04", "kind": "task", "contact_point": "cp2"},)";
  records.insert(records.find(R"({"id": "s1")"), extra);
  const Finding tasks = FindingFor(EvaluateAt(records, absl::CivilDay(2026, 12, 31)), "tasks");
  EXPECT_EQ(tasks.actual, 4);
  EXPECT_EQ(tasks.status, FindingStatus::kOver);
}

TEST_F(EvaluateRulesTest, AssignmentDatesDecideWhetherAPointIsOwn) {
  // cp1 assigned only from 07-01: a task there on 06-01 was not at an own point.
  const std::string records = Replaced(kRecords, R"("region": "长沙市"})",
                                       R"("region": "长沙市", "from": "2026-07-01"})");
  const Finding tasks = FindingFor(EvaluateAt(records, absl::CivilDay(2026, 12, 31)), "tasks");
  EXPECT_EQ(tasks.actual, 1);
}

TEST_F(EvaluateRulesTest, CoverageListsTheMissingAreas) {
  // a1 (twice) and a3 are covered; a2 is not: 2 of 3.
  const Finding supervision = FindingFor(YearEnd(), "supervision");
  EXPECT_EQ(supervision.required, 3);
  EXPECT_EQ(supervision.actual, 2);
  EXPECT_EQ(supervision.status, FindingStatus::kShort);
  ASSERT_EQ(supervision.missing.size(), 1u);
  EXPECT_EQ(policy_.document().vocabulary.areas[supervision.missing[0]].id, "a2");
  EXPECT_NEAR(supervision.completion, 2.0 / 3.0, 1e-12);
}

TEST_F(EvaluateRulesTest, DurationCountsEachCalendarDayOnce) {
  // f1 covers 08-01..08-05, f2 08-04..08-06: 6 distinct days; f3 is online.
  // One week = 7 days required.
  const Finding field = FindingFor(YearEnd(), "field");
  EXPECT_EQ(field.required, 7);
  EXPECT_EQ(field.actual, 6);
  EXPECT_EQ(field.shortfall, 1);
  EXPECT_EQ(field.status, FindingStatus::kShort);
  ASSERT_EQ(field.set_aside.size(), 1u);
  EXPECT_EQ(field.set_aside[0].reason, SetAsideReason::kMode);
}

TEST_F(EvaluateRulesTest, DurationStopsAtTheAsOfDate) {
  // As of 08-03: f1 has given 08-01..08-03 so far; f2 has not started.
  const Finding field = FindingFor(EvaluateAt(kRecords, absl::CivilDay(2026, 8, 3)), "field");
  EXPECT_EQ(field.actual, 3);
  EXPECT_EQ(field.status, FindingStatus::kPending);
}

TEST_F(EvaluateRulesTest, AdvisoryRulesAreReportedButNeverBinding) {
  // Head-counts: v1, v2 record none (0), v3 10, v4 5: 15 against a reference 30.
  const CadreReport report = YearEnd();
  const Finding headcount = FindingFor(report, "headcount");
  EXPECT_EQ(headcount.status, FindingStatus::kAdvisory);
  EXPECT_FALSE(headcount.binding);
  EXPECT_EQ(headcount.actual, 15);
  EXPECT_EQ(headcount.required, 30);
}

TEST_F(EvaluateRulesTest, RulesForOtherCadresAreNotApplicable) {
  EXPECT_EQ(FindingFor(YearEnd(), "newcomer").status, FindingStatus::kNotApplicable);
  std::string records = kRecords;
  records.insert(records.find(R"("contact_points")"), R"("tags": ["new"], )");
  const Finding newcomer = FindingFor(EvaluateAt(records, absl::CivilDay(2026, 12, 31)), "newcomer");
  EXPECT_EQ(newcomer.status, FindingStatus::kMet);  // f1 and f2
  EXPECT_EQ(newcomer.actual, 3);                    // f3 counts: no mode filter here
}

TEST_F(EvaluateRulesTest, ContactPointsOfTheDefaultSet) {
  // Three points in the range 2–3; the share base leaves the online point out:
  // cp1 (长沙市) of cp1, cp2 → 1 of 2, and ceil(0.5 × 2) = 1 is required.
  const CadreReport report = YearEnd();
  const Finding count = FindingFor(report, "contact_points.count");
  EXPECT_EQ(count.status, FindingStatus::kMet);
  EXPECT_EQ(count.actual, 3);
  EXPECT_EQ(count.required, 2);
  EXPECT_EQ(*count.maximum, 3);
  const Finding home = FindingFor(report, "contact_points.home_share");
  EXPECT_EQ(home.required, 1);
  EXPECT_EQ(home.actual, 1);
  EXPECT_EQ(home.status, FindingStatus::kMet);
}

TEST_F(EvaluateRulesTest, ContactPointsOfARankSet) {
  // A leader may keep exactly one point, a youth home: three is over.
  const std::string records = Replaced(kRecords, R"("rank": "staff")", R"("rank": "leader")");
  const CadreReport report = EvaluateAt(records, absl::CivilDay(2026, 12, 31));
  EXPECT_EQ(FindingFor(report, "contact_points.count").status, FindingStatus::kOver);
  const Finding kinds = FindingFor(report, "contact_points.kinds");
  EXPECT_EQ(kinds.status, FindingStatus::kMet);
  EXPECT_EQ(kinds.required, 1);
  EXPECT_EQ(kinds.actual, 1);
}

TEST_F(EvaluateRulesTest, ScoreIsTheWeightedMeanOverBindingApplicableFindings) {
  // Binding, applicable: lectures 1/2, people 1, talks 1, report (late) 0.5,
  // tasks 1, supervision 2/3, field 6/7, contact_points.count 1,
  // contact_points.home_share 1: sum = 6 + 2/3 + 6/7 = 158/21 over 9 findings.
  const CadreReport report = YearEnd();
  EXPECT_EQ(report.binding_rules, 9);
  EXPECT_EQ(report.binding_met, 5);
  EXPECT_NEAR(report.task_completion, 158.0 / 189.0, 1e-12);
  EXPECT_NEAR(report.score, 158.0 / 189.0, 1e-12);
  // 0.836 ≥ 0.8 makes "good" the best grade within reach; "excellent" needs
  // every binding rule met.
  ASSERT_TRUE(report.eligible_grade.has_value());
  EXPECT_EQ(policy_.document().grading.scale[*report.eligible_grade].id, "good");
}

TEST_F(EvaluateRulesTest, ExpenseClaimsMustBelongToAnActivityInThePeriod) {
  const CadreReport report = YearEnd();
  EXPECT_EQ(report.accepted_expenses, 1);
  ASSERT_EQ(report.rejected_expenses.size(), 2u);
  EXPECT_EQ(report.rejected_expenses[0].claim_id, "e2");
  EXPECT_EQ(report.rejected_expenses[0].reason, RejectedExpense::Reason::kOutsidePeriod);
  EXPECT_EQ(report.rejected_expenses[1].claim_id, "e3");
  EXPECT_EQ(report.rejected_expenses[1].reason, RejectedExpense::Reason::kNoSuchActivity);
}

std::string WithCadreFields(std::string records, const std::string& fields) {
  records.insert(records.find(R"("contact_points")"), fields);
  return records;
}

TEST_F(EvaluateRulesTest, ParticipationByCategoryAndExemption) {
  const absl::CivilDay day(2026, 12, 31);
  const auto status = [&](const std::string& records) {
    return EvaluateAt(records, day).participation;
  };
  const std::string part_time = Replaced(kRecords, "full_time", "part_time");
  EXPECT_EQ(status(WithCadreFields(part_time, R"("participates": false, )")).status,
            ParticipationStatus::kNotParticipating);
  EXPECT_EQ(status(WithCadreFields(part_time, R"("participates": true, )")).status,
            ParticipationStatus::kParticipating);
  // The test policy excludes seconded cadres.
  const std::string seconded = Replaced(kRecords, "full_time", "seconded");
  EXPECT_EQ(status(seconded).status, ParticipationStatus::kNotParticipating);

  const Participation approved = status(WithCadreFields(
      kRecords, R"("exemption": {"approved_by": "党组", "approved_on": "2026-01-05"}, )"));
  EXPECT_EQ(approved.status, ParticipationStatus::kExempt);
  EXPECT_FALSE(approved.InQuotaBase());
  const Participation unapproved =
      status(WithCadreFields(kRecords, R"("exemption": {"reason": "岗位特殊"}, )"));
  EXPECT_EQ(unapproved.status, ParticipationStatus::kParticipating);
  EXPECT_TRUE(unapproved.exemption_without_approval);
  const Participation not_rated =
      status(WithCadreFields(kRecords, R"("not_rated": "probation", )"));
  EXPECT_EQ(not_rated.status, ParticipationStatus::kNotRated);
  EXPECT_FALSE(not_rated.InQuotaBase());
}

TEST_F(EvaluateRulesTest, NonParticipantsGetAReportWithoutFindings) {
  const CadreReport report = EvaluateAt(
      WithCadreFields(kRecords, R"("exemption": {"approved_by": "党组", "approved_on": "2026-01-05"}, )"),
      absl::CivilDay(2026, 12, 31));
  EXPECT_TRUE(report.findings.empty());
  EXPECT_FALSE(report.eligible_grade.has_value());
  EXPECT_NE(ParticipationMessage(report).en.find("Exempt"), std::string::npos);
}

TEST_F(EvaluateRulesTest, SecondaryKindsCountWhenThePolicySaysSo) {
  // A visit that was also a talk with a county cadre counts as a third talk.
  const std::string records =
      Replaced(kRecords, R"("kind": "visit", "headcount": 10)",
               R"("kind": "visit", "headcount": 10, "also": ["talk"], "partner_level": "county")");
  EXPECT_EQ(FindingFor(EvaluateAt(records, absl::CivilDay(2026, 12, 31)), "talks").actual, 3);
  const Policy strict = MustParsePolicy(
      Replaced(kPolicy, R"("rules")", R"("counting": {"count_secondary_kinds": false}, "rules")"));
  absl::StatusOr<CadreReport> report =
      Evaluate(strict, MustDecodeCadre(strict, records), absl::CivilDay(2026, 12, 31));
  ASSERT_TRUE(report.ok());
  EXPECT_EQ(FindingFor(*report, "talks").actual, 2);
}

TEST_F(EvaluateRulesTest, ARecordOfAYearThePolicyDoesNotCoverIsAnError) {
  CadreYear cadre = MustDecodeCadre(policy_, kRecords);
  cadre.year = 2027;  // "unit" covers 2026 only
  absl::StatusOr<CadreReport> report = Evaluate(policy_, cadre, absl::CivilDay(2027, 12, 31));
  EXPECT_EQ(report.status().code(), absl::StatusCode::kInvalidArgument);
}

TEST_F(EvaluateRulesTest, MessagesCiteTheClauseInBothLanguages) {
  const CadreReport report = YearEnd();
  const LocalizedText field = FindingMessage(report, FindingFor(report, "field"));
  EXPECT_EQ(field.en,
            "Field time (R7): 6 days of 7 days by 2026-12-31, 1 day short. "
            "1 set aside: 1 online/face-to-face mode not counted.");
  EXPECT_EQ(field.zh,
            "下基层（R7）：要求 7天，实际 6天，差 1天（截止 2026-12-31）。"
            "另有 1 项活动未计入（1 项方式不符（线上/面对面））。");
}

class DepartmentRuleTest : public ::testing::Test {
 protected:
  FindingStatus StatusOf(std::optional<absl::CivilDay> submitted, bool names_points,
                         absl::CivilDay as_of) {
    Department department{"d1", "部门", submitted, names_points};
    DepartmentReport report = EvaluateDepartment(policy_, department, 2026, as_of);
    EXPECT_EQ(report.findings.size(), 1u);
    return report.findings[0].status;
  }
  Policy policy_ = MustParsePolicy(kPolicy);
};

TEST_F(DepartmentRuleTest, PlanByItsDueDateNamingContactPoints) {
  const absl::CivilDay year_end(2026, 12, 31);
  EXPECT_EQ(StatusOf(absl::CivilDay(2026, 10, 20), true, year_end), FindingStatus::kMet);
  EXPECT_EQ(StatusOf(absl::CivilDay(2026, 11, 5), true, year_end), FindingStatus::kLate);
  EXPECT_EQ(StatusOf(absl::CivilDay(2026, 10, 20), false, year_end), FindingStatus::kShort);
  EXPECT_EQ(StatusOf(std::nullopt, false, absl::CivilDay(2026, 10, 30)), FindingStatus::kPending);
  EXPECT_EQ(StatusOf(std::nullopt, false, absl::CivilDay(2026, 10, 31)), FindingStatus::kOverdue);
  // Submitted later than the as-of date: not yet known then.
  EXPECT_EQ(StatusOf(absl::CivilDay(2026, 10, 20), true, absl::CivilDay(2026, 10, 10)),
            FindingStatus::kPending);
}

}  // namespace
}  // namespace liaison
