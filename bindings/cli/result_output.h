// --xlsx FILE and --csv DIR: the records commands (evaluate, progress,
// grade, check, diff) and caps write what their table shows, in full, as a
// workbook or as a directory of CSV files (src/ledger/result_sheets.h), as
// well as printing it.
#ifndef LIAISON_CLI_RESULT_OUTPUT_H_
#define LIAISON_CLI_RESULT_OUTPUT_H_

#include <functional>
#include <string>
#include <vector>

#include "command_line.h"
#include "ledger/table_writer.h"
#include "liaison/localized_text.h"
#include "liaison/policy_diff.h"

namespace liaison::cli {

// The usage line of the options.
inline constexpr char kResultOutputUsage[] = "[--xlsx FILE] [--csv DIR]";

// `spec` with --xlsx and --csv added.
OptionSpec WithResultOutput(OptionSpec spec);

using SheetBuilder = std::function<std::vector<ledger::OutTable>()>;

// Writes the sheets `build` makes to --xlsx FILE and to --csv DIR, those of
// the two that `line` gives (none: nothing is built). Returns kExitOk, or
// prints why a file could not be written and returns kExitBadInput.
int WriteResultSheets(const CommandLine& line, const SheetBuilder& build);

// The same for `diff`: `records_json` gives the cadres' names.
int WriteDiffSheets(const CommandLine& line, const PolicyDiff& diff,
                    const std::string& records_json, Language language);

}  // namespace liaison::cli

#endif  // LIAISON_CLI_RESULT_OUTPUT_H_
