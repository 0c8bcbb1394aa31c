#include "json/parse_json.h"

#include "base/absl_compat.h"
#include "liaison/problem.h"

namespace liaison::json {

absl::StatusOr<simdjson::dom::element> ParseJson(simdjson::dom::parser& parser,
                                                 std::string_view text,
                                                 std::string_view what) {
  simdjson::dom::element root;
  const simdjson::error_code error = parser.parse(text.data(), text.size()).get(root);
  if (error != simdjson::SUCCESS) {
    std::string reason = error == simdjson::UTF8_ERROR
                             ? "the text is not valid UTF-8"
                             : StrCat("not valid JSON (", simdjson::error_message(error),
                                            ")");
    return InvalidInput(what, {{"$", std::move(reason)}});
  }
  return root;
}

}  // namespace liaison::json
