// Syntax errors with their line, column and JSON path (json/syntax_error.h),
// for policy, records and case files alike. Every line and column below was
// counted by hand, character by character, in the text beside it: columns
// count characters from 1 (a Chinese character is one, a tab is one), and
// lines count from 1 at each "\n".
#include "json/syntax_error.h"

#include <string>

#include "gtest/gtest.h"
#include "liaison/case_runner.h"
#include "liaison/evaluate.h"
#include "liaison/policy.h"
#include "liaison/problem.h"
#include "test_support.h"

namespace liaison::json {
namespace {

struct SyntaxCase {
  const char* name;
  std::string text;
  int line;
  int column;
  const char* path;
  const char* message;  // a part of the English reason
  const char* zh;       // a part of the Chinese reason
};

std::vector<SyntaxCase> Cases() {
  return {
      // Line 3 is `  "year": 2026，`: 2 spaces, `"year":` at 3–9, a space
      // at 10, 2026 at 11–14, the full-width comma at 15.
      {"full_width_comma", "{\n  \"id\": \"city\",\n  \"year\": 2026，\n  \"recurring\": true\n}\n",
       3, 15, "$.year", "expected ',' or '}', found '，' (U+FF0C, a full-width comma", "全角逗号"},
      // `{"名称"： …`: { 1, " 2, 名 3, 称 4, " 5, the full-width colon 6.
      {"full_width_colon", "{\"名称\"： \"团市委\"}", 1, 6, "$[\"名称\"]",
       "expected ':', found '：' (U+FF1A, a full-width colon", "全角冒号"},
      // The BOM is refused at its own place, the very start.
      {"byte_order_mark", "\xEF\xBB\xBF{\"id\": \"city\"}", 1, 1, "$",
       "the file starts with a byte order mark (BOM); save it as UTF-8 without BOM", "不带 BOM"},
      // Line 3 is `  "min": 4,`: "min" at 3–7, : 8, space 9, 4 at 10, the
      // comma at 11; the error is the comma, not the } on the next line.
      {"trailing_comma_in_object", "{\n  \"kinds\": [\"lecture\", \"visit\"],\n  \"min\": 4,\n}\n",
       3, 11, "$", "a trailing comma before '}'", "多了一个逗号"},
      // { 1, "kinds" 2–8, : 9, space 10, [ 11, "lecture" 12–20, comma 21,
      // space 22, "visit" 23–29, the trailing comma 30.
      {"trailing_comma_in_array", "{\"kinds\": [\"lecture\", \"visit\",]}", 1, 30, "$.kinds",
       "a trailing comma before ']'", "多了一个逗号"},
      // Line 2 is `  "title": "宣讲,`: " 3, title 4–8, " 9, : 10, space 11,
      // " 12, 宣 13, 讲 14, comma 15; the line break is column 16.
      {"missing_closing_quote", "{\n  \"title\": \"宣讲,\n  \"min\": 4\n}\n", 2, 16, "$.title",
       "a line break inside a string: is the closing '\"' missing?", "缺少右引号"},
      // { 1, "id" 2–5, : 6, space 7, "a" 8–10, comma 11, space 12, n 13.
      {"missing_opening_quote", "{\"id\": \"a\", name\": \"b\"}", 1, 13, "$",
       "expected a key in double quotes, found 'n'", "用双引号括起的键名"},
      // Line 2 starts with a tab (column 1); the single quote is column 2.
      {"single_quote", "{\n\t'id': \"a\"\n}\n", 2, 2, "$",
       "a single quote: JSON strings and keys take double quotes", "单引号"},
      // Line 2 is `  "min": 4, // 不少于4次`: 4 at 10, comma 11, space 12,
      // the first slash 13.
      {"comment", "{\n  \"min\": 4, // 不少于4次\n  \"max\": 6\n}\n", 2, 13, "$",
       "JSON has no comments", "不能有注释"},
      // { 1, "min" 2–6, : 7, space 8, 04 starts at 9.
      {"leading_zero", "{\"min\": 04}", 1, 9, "$.min", "'04' is not a JSON number", "不是有效的 JSON 数字"},
      // { 1, "binding" 2–10, : 11, space 12, True at 13.
      {"python_true", "{\"binding\": True}", 1, 13, "$.binding",
       "'True' is not a JSON value", "不是 JSON 值"},
      // The text ends after line 2's newline: line 3, column 1, inside the
      // rules array whose element [0] was the last value begun.
      {"ends_inside_array", "{\"rules\": [\n  {\"id\": \"a\"}\n", 3, 1, "$.rules[0]",
       "the text ends inside an array: a ']' is missing", "缺少“]”"},
      // Windows line ends: "\r\n" is one line break. Line 3 is `  "b": 2`
      // after `  "a": 1` with no comma: the quote of "b" is column 3.
      {"missing_comma_crlf", "{\r\n  \"a\": 1\r\n  \"b\": 2\r\n}\r\n", 3, 3, "$.a",
       "expected ',' or '}', found '\"'", "此处应为“,”或“}”"},
      // { 1, "a" 2–4, : 5, space 6, 1 7, } 8, space 9, x 10.
      {"text_after_document", "{\"a\": 1} x", 1, 10, "$",
       "expected the end of the text after the document, found 'x'", "文档结束后不应再有内容"},
      {"empty", "", 1, 1, "$", "the text holds no JSON value", "没有 JSON 值"},
  };
}

class SyntaxErrorTest : public ::testing::TestWithParam<SyntaxCase> {};

TEST_P(SyntaxErrorTest, LineColumnPathAndReason) {
  const SyntaxCase& c = GetParam();
  std::optional<SyntaxError> error = FindSyntaxError(c.text);
  ASSERT_TRUE(error.has_value());
  EXPECT_EQ(error->line, c.line);
  EXPECT_EQ(error->column, c.column);
  EXPECT_EQ(error->path, c.path);
  EXPECT_NE(error->reason_en.find(c.message), std::string::npos) << error->reason_en;
  EXPECT_NE(error->reason_zh.find(c.zh), std::string::npos) << error->reason_zh;
  const std::string prefix = "line " + std::to_string(c.line) + ", column " +
                             std::to_string(c.column) + ": not valid JSON: ";
  EXPECT_EQ(error->MessageEn().rfind(prefix, 0), 0u) << error->MessageEn();
  EXPECT_NE(error->MessageZh().find("第" + std::to_string(c.line) + "行第" +
                                  std::to_string(c.column) + "列：不是有效的 JSON："),
            std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(Texts, SyntaxErrorTest, ::testing::ValuesIn(Cases()),
                         [](const ::testing::TestParamInfo<SyntaxCase>& info) {
                           return std::string(info.param.name);
                         });

TEST(SyntaxErrorTest, ValidJsonHasNone) {
  EXPECT_FALSE(FindSyntaxError(R"({"a": [1, -2.5e3, "，", true, null, {}], "b": "\u4e2d"})"));
}

TEST(InvalidUtf8Test, TheFirstBadByteIsLocated) {
  // "测试" in GBK is B2 E2 CA D4: { 1, "a" 2–4, : 5, space 6, " 7, B2 at 8.
  std::optional<SyntaxError> error = FindInvalidUtf8("{\"a\": \"\xB2\xE2\xCA\xD4\"}");
  ASSERT_TRUE(error.has_value());
  EXPECT_EQ(error->line, 1);
  EXPECT_EQ(error->column, 8);
  EXPECT_NE(error->reason_en.find("not valid UTF-8 (byte 0xB2)"), std::string::npos);
  EXPECT_FALSE(FindInvalidUtf8("{\"a\": \"测试\"}"));
}

// The three kinds of documents all go through ParseJson and get the place.
TEST(DocumentSyntaxErrorTest, APolicyNamesLineColumnAndRule) {
  // hunan.json line 93 is the work_tasks rule, rules[5]:
  // `    {"id": "work_tasks", "kind": "range", "basis": "二.3.(4)", "binding": true, "min": 2,`
  // 4 spaces, { 5, "id": 6–10, space 11, "work_tasks" 12–23, comma 24,
  // space 25, "kind": 26–32, space 33, "range" 34–40, comma 41, space 42,
  // "basis": 43–50, space 51, "二.3.(4)" 52–60, comma 61, space 62,
  // "binding": 63–72, space 73, true 74–77, comma 78, space 79, "min": 80–85,
  // space 86, 2 at 87: the full-width comma typed after it is column 88.
  std::string text = testing::ReadSourceFile("src/policy/policies/hunan.json");
  const std::string min = R"("binding": true, "min": 2, "max": 3,)";
  text.replace(text.find(min), min.size(), R"("binding": true, "min": 2， "max": 3,)");
  absl::StatusOr<Policy> policy = Policy::FromJson(text);
  ASSERT_FALSE(policy.ok());
  const std::vector<Problem> problems = ProblemsOf(policy.status());
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].path, "$.rules[5].min");
  EXPECT_EQ(problems[0].message.rfind("line 93, column 88: not valid JSON: expected ',' or '}', "
                                      "found '，'", 0),
            0u)
      << problems[0].message;
}

TEST(DocumentSyntaxErrorTest, RecordsAndCaseFilesToo) {
  const Policy hunan = *Policy::Embedded("hunan");
  // Line 3 is `  "cadres": [],`, then line 4 `}`: "cadres" 3–10, : 11,
  // space 12, [ 13, ] 14, the trailing comma 15.
  absl::StatusOr<BatchReport> report = EvaluateRecords(
      hunan, "{\n  \"schema\": \"liaison.records/1\", \"year\": 2026,\n  \"cadres\": [],\n}\n",
      absl::CivilDay(2026, 12, 31));
  ASSERT_FALSE(report.ok());
  EXPECT_NE(report.status().message().find("$: line 3, column 15: not valid JSON: a trailing comma"),
            std::string::npos)
      << report.status();
  // Line 2 is `  "name": 'x',`: "name" 3–8, : 9, space 10, the quote 11.
  CaseResult result = RunCase("{\n  \"name\": 'x',\n}", ".");
  EXPECT_NE(result.error.message().find("$.name: line 2, column 11: not valid JSON: a single quote"),
            std::string::npos)
      << result.error;
}

}  // namespace
}  // namespace liaison::json
