// EvaluateInto: a report reused from one evaluation to the next is, field
// for field, the report Evaluate makes afresh, whatever the report held
// before (another cadre, another policy, a non-participant, more or fewer
// findings).
#include <algorithm>
#include <string>
#include <tuple>
#include <vector>

#include "gtest/gtest.h"
#include "liaison/evaluate.h"
#include "test_support.h"

namespace liaison {
namespace {

using testing::ReadSourceFile;

// The fields of each part of a report, as tuples to compare whole.
auto FindingFields(const Finding& f) {
  return std::tie(f.subject, f.rule, f.status, f.binding, f.required, f.maximum, f.actual,
                  f.shortfall, f.due, f.submitted, f.completion, f.pace, f.expected_by_now,
                  f.missing, f.not_allowed);
}
auto SetAsideFields(const SetAside& s) { return std::tie(s.activity, s.activity_id, s.reason); }
auto ComponentFields(const ScoreComponent& c) {
  return std::tie(c.component, c.weight, c.value, c.recorded);
}
auto ExpenseFields(const RejectedExpense& e) { return std::tie(e.claim, e.claim_id, e.reason); }
auto ReportFields(const CadreReport& r) {
  return std::tie(r.cadre_id, r.name, r.department, r.year, r.as_of, r.participation.status,
                  r.participation.not_rated_reason, r.participation.exemption_without_approval,
                  r.binding_rules, r.binding_met, r.task_completion, r.score, r.eligible_grade,
                  r.accepted_expenses);
}

template <typename T, typename Fields>
void ExpectSameElements(const std::vector<T>& reused, const std::vector<T>& fresh,
                        Fields fields) {
  ASSERT_EQ(reused.size(), fresh.size());
  for (std::size_t i = 0; i < fresh.size(); ++i) {
    EXPECT_EQ(fields(reused[i]), fields(fresh[i])) << "element " << i;
  }
}

// Every field of two reports, compared.
void ExpectSameReport(const CadreReport& reused, const CadreReport& fresh) {
  SCOPED_TRACE("cadre " + fresh.cadre_id);
  EXPECT_EQ(reused.policy.fingerprint(), fresh.policy.fingerprint());
  EXPECT_EQ(ReportFields(reused), ReportFields(fresh));
  ExpectSameElements(reused.findings, fresh.findings, FindingFields);
  for (std::size_t i = 0; i < std::min(reused.findings.size(), fresh.findings.size()); ++i) {
    SCOPED_TRACE("finding " + std::to_string(i));
    ExpectSameElements(reused.findings[i].set_aside, fresh.findings[i].set_aside, SetAsideFields);
  }
  ExpectSameElements(reused.score_components, fresh.score_components, ComponentFields);
  ExpectSameElements(reused.rejected_expenses, fresh.rejected_expenses, ExpenseFields);
}

struct Example {
  const char* policy;
  const char* records;
};

// The cadres of both example departments under their policies, in file
// order and reversed, at the mid-year review and at year end, one report
// reused throughout: participants, an exempt cadre and others with nothing
// evaluated follow one another, and the 2018 policy has other rules.
TEST(EvaluateIntoTest, AReusedReportEqualsAFreshOne) {
  const std::vector<Example> examples = {{"hunan", "examples/department.json"},
                                         {"hunan-2018", "examples/department-2018.json"}};
  CadreReport report(*Policy::Embedded("hunan-2018"));
  int evaluated = 0;
  for (bool reversed : {false, true}) {
    for (const Example& example : examples) {
      const Policy policy = *Policy::Embedded(example.policy);
      absl::StatusOr<RecordBatch> batch = DecodeRecords(policy, ReadSourceFile(example.records));
      ASSERT_TRUE(batch.ok()) << batch.status();
      std::vector<const CadreYear*> cadres;
      for (const absl::StatusOr<CadreYear>& cadre : batch->cadres) {
        ASSERT_TRUE(cadre.ok()) << cadre.status();
        cadres.push_back(&*cadre);
      }
      if (reversed) std::reverse(cadres.begin(), cadres.end());
      const int year = batch->year;
      for (const absl::CivilDay as_of : {absl::CivilDay(year, 6, 30), absl::CivilDay(year, 12, 31)}) {
        for (const CadreYear* cadre : cadres) {
          ASSERT_TRUE(EvaluateInto(policy, *cadre, as_of, report).ok());
          const absl::StatusOr<CadreReport> fresh = Evaluate(policy, *cadre, as_of);
          ASSERT_TRUE(fresh.ok()) << fresh.status();
          ExpectSameReport(report, *fresh);
          ++evaluated;
        }
      }
    }
  }
  // Both example departments, both dates, both orders.
  EXPECT_EQ(evaluated, 2 * 2 * (13 + 5));  // 13 cadres in 2026, 5 in 2018
}

// Contact-point checks that come and go between cadres: heads and deputies
// need two league branches and a social organisation (a "kinds" finding with
// the kinds missing), others have no kind minimums (one finding fewer), and
// online organisations are not allowed (listed as not allowed). In the
// example department (hand-checked against examples/department.json): c01
// (head: cp2, cp4) meets the kinds; c02 (deputy) and c11 (head) have one
// league branch, c08 (deputy) none; c03, c11, c12 and c13 have an online point.
TEST(EvaluateIntoTest, ContactPointChecksThatComeAndGo) {
  const std::string text = testing::Replace(
      R"("allowed_kinds": ["league_branch", "youth_home", "social_org", "online_org"],
    "sets": [{"ranks": [], "min": 3, "max": 4, "kind_minimums": []}],)",
      R"("allowed_kinds": ["league_branch", "youth_home", "social_org"],
    "sets": [{"ranks": ["department_head", "deputy_head"], "min": 3, "max": 4,
              "kind_minimums": [{"kind": "league_branch", "min": 2},
                                {"kind": "social_org", "min": 1}]},
             {"ranks": [], "min": 3, "max": 4, "kind_minimums": []}],)")(
      ReadSourceFile("src/policy/policies/hunan.json"));
  const Policy policy = testing::MustParsePolicy(text);
  absl::StatusOr<RecordBatch> batch =
      DecodeRecords(policy, ReadSourceFile("examples/department.json"));
  ASSERT_TRUE(batch.ok()) << batch.status();
  const absl::CivilDay year_end(2026, 12, 31);
  CadreReport report(policy);
  std::vector<std::string> missing_kinds, not_allowed;
  for (const absl::StatusOr<CadreYear>& cadre : batch->cadres) {
    ASSERT_TRUE(EvaluateInto(policy, *cadre, year_end, report).ok());
    ExpectSameReport(report, *Evaluate(policy, *cadre, year_end));
    for (const Finding& finding : report.findings) {
      if (finding.subject == FindingSubject::kContactPointKinds && !finding.missing.empty()) {
        missing_kinds.push_back(cadre->id);
      }
      if (!finding.not_allowed.empty()) not_allowed.push_back(cadre->id);
    }
  }
  EXPECT_EQ(missing_kinds, (std::vector<std::string>{"c02", "c08", "c11"}));
  EXPECT_EQ(not_allowed, (std::vector<std::string>{"c03", "c11", "c12", "c13"}));
}

