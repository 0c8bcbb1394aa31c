// ToUtf8: the text of a CSV file as UTF-8, whatever Excel or WPS saved it as.
//
// * UTF-8, with or without a byte-order mark: the mark is dropped.
// * Not UTF-8 but valid GB18030 (which includes GBK and GB2312, what Chinese
//   Windows calls "ANSI"): converted with glibc's iconv, and `converted` is
//   set so the caller can say so.
// * Anything else (UTF-16 "Unicode text", a binary file): refused, with a
//   hint in Chinese and English on how to save the sheet as CSV UTF-8.
#ifndef LIAISON_LEDGER_TEXT_ENCODING_H_
#define LIAISON_LEDGER_TEXT_ENCODING_H_

#include <string>
#include <string_view>

#include "absl/status/statusor.h"

namespace liaison::ledger {

bool IsUtf8(std::string_view bytes);

absl::StatusOr<std::string> ToUtf8(std::string_view bytes, bool& converted);

}  // namespace liaison::ledger

#endif  // LIAISON_LEDGER_TEXT_ENCODING_H_
