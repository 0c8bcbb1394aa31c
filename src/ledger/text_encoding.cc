#include "ledger/text_encoding.h"

#include <iconv.h>

#include <cerrno>
#include <cstdint>

#include "ledger/bilingual.h"

namespace liaison::ledger {
namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

absl::Status NotUtf8() {
  return BadFile(
      "文件编码无法识别（既不是 UTF-8，也不是 GB18030/GBK）。请在 Excel 中选择“另存为 → CSV UTF-8"
      "（逗号分隔）”，或在 WPS 中选择“另存为 → CSV”并将编码选为 UTF-8，然后重新导入",
      "the file's encoding is neither UTF-8 nor GB18030/GBK. In Excel choose \"Save As → CSV "
      "UTF-8 (Comma delimited)\", in WPS \"Save As → CSV\" with the UTF-8 encoding, and import "
      "it again");
}

// GB18030 → UTF-8 with iconv; NotUtf8() when any byte is not GB18030.
absl::StatusOr<std::string> FromGb18030(std::string_view bytes) {
  iconv_t descriptor = iconv_open("UTF-8", "GB18030");
  if (descriptor == reinterpret_cast<iconv_t>(-1)) return NotUtf8();
  std::string out(bytes.size() * 2 + 16, '\0');
  char* in = const_cast<char*>(bytes.data());
  std::size_t in_left = bytes.size();
  char* to = out.data();
  std::size_t to_left = out.size();
  const std::size_t result = iconv(descriptor, &in, &in_left, &to, &to_left);
  iconv_close(descriptor);
  // GB18030 takes at most 4 bytes per character and UTF-8 at most 4, and
  // two-byte GBK characters become three UTF-8 bytes: twice the size is room.
  if (result == static_cast<std::size_t>(-1) || in_left != 0) return NotUtf8();
  out.resize(out.size() - to_left);
  return out;
}

}  // namespace

bool IsUtf8(std::string_view bytes) {
  std::size_t i = 0;
  while (i < bytes.size()) {
    const auto lead = static_cast<std::uint8_t>(bytes[i]);
    std::size_t length = 1;
    std::uint32_t code = lead;
    if (lead >= 0xF0 && lead <= 0xF4) {
      length = 4, code = lead & 0x07u;
    } else if (lead >= 0xE0) {
      length = 3, code = lead & 0x0Fu;
    } else if (lead >= 0xC2 && lead <= 0xDF) {
      length = 2, code = lead & 0x1Fu;
    } else if (lead >= 0x80) {
      return false;
    }
    if (lead > 0xF4 || i + length > bytes.size()) return false;
    for (std::size_t k = 1; k < length; ++k) {
      const auto next = static_cast<std::uint8_t>(bytes[i + k]);
      if ((next & 0xC0u) != 0x80u) return false;
      code = (code << 6) | (next & 0x3Fu);
    }
    const bool overlong = (length == 3 && code < 0x800) || (length == 4 && code < 0x10000);
    if (overlong || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return false;
    i += length;
  }
  return true;
}

absl::StatusOr<std::string> ToUtf8(std::string_view bytes, bool& converted) {
  converted = false;
  if (bytes.substr(0, 3) == kUtf8Bom) bytes.remove_prefix(3);
  if (bytes.find('\0') != std::string_view::npos) return NotUtf8();  // UTF-16, binary
  if (IsUtf8(bytes)) return std::string(bytes);
  absl::StatusOr<std::string> text = FromGb18030(bytes);
  if (text.ok()) converted = true;
  return text;
}

}  // namespace liaison::ledger
