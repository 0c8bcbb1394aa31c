// EvaluateRecords: the path every records-text entry point starts with
// (the command, the C ABI, the grading and progress documents).
#include "liaison/evaluate.h"
#include "liaison/record_decoder.h"

namespace liaison {

absl::StatusOr<BatchReport> EvaluateRecords(const Policy& policy, std::string_view records_json,
                                            absl::CivilDay as_of) {
  absl::StatusOr<RecordBatch> records = DecodeRecords(policy, records_json);
  if (!records.ok()) return records.status();
  return EvaluateBatch(policy, *records, as_of);
}

}  // namespace liaison
