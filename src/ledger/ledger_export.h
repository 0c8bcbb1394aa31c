// The ledger as a workbook: a records document turned into filled sheets
// (ledger export), or no records into the empty template (ledger template).
//
// The sheets follow the layout (ledger_layout.h): Chinese headers with the
// field ids under them, the policy's Chinese labels in vocabulary columns
// with drop-down lists of them, dates as dates, money in yuan. Sheet 说明
// holds the year, the policy and its fingerprint, and explains every column
// with the plan's clause. Importing an exported ledger gives the records
// document back (docs/ledger.md, "round trip").
#ifndef LIAISON_LEDGER_LEDGER_EXPORT_H_
#define LIAISON_LEDGER_LEDGER_EXPORT_H_

#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "ledger/table_writer.h"
#include "liaison/policy.h"

namespace liaison::ledger {

// The ledger's sheets for `records_json` (a valid records document under
// `policy`; the problems of an invalid one are returned instead).
absl::StatusOr<std::vector<OutTable>> LedgerTables(const Policy& policy,
                                                   std::string_view records_json);

// The empty template for `year`.
std::vector<OutTable> TemplateTables(const Policy& policy, int year);

}  // namespace liaison::ledger

#endif  // LIAISON_LEDGER_LEDGER_EXPORT_H_
