#include "records_evaluation.h"

#include "liaison/record_decoder.h"

namespace liaison::cli {

absl::StatusOr<BatchReport> EvaluateRecordsText(const Policy& policy, std::string_view text,
                                                absl::CivilDay as_of, ProgressMeter& meter) {
  absl::StatusOr<RecordBatch> records = DecodeRecords(policy, text);
  if (!records.ok()) return records.status();
  return EvaluateRecordBatch(policy, *records, as_of, meter);
}

BatchReport EvaluateRecordBatch(const Policy& policy, const RecordBatch& records,
                                absl::CivilDay as_of, ProgressMeter& meter) {
  BatchReport batch(policy);
  batch.year = records.year;
  batch.as_of = as_of;
  batch.departments = EvaluateDepartments(policy, records, as_of);
  batch.cadres.reserve(records.cadres.size());
  meter.Start(records.cadres.size());
  for (const absl::StatusOr<CadreYear>& cadre : records.cadres) {
    if (cadre.ok()) {
      batch.cadres.push_back(Evaluate(policy, *cadre, as_of));
    } else {
      batch.cadres.push_back(cadre.status());
    }
    meter.Advance();
  }
  meter.Finish();
  return batch;
}

}  // namespace liaison::cli
