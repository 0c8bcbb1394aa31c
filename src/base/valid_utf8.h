// ValidUtf8: text that is certainly UTF-8, for messages that quote input.
//
// A problem's path and message may quote bytes of the input (a key, a value)
// that are not UTF-8. Every message the library hands out is UTF-8 — it is
// written into JSON, decoded by Java and Python, shown in a terminal — so
// each byte that does not begin a well-formed sequence (RFC 3629: no overlong
// forms, no surrogates, nothing above U+10FFFF) becomes U+FFFD.
#ifndef LIAISON_SRC_BASE_VALID_UTF8_H_
#define LIAISON_SRC_BASE_VALID_UTF8_H_

#include <string>
#include <string_view>

namespace liaison {

// `text` with every ill-formed byte replaced by U+FFFD; `text` itself when
// it is well-formed.
std::string ValidUtf8(std::string_view text);

}  // namespace liaison

#endif  // LIAISON_SRC_BASE_VALID_UTF8_H_
