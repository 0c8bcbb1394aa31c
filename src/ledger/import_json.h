// A ledger import as JSON, for the bindings (liaison_ledger_import): the
// document liaison.ledger-import/1 (the records of the cadres accepted, the
// problems, the columns not read, the notes and the counts), and the
// problems alone, as the error of a ledger refused.
//
// Each problem is an object with the place in the keys of a liaison error's
// problems ("path": the place in Chinese, "message": both languages, as
// LedgerErrorsStatus gives them) and the place in parts: sheet, sheet_en,
// row (0: the sheet as a whole), column (its letter), header, header_en,
// value, cadre, and the whole text in each language (zh, en).
#ifndef LIAISON_LEDGER_IMPORT_JSON_H_
#define LIAISON_LEDGER_IMPORT_JSON_H_

#include <string>
#include <vector>

#include "ledger/ledger_error.h"
#include "ledger/ledger_import.h"

namespace liaison::ledger {

// A JSON array of `errors`.
std::string LedgerErrorsJson(const std::vector<LedgerError>& errors);

// The document liaison.ledger-import/1 of `imported`, with `notes` (such as
// the CSV files converted from GB18030).
std::string LedgerImportJson(const LedgerImport& imported, const std::vector<std::string>& notes);

}  // namespace liaison::ledger

#endif  // LIAISON_LEDGER_IMPORT_JSON_H_
