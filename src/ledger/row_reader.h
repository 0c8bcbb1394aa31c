// ReadRow: one data row of a ledger sheet as a JSON object of the records
// document, in the layout's column order, with "plan.submitted"-style
// columns gathered into their object. Every cell is checked (cell_value.h);
// each problem, and each empty required cell, is a LedgerError of the row.
#ifndef LIAISON_LEDGER_ROW_READER_H_
#define LIAISON_LEDGER_ROW_READER_H_

#include <string>
#include <vector>

#include "ledger/ledger_error.h"
#include "ledger/ledger_vocabulary.h"
#include "ledger/sheet_table.h"

namespace liaison::ledger {

struct RowObject {
  std::string json;   // {"id":"c01-lec-1",…}, without the cadre column
  std::string cadre;  // the cadre column's text (per-cadre sheets), or the id (干部)
  std::vector<LedgerError> errors;
};

RowObject ReadRow(const SheetTable& table, const Row& row, const LedgerVocabulary& vocabulary,
                  bool date1904);

// Whether every cell of the row is empty or blank.
bool IsBlank(const Row& row);

}  // namespace liaison::ledger

#endif  // LIAISON_LEDGER_ROW_READER_H_
