// Translates a problem the records decoder found in the document the ledger
// built ("$.cadres[3].activities[7].id: activity id … is used twice") back
// to the ledger: the sheet and row the element came from, the column of the
// field, and the decoder's reason in Chinese and English.
#ifndef LIAISON_LEDGER_DECODER_PROBLEM_H_
#define LIAISON_LEDGER_DECODER_PROBLEM_H_

#include <string>
#include <vector>

#include "ledger/ledger_error.h"
#include "ledger/sheet_table.h"
#include "liaison/problem.h"

namespace liaison::ledger {

// Where one cadre's elements came from: its row of 干部 and, per per-cadre
// sheet (in LedgerSheets() order, 干部 included at its index), the rows of
// that sheet's elements in array order.
struct CadreRows {
  std::vector<std::vector<const Row*>> rows;  // per sheet
};

LedgerError FromDecoderProblem(const Problem& problem, const CadreRows& cadre,
                               const std::vector<SheetTable>& tables, const std::string& cadre_id);

}  // namespace liaison::ledger

#endif  // LIAISON_LEDGER_DECODER_PROBLEM_H_
