// libFuzzer target: any bytes as records under either embedded policy, as
// of any day of the year, evaluated, graded and encoded. A hash of the bytes
// chooses the policy ("hunan" or "hunan-2018"), the as-of day and the size
// of the pieces the stream is fed, so that the seeds stay whole documents.
//
// Bad records must become error entries (one per input cadre), never a
// crash. The streaming reader fed in pieces must give the batch reader's
// entries (DecodeRecords, the whole text at once), and the streamed JSON path
// (one reused report, EvaluateInto) the batch path's bytes, with one entry
// span per cadre. When simdjson reads the whole text as an object whose
// `cadres` is an array, there is one entry per element.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "liaison/grading_json.h"
#include "liaison/record_decoder.h"
#include "liaison/report_json.h"
#include "records/records_stream.h"
#include "simdjson.h"

namespace {

// The entries of `text` fed to a stream in pieces of `size`; nullopt when
// the stream refuses the input as a whole.
std::optional<liaison::RecordBatch> Streamed(const liaison::Policy& policy, std::string_view text,
                                             std::size_t size) {
  liaison::RecordsStream stream(policy);
  liaison::RecordBatch batch;
  liaison::CadreYear cadre;
  const auto drain = [&] {
    while (std::optional<absl::Status> entry = stream.Next(cadre)) {
      if (entry->ok()) {
        batch.cadres.push_back(cadre);
      } else {
        batch.cadres.push_back(*entry);
      }
    }
  };
  for (std::size_t at = 0; at < text.size(); at += size) {
    if (!stream.Feed(text.substr(at, size)).ok()) return std::nullopt;
    drain();
  }
  if (!stream.Finish().ok()) return std::nullopt;
  drain();
  if (!stream.Finish().ok()) return std::nullopt;
  batch.year = stream.document().year;
  batch.departments = stream.document().departments;
  return batch;
}

// How many elements `cadres` has when simdjson reads `text` as an object.
std::optional<std::size_t> ArrayCount(std::string_view text) {
  simdjson::dom::parser parser;
  simdjson::dom::element root;
  if (parser.parse(text.data(), text.size()).get(root) != simdjson::SUCCESS) return std::nullopt;
  simdjson::dom::array cadres;
  if (root["cadres"].get_array().get(cadres) != simdjson::SUCCESS) return std::nullopt;
  return cadres.size();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const liaison::Policy hunan = *liaison::Policy::Embedded("hunan");
  static const liaison::Policy hunan_2018 = *liaison::Policy::Embedded("hunan-2018");
  std::uint32_t hash = 2166136261u;
  for (std::size_t i = 0; i < size; ++i) hash = (hash ^ data[i]) * 16777619u;
  const liaison::Policy& policy = hash % 2 == 0 ? hunan : hunan_2018;
  const absl::CivilDay as_of = absl::CivilDay(policy.year(), 1, 1) + (hash >> 1) % 365;
  const std::size_t piece = 1 + (hash >> 10) % 64;
  const std::string_view text(reinterpret_cast<const char*>(data), size);

  absl::StatusOr<liaison::RecordBatch> records = liaison::DecodeRecords(policy, text);
  const std::optional<liaison::RecordBatch> streamed = Streamed(policy, text, piece);
  if (records.ok() != streamed.has_value()) std::abort();
  if (!records.ok()) return 0;
  if (std::optional<std::size_t> count = ArrayCount(text);
      count && *count != records->cadres.size()) {
    std::abort();
  }
  const liaison::BatchReport batch = liaison::EvaluateBatch(policy, *records, as_of);
  if (batch.cadres.size() != records->cadres.size()) std::abort();
  const std::string encoded = liaison::EncodeBatchReport(batch);
  if (liaison::EncodeBatchReport(liaison::EvaluateBatch(policy, *streamed, as_of)) != encoded) {
    std::abort();
  }
  std::vector<liaison::EntrySpan> spans;
  const absl::StatusOr<std::string> json = liaison::EvaluateRecordsJson(
      policy, text, as_of, liaison::JsonStyle::kCompact, &spans);
  if (!json.ok() || *json != encoded || spans.size() != batch.cadres.size()) std::abort();
  if (auto proposal = liaison::ProposeBatchGrades(batch); proposal.ok()) {
    (void)liaison::EncodeProposal(*proposal);
  }
  if (auto check = liaison::CheckBatchGrades(batch); check.ok()) {
    (void)liaison::EncodeGradeCheck(*check);
  }
  return 0;
}
