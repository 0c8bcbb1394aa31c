// ParseJson: text to a simdjson DOM, with an error a user can act on.
//
// simdjson validates UTF-8 and JSON syntax in one pass. Its error becomes an
// InvalidArgument status naming the document, with one problem at the JSON
// path reached so far, whose message gives the line and column of the first
// bad character in English and Chinese (json/syntax_error.h):
//   policy: $.rules[3].min: line 79, column 86: not valid JSON: expected ','
//   or '}', found '，' (U+FF0C, a full-width comma …) / 第79行第86列：…
#ifndef LIAISON_SRC_JSON_PARSE_JSON_H_
#define LIAISON_SRC_JSON_PARSE_JSON_H_

#include <string_view>

#include "absl/status/statusor.h"
#include "liaison/localized_text.h"
#include "simdjson.h"

namespace liaison::json {

// Parses `text` with `parser`; the element lives as long as the parser's next
// parse. `what` names the document in the error ({"政策", "policy"}).
absl::StatusOr<simdjson::dom::element> ParseJson(simdjson::dom::parser& parser,
                                                 std::string_view text,
                                                 const LocalizedText& what);

}  // namespace liaison::json

#endif  // LIAISON_SRC_JSON_PARSE_JSON_H_
