// ParseJson: text to a simdjson DOM, with an error a user can act on.
//
// simdjson validates UTF-8 and JSON syntax in one pass; its error becomes an
// InvalidArgument status naming the document ("records: not valid JSON …")
// with the problem at path "$".
#ifndef LIAISON_SRC_JSON_PARSE_JSON_H_
#define LIAISON_SRC_JSON_PARSE_JSON_H_

#include <string_view>

#include "absl/status/statusor.h"
#include "simdjson.h"

namespace liaison::json {

// Parses `text` with `parser`; the element lives as long as the parser's next
// parse. `what` names the document in the error ("policy", "records").
absl::StatusOr<simdjson::dom::element> ParseJson(simdjson::dom::parser& parser,
                                                 std::string_view text,
                                                 std::string_view what);

}  // namespace liaison::json

#endif  // LIAISON_SRC_JSON_PARSE_JSON_H_
