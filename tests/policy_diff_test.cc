// The policy diff: nothing for a policy against itself; the 优 cap lowered
// from 30% to 20% on the example department, worked out by hand; and the 2018
// transitional rules against the yearly ones on the 2018 example, worked out
// by hand in tests/data/diff-2018-WORKINGS.md.
#include <map>
#include <string>

#include "gtest/gtest.h"
#include "liaison/policy_diff.h"
#include "liaison/policy_diff_json.h"
#include "simdjson.h"
#include "test_support.h"

namespace liaison {
namespace {

using testing::MustParsePolicy;
using testing::ReadSourceFile;

const CadreChange* ChangeOf(const PolicyDiff& diff, std::string_view cadre) {
  for (const CadreChange& change : diff.cadres) {
    if (change.cadre == cadre) return &change;
  }
  return nullptr;
}

TEST(PolicyDiffTest, APolicyAgainstItselfIsEmpty) {
  for (const auto& [id, file, day] :
       {std::tuple{"hunan", "examples/department.json", absl::CivilDay(2026, 12, 31)},
        std::tuple{"hunan-2018", "examples/department-2018.json", absl::CivilDay(2018, 12, 31)}}) {
    const Policy policy = *Policy::Embedded(id);
    absl::StatusOr<PolicyDiff> diff = DiffPolicies(policy, policy, ReadSourceFile(file), day);
    ASSERT_TRUE(diff.ok()) << diff.status();
    EXPECT_TRUE(diff->empty()) << EncodePolicyDiff(*diff);
    EXPECT_GT(diff->summary.cadres, 0);
    EXPECT_EQ(diff->summary.cadres_changed, 0);
  }
}

TEST(PolicyDiffTest, LoweringTheExcellentCapTo20Percent) {
  const Policy current = *Policy::Embedded("hunan");
  std::string text = current.canonical_json();
  text.replace(text.find(R"("share":0.3)"), 11, R"("share":0.2)");
  const Policy proposed = MustParsePolicy(text);
  absl::StatusOr<PolicyDiff> diff = DiffPolicies(
      current, proposed, ReadSourceFile("examples/department.json"), absl::CivilDay(2026, 12, 31));
  ASSERT_TRUE(diff.ok()) << diff.status();

  ASSERT_EQ(diff->parameters.size(), 1u);
  EXPECT_EQ(diff->parameters[0].path, "$.grading.caps[grade=excellent].share");
  EXPECT_EQ(*diff->parameters[0].before, "0.3");
  EXPECT_EQ(*diff->parameters[0].after, "0.2");

  // org (base 7): 优 cap ⌊0.2 × 7⌋ = 1 instead of ⌊2.1⌋ = 2. The ranking is
  // c01, c05, c04, c08, c02, c03, c07: c01 keeps 优; c05 falls to 良 and takes
  // one of its 3 places, so c02 (rank 5) falls from 良 to 中.
  // pub (base 3): ⌊0.6⌋ = ⌊0.9⌋ = 0, no change.
  ASSERT_EQ(diff->cadres.size(), 2u);
  const CadreChange* c05 = ChangeOf(*diff, "c05");
  ASSERT_NE(c05, nullptr);
  EXPECT_EQ(c05->proposed_before, "excellent");
  EXPECT_EQ(c05->proposed_after, "good");
  EXPECT_TRUE(c05->rules.empty());  // evaluation does not depend on caps
  EXPECT_EQ(c05->eligible_before, c05->eligible_after);
  const CadreChange* c02 = ChangeOf(*diff, "c02");
  ASSERT_NE(c02, nullptr);
  EXPECT_EQ(c02->proposed_before, "good");
  EXPECT_EQ(c02->proposed_after, "fair");

  ASSERT_EQ(diff->departments.size(), 1u);
  const DepartmentChange& org = diff->departments[0];
  EXPECT_EQ(org.department, "org");
  EXPECT_EQ(org.base_before, 7);
  EXPECT_EQ(org.base_after, 7);
  ASSERT_EQ(org.grades.size(), 4u);
  EXPECT_EQ(org.grades[0].grade, "excellent");
  EXPECT_EQ(*org.grades[0].cap_before, 2);
  EXPECT_EQ(*org.grades[0].cap_after, 1);
  EXPECT_EQ(org.grades[0].proposed_before, 2);
  EXPECT_EQ(org.grades[0].proposed_after, 1);
  EXPECT_EQ(org.grades[1].proposed_before, 3);
  EXPECT_EQ(org.grades[1].proposed_after, 3);
  EXPECT_EQ(org.grades[2].proposed_before, 2);  // 中: c03, c07
  EXPECT_EQ(org.grades[2].proposed_after, 3);   // and c02

  EXPECT_EQ(diff->summary.cadres, 13);
  EXPECT_EQ(diff->summary.cadres_changed, 2);
  EXPECT_EQ(diff->summary.proposed_worse, 2);
  EXPECT_EQ(diff->summary.proposed_better, 0);
  EXPECT_EQ(diff->summary.rule_changes, 0);
}

TEST(PolicyDiffTest, ParametersOfTheTransitionalAndTheYearlyPolicy) {
  const std::vector<ParameterChange> changes =
      DiffParameters(*Policy::Embedded("hunan-2018"), *Policy::Embedded("hunan"));
  const auto find = [&](std::string_view path) -> const ParameterChange* {
    for (const ParameterChange& change : changes) {
      if (change.path == path) return &change;
    }
    return nullptr;
  };
  ASSERT_NE(find("$.period.start"), nullptr);
  EXPECT_EQ(*find("$.period.start")->before, "\"10-23\"");  // the plan's date of issue
  EXPECT_EQ(*find("$.period.start")->after, "\"01-01\"");
  ASSERT_NE(find("$.rules[id=sinking_week]"), nullptr);
  EXPECT_FALSE(find("$.rules[id=sinking_week]")->after.has_value());  // 三.2 was for 2018 only
  ASSERT_NE(find("$.rules[id=midyear_report]"), nullptr);
  EXPECT_FALSE(find("$.rules[id=midyear_report]")->before.has_value());
  ASSERT_NE(find("$.proration"), nullptr);  // one third of the annual tasks, 三.1
  EXPECT_FALSE(find("$.proration")->after.has_value());
  ASSERT_NE(find("$.checkpoints[id=midyear]"), nullptr);
}

}  // namespace
}  // namespace liaison

