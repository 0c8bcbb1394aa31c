// The records commands' evaluation, cadre by cadre, with the progress meter
// advanced after each cadre, so that a long run shows how far it has got.
//
// EvaluateRecordsText gives the batch EvaluateRecords gives, for the table
// and the result sheets, which need every report. StreamRecords, for
// `evaluate --json`, `--jsonl` and `--lean`, keeps no report: it reads the
// input a block at a time (InputBlocks), hands each block to a
// StreamedEvaluation, which evaluates each cadre as soon as it is read, and
// writes the results to standard output once a megabyte is waiting. Its memory is
// bounded by the largest single cadre and the block, whatever the number of
// cadres; it keeps only the bad cadres' errors, for standard error at the end.
#ifndef LIAISON_CLI_RECORDS_EVALUATION_H_
#define LIAISON_CLI_RECORDS_EVALUATION_H_

#include <cstddef>
#include <ostream>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/time/civil_time.h"
#include "evaluate/results_writer.h"
#include "input_text.h"
#include "liaison/cadre_record.h"
#include "liaison/evaluate.h"
#include "liaison/policy.h"
#include "progress_meter.h"

namespace liaison::cli {

// A records text (either form of docs/records.md) decoded and evaluated as
// EvaluateRecords does: fails only when the records as a whole are unusable.
absl::StatusOr<BatchReport> EvaluateRecordsText(const Policy& policy, std::string_view text,
                                                absl::CivilDay as_of, ProgressMeter& meter);

// Decoded records evaluated as EvaluateBatch does.
BatchReport EvaluateRecordBatch(const Policy& policy, const RecordBatch& records,
                                absl::CivilDay as_of, ProgressMeter& meter);

// The entries of bad cadres: their index in the input and their error.
using BadCadres = std::vector<std::pair<std::size_t, absl::Status>>;

// Evaluates the records of `input` as they are read and writes the results in
// `form` (`style` for the documents) to `out` as they come; each bad cadre's
// entry is also added to `bad`. Fails only when the records as a whole are
// unusable; `out` then holds an incomplete output, to be discarded.
absl::Status StreamRecords(const Policy& policy, InputBlocks& input, absl::CivilDay as_of,
                           ResultsForm form, JsonStyle style, std::ostream& out,
                           ProgressMeter& meter, BadCadres& bad);

// The top-level error of `text` read whole (RecordsStream::FeedWhole), which
// names the place as the library's whole-text calls do, or OK. For a
// streamed read that failed on a file that can be read again, so that the
// command words the error as it does for the table.
absl::Status WholeTextFailure(const Policy& policy, std::string_view text);

}  // namespace liaison::cli

#endif  // LIAISON_CLI_RECORDS_EVALUATION_H_
