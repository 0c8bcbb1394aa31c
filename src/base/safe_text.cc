#include "base/safe_text.h"

#include "base/valid_utf8.h"

namespace liaison {
namespace {

bool IsControl(unsigned char c) { return c < 0x20 || c == 0x7F; }

void AppendEscaped(std::string& out, unsigned char c) {
  switch (c) {
    case '\n': out += "\\n"; return;
    case '\r': out += "\\r"; return;
    case '\t': out += "\\t"; return;
    default: {
      constexpr char kHex[] = "0123456789abcdef";
      out += "\\u00";
      out += kHex[c >> 4];
      out += kHex[c & 0xF];
    }
  }
}

// Whether `c` continues a UTF-8 sequence rather than beginning a character.
bool IsContinuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

}  // namespace

std::string SafeText(std::string_view text, std::size_t max_bytes) {
  const std::string utf8 = ValidUtf8(text);
  std::string out;
  out.reserve(utf8.size() < max_bytes ? utf8.size() : max_bytes);
  for (std::size_t at = 0; at < utf8.size(); ++at) {
    if (out.size() >= max_bytes) {
      while (at < utf8.size() && IsContinuation(utf8[at])) {
        out += utf8[at++];  // finish the character that was begun
      }
      if (at < utf8.size()) out += "…";
      break;
    }
    const auto c = static_cast<unsigned char>(utf8[at]);
    if (IsControl(c)) {
      AppendEscaped(out, c);
    } else {
      out += utf8[at];
    }
  }
  return out;
}

}  // namespace liaison
