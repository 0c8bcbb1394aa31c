// ResultsWriter: evaluation results written cadre by cadre into one reused
// buffer, for a caller that hands them on as they come (a file, a pipe, the
// C ABI's stream) instead of holding the whole output.
//
// Three forms (docs/records.md):
//   * kDocument: the liaison.evaluation/1 document, byte for byte what
//     EvaluateRecordsJson writes for the same input;
//   * kLines: JSON Lines: a header line (schema
//     "liaison.evaluation.lines/1", the result stamp, year, as_of and the
//     departments, as in the document), then one entry a line, each the
//     entry the document's `results` would hold, compact;
//   * kLean: the liaison.evaluation-lean/1 document (liaison/lean_report.h),
//     byte for byte what EvaluateRecordsLeanJson writes for the same input.
//
//   ResultsWriter writer(policy, as_of, JsonStyle::kCompact, ResultsForm::kLines);
//   writer.Begin(stream.document());
//   while (auto entry = stream.Next(cadre)) {
//     writer.Add(*entry, cadre);
//     if (writer.pending().size() > kThreshold) { write(writer.pending()); writer.Clear(); }
//   }
//   writer.End();
//   write(writer.pending());
#ifndef LIAISON_SRC_EVALUATE_RESULTS_WRITER_H_
#define LIAISON_SRC_EVALUATE_RESULTS_WRITER_H_

#include <optional>
#include <string>
#include <string_view>

#include "absl/status/status.h"
#include "absl/time/civil_time.h"
#include "evaluate/finding_texts_json.h"
#include "json/json_writer.h"
#include "liaison/cadre_record.h"
#include "liaison/evaluate.h"
#include "liaison/json_style.h"
#include "liaison/policy.h"

namespace liaison {

enum class ResultsForm { kDocument, kLines, kLean };

class ResultsWriter {
 public:
  // `policy` must outlive the writer. kLines is always compact.
  ResultsWriter(const Policy& policy, absl::CivilDay as_of, JsonStyle style, ResultsForm form);
  ResultsWriter(const ResultsWriter&) = delete;
  ResultsWriter& operator=(const ResultsWriter&) = delete;

  // Writes what comes before the first entry, the departments of `document`
  // evaluated. Begins a new output: the writer is reused from one to the next.
  void Begin(const RecordBatch& document);
  // Writes one entry: `cadre` evaluated when `entry` is OK, else the error.
  void Add(const absl::Status& entry, const CadreYear& cadre);
  // Writes what comes after the last entry.
  void End();

  // The output written and not yet cleared.
  std::string_view pending();
  void Clear() { out_.clear(); }

 private:
  const Policy& policy_;
  absl::CivilDay as_of_;
  JsonStyle style_;
  ResultsForm form_;
  std::string out_;
  std::optional<json::JsonWriter> writer_;
  CadreReport report_;
  FindingTextsJson texts_;
  std::size_t next_index_ = 0;  // the index of the entry Add writes next
};

}  // namespace liaison

#endif  // LIAISON_SRC_EVALUATE_RESULTS_WRITER_H_
