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
#include <optional>
#include <string>
#include <string_view>

namespace liaison::json {

struct SyntaxError {
  std::size_t offset = 0;  // the byte where the text goes wrong
  int line = 1;
  int column = 1;
  std::string path = "$";  // the JSON path reached so far
  std::string reason_en;   // "expected ',' or '}', found …"
  std::string reason_zh;

  // "line L, column C: <en> / 第L行第C列：<zh>".
  std::string Message() const;
  // "第L行第C列：<zh>".
  std::string MessageZh() const;
};

// The first syntax error of `text`, or nullopt when the scanner finds none
// (simdjson may still refuse the text for a limit: nesting deeper than it
// allows, a number out of range).
std::optional<SyntaxError> FindSyntaxError(std::string_view text);

// The first byte of `text` that is not valid UTF-8 (a stray continuation
// byte, a truncated or overlong sequence, a surrogate, a code point above
// U+10FFFF), with its line and column; nullopt when the text is valid.
std::optional<SyntaxError> FindInvalidUtf8(std::string_view text);

}  // namespace liaison::json

#endif  // LIAISON_SRC_JSON_SYNTAX_ERROR_H_
