// XmlPart: streams one part of a zip archive through expat, for the XLSX
// reader. The part inflates in 64 KiB pieces that go straight to the parser,
// so a large worksheet is never held whole, and the inflated size is counted
// against limits.h as it grows. Element and attribute names reach the handler
// without their namespace ("row", "c", "id"), since the parts the reader uses
// never have two elements of one local name with different meanings.
#ifndef LIAISON_LEDGER_XML_PART_H_
#define LIAISON_LEDGER_XML_PART_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "absl/status/status.h"

struct zip;

namespace liaison::ledger {

class XmlHandler {
 public:
  virtual ~XmlHandler() = default;
  // `attributes` alternate names and values and end with nullptr, as expat
  // gives them; AttributeOf finds one by local name.
  virtual void Start(std::string_view name, const char** attributes) = 0;
  virtual void End(std::string_view name) = 0;
  virtual void Text(std::string_view text) = 0;
  // An error the handler found (a bad cell); stops the parse.
  absl::Status error;
};

// The value of the attribute whose local name is `name`, or nullptr.
const char* AttributeOf(const char** attributes, std::string_view name);

// Whether the archive has a part called `name`.
bool HasPart(zip* archive, const std::string& name);

// Parses part `name` of `archive` with `handler`. `inflated` counts the bytes
// inflated so far in the whole workbook, against kMaxWorkbookBytes.
absl::Status ParsePart(zip* archive, const std::string& name, XmlHandler& handler,
                       std::size_t& inflated);

}  // namespace liaison::ledger

#endif  // LIAISON_LEDGER_XML_PART_H_
