// Entry spans: where each entry of "results" lies in an evaluation document,
// so a caller can store or parse one cadre's result without the rest.
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "gtest/gtest.h"
#include "liaison/report_json.h"
#include "simdjson.h"
#include "test_support.h"

namespace liaison {
namespace {

using testing::ReadSourceFile;

const absl::CivilDay kYearEnd(2026, 12, 31);

// The example department with its second cadre made undecodable (an
// activity on a day that does not exist), so the batch has an error entry.
std::string RecordsWithOneBadCadre() {
  const std::string records = ReadSourceFile("examples/department.json");
  const std::string second = R"("id": "c02")";
  const std::size_t at = records.find(second);
  EXPECT_NE(at, std::string::npos);
  const std::string_view date_key = R"("date": ")";
  const std::size_t date = records.find(date_key, at);
  EXPECT_NE(date, std::string::npos);
  std::string broken = records;
  broken.replace(date + date_key.size(), 10, "2026-02-30");
  return broken;
}

// The ids of the input's cadres, in order, read from the input itself.
std::vector<std::string> CadreIds(const std::string& records) {
  simdjson::dom::parser parser;
  simdjson::dom::array cadres;
  EXPECT_EQ(parser.parse(records)["cadres"].get_array().get(cadres), simdjson::SUCCESS);
  std::vector<std::string> ids;
  for (simdjson::dom::element cadre : cadres) {
    ids.emplace_back(std::string_view(cadre["id"].get_string().value_unsafe()));
  }
  return ids;
}

// Each span, cut out of `document`, is a JSON object on its own; together,
// in order, they are exactly the "results" array's elements: each span is
// preceded by '[' or ',' (after any layout whitespace) and followed by ',' or
// ']', and the entries say ok/report or error for the cadres of `ids`.
void ExpectSpansCoverResults(const std::string& document, const std::vector<EntrySpan>& spans,
                             const std::vector<std::string>& ids, std::size_t bad_index) {
  ASSERT_EQ(spans.size(), ids.size());
  simdjson::dom::parser parser;
  const std::size_t results_key = document.find("\"results\":");
  ASSERT_NE(results_key, std::string::npos);
  std::size_t previous_end = results_key + std::string_view("\"results\":").size();
  for (std::size_t i = 0; i < spans.size(); ++i) {
    const EntrySpan& span = spans[i];
    ASSERT_LE(span.offset + span.length, document.size());
    ASSERT_GT(span.offset, previous_end);
    std::string between(document, previous_end, span.offset - previous_end);
    between.erase(std::remove_if(between.begin(), between.end(),
                                 [](char c) { return c == ' ' || c == '\n'; }),
                  between.end());
    EXPECT_EQ(between, i == 0 ? "[" : ",") << "before entry " << i;
    const std::string entry = document.substr(span.offset, span.length);
    simdjson::dom::element element;
    ASSERT_EQ(parser.parse(entry).get(element), simdjson::SUCCESS) << entry;
    bool ok = false;
    ASSERT_EQ(element["ok"].get_bool().get(ok), simdjson::SUCCESS);
    if (i == bad_index) {
      EXPECT_FALSE(ok);
      std::string_view path;
      ASSERT_EQ(element["error"]["path"].get_string().get(path), simdjson::SUCCESS);
      EXPECT_EQ(path.substr(0, 18), "$.cadres[1].activi");
    } else {
      ASSERT_TRUE(ok) << entry;
      std::string_view cadre;
      ASSERT_EQ(element["report"]["cadre"].get_string().get(cadre), simdjson::SUCCESS);
      EXPECT_EQ(cadre, ids[i]);
    }
    previous_end = span.offset + span.length;
  }
  const std::size_t after = document.find_first_not_of(" \n", previous_end);
  ASSERT_NE(after, std::string::npos);
  EXPECT_EQ(document[after], ']');
}

TEST(EntrySpansTest, CompactSpansAreTheResultsInInputOrder) {
  const Policy policy = *Policy::Embedded("hunan");
  const std::string records = RecordsWithOneBadCadre();
  const std::vector<std::string> ids = CadreIds(records);
  ASSERT_EQ(ids.size(), 13u);  // examples/department.json has 13 cadres
  std::vector<EntrySpan> spans;
  const absl::StatusOr<std::string> document =
      EvaluateRecordsJson(policy, records, kYearEnd, JsonStyle::kCompact, &spans);
  ASSERT_TRUE(document.ok()) << document.status();
  ExpectSpansCoverResults(*document, spans, ids, 1);
}

TEST(EntrySpansTest, PrettySpansAreTheResultsInInputOrder) {
  const Policy policy = *Policy::Embedded("hunan");
  const std::string records = RecordsWithOneBadCadre();
  std::vector<EntrySpan> spans;
  const absl::StatusOr<std::string> document =
      EvaluateRecordsJson(policy, records, kYearEnd, JsonStyle::kPretty, &spans);
  ASSERT_TRUE(document.ok()) << document.status();
  ExpectSpansCoverResults(*document, spans, CadreIds(records), 1);
}

TEST(EntrySpansTest, AskingForSpansDoesNotChangeTheDocument) {
  const Policy policy = *Policy::Embedded("hunan");
  const std::string records = ReadSourceFile("examples/department.json");
  std::vector<EntrySpan> spans = {{7, 7}};  // stale content is replaced
  const absl::StatusOr<std::string> with_spans =
      EvaluateRecordsJson(policy, records, kYearEnd, JsonStyle::kCompact, &spans);
  ASSERT_TRUE(with_spans.ok());
  EXPECT_EQ(*with_spans, *EvaluateRecordsJson(policy, records, kYearEnd));
  EXPECT_EQ(spans.size(), 13u);
}

TEST(EntrySpansTest, AFailedCallLeavesNoSpans) {
  const Policy policy = *Policy::Embedded("hunan");
  std::vector<EntrySpan> spans = {{7, 7}};
  const absl::StatusOr<std::string> document =
      EvaluateRecordsJson(policy, "{", kYearEnd, JsonStyle::kCompact, &spans);
  EXPECT_FALSE(document.ok());
  EXPECT_TRUE(spans.empty());
}

TEST(EntrySpansTest, AnEmptyBatchHasNoSpans) {
  const Policy policy = *Policy::Embedded("hunan");
  std::vector<EntrySpan> spans = {{7, 7}};
  const absl::StatusOr<std::string> document = EvaluateRecordsJson(
      policy, R"({"schema":"liaison.records/1","year":2026,"departments":[],"cadres":[]})",
      kYearEnd, JsonStyle::kCompact, &spans);
  ASSERT_TRUE(document.ok()) << document.status();
  EXPECT_TRUE(spans.empty());
  EXPECT_NE(document->find(R"("results":[])"), std::string::npos);
}

}  // namespace
}  // namespace liaison
