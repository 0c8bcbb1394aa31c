// Results as sheets: what the tables of `evaluate`, `progress`, `caps`,
// `grade`, `check` and `diff` show, in full, for a workbook or a CSV
// directory (table_writer.h). Headers are Chinese, or English with
// Language::kEnglish; names stand beside ids; counts, scores (three places,
// as the tables round them) and dates are numbers and dates, so an office
// can sort, sum and file them. A cadre whose record could not be read keeps
// its row, named by its place in the records ("$.cadres[3]"), with its
// problems.
//
//   WriteXlsx(EvaluationSheets(batch, Language::kChinese), "结果.xlsx");
#ifndef LIAISON_LEDGER_RESULT_SHEETS_H_
#define LIAISON_LEDGER_RESULT_SHEETS_H_

#include <vector>

#include "absl/types/span.h"
#include "ledger/table_writer.h"
#include "liaison/batch_grading.h"
#include "liaison/cadre_record.h"
#include "liaison/evaluate.h"
#include "liaison/policy_diff.h"
#include "liaison/progress.h"
#include "liaison/quota_caps.h"

namespace liaison::ledger {

// 干部: one row per cadre (participation, rules met, score, best grade within
// reach, rules not met); 规则: one row per cadre and rule, every rule
// (status, required, actual, shortfall, due, completion, pace and the
// explanation); 部门规则 when the policy has department rules.
std::vector<OutTable> EvaluationSheets(const BatchReport& batch, Language language);

// 进度: one row per department (then the whole organ) and rule: cadres done,
// on pace and behind, and whom to follow up.
std::vector<OutTable> ProgressSheets(const BatchReport& batch, const ProgressOverview& overview,
                                     Language language);

// 上限: one row per base and capped grade, with the derivation.
std::vector<OutTable> CapsSheets(const GradingPolicy& grading, absl::Span<const QuotaCaps> caps,
                                 Language language);

// 考核单元 (caps and the number proposed per grade) and 干部 (rank, score,
// proposed grade and why). `batch` is the evaluation the proposal was made
// from; it gives the names.
std::vector<OutTable> ProposalSheets(const BatchReport& batch, const BatchProposal& proposal,
                                     Language language);

// 考核单元 (each cap's use), 干部 (the grade assigned and its violations) and
// 违规 (every violation).
std::vector<OutTable> GradeCheckSheets(const BatchReport& batch, const BatchGradeCheck& check,
                                       Language language);

// 参数 (the parameters changed), 干部 (per changed cadre, before and after),
// 规则变化 (per cadre and changed rule) and 部门 (per department and grade).
// `records` are the records the diff was run on, decoded under diff.before;
// they give the names.
std::vector<OutTable> DiffSheets(const PolicyDiff& diff, const RecordBatch& records,
                                 Language language);

}  // namespace liaison::ledger

#endif  // LIAISON_LEDGER_RESULT_SHEETS_H_
