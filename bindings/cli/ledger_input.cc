#include "ledger_input.h"

#include <iostream>
#include <vector>

#include "base/cadre_identity.h"
#include "inputs.h"
#include "views.h"

namespace liaison::cli {

namespace {

// At most this many refused cadres are named in the summary.
constexpr std::size_t kNamedRefused = 10;

// "读取 364 行、13 名干部，拒收 43 行、1 名干部：刘建华（c01）" /
// "read 364 rows and 13 cadres, refused 43 rows and 1 cadre: 刘建华 (c01)".
std::string SummaryText(const ledger::LedgerImport& imported, Language language) {
  const bool zh = language == Language::kChinese;
  std::vector<std::string> refused;
  for (const absl::StatusOr<CadreYear>& cadre : imported.batch.cadres) {
    if (cadre.ok()) continue;
    const CadreIdentity who = CadreIdentityOf(cadre.status());
    if (!who.id.empty()) refused.push_back(CadreLabel(who.name, who.id, language));
  }
  std::string names;
  for (std::size_t i = 0; i < refused.size() && i < kNamedRefused; ++i) {
    names += (i == 0 ? (zh ? "：" : ": ") : (zh ? "、" : ", ")) + refused[i];
  }
  if (refused.size() > kNamedRefused) {
    const std::string more = std::to_string(refused.size() - kNamedRefused);
    names += zh ? "等，另有 " + more + " 名" : " and " + more + " more";
  }
  const auto count = [&](std::size_t n, const char* one, const char* many) {
    return std::to_string(n) + (zh ? "" : n == 1 ? one : many);
  };
  if (zh) {
    return "读取 " + count(imported.rows_read, "", "") + " 行、" +
           count(imported.cadres_read, "", "") + " 名干部，拒收 " +
           count(imported.rows_refused, "", "") + " 行、" +
           count(imported.cadres_refused, "", "") + " 名干部" + names;
  }
  return "read " + count(imported.rows_read, " row", " rows") + " and " +
         count(imported.cadres_read, " cadre", " cadres") + ", refused " +
         count(imported.rows_refused, " row", " rows") + " and " +
         count(imported.cadres_refused, " cadre", " cadres") + names;
}

}  // namespace

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
  say(SummaryText(*imported, Language::kChinese), SummaryText(*imported, Language::kEnglish));
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
