// RecordsStream: records read cadre by cadre, from pieces, in either form.
//
// The expectations are worked out by hand from how each input is laid out:
// the documents below put the header on line 1 and each cadre on a line of
// its own, so a bad value's line is its cadre's line, and its column is its
// place on that line (counted in the layout of MiddleSpoilt). The results of
// good cadres are compared with the same cadres evaluated without the bad
// one, never with a copy of this program's output.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "absl/time/civil_time.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "liaison/evaluate.h"
#include "liaison/policy.h"
#include "liaison/problem.h"
#include "liaison/record_decoder.h"
#include "liaison/report_json.h"
#include "records/records_stream.h"
#include "test_support.h"

namespace liaison {
namespace {

using ::testing::HasSubstr;
using ::testing::StartsWith;

const absl::CivilDay kAsOf(2026, 12, 31);

constexpr std::string_view kHeader =
    R"({"schema": "liaison.records/1", "year": 2026, "departments": [{"id": "org"}], "cadres": [)";

// One cadre on one line; `name` is the raw JSON of its name, at column 21
// of the line (after the 20 characters `{"id": "b", "name": `).
std::string Cadre(std::string_view id, std::string_view name = "\"张三\"") {
  return std::string("{\"id\": \"") + std::string(id) + "\", \"name\": " + std::string(name) +
         R"(, "department": "org", "organ_level": "province", "category": "full_time", )"
         R"("activities": [{"id": "a1", "date": "2026-03-05", "kind": "lecture", )"
         R"("mode": "in_person", "days": 1, "headcount": 40}]})";
}

// Header on line 1, cadre a on line 2, b on line 3, c on line 4.
std::string Document(const std::vector<std::string>& cadres) {
  std::string text(kHeader);
  for (std::size_t i = 0; i < cadres.size(); ++i) {
    text += "\n" + cadres[i] + (i + 1 < cadres.size() ? "," : "");
  }
  return text + "\n]}\n";
}

// The same cadres as JSON Lines: the header line, then one cadre a line.
std::string Lines(const std::vector<std::string>& cadres) {
  std::string text =
      R"({"schema": "liaison.records.lines/1", "year": 2026, "departments": [{"id": "org"}]})";
  for (const std::string& cadre : cadres) text += "\n" + cadre;
  return text + "\n";
}

const Policy& Hunan() {
  static const Policy* policy = new Policy(*Policy::Embedded("hunan"));
  return *policy;
}

// The evaluation document of every entry `stream` gives for `pieces` fed in
// turn, built as the batch form builds it.
absl::StatusOr<std::string> Streamed(RecordsStream& stream,
                                     const std::vector<std::string>& pieces) {
  RecordBatch batch;
  CadreYear cadre;
  const auto drain = [&] {
    while (std::optional<absl::Status> entry = stream.Next(cadre)) {
      if (entry->ok()) {
        batch.cadres.push_back(cadre);
      } else {
        batch.cadres.push_back(*entry);
      }
    }
  };
  for (const std::string& piece : pieces) {
    if (absl::Status fed = stream.Feed(piece); !fed.ok()) return fed;
    drain();
  }
  for (absl::Status done = stream.Finish();; done = stream.Finish()) {
    if (!done.ok()) return done;
    const std::size_t before = batch.cadres.size();
    drain();
    if (batch.cadres.size() == before) break;
  }
  batch.year = stream.document().year;
  batch.departments = stream.document().departments;
  return EncodeBatchReport(EvaluateBatch(Hunan(), batch, kAsOf), JsonStyle::kCompact);
}

std::vector<std::string> Pieces(std::string_view text, std::size_t size) {
  std::vector<std::string> pieces;
  for (std::size_t at = 0; at < text.size(); at += size) {
    pieces.emplace_back(text.substr(at, size));
  }
  return pieces;
}

// The result entries of the evaluation of `text`, as written.
std::vector<std::string> Entries(std::string_view text) {
  std::vector<EntrySpan> spans;
  absl::StatusOr<std::string> out =
      EvaluateRecordsJson(Hunan(), text, kAsOf, JsonStyle::kCompact, &spans);
  EXPECT_TRUE(out.ok()) << out.status();
  std::vector<std::string> entries;
  if (!out.ok()) return entries;
  for (const EntrySpan& span : spans) entries.push_back(out->substr(span.offset, span.length));
  return entries;
}

struct BadValue {
  std::string label;
  std::string name;  // the raw JSON in place of the middle cadre's name
  int column;        // of the first bad byte on line 3
  std::string reason;
};

std::ostream& operator<<(std::ostream& out, const BadValue& bad) { return out << bad.label; }

class Confinement : public ::testing::TestWithParam<BadValue> {};

TEST_P(Confinement, OnlyTheMiddleCadreFails) {
  const BadValue& bad = GetParam();
  const std::string spoilt = Document({Cadre("a"), Cadre("b", bad.name), Cadre("c")});
  const std::vector<std::string> entries = Entries(spoilt);
  const std::vector<std::string> alone = Entries(Document({Cadre("a"), Cadre("c")}));
  ASSERT_EQ(entries.size(), 3u);
  ASSERT_EQ(alone.size(), 2u);
  EXPECT_EQ(entries[0], alone[0]);
  EXPECT_EQ(entries[2], alone[1]);

  absl::StatusOr<RecordBatch> batch = DecodeRecords(Hunan(), spoilt);
  ASSERT_TRUE(batch.ok()) << batch.status();
  ASSERT_EQ(batch->cadres.size(), 3u);
  const absl::Status& error = batch->cadres[1].status();
  ASSERT_FALSE(error.ok());
  const std::vector<Problem> problems = ProblemsOf(error);
  ASSERT_EQ(problems.size(), 1u) << error;
  EXPECT_THAT(problems[0].path, StartsWith("$.cadres[1].name")) << error;
  EXPECT_THAT(problems[0].message,
              StartsWith("line 3, column " + std::to_string(bad.column) + ": "));
  EXPECT_THAT(problems[0].message, HasSubstr(bad.reason));
  EXPECT_THAT(problems[0].message_zh, StartsWith("第3行第" + std::to_string(bad.column) + "列："));
}

INSTANTIATE_TEST_SUITE_P(
    Issue18, Confinement,
    ::testing::Values(
        BadValue{"number_out_of_range", "1e400", 21, "the number 1e400 is out of range"},
        BadValue{"integer_above_2_64", "18446744073709551616", 21,
                 "the number 18446744073709551616 is out of range"},
        BadValue{"invalid_utf8", "\"\xFF\"", 22, "not valid UTF-8 (byte 0xFF)"},
        BadValue{"overlong_utf8", "\"\xC0\xAF\"", 22, "not valid UTF-8 (byte 0xC0)"},
        BadValue{"lone_surrogate", "\"\\ud800\"", 22, "'\\ud800' is half of a surrogate pair"},
        BadValue{"raw_nul", std::string("\"a\0b\"", 5), 23, "the control character U+0000"},
        BadValue{"raw_control", "\"a\x01z\"", 23, "the control character U+0001"},
        // The cadre's object is level 1; the 1024th '[' would be level 1025.
        BadValue{"too_deep", std::string(1100, '[') + std::string(1100, ']'), 21 + 1023,
                 "nested deeper than 1024 levels, the limit for nesting"}),
    [](const ::testing::TestParamInfo<BadValue>& info) { return info.param.label; });

TEST(RecordsStream, PiecesOfAnySizeGiveTheWholeTextsResult) {
  const std::string text = testing::ReadSourceFile("examples/department.json");
  const absl::StatusOr<std::string> whole =
      EvaluateRecordsJson(Hunan(), text, kAsOf, JsonStyle::kCompact);
  ASSERT_TRUE(whole.ok()) << whole.status();
  for (std::size_t size : {1u, 7u, 4096u}) {
    RecordsStream stream(Hunan());
    EXPECT_EQ(Streamed(stream, Pieces(text, size)).value_or("error"), *whole) << size;
  }
}

TEST(RecordsStream, PiecesOfAnySizeConfineTheSameErrors) {
  const std::string text =
      Document({Cadre("a"), Cadre("b", "1e400"), Cadre("b"), Cadre("c", "[}")});
  RecordsStream stream(Hunan());
  const absl::StatusOr<std::string> whole = Streamed(stream, {text});
  ASSERT_TRUE(whole.ok()) << whole.status();
  EXPECT_THAT(*whole, HasSubstr("line 3, column 21"));
  EXPECT_THAT(*whole, HasSubstr("line 5, column 22"));  // "[}" : '}' ends no array
  for (std::size_t size : {1u, 7u, 4096u}) {
    stream.Reset();
    EXPECT_EQ(Streamed(stream, Pieces(text, size)).value_or("error"), *whole) << size;
  }
}

TEST(RecordsStream, JsonLinesGiveTheDocumentsResults) {
  const std::vector<std::string> cadres = {Cadre("a"), Cadre("b", "1e400"), Cadre("c")};
  const std::vector<std::string> document = Entries(Document(cadres));
  std::string lines = Lines(cadres);
  lines.insert(lines.find("\n{\"id\": \"c\""), "\n  \n");  // blank lines are passed over
  RecordsStream stream(Hunan());
  for (std::size_t size : {1u, 7u, 4096u}) {
    stream.Reset();
    const absl::StatusOr<std::string> streamed = Streamed(stream, Pieces(lines, size));
    ASSERT_TRUE(streamed.ok()) << streamed.status();
    EXPECT_EQ(stream.form(), RecordsForm::kLines);
    EXPECT_THAT(*streamed, HasSubstr(document[0]));
    EXPECT_THAT(*streamed, HasSubstr(document[2]));
    // The bad value is on line 3 here too (header, a, b), at column 21.
    EXPECT_THAT(*streamed, HasSubstr("line 3, column 21"));
    EXPECT_THAT(*streamed, HasSubstr("$.cadres[1].name"));
  }
}

TEST(RecordsStream, ABrokenLineIsThatCadresErrorOnly) {
  const std::string lines = Lines({Cadre("a"), "{\"id\": \"b\",", Cadre("c")});
  const absl::StatusOr<RecordBatch> batch = DecodeRecords(Hunan(), lines);
  ASSERT_TRUE(batch.ok()) << batch.status();
  ASSERT_EQ(batch->cadres.size(), 3u);
  EXPECT_TRUE(batch->cadres[0].ok());
  EXPECT_TRUE(batch->cadres[2].ok());
  const std::vector<Problem> problems = ProblemsOf(batch->cadres[1].status());
  ASSERT_EQ(problems.size(), 1u);
  // `{"id": "b",` is 11 characters: the text ends at column 12 of line 3.
  EXPECT_THAT(problems[0].message, StartsWith("line 3, column 12: not valid JSON"));
}

TEST(RecordsStream, DepartmentsAfterTheCadresOrNoneAtAll) {
  const std::vector<std::string> before = Entries(Document({Cadre("a"), Cadre("c")}));
  const std::string after =
      R"({"schema": "liaison.records/1", "year": 2026, "cadres": [)" + Cadre("a") + "," +
      Cadre("c") + R"(], "departments": [{"id": "org"}]})";
  EXPECT_EQ(Entries(after), before);
  std::string none = after.substr(0, after.find(", \"departments\"")) + "}";
  const std::vector<std::string> without = Entries(none);
  ASSERT_EQ(without.size(), 2u);
  for (std::size_t size : {1u, 7u}) {
    RecordsStream stream(Hunan());
    const absl::StatusOr<std::string> streamed = Streamed(stream, Pieces(after, size));
    ASSERT_TRUE(streamed.ok()) << streamed.status();
    EXPECT_THAT(*streamed, HasSubstr(before[0]));
    EXPECT_THAT(*streamed, HasSubstr(before[1]));
  }
}

TEST(RecordsStream, EachLimitIsNamedAtItsPath) {
  const std::string long_name = "\"" + std::string(65537, 'x') + "\"";
  std::string many_keys = "{";
  for (int i = 0; i < 1001; ++i) many_keys += (i ? ",\"k" : "\"k") + std::to_string(i) + "\":1";
  many_keys += "}";
  const std::string text =
      Document({Cadre("a", long_name), Cadre("b", many_keys),
                Cadre("c", "\"" + std::string(65536, 'y') + "\"")});
  const absl::StatusOr<RecordBatch> batch = DecodeRecords(Hunan(), text);
  ASSERT_TRUE(batch.ok()) << batch.status();
  ASSERT_EQ(batch->cadres.size(), 3u);
  std::vector<Problem> problems = ProblemsOf(batch->cadres[0].status());
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].path, "$.cadres[0].name");
  EXPECT_EQ(problems[0].message,
            "line 2, column 21: the string is longer than 65536 bytes, the limit for one string");
  EXPECT_EQ(problems[0].message_zh, "第2行第21列：字符串超过 65536 字节（单个字符串的上限）");
  problems = ProblemsOf(batch->cadres[1].status());
  ASSERT_EQ(problems.size(), 1u);
  // The object opens at column 21; member 0, `"k0":1`, takes columns 22-27;
  // members 1-999, `,"kN":1`, take 6 characters each and their digits (9 +
  // 90×2 + 900×3 = 2889): 5994 + 2889 = 8883; then the comma of k1000, and
  // its quote at 22 + 6 + 8883 + 1 = 8912.
  EXPECT_EQ(problems[0].path, "$.cadres[1].name");
  EXPECT_THAT(problems[0].message,
              StartsWith("line 3, column 8912: the object has more than 1000 keys"));
  // A string of exactly the limit is no error: the cadre is read.
  EXPECT_TRUE(batch->cadres[2].ok()) << batch->cadres[2].status();
}

