#include "liaison/record_decoder.h"

#include "records/records_reader.h"

namespace liaison {

absl::StatusOr<RecordBatch> DecodeRecords(const Policy& policy, std::string_view text) {
  RecordsReader reader(policy);
  if (absl::Status opened = reader.Open(text); !opened.ok()) return opened;
  RecordBatch batch = reader.document();
  batch.cadres.reserve(reader.size());
  for (std::size_t i = 0; i < reader.size(); ++i) batch.cadres.push_back(reader.Next());
  return batch;
}

}  // namespace liaison
