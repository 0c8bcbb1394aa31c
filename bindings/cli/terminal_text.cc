#include "terminal_text.h"

#include "absl/strings/str_format.h"

namespace liaison::cli {

std::string QuotedForTerminal(std::string_view text) {
  std::size_t end = text.size() < kMaxQuotedBytes ? text.size() : kMaxQuotedBytes;
  // Back off continuation bytes so that the cut falls between characters.
  while (end < text.size() && end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) {
    --end;
  }
  std::string out;
  out.reserve(end + 16);
  for (std::size_t i = 0; i < end; ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c < 0x20 || c == 0x7F) {
      out += absl::StrFormat("\\x%02x", c);
    } else {
      out += static_cast<char>(c);
    }
  }
  if (end < text.size()) out += absl::StrFormat("… (%d more bytes)", text.size() - end);
  return out;
}

}  // namespace liaison::cli
