// ImportLedger: a spreadsheet ledger (台账) as a records document.
//
// The workbook (XLSX or a CSV directory, read by xlsx_reader.h or
// csv_reader.h) is mapped sheet by sheet through the layout
// (ledger_layout.h) into `liaison.records/1`, then decoded against the
// policy (record_decoder.h), so every rule the JSON contract has holds here
// too. Problems are confined as with JSON records: a bad row refuses its own
// cadre and no other, each problem names its sheet, row, column and value in
// Chinese and English (ledger_error.h), and the result keeps one entry per
// cadre of sheet 干部, in order. With `strict`, any problem refuses the whole
// ledger.
//
//   absl::StatusOr<LedgerImport> ledger = ImportLedger(policy, *book, {});
//   WriteFile("records.json", ledger->records_json);   // the good cadres
//   EvaluateBatch(policy, ledger->batch, as_of);        // every cadre
#ifndef LIAISON_LEDGER_LEDGER_IMPORT_H_
#define LIAISON_LEDGER_LEDGER_IMPORT_H_

#include <optional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "ledger/ledger_error.h"
#include "ledger/sheet.h"
#include "liaison/policy.h"
#include "liaison/record_decoder.h"

namespace liaison::ledger {

struct ImportOptions {
  std::optional<int> year;  // overrides the year on sheet 说明
  bool strict = false;      // refuse the whole ledger on any problem
};

struct LedgerImport {
  std::string records_json;  // the records document of the accepted cadres
  RecordBatch batch;         // every cadre of sheet 干部, refused ones as errors
  std::vector<LedgerError> errors;
  std::vector<LedgerError> warnings;  // columns not read
  std::size_t rows_read = 0, rows_refused = 0;
  std::size_t cadres_read = 0, cadres_refused = 0;
};

absl::StatusOr<LedgerImport> ImportLedger(const Policy& policy, const Workbook& book,
                                          const ImportOptions& options);

// Reads the ledger at `path`: a directory of CSV files, else an XLSX file
// (recognised by its content, whatever its name). `notes` receives what a
// user should know, such as which CSV files were converted from GB18030.
absl::StatusOr<Workbook> ReadLedgerFile(const std::string& path,
                                        std::vector<std::string>* notes = nullptr);

// Whether `path` is a ledger rather than a JSON document: a directory with
// a .csv file in it, or a file that begins like a zip archive.
bool IsLedger(const std::string& path);

}  // namespace liaison::ledger

#endif  // LIAISON_LEDGER_LEDGER_IMPORT_H_
