#include "ledger/result_workbook.h"

#include <vector>

#include "absl/status/statusor.h"
#include "ledger/result_sheets.h"
#include "liaison/batch_grading.h"
#include "liaison/evaluate.h"
#include "liaison/progress.h"

namespace liaison::ledger {
namespace {

absl::StatusOr<std::vector<OutTable>> SheetsOf(const BatchReport& batch, std::string_view kind,
                                               Language language) {
  if (kind == "evaluate") return EvaluationSheets(batch, language);
  if (kind == "progress") return ProgressSheets(batch, SummarizeProgress(batch), language);
  if (kind == "grade") {
    absl::StatusOr<BatchProposal> proposal = ProposeBatchGrades(batch);
    if (!proposal.ok()) return proposal.status();
    return ProposalSheets(batch, *proposal, language);
  }
  if (kind == "check") {
    absl::StatusOr<BatchGradeCheck> check = CheckBatchGrades(batch);
    if (!check.ok()) return check.status();
    return GradeCheckSheets(batch, *check, language);
  }
  return absl::InvalidArgumentError("kind \"" + std::string(kind) +
                                    "\" is not a result kind; expected evaluate, progress, "
                                    "grade or check");
}

}  // namespace

absl::Status WriteResultWorkbook(const Policy& policy, std::string_view records_json,
                                 absl::CivilDay as_of, std::string_view kind, Language language,
                                 const std::string& path) {
  absl::StatusOr<BatchReport> batch = EvaluateRecords(policy, records_json, as_of);
  if (!batch.ok()) return batch.status();
  absl::StatusOr<std::vector<OutTable>> sheets = SheetsOf(*batch, kind, language);
  if (!sheets.ok()) return sheets.status();
  return WriteXlsx(*sheets, path);
}

}  // namespace liaison::ledger