TEST(RecordsStream, AnEntryOverTheSizeLimitIsPassedOver) {
  json::ValueLimits limits;
  limits.element_bytes = 1024;
  const std::string big = Cadre("b", "\"" + std::string(2000, 'x') + "\"");
  const std::string text = Document({Cadre("a"), big, Cadre("c")});
  for (std::size_t size : {std::size_t{7}, std::size_t{4096}, text.size()}) {
    RecordsStream stream(Hunan(), limits);
    std::vector<absl::Status> entries;
    CadreYear cadre;
    for (const std::string& piece : Pieces(text, size)) {
      ASSERT_TRUE(stream.Feed(piece).ok());
      while (std::optional<absl::Status> entry = stream.Next(cadre)) entries.push_back(*entry);
    }
    ASSERT_TRUE(stream.Finish().ok());
    while (std::optional<absl::Status> entry = stream.Next(cadre)) entries.push_back(*entry);
    ASSERT_EQ(entries.size(), 3u);
    EXPECT_TRUE(entries[0].ok());
    EXPECT_TRUE(entries[2].ok());
    const std::vector<Problem> problems = ProblemsOf(entries[1]);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].path, "$.cadres[1]");
    EXPECT_THAT(problems[0].message,
                StartsWith("line 3, column 1: the entry is larger than 1024 bytes, the limit"));
  }
  // The whole text is far larger than one entry's limit, and is read.
  RecordsStream stream(Hunan(), limits);
  const absl::StatusOr<std::string> small = Streamed(stream, {Document({Cadre("a"), Cadre("c")})});
  EXPECT_TRUE(small.ok()) << small.status();
}

