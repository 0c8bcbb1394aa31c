// libFuzzer target: any bytes as a records document under the embedded
// "hunan" policy, evaluated, graded and encoded. Bad records must become
// error entries (one per input cadre), never a crash; the streamed JSON path
// (one reused report, EvaluateInto) must give the batch path's bytes, with
// one entry span per cadre.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "liaison/grading_json.h"
#include "liaison/record_decoder.h"
#include "liaison/report_json.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const liaison::Policy policy = *liaison::Policy::Embedded("hunan");
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  absl::StatusOr<liaison::RecordBatch> records = liaison::DecodeRecords(policy, text);
  if (!records.ok()) return 0;
  const liaison::BatchReport batch =
      liaison::EvaluateBatch(policy, *records, absl::CivilDay(2026, 6, 30));
  if (batch.cadres.size() != records->cadres.size()) std::abort();
  const std::string encoded = liaison::EncodeBatchReport(batch);
  std::vector<liaison::EntrySpan> spans;
  const absl::StatusOr<std::string> streamed = liaison::EvaluateRecordsJson(
      policy, text, absl::CivilDay(2026, 6, 30), liaison::JsonStyle::kCompact, &spans);
  if (!streamed.ok() || *streamed != encoded || spans.size() != batch.cadres.size()) {
    std::abort();
  }
  if (auto proposal = liaison::ProposeBatchGrades(batch); proposal.ok()) {
    (void)liaison::EncodeProposal(*proposal);
  }
  if (auto check = liaison::CheckBatchGrades(batch); check.ok()) {
    (void)liaison::EncodeGradeCheck(*check);
  }
  return 0;
}
