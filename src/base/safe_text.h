// SafeText: input quoted in a message, made safe to print and to pass on.
//
// A problem's path and message may quote a key or a value of the input. Such
// a quote must not forge a line on a terminal (a raw newline), drive it (an
// ESC sequence), cut a C string short (a NUL) or flood a log (a key of a
// megabyte). SafeText writes the text as UTF-8 (ValidUtf8) with every
// control character (U+0000–U+001F, U+007F) spelt as a JSON escape — "\n",
// "\t", "\u0000", "\u001b" — and at most kMaxSafeTextBytes bytes of it,
// cut at a character boundary and marked with "…".
//
//   SafeText("hunan\0", 6)          // "hunan\\u0000"
//   SafeText("a\nb")                // "a\\nb"
#ifndef LIAISON_SRC_BASE_SAFE_TEXT_H_
#define LIAISON_SRC_BASE_SAFE_TEXT_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace liaison {

// The most bytes of quoted input a message keeps (docs/design.md, limits).
inline constexpr std::size_t kMaxSafeTextBytes = 4096;

// `text` as UTF-8 with control characters escaped, capped at `max_bytes`
// bytes of the escaped text (plus the "…" that marks a cut).
std::string SafeText(std::string_view text, std::size_t max_bytes = kMaxSafeTextBytes);

}  // namespace liaison

#endif  // LIAISON_SRC_BASE_SAFE_TEXT_H_