TEST(RecordsStream, AtMostAHundredProblemsAreReportedForACadre) {
  // 150 contact points, each without its required `kind`: 150 problems.
  std::string points = "[";
  for (int i = 0; i < 150; ++i) {
    points += (i ? ",{\"id\": \"p" : "{\"id\": \"p") + std::to_string(i) + "\"}";
  }
  points += "]";
  std::string cadre = Cadre("a");
  cadre.insert(cadre.size() - 1, ", \"contact_points\": " + points);
  const absl::StatusOr<RecordBatch> batch = DecodeRecords(Hunan(), Document({cadre}));
  ASSERT_TRUE(batch.ok()) << batch.status();
  const std::vector<Problem> problems = ProblemsOf(batch->cadres[0].status());
  ASSERT_EQ(problems.size(), 101u);
  EXPECT_EQ(problems[99].path, "$.cadres[0].contact_points[99].kind");
  EXPECT_EQ(problems[100].path, "$.cadres[0]");
  EXPECT_THAT(problems[100].message,
              StartsWith("and 50 more problems: at most 100 are reported for one cadre"));
}

TEST(RecordsStream, AnIdGivenTwiceNamesTheFirst) {
  const absl::StatusOr<RecordBatch> batch =
      DecodeRecords(Hunan(), Document({Cadre("a"), Cadre("c"), Cadre("a")}));
  ASSERT_TRUE(batch.ok());
  const std::vector<Problem> problems = ProblemsOf(batch->cadres[2].status());
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].path, "$.cadres[2].id");
  EXPECT_EQ(problems[0].message, "cadre \"a\" is already at $.cadres[0]");
}

