// Every problem the library reports to a person is in English and Chinese:
// decoding records, validating policies, reading case files and requests,
// running cases. Each case below is one kind of problem, with its path and
// both texts written out from what the document gets wrong (the Chinese
// written from the meaning, in the register of the plan's own documents).
#include <regex>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "liaison/grading_json.h"
#include "liaison/case_results.h"
#include "liaison/case_runner.h"
#include "liaison/policy.h"
#include "liaison/problem.h"
#include "ledger/ledger_import.h"
#include "liaison/record_decoder.h"
#include "test_support.h"

namespace liaison {
namespace {

using testing::Replace;

struct BilingualCase {
  const char* name;
  std::string document;  // after the mutation (or the keys of a case file the message quotes)
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

// hunan's lectures rule by its title, as a case failure about cadre "a"
// (no name) begins.
const std::string kLecturesEn =
    "a, At least 4 lectures or themed League classes among grassroots youth a year: ";
const std::string kLecturesZh = "a 每年深入基层青年中开展不少于4次集中宣讲或主题团课：";

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
      {"score_not_weighed", Records(cadre, R"("category": "full_time", "scores": {"x": 0.5}})"),
       "$.cadres[0].scores.x", "is not a score component of the policy (it weighs none from records)",
       "不是所依据政策的得分项（该政策不从记录中取任何得分项）"},
      // Eleven departments, d and d1 to d10: the first ten are listed.
      {"department_of_many",
       Records(R"([{"id": "d"}], "cadres": [{"id": "a", "department": "d")",
               R"([{"id": "d"}, {"id": "d1"}, {"id": "d2"}, {"id": "d3"}, {"id": "d4"},)"
               R"( {"id": "d5"}, {"id": "d6"}, {"id": "d7"}, {"id": "d8"}, {"id": "d9"},)"
               R"( {"id": "d10"}], "cadres": [{"id": "a", "department": "e")"),
       "$.cadres[0].department",
       R"("e" is not a department of this document (d, d1, d2, d3, d4, d5, d6, d7, d8, d9 )"
       R"(and 1 more))",
       "“e”不是本文档所列的部门（d、d1、d2、d3、d4、d5、d6、d7、d8、d9等，另有 1 个）"},
      {"key_twice", Records(R"("year": 2026,)", R"("year": 2026, "year": 2026,)"), "$.year",
       "the key is given more than once; give each key once",
       "该键出现了不止一次；每个键只能给出一次"},
      // The text ends after its 11th character, inside the object.
      {"not_json", R"({"schema": )", "$.schema",
       "line 1, column 12: not valid JSON: the text ends inside an object: a '}' is missing",
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

// Every run of ASCII letters in `zh` (a word of English, or an id, key or
// value the input spells so) must be one `literals` holds: the Chinese text
// quotes the input, never speaks English.
void ExpectNoEnglish(const std::string& zh, const std::string& literals) {
  static const std::regex kWord("[A-Za-z][A-Za-z0-9_]*");
  // Names of formats a Chinese text uses as they are.
  static const std::string kFormats = " JSON YYYY MM DD null XML CSV UTF GB18030 XLSX ";
  for (std::sregex_iterator it(zh.begin(), zh.end(), kWord), end; it != end; ++it) {
    const std::string word = it->str();
    EXPECT_TRUE(literals.find(word) != std::string::npos ||
                kFormats.find(" " + word + " ") != std::string::npos)
        << "English \"" << word << "\" in " << zh;
  }
}

// The embedded hunan policy, the source of the ids a records problem quotes.
const std::string& HunanJson() {
  static const std::string text(*Policy::EmbeddedJson("hunan"));
  return text;
}

// Whether `problems` hold one at `c.path` with exactly both texts.
void ExpectBilingual(const std::vector<Problem>& problems, const BilingualCase& c) {
  ExpectNoEnglish(c.zh, c.document + c.path + HunanJson());
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
                  {"", R"("records")", "$.as_of",
                   R"(required with "records": the date to evaluate them as of)",
                   "有“records”时必填：评价记录所依据的日期"});
  CaseResult both = RunCase(R"({"schema": "liaison.case/1", "name": "n", "policy": "hunan",)"
                            R"( "as_of": "2026-12-31", "records": {"path": "x", "inline": {}},)"
                            R"( "expect": {}})",
                            "");
  ExpectBilingual(ProblemsOf(both.error), {"", R"("path", "inline")", "$.records",
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
  EXPECT_EQ(failed.failures[0].message, kLecturesEn + "actual expected 5, got 0");
  EXPECT_EQ(failed.failures[0].message_zh, kLecturesZh + "实际值 应为 5，实为 0");
  EXPECT_THAT(CaseResultsJson({failed}, Language::kChinese),
              ::testing::HasSubstr("\"message\": \"" + kLecturesZh + "实际值 应为 5，实为 0\""));
}

// Each kind of failing check a case file can hold (docs/testing-policies.md
// §3), with both texts written from what the case expects and what the
// records give: who by id (and name, when the record has one), a rule by its
// title (hunan's, docs/policy.md §7), then the value checked, statuses and
// grades in each language's words. The one cadre "a" (kRecords, no name,
// nothing recorded) as of
// 2026-12-31 under hunan: participating, every count rule short at 0 and
// behind pace, the research report not handed in, eligible for 良 only
// (优 needs every binding rule met); its department "d" has a quota base of 1,
// whose caps give 优 floor(0.3) = 0 and 良 floor(0.5) = 0 places, so it is
// proposed 中, the best grade without a cap. A base of 10 gives 优
// floor(3.0) = 3.
struct CaseFailureKind {
  const char* name;
  std::string path;
  std::string en;
  std::string zh;
};

std::vector<CaseFailureKind> CaseFailureKinds() {
  const std::string cadre = "$.expect.cadres.a";
  const std::string lectures = cadre + ".rules.lectures";
  const std::string& lectures_en = kLecturesEn;
  const std::string& lectures_zh = kLecturesZh;
  return {
      {"participation", cadre + ".participation",
       "a: participation expected exempt, got takes part", "a：参加情况 应为 批准免除，实为 参加"},
      {"status", lectures + ".status", lectures_en + "status expected met, got short",
       lectures_zh + "状态 应为 已达标，实为 未达标"},
      {"count", lectures + ".actual", lectures_en + "actual expected 5, got 0",
       lectures_zh + "实际值 应为 5，实为 0"},
      {"pace", lectures + ".pace", lectures_en + "pace expected on pace, got behind pace",
       lectures_zh + "进度 应为 进度正常，实为 进度落后"},
      {"due", lectures + ".due", lectures_en + R"(due expected "2026-06-30", got "2026-12-31")",
       lectures_zh + R"(截止日期 应为 "2026-06-30"，实为 "2026-12-31")"},
      {"submitted", cadre + ".rules.research.submitted",
       R"(a, One research topic a year, report by the end of October: submitted expected )"
       R"("2026-10-01", got none)",
       R"(a 每年确定1个调研课题，10月底前形成调研报告：提交日期 应为 "2026-10-01"，实为 无)"},
      {"grade", cadre + ".eligible_grade", "a: eligible_grade expected excellent, got good",
       "a：可评等次 应为 优，实为 良"},
      {"no_such_rule", cadre + ".rules.nope",
       "a, nope: expected a finding, got no such rule in the report",
       "a nope：应为 一项评估结果，实为 报告中没有该规则"},
      {"no_such_cadre", "$.expect.cadres.b",
       "b: expected a report, got no evaluated cadre with this id",
       "b：应为 一份评估报告，实为 没有该编号的已评估干部"},
      {"quota_base", "$.expect.departments.d.base", "d: base expected 5, got 1",
       "d：名额基数 应为 5，实为 1"},
      {"proposed", "$.expect.departments.d.proposed.a",
       "a proposed: expected excellent, got fair", "a 建议等次：应为 优，实为 中"},
      {"cap", "$.expect.caps_table[0].caps.excellent", "base 10 cap excellent: expected 2, got 3",
       "基数 10 优 名额上限：应为 2，实为 3"},
      {"record_errors", "$.expect.record_errors",
       "$.cadres[0]: expected a bad record, got a good record",
       "$.cadres[0]：应为 有误的记录，实为 无误的记录"},
  };
}

TEST(BilingualProblems, EveryKindOfCaseFailure) {
  const std::string case_text =
      R"({"schema": "liaison.case/1", "name": "n", "policy": "hunan", "as_of": "2026-12-31",)"
      R"( "records": {"inline": )" + std::string(kRecords) + R"(}, "expect": {)"
      R"( "record_errors": ["$.cadres[0]"],)"
      R"( "caps_table": [{"base": 10, "caps": {"excellent": 2}}],)"
      R"( "cadres": {"a": {"participation": "exempt", "eligible_grade": "优", "rules": {)"
      R"( "lectures": {"status": "met", "actual": 5, "pace": "on_pace", "due": "2026-06-30"},)"
      R"( "research": {"submitted": "2026-10-01"}, "nope": {}}}, "b": {}},)"
      R"( "departments": {"d": {"base": 5, "proposed": {"a": "excellent"}}}}})";
  const CaseResult result = RunCase(case_text, "");
  ASSERT_TRUE(result.error.ok()) << result.error;
  const std::vector<CaseFailureKind> kinds = CaseFailureKinds();
  EXPECT_EQ(result.failures.size(), kinds.size());
  for (const CaseFailureKind& kind : kinds) {
    SCOPED_TRACE(kind.name);
    ExpectNoEnglish(kind.zh, case_text);
    bool found = false;
    for (const CaseFailure& failure : result.failures) {
      if (failure.path != kind.path) continue;
      found = true;
      EXPECT_EQ(failure.message, kind.en);
      EXPECT_EQ(failure.message_zh, kind.zh);
      EXPECT_EQ(failure.MessageIn(Language::kChinese), kind.zh);
    }
    EXPECT_TRUE(found) << "no failure at " << kind.path;
  }
  // JUnit XML in Chinese: the count in words, each failure by path and message.
  const std::string junit = CaseResultsJUnitXml({result}, Language::kChinese);
  EXPECT_THAT(junit, ::testing::HasSubstr("<failure message=\"13 项预期未满足\">"));
  EXPECT_THAT(junit, ::testing::HasSubstr("$.expect.cadres.a.rules.lectures.actual：" +
                                          kLecturesZh + "实际值 应为 5，实为 0\n"));
}

// One cell of examples/department-csv changed, and the ledger's error for it
// in both languages: the place as the spreadsheet shows it and what is wrong.
// Sheet 活动 has its Chinese header on row 1 and its field ids on row 2; its
// first activity, on row 3, is c01-vis-01 (columns A 干部编号, B 活动编号,
// C 活动日期, D 活动类型, E 同时计入类型, F 联系点编号, G 活动方式, H 天数); its
// second, on row 4, is c01-talk-1.
struct LedgerCase {
  const char* name;
  int column;  // 0 = A
  std::string value;
  std::string place_zh;
  std::string zh;
  std::string en;
};

std::vector<LedgerCase> LedgerCases() {
  return {
      {"not_in_vocabulary", 6, "线下讲座", "活动 第3行 G列（活动方式）",
       "“线下讲座”不是本政策的活动方式；可选：线下、线上",
       R"("线下讲座" is not an activity mode of this policy; allowed: in person, online)"},
      {"not_a_date", 2, "2026-02-30", "活动 第3行 C列（活动日期）",
       "“2026-02-30”不是有效日期：请填如 2026-03-12 或 2026/3/12 的日期",
       R"("2026-02-30" is not a calendar date: write e.g. 2026-03-12 or 2026/3/12)"},
      {"not_a_whole_number", 7, "1.5", "活动 第3行 H列（天数）",
       "“1.5”不是整数：请填不小于 0 的整数", R"("1.5" is not a whole number ≥ 0)"},
      {"required_and_empty", 1, "", "活动 第3行 B列（活动编号）", "必填，不能为空",
       "is required and empty"},
      {"unknown_cadre", 0, "c99", "活动 第3行 A列（干部编号）",
       "“c99”不是“干部”表中的干部编号", R"("c99" is not a cadre id of sheet 干部 (cadres))"},
      {"decoded_twice", 1, "c01-talk-1", "活动 第4行 B列（活动编号）",
       "活动编号“c01-talk-1”重复使用", R"(activity id "c01-talk-1" is used twice)"},
  };
}

class LedgerProblemTest : public ::testing::TestWithParam<LedgerCase> {};
TEST_P(LedgerProblemTest, InBothLanguages) {
  const LedgerCase& c = GetParam();
  static const Policy hunan = *Policy::Embedded("hunan");
  absl::StatusOr<ledger::Workbook> book =
      ledger::ReadLedgerFile(std::string(LIAISON_SOURCE_DIR) + "/examples/department-csv");
  ASSERT_TRUE(book.ok()) << book.status();
  bool changed = false;
  for (ledger::Sheet& sheet : book->sheets) {
    if (!ledger::Workbook::SheetNamed(sheet.name, "活动")) continue;
    ledger::Cell& cell = sheet.rows.at(2).cells.at(static_cast<std::size_t>(c.column));
    cell.text = c.value;
    cell.type = c.value.empty() ? ledger::Cell::Type::kEmpty : ledger::Cell::Type::kText;
    changed = true;
  }
  ASSERT_TRUE(changed);
  absl::StatusOr<ledger::LedgerImport> imported = ledger::ImportLedger(hunan, *book, {});
  ASSERT_TRUE(imported.ok()) << imported.status();
  ExpectNoEnglish(c.zh, c.value);
  for (const ledger::LedgerError& error : imported->errors) {
    if (error.Place(true) != c.place_zh) continue;
    EXPECT_EQ(error.zh, c.zh);
    EXPECT_EQ(error.en, c.en);
    return;
  }
  ADD_FAILURE() << "no error at " << c.place_zh << "; " << imported->errors.size() << " errors";
}
INSTANTIATE_TEST_SUITE_P(Ledgers, LedgerProblemTest, ::testing::ValuesIn(LedgerCases()),
                         [](const auto& info) { return std::string(info.param.name); });

}  // namespace
}  // namespace liaison
