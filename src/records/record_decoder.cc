#include "liaison/record_decoder.h"

#include "records/records_stream.h"

namespace liaison {

absl::StatusOr<RecordBatch> DecodeRecords(const Policy& policy, std::string_view text) {
  RecordsStream stream(policy);
  if (absl::Status fed = stream.FeedWhole(text); !fed.ok()) return fed;
  RecordBatch batch;
  CadreYear cadre;
  while (std::optional<absl::Status> entry = stream.Next(cadre)) {
    if (entry->ok()) {
      batch.cadres.push_back(std::move(cadre));
    } else {
      batch.cadres.push_back(std::move(*entry));
    }
  }
  if (absl::Status finished = stream.Finish(); !finished.ok()) return finished;
  batch.year = stream.document().year;
  batch.departments = stream.document().departments;
  return batch;
}

}  // namespace liaison
