// Malformed records documents, decoded against the embedded "hunan" policy.
//
// A document that is not JSON, or whose top level is wrong, fails as a whole.
// Anything wrong inside one cadre fails that cadre only: the batch keeps one
// entry per input cadre, in order, and the error names the JSON path of the
// bad value. Each per-cadre case below spoils the middle one of three cadres.
#include <cstddef>
#include <functional>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/time/civil_time.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "liaison/policy.h"
#include "liaison/problem.h"
#include "test_support.h"
#include "liaison/record_decoder.h"
#include "liaison/report_json.h"
#include "simdjson.h"

namespace liaison {
namespace {

using ::testing::HasSubstr;
using ::testing::StartsWith;

constexpr char kCadreTemplate[] = R"json({"id": "@ID@", "name": "张三", "department": "org", "rank": "staff", "organ_level": "province",
      "category": "full_time",
      "contact_points": [{"id": "cp1", "name": "望月湖街道青年之家", "kind": "youth_home", "region": "长沙市",
                          "source": "department", "from": "2026-01-01", "to": "2026-12-31"}],
      "task_list": {"approved_on": "2026-02-10"},
      "activities": [
        {"id": "a1", "date": "2026-03-05", "kind": "lecture", "contact_point": "cp1", "mode": "in_person", "days": 1, "headcount": 40, "evidence": "签到表"},
        {"id": "a2", "date": "2026-04-10", "kind": "cadre_talk", "mode": "in_person", "people": ["g1", "g2"], "partner_level": "county"}
      ],
      "submissions": [{"kind": "research_report", "date": "2026-10-20", "title": "调研报告"}],
      "expenses": [{"id": "e1", "activity": "a1", "amount_cents": 12050, "date": "2026-03-06"}],
      "scores": {}})json";

std::string Cadre(std::string_view id) {
  std::string text = kCadreTemplate;
  text.replace(text.find("@ID@"), 4, id);
  return text;
}

std::string Records(const std::vector<std::string>& cadres, int year = 2026) {
  std::string text = "{\n  \"schema\": \"liaison.records/1\",\n  \"year\": " + std::to_string(year) +
                     ",\n  \"departments\": [{\"id\": \"org\", \"name\": \"组织部\"}],\n  \"cadres\": [\n    ";
  for (std::size_t i = 0; i < cadres.size(); ++i) {
    if (i > 0) text += ",\n    ";
    text += cadres[i];
  }
  return text + "\n  ]\n}\n";
}

using testing::Mutation;
using testing::Replace;

Mutation Whole(std::string text) {
  return [text = std::move(text)](const std::string&) { return text; };
}

using testing::Describe;
using testing::HasProblem;

Policy Hunan() {
  absl::StatusOr<Policy> policy = Policy::Embedded("hunan");
  EXPECT_TRUE(policy.ok()) << policy.status();
  return *policy;
}

constexpr absl::CivilDay kYearEnd(2026, 12, 31);

// ---------------------------------------------------------------------------
// Whole-document failures.

// A NUL byte, unescaped, inside a string value.
constexpr char kNameWithRawNul[] = "\"name\": \"张\0三\"";

struct DocumentErrorCase {
  std::string name;
  std::string policy;  // embedded policy id
  std::string text;
  std::string path;
  std::string fragment;
};

std::ostream& operator<<(std::ostream& out, const DocumentErrorCase& c) { return out << c.name; }