namespace liaison {
namespace {

// "met 5/4", or "none" for no such finding.
std::string Show(const std::optional<RuleOutcome>& outcome) {
  if (!outcome) return "none";
  return std::string(FindingStatusName(outcome->status)) + " " +
         std::to_string(outcome->actual) + "/" + std::to_string(outcome->required);
}

// The same for the outcome a hand-worked expectation gives (null for none).
std::string ShowExpected(simdjson::dom::element value) {
  if (value.is_null()) return "none";
  return std::string(value["status"].get_string().value()) + " " +
         std::to_string(value["actual"].get_int64().value()) + "/" +
         std::to_string(value["required"].get_int64().value());
}

TEST(PolicyDiffTest, TransitionalAgainstYearlyRulesOn2018RecordsWorkedOutByHand) {
  const std::string expected_text = testing::ReadSourceFile("tests/data/diff-2018-expected.json");
  simdjson::dom::parser parser;
  simdjson::dom::element expected = parser.parse(expected_text).value();
  absl::StatusOr<PolicyDiff> diff =
      DiffPolicies(*Policy::Embedded("hunan-2018"), *Policy::Embedded("hunan"),
                   testing::ReadSourceFile("examples/department-2018.json"),
                   absl::CivilDay(2018, 12, 31));
  ASSERT_TRUE(diff.ok()) << diff.status();
  EXPECT_FALSE(diff->before_applied_to_year);
  EXPECT_TRUE(diff->after_applied_to_year);  // hunan covers 2019 on

  // Named objects: a range-for over simdjson_result<…>::value() of a temporary
  // would iterate a dead object.
  const simdjson::dom::object cadres = expected["cadres"].get_object().value();
  for (auto [cadre_id, cadre] : cadres) {
    SCOPED_TRACE(std::string(cadre_id));
    const CadreChange* change = ChangeOf(*diff, cadre_id);
    ASSERT_NE(change, nullptr);
    std::map<std::string, const RuleChange*> actual_rules;
    for (const RuleChange& rule : change->rules) actual_rules[rule.rule] = &rule;
    std::size_t expected_rules = 0;
    const simdjson::dom::object rules = cadre["rules"].get_object().value();
    for (auto [rule_id, rule] : rules) {
      ++expected_rules;
      SCOPED_TRACE(std::string(rule_id));
      auto found = actual_rules.find(std::string(rule_id));
      ASSERT_NE(found, actual_rules.end());
      EXPECT_EQ(Show(found->second->before), ShowExpected(rule["before"].value()));
      EXPECT_EQ(Show(found->second->after), ShowExpected(rule["after"].value()));
    }
    EXPECT_EQ(change->rules.size(), expected_rules);
    EXPECT_EQ(change->eligible_before, cadre["eligible_before"].get_string().value());
    EXPECT_EQ(change->eligible_after, cadre["eligible_after"].get_string().value());
    EXPECT_EQ(change->proposed_before, cadre["proposed_before"].get_string().value());
    EXPECT_EQ(change->proposed_after, cadre["proposed_after"].get_string().value());
    ASSERT_TRUE(change->score_after.has_value());
    EXPECT_GE(*change->score_after, cadre["score_after"]["min"].get_double().value());
    EXPECT_LE(*change->score_after, cadre["score_after"]["max"].get_double().value());
  }
  EXPECT_EQ(diff->summary.proposed_better + diff->summary.proposed_worse, 0);

  const simdjson::dom::object departments = expected["departments"].get_object().value();
  for (auto [department_id, department] : departments) {
    SCOPED_TRACE(std::string(department_id));
    const DepartmentChange* change = nullptr;
    for (const DepartmentChange& candidate : diff->departments) {
      if (candidate.department == department_id) change = &candidate;
    }
    ASSERT_NE(change, nullptr);  // its department plan rule is gone
    EXPECT_EQ(change->base_before, department["base_before"].get_int64().value());
    EXPECT_EQ(change->base_after, department["base_after"].get_int64().value());
    for (const DepartmentChange::GradeLine& line : change->grades) {
      EXPECT_EQ(line.cap_before, line.cap_after) << line.grade;  // same bases, same shares
    }
    ASSERT_EQ(change->rules.size(), 1u);
    EXPECT_EQ(change->rules[0].rule, "department_plan");
    ASSERT_TRUE(change->rules[0].status_before.has_value());
    EXPECT_EQ(FindingStatusName(*change->rules[0].status_before),
              department["rules"]["department_plan"]["before"]["status"].get_string().value());
    EXPECT_FALSE(change->rules[0].status_after.has_value());
  }
}

}  // namespace
}  // namespace liaison

