// StreamedEvaluation: records in, results out, both in pieces: a
// RecordsStream (src/records/records_stream.h) feeding a ResultsWriter
// (src/evaluate/results_writer.h). Each cadre is evaluated and written as
// soon as it is read; the output waits in one reused buffer until the caller
// takes it. The C ABI's stream (capi/liaison_stream.cc) and the command are
// built on it.
//
//   StreamedEvaluation evaluation(policy, as_of, JsonStyle::kCompact, ResultsForm::kLines);
//   for (piece : input) {
//     if (absl::Status fed = evaluation.Feed(piece); !fed.ok()) return fed;
//     if (evaluation.pending().size() > kThreshold) {
//       write(evaluation.pending());
//       evaluation.Clear();
//     }
//   }
//   if (absl::Status done = evaluation.Finish(); !done.ok()) return done;
//   write(evaluation.pending());
#ifndef LIAISON_SRC_EVALUATE_STREAMED_EVALUATION_H_
#define LIAISON_SRC_EVALUATE_STREAMED_EVALUATION_H_

#include <cstddef>
#include <functional>
#include <string_view>
#include <utility>

#include "absl/status/status.h"
#include "absl/time/civil_time.h"
#include "evaluate/results_writer.h"
#include "liaison/cadre_record.h"
#include "liaison/json_style.h"
#include "liaison/policy.h"
#include "records/records_stream.h"

namespace liaison {

class StreamedEvaluation {
 public:
  // `policy` must outlive the evaluation.
  StreamedEvaluation(const Policy& policy, absl::CivilDay as_of, JsonStyle style,
                     ResultsForm form)
      : records_(policy), writer_(policy, as_of, style, form) {}

  // More records; every cadre complete so far is evaluated and written.
  // Non-OK when the records' top level is unusable (RecordsStream::Feed).
  absl::Status Feed(std::string_view piece);
  // The whole records at once, not copied (`text` must outlive the
  // evaluation's use), Feed and Finish in one; the records' top-level errors
  // are then worded as EvaluateRecordsJson words them (RecordsStream::FeedWhole).
  absl::Status FeedWhole(std::string_view text);
  // The records are over: the rest evaluated, the output ended.
  absl::Status Finish();
  // Ready for another input, the memory kept.
  void Reset();

  // Called with each entry as it is written, numbered from 0 in input order
  // (a progress meter, a list of the bad cadres).
  using EntryObserver = std::function<void(std::size_t index, const absl::Status& entry)>;
  void ObserveEntries(EntryObserver observer) { observer_ = std::move(observer); }

  // The output written and not yet cleared.
  std::string_view pending() { return writer_.pending(); }
  void Clear() { writer_.Clear(); }
  const RecordsStream& records() const { return records_; }

 private:
  void Drain();

  RecordsStream records_;
  ResultsWriter writer_;
  CadreYear cadre_;
  EntryObserver observer_;
  std::size_t entries_ = 0;
  bool begun_ = false;
  bool finished_ = false;
};

}  // namespace liaison

#endif  // LIAISON_SRC_EVALUATE_STREAMED_EVALUATION_H_