TEST(RecordsStream, TheTopLevelFailsAsAWholeWithLineAndColumn) {
  // Line 1 ends `"year": 2026` with no comma before line 2's `"cadres"`.
  const std::string text = "{\"schema\": \"liaison.records/1\", \"year\": 2026\n\"cadres\": []}";
  const std::string expected =
      "line 2, column 1: not valid JSON: expected ',' or '}', found '\"'";
  const absl::StatusOr<RecordBatch> batch = DecodeRecords(Hunan(), text);
  ASSERT_FALSE(batch.ok());
  EXPECT_THAT(ProblemsOf(batch.status())[0].message, StartsWith(expected));
  for (std::size_t size : {1u, 7u}) {
    RecordsStream stream(Hunan());
    const absl::StatusOr<std::string> streamed = Streamed(stream, Pieces(text, size));
    ASSERT_FALSE(streamed.ok());
    EXPECT_THAT(ProblemsOf(streamed.status())[0].message, StartsWith(expected));
    EXPECT_EQ(ProblemsOf(streamed.status())[0].path, "$.year");
  }
  // A cut-off text is refused: the cadres array never closes.
  RecordsStream stream(Hunan());
  EXPECT_FALSE(Streamed(stream, {std::string(kHeader) + Cadre("a")}).ok());
}

TEST(RecordsStream, AHeaderWithoutCadresIsNotLines) {
  const absl::StatusOr<RecordBatch> batch = DecodeRecords(
      Hunan(), R"({"schema": "liaison.records/1", "year": 2026})" "\n" + Cadre("a") + "\n");
  ASSERT_FALSE(batch.ok());
}

}  // namespace
}  // namespace liaison