namespace liaison {
namespace {

// The typed outcomes are spelled by name in the document, and "none" is null:
// a rule only one policy has, and a department rule the after-policy drops.
TEST(PolicyDiffJsonTest, SpellsStatusesByNameAndNoneAsNull) {
  absl::StatusOr<PolicyDiff> diff =
      DiffPolicies(*Policy::Embedded("hunan-2018"), *Policy::Embedded("hunan"),
                   testing::ReadSourceFile("examples/department-2018.json"),
                   absl::CivilDay(2018, 12, 31));
  ASSERT_TRUE(diff.ok()) << diff.status();
  const std::string json = EncodePolicyDiff(*diff);
  for (const char* expected :
       {R"({"rule":"sinking_week","before":{"status":"met","required":7,"actual":7},"after":null})",
        R"({"rule":"midyear_report","before":null,"after":{"status":"overdue","required":1,"actual":0}})",
        R"({"rule":"department_plan","before":"met","after":null})"}) {
    EXPECT_NE(json.find(expected), std::string::npos) << expected << "\n" << json;
  }
}

// Participation by name, and no score or grade as null: part-time cadres
// excluded, so c09 (part time, opted in by the department) drops out.
TEST(PolicyDiffJsonTest, SpellsParticipationByNameAndNoGradeAsNull) {
  const Policy current = *Policy::Embedded("hunan");
  std::string text = current.canonical_json();
  const std::string part_time = R"("part_time":"department_decides")";
  text.replace(text.find(part_time), part_time.size(), R"("part_time":"excluded")");
  std::string records = testing::ReadSourceFile("examples/department.json");
  const std::size_t c09 = records.find(R"("category": "part_time")");
  const std::string opted_out = R"("participates": false)";
  records.replace(records.find(opted_out, c09), opted_out.size(), R"("participates": true)");
  absl::StatusOr<PolicyDiff> diff = DiffPolicies(current, MustParsePolicy(text), records,
                                                 absl::CivilDay(2026, 12, 31));
  ASSERT_TRUE(diff.ok()) << diff.status();
  const CadreChange* change = ChangeOf(*diff, "c09");
  ASSERT_NE(change, nullptr);
  EXPECT_EQ(change->participation_before, ParticipationStatus::kParticipating);
  EXPECT_EQ(change->participation_after, ParticipationStatus::kNotParticipating);
  EXPECT_FALSE(change->proposed_after.has_value());
  const std::string json = EncodePolicyDiff(*diff);
  EXPECT_NE(json.find(R"("cadre":"c09","department":"org",)"
                      R"("participation":{"before":"participating","after":"not_participating"},)"
                      R"("score":{"before":0.2333333333333333,"after":null},)"
                      R"("eligible_grade":{"before":"good","after":null},)"
                      R"("proposed_grade":{"before":"fair","after":null})"),
            std::string::npos)
      << json;
}

}  // namespace
}  // namespace liaison
