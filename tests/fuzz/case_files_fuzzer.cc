// libFuzzer target: any bytes as a case file that may read files — its
// policy and records paths resolve against a scratch directory holding
// copies of the examples and policies (scratch_directory.h; a path with '/'
// is refused before the runner sees it) — and the
// results as the command writes them for CI: JSON, which must be well-formed,
// and JUnit XML, which must be well-formed XML (checked with expat, as the
// ledger's XLSX reader parses XML). A case runs against the directory as it
// was made: what a run writes is undone before the next.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "expat.h"
#include "fuzz_support.h"
#include "liaison/case_results.h"
#include "liaison/case_runner.h"
#include "scratch_directory.h"
#include "simdjson.h"

namespace {

// Whether a "path" anywhere in the case file names a file outside the scratch
// directory (the runner's own parser is simdjson too: what it reads, this
// sees, escapes undone).
bool NamesFileOutside(simdjson::dom::element element) {
  simdjson::dom::object object;
  simdjson::dom::array array;
  if (element.get_object().get(object) == simdjson::SUCCESS) {
    for (simdjson::dom::key_value_pair field : object) {
      std::string_view path;
      if (field.key == "path" && field.value.get_string().get(path) == simdjson::SUCCESS &&
          liaison::fuzz::MayLeaveScratchDirectory(path)) {
        return true;
      }
      if (NamesFileOutside(field.value)) return true;
    }
  } else if (element.get_array().get(array) == simdjson::SUCCESS) {
    for (simdjson::dom::element item : array) {
      if (NamesFileOutside(item)) return true;
    }
  }
  return false;
}

bool MayReadOutside(std::string_view text) {
  simdjson::dom::parser parser;
  const simdjson::padded_string padded(text);
  simdjson::dom::element root;
  return parser.parse(padded).get(root) == simdjson::SUCCESS && NamesFileOutside(root);
}

bool IsWellFormedXml(std::string_view text) {
  XML_Parser parser = XML_ParserCreate("UTF-8");
  const bool well_formed =
      XML_Parse(parser, text.data(), static_cast<int>(text.size()), /*isFinal=*/1) ==
      XML_STATUS_OK;
  XML_ParserFree(parser);
  return well_formed;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  if (MayReadOutside(text)) return 0;
  const liaison::CaseResult result =
      liaison::RunCase(text, liaison::fuzz::ScratchDirectory(), "fuzz.case.json");
  const liaison::CaseResult results[] = {result};
  if (!liaison::fuzz::IsWellFormedJson(liaison::CaseResultsJson(results))) std::abort();
  if (!IsWellFormedXml(liaison::CaseResultsJUnitXml(results))) std::abort();
  liaison::fuzz::RestoreScratchDirectory();
  return 0;
}
