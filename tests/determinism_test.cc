// Same input, byte-identical output: across repeated runs, across threads
// sharing one policy, and whatever the order cadres are evaluated in.
#include <string>
#include <thread>
#include <vector>

#include "evaluate/streamed_evaluation.h"
#include "gtest/gtest.h"
#include "liaison/lean_report.h"
#include "liaison/report_json.h"
#include "test_support.h"

namespace liaison {
namespace {

using testing::ReadSourceFile;

TEST(DeterminismTest, RepeatedEvaluationGivesIdenticalBytes) {
  const Policy policy = *Policy::Embedded("hunan");
  const std::string records = ReadSourceFile("examples/department.json");
  const absl::CivilDay as_of(2026, 12, 31);
  const absl::StatusOr<std::string> first = EvaluateRecordsJson(policy, records, as_of);
  ASSERT_TRUE(first.ok()) << first.status();
  for (int i = 0; i < 3; ++i) EXPECT_EQ(*EvaluateRecordsJson(policy, records, as_of), *first);
  // A policy parsed afresh from the same text gives the same result too.
  const Policy reparsed = *Policy::FromJson(*Policy::EmbeddedJson("hunan"));
  EXPECT_EQ(*EvaluateRecordsJson(reparsed, records, as_of), *first);
}

TEST(DeterminismTest, ThreadsSharingOnePolicyAgreeWithOneThread) {
  const Policy policy = *Policy::Embedded("hunan");
  const std::string records = ReadSourceFile("examples/department.json");
  const std::string expected =
      *EvaluateRecordsJson(policy, records, absl::CivilDay(2026, 6, 30));
  std::vector<std::string> results(4);
  std::vector<std::thread> threads;
  for (std::size_t t = 0; t < results.size(); ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 20; ++i) {
        results[t] = *EvaluateRecordsJson(policy, records, absl::CivilDay(2026, 6, 30));
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  for (const std::string& result : results) EXPECT_EQ(result, expected);
}

TEST(DeterminismTest, ACadresReportDoesNotDependOnItsNeighbours) {
  // Evaluating the batch reversed gives the same per-cadre reports, reversed.
  const Policy policy = *Policy::Embedded("hunan");
  absl::StatusOr<RecordBatch> batch =
      DecodeRecords(policy, ReadSourceFile("examples/department.json"));
  ASSERT_TRUE(batch.ok());
  RecordBatch reversed = *batch;
  std::reverse(reversed.cadres.begin(), reversed.cadres.end());
  const absl::CivilDay as_of(2026, 12, 31);
  const BatchReport forward = EvaluateBatch(policy, *batch, as_of);
  const BatchReport backward = EvaluateBatch(policy, reversed, as_of);
  ASSERT_EQ(forward.cadres.size(), backward.cadres.size());
  const std::size_t n = forward.cadres.size();
  for (std::size_t i = 0; i < n; ++i) {
    const auto& a = forward.cadres[i];
    const auto& b = backward.cadres[n - 1 - i];
    ASSERT_EQ(a.ok(), b.ok());
    if (!a.ok()) continue;
    EXPECT_EQ(a->cadre_id, b->cadre_id);
    EXPECT_EQ(a->score, b->score);
    ASSERT_EQ(a->findings.size(), b->findings.size());
    for (std::size_t f = 0; f < a->findings.size(); ++f) {
      EXPECT_EQ(a->findings[f].status, b->findings[f].status);
      EXPECT_EQ(a->findings[f].actual, b->findings[f].actual);
    }
  }
}

// EvaluateRecordsJson evaluates and writes one cadre at a time into a reused
// report; the batch path evaluates everything, then encodes. Same bytes, for
// each example under its policy, a department with a cadre that does not
// decode, in both layouts.
TEST(DeterminismTest, StreamedAndBatchEncodingGiveIdenticalBytes) {
  // c05's first activity dated in a month that does not exist.
  std::string broken = ReadSourceFile("examples/department.json");
  const std::size_t date = broken.find(R"("date": "2026-)", broken.find(R"("id": "c05")"));
  ASSERT_NE(date, std::string::npos);
  broken.replace(date + 9, 10, "2026-13-01");
  const std::vector<std::string> records = {ReadSourceFile("examples/department.json"),
                                            ReadSourceFile("examples/department-2018.json"),
                                            broken};
  int compared = 0;
  for (const char* id : {"hunan", "hunan-2018"}) {
    const Policy policy = *Policy::Embedded(id);
    for (const std::string& text : records) {
      absl::StatusOr<RecordBatch> batch = DecodeRecords(policy, text);
      if (!batch.ok()) continue;  // a year the policy does not cover
      const absl::CivilDay as_of(batch->year, 9, 30);
      for (JsonStyle style : {JsonStyle::kCompact, JsonStyle::kPretty}) {
        std::vector<EntrySpan> streamed_spans, batch_spans;
        const absl::StatusOr<std::string> streamed =
            EvaluateRecordsJson(policy, text, as_of, style, &streamed_spans);
        ASSERT_TRUE(streamed.ok()) << streamed.status();
        EXPECT_EQ(*streamed,
                  EncodeBatchReport(EvaluateBatch(policy, *batch, as_of), style, &batch_spans));
        ASSERT_EQ(streamed_spans.size(), batch_spans.size());
        for (std::size_t i = 0; i < batch_spans.size(); ++i) {
          EXPECT_EQ(streamed_spans[i].offset, batch_spans[i].offset);
          EXPECT_EQ(streamed_spans[i].length, batch_spans[i].length);
        }
        if (&text == &records.back() && style == JsonStyle::kCompact) {
          ASSERT_GT(streamed_spans.size(), 4u);
          EXPECT_EQ(streamed->substr(streamed_spans[4].offset, 12), R"({"ok":false,)")
              << "c05 is an error entry";
        }
        ++compared;
      }
    }
  }
  // hunan (from 2019): the two 2026 files; hunan-2018: the 2018 one.
  EXPECT_EQ(compared, 2 * 3);
}

// The output written incrementally, as the command and the C ABI's stream
// write it (StreamedEvaluation): the records fed in pieces of 1, 7 and 4096
// bytes, each cadre evaluated and written as soon as it is read, the buffer
// taken and cleared whenever it holds more than 100 bytes after a piece.
// Put together, the same bytes as EvaluateRecordsJson (and so as the batch
// path above), in both layouts; in JSON Lines, the same entries, one a line.
TEST(DeterminismTest, IncrementalWritingGivesIdenticalBytes) {
  const struct {
    const char* policy;
    const char* records;
  } examples[] = {{"hunan", "examples/department.json"},
                  {"hunan-2018", "examples/department-2018.json"}};
  for (const auto& example : examples) {
    const Policy policy = *Policy::Embedded(example.policy);
    const std::string text = ReadSourceFile(example.records);
    const absl::CivilDay as_of(policy.year(), 9, 30);
    for (JsonStyle style : {JsonStyle::kCompact, JsonStyle::kPretty}) {
      std::vector<EntrySpan> spans;
      const absl::StatusOr<std::string> whole =
          EvaluateRecordsJson(policy, text, as_of, style, &spans);
      ASSERT_TRUE(whole.ok()) << whole.status();
      for (ResultsForm form : {ResultsForm::kDocument, ResultsForm::kLines}) {
        for (std::size_t size : {1, 7, 4096}) {
          StreamedEvaluation evaluation(policy, as_of, style, form);
          std::string out;
          for (std::size_t at = 0; at < text.size(); at += size) {
            ASSERT_TRUE(evaluation.Feed(std::string_view(text).substr(at, size)).ok());
            if (evaluation.pending().size() > 100) {
              out += evaluation.pending();
              evaluation.Clear();
            }
          }
          ASSERT_TRUE(evaluation.Finish().ok());
          out += evaluation.pending();
          if (form == ResultsForm::kDocument) {
            EXPECT_EQ(out, *whole) << example.records << " in pieces of " << size;
            continue;
          }
          if (style == JsonStyle::kPretty) continue;  // the lines are compact either way
          std::vector<std::string> lines;
          for (std::size_t at = 0; at < out.size();) {
            const std::size_t end = out.find('\n', at);
            lines.push_back(out.substr(at, end - at));
            at = end + 1;
          }
          ASSERT_EQ(lines.size(), spans.size() + 1);
          for (std::size_t i = 0; i < spans.size(); ++i) {
            EXPECT_EQ(lines[i + 1], whole->substr(spans[i].offset, spans[i].length));
          }
        }
      }
    }
  }
}

// The lean form written cadre by cadre (ResultsForm::kLean, as the command's
// --lean and LIAISON_STREAM_LEAN give it) is the lean document
// EvaluateRecordsLeanJson gives, byte for byte, whatever the pieces.
TEST(DeterminismTest, IncrementalLeanWritingGivesIdenticalBytes) {
  const Policy policy = *Policy::Embedded("hunan");
  const std::string text = ReadSourceFile("examples/department.json");
  const absl::CivilDay as_of(2026, 9, 30);
  for (JsonStyle style : {JsonStyle::kCompact, JsonStyle::kPretty}) {
    const absl::StatusOr<std::string> whole = EvaluateRecordsLeanJson(policy, text, as_of, style);
    ASSERT_TRUE(whole.ok()) << whole.status();
    for (std::size_t size : {1, 4096}) {
      StreamedEvaluation evaluation(policy, as_of, style, ResultsForm::kLean);
      std::string out;
      for (std::size_t at = 0; at < text.size(); at += size) {
        ASSERT_TRUE(evaluation.Feed(std::string_view(text).substr(at, size)).ok());
        out += evaluation.pending();
        evaluation.Clear();
      }
      ASSERT_TRUE(evaluation.Finish().ok());
      out += evaluation.pending();
      EXPECT_EQ(out, *whole) << "pieces of " << size;
    }
  }
}

}  // namespace
}  // namespace liaison