std::vector<DocumentErrorCase> DocumentCases() {
  const std::string good = Records({Cadre("c01"), Cadre("c02"), Cadre("c03")});
  auto with = [&good](Mutation m) { return m(good); };
  return {
      // The text ends inside the cadres array: 11 + 21 + 14 + 11 = 57
      // characters, so the end is column 58.
      {"not_json", "hunan", R"({"schema": "liaison.records/1", "year": 2026, "cadres": [)", "$.cadres",
       "line 1, column 58: not valid JSON: the text ends inside an array"},
      {"empty_text", "hunan", "", "$", "not valid JSON"},
      {"top_level_array", "hunan", "[]", "$", "expected an object, found an array"},
      {"wrong_schema", "hunan", with(Replace("liaison.records/1", "liaison.policy/1")), "$.schema",
       "\"liaison.policy/1\" is not supported; expected \"liaison.records/1\""},
      {"missing_schema", "hunan", with(Replace("\"schema\": \"liaison.records/1\",", "")), "$.schema",
       "required field is missing"},
      {"year_not_covered_by_hunan_2018", "hunan-2018", good, "$.year",
       "2026 is not covered by policy \"hunan-2018\" (2018 only)"},
      {"year_before_hunan", "hunan", Records({Cadre("c01")}, 2018), "$.year",
       "2018 is not covered by policy \"hunan\" (2019 and later)"},
      {"year_is_a_string", "hunan", with(Replace("\"year\": 2026", "\"year\": \"2026\"")), "$.year",
       "expected an integer, found a string"},
      {"missing_cadres", "hunan", R"({"schema": "liaison.records/1", "year": 2026})", "$.cadres",
       "required field is missing"},
      {"cadres_is_an_object", "hunan", R"({"schema": "liaison.records/1", "year": 2026, "cadres": {}})",
       "$.cadres", "expected an array, found an object"},
      {"unknown_top_level_field", "hunan", with(Replace("\"year\": 2026,", "\"year\": 2026, \"organ\": \"x\",")),
       "$.organ", "unknown field"},
      {"duplicate_department", "hunan",
       with(Replace(R"([{"id": "org", "name": "组织部"}])", R"([{"id": "org", "name": "组织部"}, {"id": "org"}])")),
       "$.departments[1].id", "department \"org\" is listed twice"},
      {"department_plan_in_another_year", "hunan",
       with(Replace(R"({"id": "org", "name": "组织部"})",
                    R"({"id": "org", "name": "组织部", "plan": {"submitted": "2025-10-20"}})")),
       "$.departments[0].plan.submitted", "is not in 2026, the year of this records document"},
      {"raw_nul_after_document", "hunan", good + std::string(1, '\0'), "$",
       "not valid JSON: expected the end of the text after the document, found the control "
       "character U+0000"},
  };
}

class RecordDocumentErrorTest : public ::testing::TestWithParam<DocumentErrorCase> {};

