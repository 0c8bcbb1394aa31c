// The case runner itself: a case that should pass passes, and each kind of
// expectation that should fail fails with its path in the case file and the
// expected and actual values. The true values are the hand-worked ones of
// tests/cases/WORKINGS.md (c01 met every rule with 5 lectures; c03's research
// report is overdue; org's base is 7 with an 优 cap of 2 …).
#include <string>

#include "gtest/gtest.h"
#include "liaison/case_results.h"
#include "liaison/case_runner.h"
#include "liaison/problem.h"

namespace liaison {
namespace {

std::string Case(const std::string& expect, const std::string& extra = "") {
  return R"({"schema": "liaison.case/1", "name": "probe", "policy": "hunan",
             "as_of": "2026-12-31", "records": {"path": "examples/department.json"},)" +
         extra + R"( "expect": )" + expect + "}";
}

CaseResult RunProbe(const std::string& text) { return RunCase(text, LIAISON_SOURCE_DIR); }

// The single failure of `result`; fails the test unless there is exactly one.
CaseFailure OnlyFailure(const CaseResult& result) {
  EXPECT_TRUE(result.error.ok()) << result.error;
  EXPECT_EQ(result.failures.size(), 1u);
  return result.failures.empty() ? CaseFailure{} : result.failures[0];
}

TEST(CaseRunnerTest, TrueExpectationsPass) {
  const CaseResult result = RunProbe(Case(R"({
    "cadres": {
      "c01": {"participation": "participating",
              "rules": {"lectures": {"status": "met", "required": 4, "actual": 5, "shortfall": 0,
                                     "pace": "done", "set_aside": 0, "due": "2026-12-31"},
                        "work_tasks": {"maximum": 3}},
              "binding_met": 11, "binding_rules": 11, "score": {"min": 0.999, "max": 1.0},
              "eligible_grade": "excellent", "accepted_expenses": 2, "rejected_expenses": 0},
      "c03": {"rules": {"research": {"status": "overdue", "submitted": null}}},
      "c06": {"participation": "exempt", "eligible_grade": null}},
    "departments": {"org": {"base": 7, "caps": {"excellent": 2, "good": 3}, "violations": []},
                    "pub": {"violations": ["over_cap:excellent", "above_eligible:c11"]}}})"));
  EXPECT_TRUE(result.passed()) << result.error;
  for (const CaseFailure& failure : result.failures) ADD_FAILURE() << failure.message;
  EXPECT_EQ(result.name, "probe");
  EXPECT_EQ(result.checks, 24);
}

struct WrongExpectation {
  const char* name;
  const char* expect;
  const char* path;
  const char* expected;
  const char* actual;
  // How the English message says what was expected, when not as the JSON
  // text: a status, pace, participation or grade in words, null as none.
  const char* said = nullptr;
};

class CaseRunnerFailureTest : public ::testing::TestWithParam<WrongExpectation> {};

TEST_P(CaseRunnerFailureTest, FailsWithPathExpectedAndActual) {
  const WrongExpectation& wrong = GetParam();
  const CaseFailure failure = OnlyFailure(RunProbe(Case(wrong.expect)));
  EXPECT_EQ(failure.path, wrong.path);
  EXPECT_EQ(failure.expected, wrong.expected);
  EXPECT_EQ(failure.actual, wrong.actual);
  const std::string said = wrong.said == nullptr ? wrong.expected : wrong.said;
  EXPECT_NE(failure.message.find(said), std::string::npos) << failure.message;
}

INSTANTIATE_TEST_SUITE_P(
    EachKind, CaseRunnerFailureTest,
    ::testing::Values(
        WrongExpectation{"status", R"({"cadres": {"c01": {"rules": {"lectures": {"status": "short"}}}}})",
                         "$.expect.cadres.c01.rules.lectures.status", "\"short\"", "\"met\"",
                         "status expected short, got met"},
        WrongExpectation{"actual", R"({"cadres": {"c01": {"rules": {"lectures": {"actual": 6}}}}})",
                         "$.expect.cadres.c01.rules.lectures.actual", "6", "5"},
        WrongExpectation{"required", R"({"cadres": {"c01": {"rules": {"lectures": {"required": 3}}}}})",
                         "$.expect.cadres.c01.rules.lectures.required", "3", "4"},
        WrongExpectation{"shortfall", R"({"cadres": {"c03": {"rules": {"cadre_talks": {"shortfall": 3}}}}})",
                         "$.expect.cadres.c03.rules.cadre_talks.shortfall", "3", "2"},
        WrongExpectation{"maximum", R"({"cadres": {"c01": {"rules": {"work_tasks": {"maximum": null}}}}})",
                         "$.expect.cadres.c01.rules.work_tasks.maximum", "null", "3",
                         "maximum expected none, got 3"},
        WrongExpectation{"pace", R"({"cadres": {"c03": {"rules": {"cadre_talks": {"pace": "on_pace"}}}}})",
                         "$.expect.cadres.c03.rules.cadre_talks.pace", "\"on_pace\"", "\"behind\"",
                         "pace expected on pace, got behind pace"},
        WrongExpectation{"set_aside", R"({"cadres": {"c03": {"rules": {"field_days": {"set_aside": 0}}}}})",
                         "$.expect.cadres.c03.rules.field_days.set_aside", "0", "2"},
        WrongExpectation{"missing", R"({"cadres": {"c01": {"rules": {"supervision": {"missing": ["key_projects"]}}}}})",
                         "$.expect.cadres.c01.rules.supervision.missing", "[\"key_projects\"]", "[]"},
        WrongExpectation{"due", R"({"cadres": {"c01": {"rules": {"research": {"due": "2026-12-31"}}}}})",
                         "$.expect.cadres.c01.rules.research.due", "\"2026-12-31\"", "\"2026-10-31\""},
        WrongExpectation{"participation", R"({"cadres": {"c06": {"participation": "participating"}}})",
                         "$.expect.cadres.c06.participation", "\"participating\"", "\"exempt\"",
                         "participation expected takes part, got exempt"},
        WrongExpectation{"binding_met", R"({"cadres": {"c03": {"binding_met": 11}}})",
                         "$.expect.cadres.c03.binding_met", "11", "8"},
        WrongExpectation{"score", R"({"cadres": {"c01": {"score": {"min": 0.5, "max": 0.9}}}})",
                         "$.expect.cadres.c01.score", "[0.5, 0.9]", "1"},
        WrongExpectation{"eligible", R"({"cadres": {"c03": {"eligible_grade": "excellent"}}})",
                         "$.expect.cadres.c03.eligible_grade", "\"excellent\"", "\"good\"",
                         "eligible_grade expected excellent, got good"},
        WrongExpectation{"expenses", R"({"cadres": {"c03": {"rejected_expenses": 0}}})",
                         "$.expect.cadres.c03.rejected_expenses", "0", "1"},
        WrongExpectation{"unknown_cadre", R"({"cadres": {"c99": {"participation": "exempt"}}})",
                         "$.expect.cadres.c99", "a report", "no evaluated cadre with this id"},
        WrongExpectation{"unknown_rule", R"({"cadres": {"c01": {"rules": {"lecture": {"status": "met"}}}}})",
                         "$.expect.cadres.c01.rules.lecture", "a finding", "no such rule in the report"},
        WrongExpectation{"base", R"({"departments": {"org": {"base": 8}}})",
                         "$.expect.departments.org.base", "8", "7"},
        WrongExpectation{"cap", R"({"departments": {"pub": {"caps": {"excellent": 1}}}})",
                         "$.expect.departments.pub.caps.excellent", "1", "0"},
        WrongExpectation{"proposed", R"({"departments": {"pub": {"proposed": {"c11": "excellent"}}}})",
                         "$.expect.departments.pub.proposed.c11", "\"excellent\"", "\"good\"",
                         "expected excellent, got good"},
        WrongExpectation{"violations", R"({"departments": {"org": {"violations": ["over_cap:good"]}}})",
                         "$.expect.departments.org.violations", "[\"over_cap:good\"]", "[]"},
        WrongExpectation{"caps_table", R"({"caps_table": [{"base": 10, "caps": {"excellent": 3, "good": 4}}]})",
                         "$.expect.caps_table[0].caps.good", "4", "5"}),
    [](const ::testing::TestParamInfo<WrongExpectation>& info) { return info.param.name; });

TEST(CaseRunnerTest, UnusableCaseFilesAreErrorsWithPaths) {
  const CaseResult unknown_field =
      RunProbe(Case(R"({"cadres": {"c01": {"participation": "participating", "grade": "x"}}})"));
  ASSERT_FALSE(unknown_field.error.ok());
  EXPECT_EQ(FirstProblemPath(unknown_field.error), "$.expect.cadres.c01.grade");

  const CaseResult no_records = RunProbe(R"({"schema": "liaison.case/1", "name": "x", "policy": "hunan",
      "as_of": "2026-12-31", "records": {"path": "no/such/file.json"}, "expect": {}})");
  ASSERT_FALSE(no_records.error.ok());
  EXPECT_EQ(FirstProblemPath(no_records.error), "$.records.path");

