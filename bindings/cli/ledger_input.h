// Ledgers as records input: every command that reads a records document
// also reads a spreadsheet ledger (docs/ledger.md), recognised by content: a
// directory of .csv files is a CSV ledger, a file that begins like a zip
// archive an XLSX ledger, anything else JSON.
#ifndef LIAISON_CLI_LEDGER_INPUT_H_
#define LIAISON_CLI_LEDGER_INPUT_H_

#include <optional>
#include <string>

#include "absl/status/statusor.h"
#include "ledger/ledger_import.h"
#include "liaison/policy.h"
#include "liaison/record_decoder.h"

namespace liaison::cli {

// Whether `source` names a ledger rather than a JSON document ("-", standard
// input, is always JSON).
bool IsLedgerSource(const std::string& source);

// Reads and imports the ledger at `source` under `policy`, printing the notes
// (GB18030 converted), the columns not read and the summary of rows and
// cadres read and refused, naming the refused cadres, to standard error, each
// in both languages on one line ("… / …"), or in `language` alone when one
// is given (every records command gives its language; `ledger import` only
// with --lang), within 100 columns.
// The refused cadres' problems stay in the batch, as a JSON document's would.
absl::StatusOr<ledger::LedgerImport> ImportLedgerSource(
    const Policy& policy, const std::string& source, const ledger::ImportOptions& options,
    std::optional<Language> language = std::nullopt);

// The records a case file names (liaison test): a ledger, imported without
// printing its summary (its refused cadres are errors in the batch), or a
// JSON records document.
absl::StatusOr<RecordBatch> LedgerOrJsonRecords(const Policy& policy, const std::string& path);

}  // namespace liaison::cli

#endif  // LIAISON_CLI_LEDGER_INPUT_H_
