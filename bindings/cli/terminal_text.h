// Text from input, made safe to print: a message may quote a key, a name or
// a whole record's problem list, and none of it may move the cursor, start an
// escape sequence or forge a line on the terminal.
#ifndef LIAISON_CLI_TERMINAL_TEXT_H_
#define LIAISON_CLI_TERMINAL_TEXT_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace liaison::cli {

// The longest quotation printed, in bytes; the rest is counted, not shown.
inline constexpr std::size_t kMaxQuotedBytes = 4096;

// `text` with every control character (C0, DEL, NUL included) written as
// \n, \t or \xHH, and cut after kMaxQuotedBytes with "… (N more bytes)".
// A cut never splits a UTF-8 sequence.
std::string QuotedForTerminal(std::string_view text);

}  // namespace liaison::cli

#endif  // LIAISON_CLI_TERMINAL_TEXT_H_