  const CaseResult no_policy = RunProbe(R"({"schema": "liaison.case/1", "name": "x",
      "policy": "hunan-2031", "expect": {}})");
  ASSERT_FALSE(no_policy.error.ok());
  EXPECT_EQ(FirstProblemPath(no_policy.error), "$.policy");

  const CaseResult bad_policy = RunProbe(R"({"schema": "liaison.case/1", "name": "x",
      "policy": {"inline": {"schema": "liaison.policy/1"}}, "expect": {}})");
  ASSERT_FALSE(bad_policy.error.ok());
  // At its place in the case file, not at the policy's own "$.id".
  EXPECT_EQ(FirstProblemPath(bad_policy.error), "$.policy.inline.id");

  EXPECT_FALSE(RunProbe("{not json").error.ok());
  EXPECT_FALSE(RunProbe("{not json").passed());
}

// A top-level key nobody asked for does not keep a case from running: its
// expectations are still compared, and the key is reported after their own
// problems.
TEST(CaseRunnerTest, UnknownTopLevelKeysAreReportedAfterTheExpectations) {
  const CaseResult result = RunProbe(Case(
      R"({"cadres": {"c01": {"binding_met": 10, "grade": "x"}}})", R"( "extra": true,)"));
  EXPECT_EQ(result.name, "probe");
  EXPECT_EQ(result.checks, 1);
  ASSERT_EQ(result.failures.size(), 1u);
  EXPECT_EQ(result.failures[0].path, "$.expect.cadres.c01.binding_met");
  const std::vector<Problem> problems = ProblemsOf(result.error);
  ASSERT_EQ(problems.size(), 2u) << result.error;
  EXPECT_EQ(problems[0].path, "$.expect.cadres.c01.grade");
  EXPECT_EQ(problems[1].path, "$.extra");
}

TEST(CaseRunnerTest, ResultsAsJsonAndJUnit) {
  std::vector<CaseResult> results = {
      RunProbe(Case(R"({"departments": {"org": {"base": 7}}})")),
      RunProbe(Case(R"({"departments": {"org": {"base": 8}}})"))};
  ASSERT_TRUE(results[0].passed());
  ASSERT_FALSE(results[1].passed());
  const std::string json = CaseResultsJson(results);
  EXPECT_NE(json.find("\"passed\": 1"), std::string::npos) << json;
  EXPECT_NE(json.find("\"failed\": 1"), std::string::npos);
  EXPECT_NE(json.find("\"path\": \"$.expect.departments.org.base\""), std::string::npos);
  const std::string xml = CaseResultsJUnitXml(results);
  EXPECT_NE(xml.find("<testsuite name=\"liaison cases\" tests=\"2\" failures=\"1\" errors=\"0\">"),
            std::string::npos)
      << xml;
  EXPECT_NE(xml.find("<failure message=\"1 expectation(s) failed\">"), std::string::npos);
}

}  // namespace
}  // namespace liaison
