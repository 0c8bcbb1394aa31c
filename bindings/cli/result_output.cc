#include "result_output.h"

#include "inputs.h"
#include "ledger/result_sheets.h"
#include "liaison/record_decoder.h"

namespace liaison::cli {

OptionSpec WithResultOutput(OptionSpec spec) {
  spec.with_value.insert({"xlsx", "csv"});
  return spec;
}

int WriteResultSheets(const CommandLine& line, const SheetBuilder& build) {
  const std::optional<std::string> xlsx = line.Value("xlsx");
  const std::optional<std::string> csv = line.Value("csv");
  if (!xlsx && !csv) return kExitOk;
  const std::vector<ledger::OutTable> sheets = build();
  if (xlsx) {
    if (absl::Status written = ledger::WriteXlsx(sheets, *xlsx); !written.ok()) {
      return ReportFailure("--xlsx", written, UsageLanguage(line));
    }
  }
  if (csv) {
    if (absl::Status written = ledger::WriteCsvDirectory(sheets, *csv); !written.ok()) {
      return ReportFailure("--csv", written, UsageLanguage(line));
    }
  }
  return kExitOk;
}

int WriteDiffSheets(const CommandLine& line, const PolicyDiff& diff,
                    const std::string& records_json, Language language) {
  return WriteResultSheets(line, [&] {
    // Records of a year one policy does not cover decode under the other.
    absl::StatusOr<RecordBatch> records = DecodeRecords(diff.before, records_json);
    if (!records.ok()) records = DecodeRecords(diff.after, records_json);
    return ledger::DiffSheets(diff, records.ok() ? *records : RecordBatch{}, language);
  });
}

}  // namespace liaison::cli
