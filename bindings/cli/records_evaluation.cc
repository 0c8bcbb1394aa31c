#include "records_evaluation.h"

#include <optional>

#include "evaluate/streamed_evaluation.h"
#include "records/records_stream.h"

namespace liaison::cli {
namespace {

// What the results writer holds is written out past this much.
constexpr std::size_t kOutputBlock = 1 << 20;

void WritePending(StreamedEvaluation& evaluation, std::ostream& out) {
  const std::string_view pending = evaluation.pending();
  out.write(pending.data(), static_cast<std::streamsize>(pending.size()));
  evaluation.Clear();
}

}  // namespace

absl::StatusOr<BatchReport> EvaluateRecordsText(const Policy& policy, std::string_view text,
                                                absl::CivilDay as_of, ProgressMeter& meter) {
  RecordsStream stream(policy);
  if (absl::Status fed = stream.FeedWhole(text); !fed.ok()) return fed;
  BatchReport batch(policy);
  batch.year = stream.document().year;
  batch.as_of = as_of;
  batch.departments = EvaluateDepartments(policy, stream.document(), as_of);
  meter.Start(std::nullopt);
  CadreYear cadre;
  while (const std::optional<absl::Status> entry = stream.Next(cadre)) {
    if (entry->ok()) {
      batch.cadres.push_back(Evaluate(policy, cadre, as_of));
    } else {
      batch.cadres.push_back(*entry);
    }
    meter.Advance();
  }
  meter.Finish();
  if (absl::Status finished = stream.Finish(); !finished.ok()) return finished;
  return batch;
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

absl::Status StreamRecords(const Policy& policy, InputBlocks& input, absl::CivilDay as_of,
                           ResultsForm form, JsonStyle style, std::ostream& out,
                           ProgressMeter& meter, BadCadres& bad) {
  StreamedEvaluation evaluation(policy, as_of, style, form);
  evaluation.ObserveEntries([&](std::size_t index, const absl::Status& entry) {
    if (!entry.ok()) bad.emplace_back(index, entry);
    meter.Advance();
  });
  meter.Start(std::nullopt);
  for (;;) {
    absl::StatusOr<std::string_view> block = input.Next();
    if (!block.ok()) return block.status();
    if (block->empty()) break;
    meter.Read(input.read(), input.size());
    if (absl::Status fed = evaluation.Feed(*block); !fed.ok()) return fed;
    if (evaluation.pending().size() >= kOutputBlock) WritePending(evaluation, out);
  }
  if (absl::Status finished = evaluation.Finish(); !finished.ok()) return finished;
  meter.Finish();
  WritePending(evaluation, out);
  out.flush();
  return absl::OkStatus();
}

absl::Status WholeTextFailure(const Policy& policy, std::string_view text) {
  RecordsStream stream(policy);
  if (absl::Status fed = stream.FeedWhole(text); !fed.ok()) return fed;
  CadreYear cadre;
  while (stream.Next(cadre)) {
  }
  return stream.Finish();
}

}  // namespace liaison::cli
