// The result forms of the C ABI's LIAISON_STREAM_* values (liaison.h), for
// the bridge's files that see the library's internals (liaison_stream.cc,
// evaluation_buffer.cc).
#ifndef LIAISON_CAPI_RESULTS_FORM_H_
#define LIAISON_CAPI_RESULTS_FORM_H_

#include <cstdint>
#include <optional>

#include "evaluate/results_writer.h"
#include "liaison.h"
#include "liaison/localized_text.h"

namespace liaison::capi {

// The results form a LIAISON_STREAM_* value names, when it names one.
inline std::optional<liaison::ResultsForm> ResultsFormOf(uint32_t form) {
  switch (form) {
    case LIAISON_STREAM_DOCUMENT: return liaison::ResultsForm::kDocument;
    case LIAISON_STREAM_LINES: return liaison::ResultsForm::kLines;
    case LIAISON_STREAM_LEAN: return liaison::ResultsForm::kLean;
    default: return std::nullopt;
  }
}
inline const liaison::LocalizedText kUnknownOptions{"options：未知的选项", "options: unknown flags"};
inline const liaison::LocalizedText kUnknownForm{
    "form：未知的结果形式（应为 LIAISON_STREAM_DOCUMENT、LINES 或 LEAN）",
    "form: unknown result form (LIAISON_STREAM_DOCUMENT, LINES or LEAN)"};

}  // namespace liaison::capi

#endif  // LIAISON_CAPI_RESULTS_FORM_H_
