// SheetTable: a ledger sheet found in a workbook, with its header row
// located and each of its columns matched to the layout (ledger_layout.h).
//
// The header row is the first of the sheet's first ten rows in which at
// least two cells name columns, by Chinese header (活动日期), field id
// (date) or both (活动日期（date）, or on two lines). Rows right after it
// that name columns too (the template's row of field ids) are skipped, as
// are title rows above it, merged or not. A header that names no column is
// reported as a warning and its column is not read; a required column that
// is missing is an error for the whole sheet.
#ifndef LIAISON_LEDGER_SHEET_TABLE_H_
#define LIAISON_LEDGER_SHEET_TABLE_H_

#include <cstddef>
#include <vector>

#include "ledger/ledger_error.h"
#include "ledger/ledger_layout.h"
#include "ledger/sheet.h"

namespace liaison::ledger {

struct SheetTable {
  const SheetSpec* spec = nullptr;
  const Sheet* sheet = nullptr;    // nullptr: the workbook has no such sheet
  std::vector<int> column_of;      // per spec column: its sheet column, or -1
  std::size_t first_data_row = 0;  // index into sheet->rows
  std::vector<LedgerError> warnings;
  std::vector<LedgerError> errors;  // a missing header or required column

  // The cell of spec column `index` in `row`, or nullptr when empty.
  const Cell* CellOf(const Row& row, std::size_t index) const;
  // An error at spec column `index` of `row`.
  LedgerError ErrorAt(const Row& row, std::size_t index) const;
};

// Finds sheet `spec` (by its Chinese or English name) in `book`.
SheetTable LocateSheet(const Workbook& book, const SheetSpec& spec);

}  // namespace liaison::ledger

#endif  // LIAISON_LEDGER_SHEET_TABLE_H_
