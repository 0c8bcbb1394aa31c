// The records commands' evaluation, cadre by cadre: the same batch as
// EvaluateRecords (or EvaluateBatch for an imported ledger) gives, with the
// progress meter advanced after each cadre, so that a long run shows how far
// it has got. The records are decoded first (DecodeRecords), so the meter
// counts the evaluation of the cadres, the total known.
#ifndef LIAISON_CLI_RECORDS_EVALUATION_H_
#define LIAISON_CLI_RECORDS_EVALUATION_H_

#include <string_view>

#include "absl/status/statusor.h"
#include "absl/time/civil_time.h"
#include "liaison/cadre_record.h"
#include "liaison/evaluate.h"
#include "liaison/policy.h"
#include "progress_meter.h"

namespace liaison::cli {

// A records document's text decoded and evaluated as EvaluateRecords does:
// fails only when the document as a whole is unusable.
absl::StatusOr<BatchReport> EvaluateRecordsText(const Policy& policy, std::string_view text,
                                                absl::CivilDay as_of, ProgressMeter& meter);

// Decoded records evaluated as EvaluateBatch does.
BatchReport EvaluateRecordBatch(const Policy& policy, const RecordBatch& records,
                                absl::CivilDay as_of, ProgressMeter& meter);

}  // namespace liaison::cli

#endif  // LIAISON_CLI_RECORDS_EVALUATION_H_
