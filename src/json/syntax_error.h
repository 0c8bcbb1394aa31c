// FindSyntaxError: where a JSON text first goes wrong, in terms a person can
// find in an editor.
//
// simdjson says only *that* a text is not JSON ("Problem while parsing a
// number"). When it refuses a text, ParseJson asks this small validating
// scanner, which walks the text once more, strictly by RFC 8259, and stops at
// the first byte that cannot continue a JSON document. It reports:
//
//   * the line and column of that byte: lines count from 1 at each "\n";
//     columns count characters (UTF-8 code points, a tab is one) from 1;
//   * the JSON path reached so far ("$.rules[3].min"): the value being read
//     or just read when the text went wrong;
//   * what was expected and what was found, in English and Chinese, naming
//     the usual mistakes: a full-width "，" "：" "“" typed with a Chinese
//     input method, a trailing comma, a single quote, a comment, a line
//     break inside a string (a missing closing quote), a byte order mark.
//
// A text that starts with a UTF-8 byte order mark (EF BB BF) is refused with
// its own message: RFC 8259 §8.1 forbids writing one, and every reader of
// the same file (the ledger export, `liaison diff`, other JSON tools) would
// have to skip it too. Saving "UTF-8 without BOM" fixes it.
//
//   std::optional<SyntaxError> error = FindSyntaxError(text);
//   error->Message();    // "line 79, column 86: not valid JSON: … / 第79行第86列：…"
//   error->MessageZh();  // "第79行第86列：…"
#ifndef LIAISON_SRC_JSON_SYNTAX_ERROR_H_
#define LIAISON_SRC_JSON_SYNTAX_ERROR_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "json/value_limits.h"

namespace liaison::json {

struct SyntaxError {
  std::size_t offset = 0;  // the byte where the text goes wrong
  std::int64_t line = 1;
  std::int64_t column = 1;
  std::string path = "$";  // the JSON path reached so far
  std::string reason_en;   // "expected ',' or '}', found …"
  std::string reason_zh;

  // "line L, column C: <en> / 第L行第C列：<zh>".
  std::string Message() const;
  // The same in one language: "line L, column C: <en>", "第L行第C列：<zh>".
  std::string MessageEn() const;
  std::string MessageZh() const;
};

// The first syntax error of `text`, or nullopt when the scanner finds none
// (simdjson may still refuse the text for a limit it has and the scanner
// does not check). Besides the grammar, the scanner refuses what simdjson
// refuses: a number out of range (1e400, an integer beyond 64 bits), an
// escaped surrogate without its pair (\ud800), nesting deeper than 1024.
// With `limits`, it also holds strings and objects to them (json/value_limits.h).
std::optional<SyntaxError> FindSyntaxError(std::string_view text,
                                           const ValueLimits* limits = nullptr);

// Fills in `error`'s reasons as FindSyntaxError words an unexpected byte:
// "expected <expected>, found <what stands at text[pos]>".
void DescribeUnexpected(std::string_view text, std::size_t pos, std::string_view expected_en,
                        std::string_view expected_zh, SyntaxError& error);

// `error`, found in a part of a larger text that begins at line `line`,
// column `column` of it, moved to the larger text's lines and columns.
void MoveInto(std::int64_t line, std::int64_t column, SyntaxError& error);

// The first byte of `text` that is not valid UTF-8 (a stray continuation
// byte, a truncated or overlong sequence, a surrogate, a code point above
// U+10FFFF), with its line and column; nullopt when the text is valid.
std::optional<SyntaxError> FindInvalidUtf8(std::string_view text);

}  // namespace liaison::json

#endif  // LIAISON_SRC_JSON_SYNTAX_ERROR_H_
