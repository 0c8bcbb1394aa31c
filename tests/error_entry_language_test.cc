// An evaluation's error entry says what is wrong in English and Chinese
// ("message" and "message_zh", each problem likewise), alike in the batch
// document, the document written cadre by cadre, the lean form and the full
// form rendered from it. The texts below are written from the mistake: a
// visit dated 2026-02-30, which February does not have.
#include <string>

#include "gtest/gtest.h"
#include "liaison/evaluate.h"
#include "liaison/lean_report.h"
#include "liaison/policy.h"
#include "liaison/record_decoder.h"
#include "liaison/report_json.h"

namespace liaison {
namespace {

// Two cadres of hunan in 2026; the second's one activity has no such date.
constexpr char kRecords[] =
    R"({"schema": "liaison.records/1", "year": 2026, "departments": [{"id": "d"}], "cadres": [)"
    R"({"id": "a", "department": "d", "organ_level": "province", "category": "full_time"},)"
    R"( {"id": "b", "department": "d", "organ_level": "province", "category": "full_time",)"
    R"( "activities": [{"id": "v", "date": "2026-02-30", "kind": "youth_visit"}]}]})";

// Cadre b's entry as every form writes it (compact).
constexpr char kErrorEntry[] =
    R"j({"ok":false,"error":{)j"
    R"j("message":"cadre \"b\" has 1 problem: $.cadres[1].activities[0].date: \"2026-02-30\" )j"
    R"j(is not a calendar date (YYYY-MM-DD)",)j"
    R"j("message_zh":"干部“b”有 1 处问题：$.cadres[1].activities[0].date：“2026-02-30”)j"
    R"j(不是有效的日期（YYYY-MM-DD）",)j"
    R"j("path":"$.cadres[1].activities[0].date",)j"
    R"j("problems":[{"path":"$.cadres[1].activities[0].date",)j"
    R"j("message":"\"2026-02-30\" is not a calendar date (YYYY-MM-DD)",)j"
    R"j("message_zh":"“2026-02-30”不是有效的日期（YYYY-MM-DD）"}]},)j"
    R"j("index":1,"cadre":"b"})j";

constexpr absl::CivilDay kYearEnd(2026, 12, 31);

const Policy& Hunan() {
  static const Policy hunan = *Policy::Embedded("hunan");
  return hunan;
}

TEST(ErrorEntryLanguage, WrittenCadreByCadreWithBothLanguages) {
  absl::StatusOr<std::string> full = EvaluateRecordsJson(Hunan(), kRecords, kYearEnd);
  ASSERT_TRUE(full.ok()) << full.status();
  EXPECT_NE(full->find(kErrorEntry), std::string::npos) << *full;
}

TEST(ErrorEntryLanguage, BatchDocumentIsTheSame) {
  absl::StatusOr<RecordBatch> batch = DecodeRecords(Hunan(), kRecords);
  ASSERT_TRUE(batch.ok()) << batch.status();
  const std::string encoded = EncodeBatchReport(EvaluateBatch(Hunan(), *batch, kYearEnd));
  EXPECT_NE(encoded.find(kErrorEntry), std::string::npos) << encoded;
  EXPECT_EQ(encoded, *EvaluateRecordsJson(Hunan(), kRecords, kYearEnd));
}

TEST(ErrorEntryLanguage, LeanFormKeepsAndRendersBoth) {
  absl::StatusOr<std::string> lean = EvaluateRecordsLeanJson(Hunan(), kRecords, kYearEnd);
  ASSERT_TRUE(lean.ok()) << lean.status();
  EXPECT_NE(lean->find(kErrorEntry), std::string::npos) << *lean;
  absl::StatusOr<std::string> rendered = RenderLeanJson(Hunan(), *lean);
  ASSERT_TRUE(rendered.ok()) << rendered.status();
  EXPECT_EQ(*rendered, *EvaluateRecordsJson(Hunan(), kRecords, kYearEnd));
}

// A lean document written before entries carried their Chinese still
// renders; the Chinese is then not known, so the English stands in.
TEST(ErrorEntryLanguage, LeanDocumentWithoutChineseRenders) {
  std::string lean = *EvaluateRecordsLeanJson(Hunan(), kRecords, kYearEnd);
  for (const std::string cut :
       {R"j("message_zh":"干部“b”有 1 处问题：$.cadres[1].activities[0].date：“2026-02-30”)j"
        R"j(不是有效的日期（YYYY-MM-DD）",)j",
        R"j(,"message_zh":"“2026-02-30”不是有效的日期（YYYY-MM-DD）")j"}) {
    const std::size_t at = lean.find(cut);
    ASSERT_NE(at, std::string::npos) << cut;
    lean.erase(at, cut.size());
  }
  absl::StatusOr<std::string> rendered = RenderLeanJson(Hunan(), lean);
  ASSERT_TRUE(rendered.ok()) << rendered.status();
  EXPECT_NE(rendered->find(R"("message_zh":"cadre \"b\" has 1 problem)"), std::string::npos)
      << *rendered;
}

}  // namespace
}  // namespace liaison
