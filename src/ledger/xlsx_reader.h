// ReadXlsx: the sheets of an Office Open XML workbook (.xlsx), as cells.
//
// libzip opens the archive and inflates each part; expat parses the parts as
// they inflate (workbook.xml for the sheet names, its relationships for the
// sheet files, sharedStrings.xml, then each worksheet). Nothing else of the
// format is read: styles, formulas (the cached value is used), drawings.
//
// The file is untrusted. Every part is size-limited while it inflates (a zip
// bomb stops at limits.h's bound, whatever the archive claims), a document
// type declaration is refused (no entity expansion), and a truncated archive,
// a part that is not XML or a cell that points outside the shared strings is
// an error naming the part, in Chinese and English.
//
//   absl::StatusOr<Workbook> book = ReadXlsx(bytes);
#ifndef LIAISON_LEDGER_XLSX_READER_H_
#define LIAISON_LEDGER_XLSX_READER_H_

#include <string_view>

#include "absl/status/statusor.h"
#include "ledger/sheet.h"

namespace liaison::ledger {

// Whether `bytes` begin like a zip archive ("PK\3\4"), as every XLSX does.
bool LooksLikeZip(std::string_view bytes);

absl::StatusOr<Workbook> ReadXlsx(std::string_view bytes);

}  // namespace liaison::ledger

#endif  // LIAISON_LEDGER_XLSX_READER_H_
