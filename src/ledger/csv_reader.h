// CSV ledgers: one file per sheet in a directory (部门.csv, 干部.csv, 活动.csv
// …), each read with libcsv into the same Sheet the XLSX reader gives.
//
// Every file goes through ToUtf8 (text_encoding.h) first: UTF-8 with or
// without a BOM is read as is, GB18030/GBK is converted. Rows are numbered
// as a spreadsheet opening the file numbers them: one per record, blank lines
// included, so an error's row number is the row the user sees.
#ifndef LIAISON_LEDGER_CSV_READER_H_
#define LIAISON_LEDGER_CSV_READER_H_

#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "ledger/sheet.h"

namespace liaison::ledger {

// One CSV text as sheet `name`. `converted` tells whether it was GB18030.
absl::StatusOr<Sheet> ReadCsv(const std::string& name, std::string_view bytes, bool& converted);

// Every *.csv file of `directory`, each a sheet named after the file.
// `converted_files` receives the names of the files that were GB18030.
absl::StatusOr<Workbook> ReadCsvDirectory(const std::string& directory,
                                          std::vector<std::string>* converted_files = nullptr);

}  // namespace liaison::ledger

#endif  // LIAISON_LEDGER_CSV_READER_H_
