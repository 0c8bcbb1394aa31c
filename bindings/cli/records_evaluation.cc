#include "records_evaluation.h"

#include "records/records_reader.h"

namespace liaison::cli {
namespace {

// The batch's top level: year, date and the departments' reports.
BatchReport BatchOf(const Policy& policy, const RecordBatch& document, absl::CivilDay as_of) {
  BatchReport batch(policy);
  batch.year = document.year;
  batch.as_of = as_of;
  batch.departments = EvaluateDepartments(policy, document, as_of);
  return batch;
}

// One cadre's entry: its report, or the error that kept it from one.
absl::StatusOr<CadreReport> Entry(const Policy& policy, const absl::StatusOr<CadreYear>& cadre,
                                  absl::CivilDay as_of) {
  if (!cadre.ok()) return cadre.status();
  return Evaluate(policy, *cadre, as_of);
}

}  // namespace

absl::StatusOr<BatchReport> EvaluateRecordsText(const Policy& policy, std::string_view text,
                                                absl::CivilDay as_of, ProgressMeter& meter) {
  RecordsReader reader(policy);
  if (absl::Status opened = reader.Open(text); !opened.ok()) return opened;
  BatchReport batch = BatchOf(policy, reader.document(), as_of);
  batch.cadres.reserve(reader.size());
  meter.Start(reader.size());
  for (std::size_t i = 0; i < reader.size(); ++i) {
    batch.cadres.push_back(Entry(policy, reader.Next(), as_of));
    meter.Advance();
  }
  meter.Finish();
  return batch;
}

BatchReport EvaluateRecordBatch(const Policy& policy, const RecordBatch& records,
                                absl::CivilDay as_of, ProgressMeter& meter) {
  BatchReport batch = BatchOf(policy, records, as_of);
  batch.cadres.reserve(records.cadres.size());
  meter.Start(records.cadres.size());
  for (const absl::StatusOr<CadreYear>& cadre : records.cadres) {
    batch.cadres.push_back(Entry(policy, cadre, as_of));
    meter.Advance();
  }
  meter.Finish();
  return batch;
}

}  // namespace liaison::cli