TEST(EvaluateIntoTest, AMovedFromReportCanBeReused) {
  const Policy hunan = *Policy::Embedded("hunan");
  absl::StatusOr<RecordBatch> batch =
      DecodeRecords(hunan, ReadSourceFile("examples/department.json"));
  ASSERT_TRUE(batch.ok());
  const absl::CivilDay year_end(2026, 12, 31);
  CadreReport report(hunan);
  std::vector<CadreReport> kept;
  for (const absl::StatusOr<CadreYear>& cadre : batch->cadres) {
    ASSERT_TRUE(EvaluateInto(hunan, *cadre, year_end, report).ok());
    kept.push_back(std::move(report));
  }
  ASSERT_EQ(kept.size(), 13u);
  for (std::size_t i = 0; i < kept.size(); ++i) {
    ExpectSameReport(kept[i], *Evaluate(hunan, *batch->cadres[i], year_end));
  }
}

TEST(EvaluateIntoTest, AResetFindingIsADefaultOneThatKeepsItsMemory) {
  Finding finding;
  finding.subject = FindingSubject::kContactPointKinds;
  finding.rule = 7;
  finding.status = FindingStatus::kOverdue;
  finding.binding = false;
  finding.required = 4;
  finding.maximum = 9;
  finding.actual = 3;
  finding.shortfall = 1;
  finding.due = absl::CivilDay(2026, 10, 31);
  finding.submitted = absl::CivilDay(2026, 11, 2);
  finding.completion = 0.5;
  finding.pace = Pace::kBehind;
  finding.expected_by_now = 2.5;
  finding.set_aside.push_back({3, "a3", SetAsideReason::kLevelRule});
  finding.missing = {1, 2};
  finding.not_allowed = {"cp4"};
  finding.Reset();
  EXPECT_EQ(FindingFields(finding), FindingFields(Finding()));
  EXPECT_TRUE(finding.set_aside.empty());
  EXPECT_GE(finding.set_aside.capacity(), 1u);
  EXPECT_GE(finding.missing.capacity(), 2u);
  EXPECT_GE(finding.not_allowed.capacity(), 1u);
}

TEST(EvaluateIntoTest, AnErrorLeavesTheReportAsItWas) {
  const Policy hunan = *Policy::Embedded("hunan");
  const Policy policy_2018 = *Policy::Embedded("hunan-2018");
  absl::StatusOr<RecordBatch> batch =
      DecodeRecords(hunan, ReadSourceFile("examples/department.json"));
  ASSERT_TRUE(batch.ok());
  const CadreYear& c01 = *batch->cadres[0];
  const absl::CivilDay year_end(2026, 12, 31);
  CadreReport report(hunan);
  ASSERT_TRUE(EvaluateInto(hunan, c01, year_end, report).ok());
  // hunan-2018 covers 2018 only: the 2026 record is refused.
  const absl::Status status = EvaluateInto(policy_2018, c01, year_end, report);
  EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(status.message().find("does not cover 2026"), std::string::npos) << status;
  ExpectSameReport(report, *Evaluate(hunan, c01, year_end));
}

}  // namespace
}  // namespace liaison
