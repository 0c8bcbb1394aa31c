// The limits that keep a malformed or hostile spreadsheet from exhausting
// memory or time: a zip bomb, a huge shared-strings table, a sheet of a
// million rows. Each is far above what a department's ledger needs (1,000
// cadres × 60 activities is 60,000 rows and about 15 MB of sheet XML) and
// each, when passed, is an error that says which limit and where.
#ifndef LIAISON_LEDGER_LIMITS_H_
#define LIAISON_LEDGER_LIMITS_H_

#include <cstddef>

namespace liaison::ledger {

// Bytes one file inside an XLSX may expand to, and all of them together.
inline constexpr std::size_t kMaxEntryBytes = std::size_t{256} << 20;
inline constexpr std::size_t kMaxWorkbookBytes = std::size_t{512} << 20;
// Entries of the shared-strings table, and their text in total.
inline constexpr std::size_t kMaxSharedStrings = 2'000'000;
inline constexpr std::size_t kMaxSharedStringBytes = std::size_t{64} << 20;
// Rows holding a value in one sheet; columns read per row (a ledger has
// fewer than 20; cells further right are not kept).
inline constexpr std::size_t kMaxRows = 500'000;
inline constexpr int kMaxColumns = 64;
// Bytes of one cell's text (Excel's own limit is 32,767 characters).
inline constexpr std::size_t kMaxCellBytes = 128 * 1024;
// Bytes of one CSV file.
inline constexpr std::size_t kMaxCsvBytes = std::size_t{256} << 20;

}  // namespace liaison::ledger

#endif  // LIAISON_LEDGER_LIMITS_H_
