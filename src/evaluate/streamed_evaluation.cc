#include "evaluate/streamed_evaluation.h"

#include <optional>

namespace liaison {

absl::Status StreamedEvaluation::Feed(std::string_view piece) {
  if (absl::Status fed = records_.Feed(piece); !fed.ok()) return fed;
  Drain();
  return absl::OkStatus();
}

absl::Status StreamedEvaluation::FeedWhole(std::string_view text) {
  if (absl::Status fed = records_.FeedWhole(text); !fed.ok()) return fed;
  return Finish();
}

absl::Status StreamedEvaluation::Finish() {
  if (absl::Status done = records_.Finish(); !done.ok()) return done;
  Drain();
  if (absl::Status done = records_.Finish(); !done.ok()) return done;
  if (!finished_) {
    if (!begun_) {
      writer_.Begin(records_.document());
      begun_ = true;
    }
    writer_.End();
    finished_ = true;
  }
  return absl::OkStatus();
}

void StreamedEvaluation::Reset() {
  records_.Reset();
  writer_.Clear();
  entries_ = 0;
  begun_ = false;
  finished_ = false;
}

// Evaluates every cadre ready, after the output's head once the header is
// known.
void StreamedEvaluation::Drain() {
  if (!begun_ && records_.header_ready()) {
    writer_.Begin(records_.document());
    begun_ = true;
  }
  if (!begun_) return;
  while (std::optional<absl::Status> entry = records_.Next(cadre_)) {
    writer_.Add(*entry, cadre_);
    if (observer_) observer_(entries_, *entry);
    ++entries_;
  }
}

}  // namespace liaison