TEST_P(RecordDocumentErrorTest, FailsAsAWhole) {
  const DocumentErrorCase& c = GetParam();
  absl::StatusOr<Policy> policy = Policy::Embedded(c.policy);
  ASSERT_TRUE(policy.ok()) << policy.status();
  absl::StatusOr<RecordBatch> batch = DecodeRecords(*policy, c.text);
  ASSERT_FALSE(batch.ok()) << "decoded " << batch->cadres.size() << " cadres from:\n" << c.text;
  EXPECT_EQ(batch.status().code(), absl::StatusCode::kInvalidArgument) << batch.status();
  EXPECT_THAT(std::string(batch.status().message()), StartsWith("records has "));
  EXPECT_TRUE(HasProblem(ProblemsOf(batch.status()), c.path, c.fragment));

  absl::StatusOr<std::string> json = EvaluateRecordsJson(*policy, c.text, kYearEnd);
  ASSERT_FALSE(json.ok());
  EXPECT_EQ(json.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_TRUE(HasProblem(ProblemsOf(json.status()), c.path, c.fragment));
}

INSTANTIATE_TEST_SUITE_P(Malformed, RecordDocumentErrorTest, ::testing::ValuesIn(DocumentCases()),
                         [](const ::testing::TestParamInfo<DocumentErrorCase>& info) {
                           return info.param.name;
                         });

// ---------------------------------------------------------------------------
// Per-cadre failures: the middle cadre is bad, its neighbours decode.

struct CadreErrorCase {
  std::string name;
  Mutation mutation;  // applied to the middle cadre's text
  std::string path;
  std::string fragment;
};

std::ostream& operator<<(std::ostream& out, const CadreErrorCase& c) { return out << c.name; }

std::vector<CadreErrorCase> CadreCases() {
  return {
      // Dates.
      {"impossible_activity_date", Replace(R"("date": "2026-03-05")", R"("date": "2026-02-30")"),
       "$.cadres[1].activities[0].date", "\"2026-02-30\" is not a calendar date (YYYY-MM-DD)"},
      {"activity_date_without_padding", Replace(R"("date": "2026-03-05")", R"("date": "2026-3-5")"),
       "$.cadres[1].activities[0].date", "\"2026-3-5\" is not a calendar date"},
      {"activity_without_date", Replace(R"("date": "2026-04-10", )", ""), "$.cadres[1].activities[1].date",
       "required field is missing"},
      {"expense_date_in_another_year", Replace(R"("date": "2026-03-06")", R"("date": "2025-12-30")"),
       "$.cadres[1].expenses[0].date", "is not in 2026, the year of this records document"},
      {"contact_point_to_before_from", Replace(R"("to": "2026-12-31")", R"("to": "2025-12-31")"),
       "$.cadres[1].contact_points[0].to", "is before \"from\""},
      {"exemption_approved_on_not_a_date",
       Replace(R"("category": "full_time",)", R"("category": "full_time", "exemption": {"approved_by": "党组", "approved_on": "2026-13-01"},)"),
       "$.cadres[1].exemption.approved_on", "\"2026-13-01\" is not a calendar date"},

      // Numbers.
      {"headcount_is_a_string", Replace(R"("headcount": 40)", R"("headcount": "40")"),
       "$.cadres[1].activities[0].headcount", "expected an integer, found a string"},
      {"headcount_negative", Replace(R"("headcount": 40)", R"("headcount": -5)"),
       "$.cadres[1].activities[0].headcount", "-5 is out of range: expected 0 to 1000000"},
      {"headcount_with_fraction", Replace(R"("headcount": 40)", R"("headcount": 2.5)"),
       "$.cadres[1].activities[0].headcount", "expected an integer, found a number with a fraction"},
      {"days_above_a_year", Replace(R"("days": 1)", R"("days": 400)"), "$.cadres[1].activities[0].days",
       "400 is out of range: expected 1 to 366"},
      {"amount_negative", Replace(R"("amount_cents": 12050)", R"("amount_cents": -1)"),
       "$.cadres[1].expenses[0].amount_cents", "-1 is out of range"},
      {"score_above_one", Replace(R"("scores": {})", R"("scores": {"report": 1.5})"), "$.cadres[1].scores.report",
       "expected a number from 0 to 1"},
      {"score_negative", Replace(R"("scores": {})", R"("scores": {"report": -0.1})"), "$.cadres[1].scores.report",
       "expected a number from 0 to 1"},
      {"score_is_a_string", Replace(R"("scores": {})", R"("scores": {"report": "A"})"), "$.cadres[1].scores.report",
       "expected a number from 0 to 1"},
      {"scores_is_an_array", Replace(R"("scores": {})", R"("scores": [0.9])"), "$.cadres[1].scores",
       "expected an object of score components, found an array"},
      // hunan weighs only "tasks", computed: no component comes from records.
      {"score_component_not_in_the_policy",
       Replace(R"("scores": {})", R"("scores": {"reprot": 0.5})"), "$.cadres[1].scores.reprot",
       "is not a score component of the policy (it weighs none from records)"},
      {"participates_is_a_string",
       Replace(R"("category": "full_time",)", R"("category": "part_time", "participates": "yes",)"),
       "$.cadres[1].participates", "expected true or false, found a string"},

      // Vocabulary, and the document's own departments.
      {"department_not_in_the_document", Replace(R"("department": "org")", R"("department": "youth")"),
       "$.cadres[1].department", "\"youth\" is not a department of this document (org)"},
      {"unknown_activity_kind", Replace(R"("kind": "lecture")", R"("kind": "lectur")"),
       "$.cadres[1].activities[0].kind", "\"lectur\" is not a"},
      {"unknown_activity_kind_lists_defined", Replace(R"("kind": "lecture")", R"("kind": "lectur")"),
       "$.cadres[1].activities[0].kind", "activity kind of the policy; defined: lecture, league_class, youth_visit"},
      {"unknown_secondary_kind", Replace(R"("kind": "lecture",)", R"("kind": "lecture", "also": ["youth_visit", "walk"],)"),
       "$.cadres[1].activities[0].also[1]", "\"walk\" is not a"},
      {"unknown_partner_level", Replace(R"("partner_level": "county")", R"("partner_level": "galaxy")"),
       "$.cadres[1].activities[1].partner_level",
       "level of the policy; defined: central, province, city, county, township, grassroots"},
      {"unknown_organ_level", Replace(R"("organ_level": "province")", R"("organ_level": "planet")"),
       "$.cadres[1].organ_level", "level of the policy"},
      {"unknown_area", Replace(R"("evidence": "签到表")", R"("evidence": "签到表", "area": "sports")"),
       "$.cadres[1].activities[0].area", "area of the policy; defined: theory_study"},
      {"unknown_rank", Replace(R"("rank": "staff")", R"("rank": "boss")"), "$.cadres[1].rank",
       "rank of the policy; defined: department_head, deputy_head, section_chief, staff"},
      {"unknown_tag", Replace(R"("category": "full_time",)", R"("category": "full_time", "tags": ["vip"],)"),
       "$.cadres[1].tags[0]", "tag of the policy; defined: not_yet_sent_down"},
      {"unknown_not_rated_reason", Replace(R"("category": "full_time",)", R"("category": "full_time", "not_rated": "holiday",)"),
       "$.cadres[1].not_rated", "not-rated reason of the policy; defined: probation"},
      {"unknown_submission_kind", Replace(R"("kind": "research_report")", R"("kind": "thesis")"),
       "$.cadres[1].submissions[0].kind", "submission kind of the policy; defined: research_report, midyear_report"},
      {"unknown_contact_point_kind", Replace(R"("kind": "youth_home")", R"("kind": "club")"),
       "$.cadres[1].contact_points[0].kind", "contact-point kind of the policy"},
      {"unknown_mode", Replace(R"("mode": "in_person", "days": 1)", R"("mode": "by_phone", "days": 1)"),
       "$.cadres[1].activities[0].mode", "\"by_phone\" is not one of \"in_person\", \"online\""},
      {"unknown_category", Replace(R"("category": "full_time")", R"("category": "intern")"),
       "$.cadres[1].category", "\"intern\" is not one of \"full_time\", \"part_time\", \"seconded\""},

      // Participation left to the department.
      {"part_time_without_participates", Replace(R"("category": "full_time")", R"("category": "part_time")"),
       "$.cadres[1].participates", "required for a part_time cadre"},
      {"seconded_without_participates", Replace(R"("category": "full_time")", R"("category": "seconded")"),
       "$.cadres[1].participates", "required for a seconded cadre"},

      // Unknown and missing fields.
      {"unknown_field_in_activity", Replace(R"("evidence": "签到表")", R"("evidence": "签到表", "colour": "red")"),
       "$.cadres[1].activities[0].colour", "unknown field; allowed here: id, date, days, kind"},
      {"unknown_field_in_cadre", Replace(R"("rank": "staff",)", R"("rank": "staff", "ranks": ["staff"],)"),
       "$.cadres[1].ranks", "unknown field"},
      {"unknown_field_in_task_list", Replace(R"({"approved_on": "2026-02-10"})", R"({"approved": "2026-02-10"})"),
       "$.cadres[1].task_list.approved", "unknown field; allowed here: approved_on"},
      {"missing_organ_level", Replace(R"("organ_level": "province",)", ""), "$.cadres[1].organ_level",
       "required field is missing"},
      {"missing_category", Replace(R"("category": "full_time",)", ""), "$.cadres[1].category",
       "required field is missing"},
      {"missing_department", Replace(R"("department": "org", )", ""), "$.cadres[1].department",
       "required field is missing"},
      {"expense_without_activity", Replace(R"("activity": "a1", )", ""), "$.cadres[1].expenses[0].activity",
       "required field is missing"},
      {"empty_cadre_id", Replace(R"("id": "c02")", R"("id": "")"), "$.cadres[1].id", "must not be empty"},
      {"cadre_is_a_number", Whole("42"), "$.cadres[1]", "expected an object, found an integer"},
      {"activity_is_a_string", Replace(R"("activities": [
        {)", R"("activities": ["a0",
        {)"),
       "$.cadres[1].activities[0]", "expected an object, found a string"},
      {"person_is_a_number", Replace(R"(["g1", "g2"])", R"(["g1", 7])"), "$.cadres[1].activities[1].people[1]",
       "expected a string, found an integer"},

      // Duplicates.
      {"duplicate_activity_id", Replace(R"("id": "a2")", R"("id": "a1")"), "$.cadres[1].activities[1].id",
       "activity id \"a1\" is used twice"},
      {"duplicate_cadre_id", Replace(R"("id": "c02")", R"("id": "c01")"), "$.cadres[1].id",
       "cadre \"c01\" is already at $.cadres[0]"},
      {"duplicate_contact_point_id",
       Replace(R"("to": "2026-12-31"}])", R"("to": "2026-12-31"}, {"id": "cp1", "kind": "social_org"}])"),
       "$.cadres[1].contact_points[1].id", "contact point \"cp1\" is listed twice"},
      {"duplicate_key_in_cadre", Replace(R"("name": "张三",)", R"("name": "张三", "name": "李四",)"),
       "$.cadres[1].name", "the key is given more than once"},
      {"duplicate_key_in_activity", Replace(R"("headcount": 40)", R"("headcount": 40, "headcount": 400)"),
       "$.cadres[1].activities[0].headcount", "the key is given more than once"},
      {"duplicate_key_in_scores", Replace(R"("scores": {})", R"("scores": {"report": 0.9, "report": 0.2})"),
       "$.cadres[1].scores.report", "the key is given more than once"},
      // What the text of one cadre gets wrong below the grammar (bad UTF-8,
      // a raw control character) is that cadre's error, with its path and
      // its line and column in the whole text (records.md §5.1).
      {"invalid_utf8_in_string_value", Replace("\"name\": \"张三\"", "\"name\": \"\xe5\xbc\""),
       "$.cadres[1].name", "not valid UTF-8"},
      {"overlong_nul_in_string_value", Replace("\"name\": \"张三\"", "\"name\": \"\xc0\x80\""),
       "$.cadres[1].name", "not valid UTF-8"},
      {"raw_nul_in_string_value",
       Replace("\"name\": \"张三\"", std::string(kNameWithRawNul, sizeof(kNameWithRawNul) - 1)),
       "$.cadres[1].name", "not valid JSON: the control character U+0000 inside a string"},
  };
}

class RecordCadreErrorTest : public ::testing::TestWithParam<CadreErrorCase> {
 protected:
  std::string Text() const {
    return Records({Cadre("c01"), GetParam().mutation(Cadre("c02")), Cadre("c03")});
  }
};

TEST(RecordErrorBase, GoodBatchDecodesAndEvaluates) {
  const Policy policy = Hunan();
  const std::string text = Records({Cadre("c01"), Cadre("c02"), Cadre("c03")});
  absl::StatusOr<RecordBatch> batch = DecodeRecords(policy, text);
  ASSERT_TRUE(batch.ok()) << batch.status();
  ASSERT_EQ(batch->cadres.size(), 3u);
  for (const absl::StatusOr<CadreYear>& cadre : batch->cadres) {
    EXPECT_TRUE(cadre.ok()) << cadre.status();
  }
  absl::StatusOr<std::string> json = EvaluateRecordsJson(policy, text, kYearEnd);
  ASSERT_TRUE(json.ok()) << json.status();
  simdjson::dom::parser parser;
  simdjson::dom::array results;
  ASSERT_EQ(parser.parse(*json)["results"].get_array().get(results), simdjson::SUCCESS);
  ASSERT_EQ(results.size(), 3u);
  for (simdjson::dom::element result : results) {
    bool ok = false;
    ASSERT_EQ(result["ok"].get_bool().get(ok), simdjson::SUCCESS);
    EXPECT_TRUE(ok) << simdjson::to_string(result);
  }
}

TEST(RecordErrorBase, ExampleDepartmentDecodes) {
  const Policy policy = Hunan();
  simdjson::padded_string text;
  ASSERT_EQ(simdjson::padded_string::load(LIAISON_SOURCE_DIR "/examples/department.json").get(text),
            simdjson::SUCCESS);
  absl::StatusOr<RecordBatch> batch = DecodeRecords(policy, std::string_view(text));
  ASSERT_TRUE(batch.ok()) << batch.status();
  for (const absl::StatusOr<CadreYear>& cadre : batch->cadres) {
    EXPECT_TRUE(cadre.ok()) << cadre.status();
  }
}

TEST_P(RecordCadreErrorTest, SpoilsOnlyThatCadre) {
  const CadreErrorCase& c = GetParam();
  const std::string text = Text();
  absl::StatusOr<RecordBatch> batch = DecodeRecords(Hunan(), text);
  ASSERT_TRUE(batch.ok()) << batch.status();
  EXPECT_EQ(batch->year, 2026);
  ASSERT_EQ(batch->cadres.size(), 3u);
  ASSERT_TRUE(batch->cadres[0].ok()) << batch->cadres[0].status();
  EXPECT_EQ(batch->cadres[0]->id, "c01");
  ASSERT_TRUE(batch->cadres[2].ok()) << batch->cadres[2].status();
  EXPECT_EQ(batch->cadres[2]->id, "c03");
  ASSERT_FALSE(batch->cadres[1].ok()) << "the middle cadre decoded:\n" << text;
  const absl::Status& status = batch->cadres[1].status();
  EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument) << status;
  const std::vector<Problem> problems = ProblemsOf(status);
  EXPECT_TRUE(HasProblem(problems, c.path, c.fragment));
  for (const Problem& p : problems) {
    // Every problem lies inside the bad cadre and is repeated in the message.
    EXPECT_THAT(p.path, StartsWith("$.cadres[1]"));
    EXPECT_THAT(std::string(status.message()), HasSubstr(p.path + ": " + p.message));
  }
}

TEST_P(RecordCadreErrorTest, EvaluatesTheOthersAsJson) {
  const CadreErrorCase& c = GetParam();
  const std::string text = Text();
  const Policy policy = Hunan();
  absl::StatusOr<std::string> json = EvaluateRecordsJson(policy, text, kYearEnd);
  ASSERT_TRUE(json.ok()) << json.status();

  simdjson::dom::parser parser;
  simdjson::dom::element root;
  ASSERT_EQ(parser.parse(*json).get(root), simdjson::SUCCESS) << *json;
  std::string_view schema;
  ASSERT_EQ(root["schema"].get_string().get(schema), simdjson::SUCCESS);
  EXPECT_EQ(schema, "liaison.evaluation/1");
  simdjson::dom::array results;
  ASSERT_EQ(root["results"].get_array().get(results), simdjson::SUCCESS);
  ASSERT_EQ(results.size(), 3u);

  const char* const ids[] = {"c01", nullptr, "c03"};
  for (std::size_t i : {0u, 2u}) {
    bool ok = false;
    ASSERT_EQ(results.at(i)["ok"].get_bool().get(ok), simdjson::SUCCESS);
    EXPECT_TRUE(ok) << simdjson::to_string(results.at(i));
    std::string_view cadre;
    ASSERT_EQ(results.at(i)["report"]["cadre"].get_string().get(cadre), simdjson::SUCCESS);
    EXPECT_EQ(cadre, ids[i]);
  }

  simdjson::dom::element middle = results.at(1);
  bool ok = true;
  ASSERT_EQ(middle["ok"].get_bool().get(ok), simdjson::SUCCESS);
  EXPECT_FALSE(ok);
  simdjson::dom::element error;
  ASSERT_EQ(middle["error"].get(error), simdjson::SUCCESS) << simdjson::to_string(middle);
  EXPECT_EQ(middle["report"].error(), simdjson::NO_SUCH_FIELD);
  std::string_view path, message;
  ASSERT_EQ(error["path"].get_string().get(path), simdjson::SUCCESS) << simdjson::to_string(error);
  ASSERT_EQ(error["message"].get_string().get(message), simdjson::SUCCESS);

  // The error names the first problem; the expected one is among them all.
  absl::StatusOr<RecordBatch> batch = DecodeRecords(policy, text);
  ASSERT_TRUE(batch.ok());
  ASSERT_FALSE(batch->cadres[1].ok());
  EXPECT_EQ(path, FirstProblemPath(batch->cadres[1].status()));
  EXPECT_EQ(std::string(message), std::string(batch->cadres[1].status().message()));
  simdjson::dom::array problems;
  ASSERT_EQ(error["problems"].get_array().get(problems), simdjson::SUCCESS);
  bool found = false;
  for (simdjson::dom::element problem : problems) {
    std::string_view problem_path, problem_message;
    ASSERT_EQ(problem["path"].get_string().get(problem_path), simdjson::SUCCESS);
    ASSERT_EQ(problem["message"].get_string().get(problem_message), simdjson::SUCCESS);
    if (problem_path == c.path && problem_message.find(c.fragment) != std::string_view::npos) {
      found = true;
    }
  }
  EXPECT_TRUE(found) << "no problem at " << c.path << " in " << simdjson::to_string(error);
}

INSTANTIATE_TEST_SUITE_P(Malformed, RecordCadreErrorTest, ::testing::ValuesIn(CadreCases()),
                         [](const ::testing::TestParamInfo<CadreErrorCase>& info) {
                           return info.param.name;
                         });

// The example from the brief, spelt out: one date, one path.
TEST(RecordErrorBase, ImpossibleDateNamesItsPath) {
  const std::string text =
      Records({Cadre("c01"), Replace(R"("date": "2026-03-05")", R"("date": "2026-02-30")")(Cadre("c02")),
               Cadre("c03")});
  absl::StatusOr<RecordBatch> batch = DecodeRecords(Hunan(), text);
  ASSERT_TRUE(batch.ok()) << batch.status();
  ASSERT_EQ(batch->cadres.size(), 3u);
  EXPECT_TRUE(batch->cadres[0].ok());
  EXPECT_TRUE(batch->cadres[2].ok());
  ASSERT_FALSE(batch->cadres[1].ok());
  EXPECT_EQ(FirstProblemPath(batch->cadres[1].status()), "$.cadres[1].activities[0].date");
  EXPECT_EQ(ProblemsOf(batch->cadres[1].status()).size(), 1u);
  EXPECT_THAT(std::string(batch->cadres[1].status().message()),
              HasSubstr("cadre \"c02\" has 1 problem: $.cadres[1].activities[0].date: "
                        "\"2026-02-30\" is not a calendar date"));
}

// Several bad cadres each keep their own errors and paths.
TEST(RecordErrorBase, EveryBadCadreKeepsItsOwnError) {
  const std::string text = Records(
      {Replace(R"("headcount": 40)", R"("headcount": -1)")(Cadre("c01")), Cadre("c02"),
       Replace(R"("category": "full_time")", R"("category": "part_time")")(Cadre("c03")), Cadre("c04")});
  absl::StatusOr<RecordBatch> batch = DecodeRecords(Hunan(), text);
  ASSERT_TRUE(batch.ok()) << batch.status();
  ASSERT_EQ(batch->cadres.size(), 4u);
  ASSERT_FALSE(batch->cadres[0].ok());
  EXPECT_EQ(FirstProblemPath(batch->cadres[0].status()), "$.cadres[0].activities[0].headcount");
  EXPECT_TRUE(batch->cadres[1].ok());
  ASSERT_FALSE(batch->cadres[2].ok());
  EXPECT_EQ(FirstProblemPath(batch->cadres[2].status()), "$.cadres[2].participates");
  EXPECT_TRUE(batch->cadres[3].ok());
}

// An escaped NUL (\u0000) is a valid JSON string character: the cadre decodes
// and the report writes it back escaped, so the output is still JSON.
TEST(RecordErrorBase, EscapedNulInStringValueRoundTrips) {
  const std::string text = Records(
      {Cadre("c01"), Replace(R"("name": "张三")", R"("name": "张\u0000三")")(Cadre("c02")), Cadre("c03")});
  const Policy policy = Hunan();
  absl::StatusOr<RecordBatch> batch = DecodeRecords(policy, text);
  ASSERT_TRUE(batch.ok()) << batch.status();
  ASSERT_EQ(batch->cadres.size(), 3u);
  ASSERT_TRUE(batch->cadres[1].ok()) << batch->cadres[1].status();
  EXPECT_EQ(batch->cadres[1]->name, std::string("张\0三", 7));

  absl::StatusOr<std::string> json = EvaluateRecordsJson(policy, text, kYearEnd);
  ASSERT_TRUE(json.ok()) << json.status();
  EXPECT_EQ(json->find('\0'), std::string::npos) << "a raw NUL byte in the output";
  simdjson::dom::parser parser;
  std::string_view name;
  ASSERT_EQ(parser.parse(*json)["results"].at(1)["report"]["name"].get_string().get(name),
            simdjson::SUCCESS);
  EXPECT_EQ(name, std::string_view("张\0三", 7));
}

}  // namespace
}  // namespace liaison
