// Every problem the library reports to a person is in English and Chinese:
// decoding records, validating policies, reading case files and requests,
// running cases. Each case below is one kind of problem, with its path and
// both texts written out from what the document gets wrong (the Chinese
// written from the meaning, in the register of the plan's own documents).
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "liaison/grading_json.h"
#include "liaison/case_results.h"
#include "liaison/case_runner.h"
#include "liaison/policy.h"
#include "liaison/problem.h"
#include "liaison/record_decoder.h"
#include "test_support.h"

namespace liaison {
namespace {

using testing::Replace;

struct BilingualCase {
  const char* name;
  std::string document;  // after the mutation
  std::string path;
  std::string en;
  std::string zh;
};

// One cadre of hunan in 2026 with nothing recorded: a full-time cadre of the
// provincial organ in department d.
constexpr char kRecords[] =
    R"({"schema": "liaison.records/1", "year": 2026, "departments": [{"id": "d"}],)"
    R"( "cadres": [{"id": "a", "department": "d", "organ_level": "province",)"
    R"( "category": "full_time"}]})";

// The smallest policy: one activity kind "a", one count rule "r" (at least 1),
// one grade "g".
constexpr char kPolicy[] =
    R"({"schema": "liaison.policy/1", "id": "x", "version": "1",)"
    R"( "title": {"zh": "x", "en": "x"}, "year": 2026,)"
    R"( "vocabulary": {"activity_kinds": [{"id": "a", "zh": "a", "en": "a"}]},)"
    R"( "rules": [{"id": "r", "kind": "count", "title": {"zh": "r", "en": "r"},)"
    R"( "basis": "1", "min": 1}],)"
    R"( "grading": {"scale": [{"id": "g", "zh": "g", "en": "g"}]}})";

std::string Records(const std::string& from, const std::string& to) {
  return Replace(from, to)(kRecords);
}
std::string PolicyText(const std::string& from, const std::string& to) {
  return Replace(from, to)(kPolicy);
}

// The problems of a records document: the whole document's, or else every
// cadre's.
std::vector<Problem> RecordProblems(const std::string& text) {
  static const Policy hunan = *Policy::Embedded("hunan");
  absl::StatusOr<RecordBatch> batch = DecodeRecords(hunan, text);
  if (!batch.ok()) return ProblemsOf(batch.status());
  std::vector<Problem> problems;
  for (const auto& cadre : batch->cadres) {
    for (Problem& problem : ProblemsOf(cadre.status())) problems.push_back(std::move(problem));
  }
  return problems;
}

std::vector<BilingualCase> RecordCases() {
  const std::string cadre = R"("category": "full_time"})";
  return {
      {"unknown_field", Records(R"("year": 2026,)", R"("year": 2026, "colour": 1,)"), "$.colour",
       "unknown field; allowed here: schema, year, departments, cadres",
       "未知字段；此处允许的字段：schema、year、departments、cadres"},
      {"wrong_type", Records(R"("year": 2026)", R"("year": "2026")"), "$.year",
       "expected an integer, found a string", "应为整数，实为字符串"},
      {"out_of_range", Records(R"("year": 2026)", R"("year": 1999)"), "$.year",
       "1999 is out of range: expected 2000 to 2100", "1999 超出范围：应在 2000 到 2100 之间"},
      {"missing_field",
       R"({"schema": "liaison.records/1", "year": 2026})", "$.cadres",
       "required field is missing", "缺少必填字段"},
      {"unsupported_schema", Records("records/1", "records/2"), "$.schema",
       R"("liaison.records/2" is not supported; expected "liaison.records/1")",
       "不支持“liaison.records/2”；应为“liaison.records/1”"},
      // hunan is recurring from 2019.
      {"year_not_covered", Records(R"("year": 2026)", R"("year": 2018)"), "$.year",
       R"(2018 is not covered by policy "hunan" (2019 and later))",
       "2018 年不在政策“hunan”的适用范围内（2019 年起）"},
      {"department_twice", Records(R"([{"id": "d"}])", R"([{"id": "d"}, {"id": "d"}])"),
       "$.departments[1].id", R"(department "d" is listed twice)", "部门“d”重复列出"},
      {"unknown_department", Records(R"("department": "d")", R"("department": "e")"),
       "$.cadres[0].department", R"("e" is not a department of this document (d))",
       "“e”不是本文档所列的部门（d）"},
      {"not_one_of", Records(R"("category": "full_time")", R"("category": "fulltime")"),
       "$.cadres[0].category",
       R"("fulltime" is not one of "full_time", "part_time", "seconded")",
       R"(“fulltime”不是以下之一："full_time", "part_time", "seconded")"},
      {"undefined_term", Records(R"("organ_level": "province")", R"("organ_level": "planet")"),
       "$.cadres[0].organ_level",
       R"("planet" is not a level of the policy; defined: central, province, city, county, )"
       R"(township, grassroots)",
       "“planet”不是所依据政策的层级；已定义：central、province、city、county、township、"
       "grassroots"},
      {"participation_left_to_department",
       Records(R"("category": "full_time")", R"("category": "part_time")"),
       "$.cadres[0].participates",
       "required for a part_time cadre: the policy leaves participation to the department",
       "必填：本政策规定该类干部由部门决定是否参加（兼职）"},
      {"not_a_date",
       Records(cadre, R"("category": "full_time", "activities": [{"id": "x",)"
                      R"( "date": "2026-02-30", "kind": "lecture"}]})"),
       "$.cadres[0].activities[0].date", R"("2026-02-30" is not a calendar date (YYYY-MM-DD))",
       "“2026-02-30”不是有效的日期（YYYY-MM-DD）"},
      {"activity_id_twice",
       Records(cadre, R"("category": "full_time", "activities": [)"
                      R"({"id": "x", "date": "2026-03-01", "kind": "lecture"},)"
                      R"( {"id": "x", "date": "2026-03-02", "kind": "lecture"}]})"),
       "$.cadres[0].activities[1].id", R"(activity id "x" is used twice)",
       "活动编号“x”重复使用"},
      {"cadre_id_twice",
       Records(R"("category": "full_time"}]})",
               R"("category": "full_time"}, {"id": "a", "department": "d",)"
               R"( "organ_level": "province", "category": "full_time"}]})"),
       "$.cadres[1].id", R"(cadre "a" is already at $.cadres[0])",
       "干部编号“a”已在 $.cadres[0] 使用"},
      {"outside_the_year",
       Records(cadre, R"("category": "full_time", "expenses": [{"id": "e", "activity": "x",)"
                      R"( "amount_cents": 100, "date": "2025-12-31"}]})"),
       "$.cadres[0].expenses[0].date", "is not in 2026, the year of this records document",
       "不在本记录文档的年度 2026 年内"},
      {"to_before_from",
       Records(cadre, R"("category": "full_time", "contact_points": [{"id": "p",)"
                      R"( "kind": "youth_home", "from": "2026-05-01", "to": "2026-04-01"}]})"),
       "$.cadres[0].contact_points[0].to", R"(is before "from")", "早于联系起始日期（from）"},
      {"contact_point_twice",
       Records(cadre, R"("category": "full_time", "contact_points": [)"
                      R"({"id": "p", "kind": "youth_home"}, {"id": "p", "kind": "social_org"}]})"),
       "$.cadres[0].contact_points[1].id", R"(contact point "p" is listed twice)",
       "联系点“p”重复列出"},
      {"score_out_of_range", Records(cadre, R"("category": "full_time", "scores": {"x": 2}})"),
       "$.cadres[0].scores.x", "expected a number from 0 to 1", "应为 0 到 1 之间的数"},
      {"key_twice", Records(R"("year": 2026,)", R"("year": 2026, "year": 2026,)"), "$.year",
       "the key is given more than once; give each key once",
       "该键出现了不止一次；每个键只能给出一次"},
      // The text ends after its 11th character, inside the object.
      {"not_json", R"({"schema": )", "$.schema",
       "line 1, column 12: not valid JSON: the text ends inside an object: a '}' is missing / "
       "第1行第12列：不是有效的 JSON：文本在对象中结束：缺少“}”",
       "第1行第12列：不是有效的 JSON：文本在对象中结束：缺少“}”"},
  };
}

std::vector<BilingualCase> PolicyCases() {
  return {
      {"negative_min", PolicyText(R"("min": 1)", R"("min": -1)"), "$.rules[0].min",
       "-1 is out of range: expected 0 to 1000000", "-1 超出范围：应在 0 到 1000000 之间"},
      {"undefined_kind",
       PolicyText(R"("min": 1})", R"("min": 1, "match": {"kinds": ["lectur"]}})"),
       "$.rules[0].match.kinds[0]",
       R"("lectur" is not an activity kind of this policy; defined: a)",
       "“lectur”不是本政策的活动类型；已定义：a"},
      {"deadline_with_max",
       PolicyText(R"("kind": "count", "title": {"zh": "r", "en": "r"}, "basis": "1", "min": 1})",
                  R"("kind": "deadline", "title": {"zh": "r", "en": "r"}, "basis": "1",)"
                  R"( "due": "06-30", "submission": "s", "max": 2})"),
       "$.rules[0].max", "deadline rules take no max", "截止类规则不设上限"},
      {"min_above_max", PolicyText(R"("min": 1})", R"("min": 3, "max": 2})"), "$.rules[0]",
       "min 3 is greater than max 2", "下限 3 大于上限 2"},
      {"period_reversed",
       PolicyText(R"("year": 2026,)", R"("year": 2026, "period": {"start": "10-01", "end": "03-01"},)"),
       "$.period", "start is after end; a period lies within one calendar year",
       "起始日晚于截止日；期间须在同一自然年内"},
      {"bad_month_day",
       PolicyText(R"("year": 2026,)", R"("year": 2026, "period": {"start": "02-29", "end": "03-01"},)"),
       "$.period.start", R"("02-29" is not a month-day valid in every year (MM-DD, not 02-29))",
       "“02-29”不是每年都有的月日（MM-DD，不可为 02-29）"},
  };
}

// Whether `problems` hold one at `c.path` with exactly both texts.
void ExpectBilingual(const std::vector<Problem>& problems, const BilingualCase& c) {
  for (const Problem& problem : problems) {
    if (problem.path != c.path) continue;
    EXPECT_EQ(problem.message, c.en);
    EXPECT_EQ(problem.message_zh, c.zh);
    EXPECT_EQ(problem.MessageIn(Language::kEnglish), c.en);
    EXPECT_EQ(problem.MessageIn(Language::kChinese), c.zh);
    return;
  }
  ADD_FAILURE() << "no problem at " << c.path << ";" << testing::Describe(problems);
}

class RecordProblemTest : public ::testing::TestWithParam<BilingualCase> {};
TEST_P(RecordProblemTest, InBothLanguages) {
  ExpectBilingual(RecordProblems(GetParam().document), GetParam());
}
INSTANTIATE_TEST_SUITE_P(Records, RecordProblemTest, ::testing::ValuesIn(RecordCases()),
                         [](const auto& info) { return std::string(info.param.name); });

class PolicyProblemTest : public ::testing::TestWithParam<BilingualCase> {};
TEST_P(PolicyProblemTest, InBothLanguages) {
  absl::StatusOr<Policy> policy = Policy::FromJson(GetParam().document);
  ASSERT_FALSE(policy.ok());
  ExpectBilingual(ProblemsOf(policy.status()), GetParam());
}
INSTANTIATE_TEST_SUITE_P(Policies, PolicyProblemTest, ::testing::ValuesIn(PolicyCases()),
                         [](const auto& info) { return std::string(info.param.name); });

TEST(BilingualProblems, BasePolicyAndRecordsAreValid) {
  EXPECT_TRUE(Policy::FromJson(kPolicy).ok());
  EXPECT_TRUE(RecordProblems(kRecords).empty()) << testing::Describe(RecordProblems(kRecords));
}

// The status's own message lists the problems in each language.
TEST(BilingualProblems, StatusMessageInEachLanguage) {
  absl::StatusOr<Policy> policy = Policy::FromJson(PolicyText(R"("min": 1)", R"("min": -1)"));
  ASSERT_FALSE(policy.ok());
  EXPECT_EQ(policy.status().message(),
            "policy has 1 problem: $.rules[0].min: -1 is out of range: expected 0 to 1000000");
  EXPECT_EQ(StatusMessageIn(policy.status(), Language::kEnglish), policy.status().message());
  EXPECT_EQ(StatusMessageIn(policy.status(), Language::kChinese),
            "政策有 1 处问题：$.rules[0].min：-1 超出范围：应在 0 到 1000000 之间");
  EXPECT_EQ(ProblemsJson(ProblemsOf(policy.status()), Language::kChinese),
            R"([{"path":"$.rules[0].min","message":"-1 超出范围：应在 0 到 1000000 之间"}])");
  EXPECT_EQ(ProblemsJson(ProblemsOf(policy.status())),
            R"([{"path":"$.rules[0].min","message":"-1 is out of range: expected 0 to 1000000"}])");
}

TEST(BilingualProblems, NamedCadreInItsStatus) {
  static const Policy hunan = *Policy::Embedded("hunan");
  absl::StatusOr<RecordBatch> batch =
      DecodeRecords(hunan, Records(R"("category": "full_time")", R"("category": "x")"));
  ASSERT_TRUE(batch.ok());
  const absl::Status& status = batch->cadres[0].status();
  EXPECT_EQ(StatusMessageIn(status, Language::kChinese),
            R"(干部“a”有 1 处问题：$.cadres[0].category：“x”不是以下之一："full_time", )"
            R"("part_time", "seconded")");
}

TEST(BilingualProblems, UnknownEmbeddedPolicy) {
  absl::StatusOr<Policy> policy = Policy::Embedded("nope");
  ASSERT_EQ(policy.status().code(), absl::StatusCode::kNotFound);
  EXPECT_EQ(policy.status().message(), R"(no embedded policy "nope"; embedded: hunan-2018, hunan)");
  EXPECT_EQ(StatusMessageIn(policy.status(), Language::kChinese),
            "没有内置政策“nope”；内置政策：hunan-2018, hunan");
}

TEST(BilingualProblems, ApportionmentRequest) {
  absl::StatusOr<std::string> result =
      ApportionmentJson(R"({"places": 3, "units": [{"id": "a", "base": -1}]})");
  ASSERT_FALSE(result.ok());
  const std::vector<Problem> problems = ProblemsOf(result.status());
  ExpectBilingual(problems, {"", "", "$.units[0].base",
                             "-1 is out of range: expected 0 to 2147483647",
                             "-1 超出范围：应在 0 到 2147483647 之间"});
  EXPECT_THAT(StatusMessageIn(result.status(), Language::kChinese),
              ::testing::StartsWith("名额分配请求有 1 处问题："));
}

// A case with records and no as_of cannot be run; one whose expectation
// fails says so in both languages. The cadre has no lectures, so the actual
// of hunan's lecture rule is 0 where the case expects 5.
TEST(BilingualProblems, CaseFiles) {
  const std::string records = std::string(R"({"inline": )") + kRecords + "}";
  CaseResult unusable = RunCase(R"({"schema": "liaison.case/1", "name": "n", "policy": "hunan",)"
                                R"( "records": )" + records + R"(, "expect": {}})",
                                "");
  ExpectBilingual(ProblemsOf(unusable.error),
                  {"", "", "$.as_of",
                   R"(required with "records": the date to evaluate them as of)",
                   "有“records”时必填：评价记录所依据的日期"});
  CaseResult both = RunCase(R"({"schema": "liaison.case/1", "name": "n", "policy": "hunan",)"
                            R"( "as_of": "2026-12-31", "records": {"path": "x", "inline": {}},)"
                            R"( "expect": {}})",
                            "");
  ExpectBilingual(ProblemsOf(both.error), {"", "", "$.records",
                                           R"(give exactly one of "path" and "inline")",
                                           "“path”与“inline”须给出且只给出其一"});
  CaseResult failed = RunCase(
      R"({"schema": "liaison.case/1", "name": "n", "policy": "hunan", "as_of": "2026-12-31",)"
      R"( "records": )" + records +
          R"(, "expect": {"cadres": {"a": {"rules": {"lectures": {"actual": 5}}}}}})",
      "");
  ASSERT_TRUE(failed.error.ok()) << failed.error;
  ASSERT_EQ(failed.failures.size(), 1u);
  EXPECT_EQ(failed.failures[0].path, "$.expect.cadres.a.rules.lectures.actual");
  EXPECT_EQ(failed.failures[0].message, "a lectures actual: expected 5, got 0");
  EXPECT_EQ(failed.failures[0].message_zh, "a lectures actual：应为 5，实为 0");
  EXPECT_THAT(CaseResultsJson({failed}, Language::kChinese),
              ::testing::HasSubstr(R"("message": "a lectures actual：应为 5，实为 0")"));
}

}  // namespace
}  // namespace liaison
