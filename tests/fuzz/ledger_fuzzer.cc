// libFuzzer target: any bytes as a spreadsheet ledger under the embedded
// "hunan" policy. Bytes that begin like a zip archive go to the XLSX reader
// (libzip + expat), others to the CSV reader (encoding detection, libcsv) as
// sheet 活动; what reads is imported. Malformed input must give an error,
// never a crash, and an import keeps one entry per cadre row.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "ledger/csv_reader.h"
#include "ledger/ledger_import.h"
#include "ledger/xlsx_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const liaison::Policy policy = *liaison::Policy::Embedded("hunan");
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  absl::StatusOr<liaison::ledger::Workbook> book;
  if (liaison::ledger::LooksLikeZip(bytes)) {
    book = liaison::ledger::ReadXlsx(bytes);
  } else {
    bool converted = false;
    absl::StatusOr<liaison::ledger::Sheet> sheet =
        liaison::ledger::ReadCsv("活动", bytes, converted);
    if (!sheet.ok()) return 0;
    book.emplace();
    book->sheets.push_back(*std::move(sheet));
  }
  if (!book.ok()) return 0;
  liaison::ledger::ImportOptions options;
  options.year = 2026;
  absl::StatusOr<liaison::ledger::LedgerImport> imported =
      liaison::ledger::ImportLedger(policy, *book, options);
  if (imported.ok() && imported->batch.cadres.size() != imported->cadres_read) std::abort();
  return 0;
}
