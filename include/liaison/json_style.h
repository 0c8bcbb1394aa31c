// JsonStyle and EntrySpan: how the library's JSON documents are laid out, and
// where one entry of a batch document lies in it.
//
// Every encoder (EncodeBatchReport, EncodeProgress, EncodeProposal, …) takes a
// JsonStyle; the batch encoders can also report each entry's span, so a caller
// can hand one cadre's entry on without parsing the whole document.
#ifndef LIAISON_JSON_STYLE_H_
#define LIAISON_JSON_STYLE_H_

#include <cstddef>

namespace liaison {

// Compact output is the wire form; pretty output indents for people.
enum class JsonStyle { kCompact, kPretty };

// Where one entry of "results" lies in an encoded batch: the bytes
// [offset, offset + length) of the document are that entry's JSON object,
// which a caller can store or parse on its own without parsing the document.
struct EntrySpan {
  std::size_t offset = 0;
  std::size_t length = 0;
};

}  // namespace liaison

#endif  // LIAISON_JSON_STYLE_H_
