#include "ledger_input.h"

#include <iostream>
#include <vector>

#include "inputs.h"
#include "views.h"

namespace liaison::cli {

bool IsLedgerSource(const std::string& source) { return source != "-" && ledger::IsLedger(source); }

absl::StatusOr<ledger::LedgerImport> ImportLedgerSource(const Policy& policy,
                                                        const std::string& source,
                                                        const ledger::ImportOptions& options,
                                                        std::optional<Language> language) {
  std::vector<std::string> notes;
  absl::StatusOr<ledger::Workbook> book = ledger::ReadLedgerFile(source, &notes);
  if (!book.ok()) return book.status();
  for (const std::string& note : notes) std::cerr << "liaison: " << source << ": " << note << "\n";
  absl::StatusOr<ledger::LedgerImport> imported = ledger::ImportLedger(policy, *book, options);
  if (!imported.ok()) return imported.status();
  // A message in the language asked for, within 100 columns; else in both,
  // on one line ("… / …"), as scripts reading it line by line expect.
  const auto say = [&](const std::string& zh, const std::string& en) {
    if (!language) {
      std::cerr << "liaison: " << source << ": " << zh << " / " << en << "\n";
    } else {
      std::cerr << HangingLines("liaison: " + source + ": " +
                                    (*language == Language::kChinese ? zh : en),
                                0, 4);
    }
  };
  // The cadres' problems travel in the batch; those of rows that belong to no
  // cadre (a department, a row naming an unknown cadre) are shown here.
  for (const ledger::LedgerError& error : imported->errors) {
    if (error.cadre.empty()) say(error.Text(true), error.Text(false));
  }
  for (const ledger::LedgerError& warning : imported->warnings) {
    say(warning.Text(true), warning.Text(false));
  }
  const auto count = [](std::size_t n) { return std::to_string(n); };
  say("读取 " + count(imported->rows_read) + " 行、" + count(imported->cadres_read) +
          " 名干部，拒收 " + count(imported->rows_refused) + " 行、" +
          count(imported->cadres_refused) + " 名干部",
      "read " + count(imported->rows_read) + " rows and " + count(imported->cadres_read) +
          " cadres, refused " + count(imported->rows_refused) + " rows and " +
          count(imported->cadres_refused) + " cadres");
  return imported;
}

absl::StatusOr<RecordBatch> LedgerOrJsonRecords(const Policy& policy, const std::string& path) {
  if (ledger::IsLedger(path)) {
    absl::StatusOr<ledger::Workbook> book = ledger::ReadLedgerFile(path);
    if (!book.ok()) return book.status();
    absl::StatusOr<ledger::LedgerImport> imported = ledger::ImportLedger(policy, *book, {});
    if (!imported.ok()) return imported.status();
    return std::move(imported->batch);
  }
  absl::StatusOr<std::string> text = ReadText(path);
  if (!text.ok()) {
    return absl::Status(text.status().code(),
                        path + ": " + std::string(text.status().message()));
  }
  return DecodeRecords(policy, *text);
}

}  // namespace liaison::cli
