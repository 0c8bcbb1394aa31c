#include "json/parse_json.h"

#include <optional>
#include <utility>

#include "base/absl_compat.h"
#include "json/syntax_error.h"
#include "liaison/problem.h"

namespace liaison::json {
namespace {

// Where and why simdjson refused `text`: the first bad byte's line, column
// and JSON path when the scanner finds it; simdjson's own words otherwise
// (a limit such as the nesting depth, not a mistake in the text).
Problem DescribeFailure(std::string_view text, simdjson::error_code error) {
  const std::optional<SyntaxError> located =
      error == simdjson::UTF8_ERROR ? FindInvalidUtf8(text) : FindSyntaxError(text);
  if (located) return {located->path, located->Message(), located->MessageZh()};
  if (error == simdjson::UTF8_ERROR) {
    return {"$", "the text is not valid UTF-8", "文本不是有效的 UTF-8"};
  }
  return {"$", StrCat("not valid JSON (", simdjson::error_message(error), ")"),
          StrCat("不是有效的 JSON（", simdjson::error_message(error), "）")};
}

}  // namespace

absl::StatusOr<simdjson::dom::element> ParseJson(simdjson::dom::parser& parser,
                                                 std::string_view text, const LocalizedText& what) {
  simdjson::dom::element root;
  const simdjson::error_code error = parser.parse(text.data(), text.size()).get(root);
  if (error != simdjson::SUCCESS) return InvalidInput(what, {DescribeFailure(text, error)});
  return root;
}

}  // namespace liaison::json
