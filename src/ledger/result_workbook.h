// WriteResultWorkbook: records evaluated and written as the result sheets of
// one command (result_sheets.h), in one call, for the bindings
// (liaison_ledger_write_results_xlsx). The command builds the same sheets
// from its own evaluation (bindings/cli/result_output.h).
//
//   WriteResultWorkbook(policy, records_json, as_of, "evaluate",
//                       Language::kChinese, "评估结果.xlsx");
#ifndef LIAISON_LEDGER_RESULT_WORKBOOK_H_
#define LIAISON_LEDGER_RESULT_WORKBOOK_H_

#include <string>
#include <string_view>

#include "absl/status/status.h"
#include "absl/time/civil_time.h"
#include "liaison/localized_text.h"
#include "liaison/policy.h"

namespace liaison::ledger {

// `kind` is "evaluate", "progress", "grade" (the proposed grades) or "check"
// (the grades the records assign); another kind is an invalid argument, as
// are records that cannot be used as a whole. The workbook is written only
// when the sheets could be made.
absl::Status WriteResultWorkbook(const Policy& policy, std::string_view records_json,
                                 absl::CivilDay as_of, std::string_view kind, Language language,
                                 const std::string& path);

}  // namespace liaison::ledger

#endif  // LIAISON_LEDGER_RESULT_WORKBOOK_H_
