// CapsSheets, ProposalSheets and GradeCheckSheets (result_sheets.h): what
// `caps`, `grade` and `check` show.
#include <algorithm>
#include <string>

#include "absl/strings/str_join.h"
#include "ledger/result_sheets.h"
#include "ledger/result_table.h"
#include "liaison/department_pooling.h"

namespace liaison::ledger {
namespace {

// The report a graded cadre was evaluated into, for its name.
const CadreReport* ReportOf(const BatchReport& batch, const BatchGrading& grading,
                            std::size_t input) {
  const absl::StatusOr<CadreReport>& entry = batch.cadres[grading.batch_entries[input]];
  return entry.ok() ? &*entry : nullptr;
}

OutCell NameOf(const BatchReport& batch, const BatchGrading& grading, std::size_t input) {
  const CadreReport* report = ReportOf(batch, grading, input);
  return report != nullptr ? OutCell::Text(report->name) : OutCell();
}

// A row per entry that could not be evaluated: its place in the records in
// column `at`, "bad record" in the next, the other cells empty.
void AddErrorRows(OutTable& table, const BatchGrading& grading, std::size_t at,
                  Language language) {
  for (const BatchEntryError& error : grading.errors) {
    std::vector<OutCell> row(table.columns.size());
    row[at] = OutCell::Text(CadreEntry(error.entry));
    row[at + 1] = Text({"记录有误", "bad record"}, language);
    table.rows.push_back(std::move(row));
  }
}

}  // namespace

std::vector<OutTable> CapsSheets(const GradingPolicy& grading, absl::Span<const QuotaCaps> caps,
                                 Language language) {
  OutTable table = ResultTable({"上限", "caps"}, language,
                               {{"人数", "base", 8}, {"等次", "grade", 10},
                                {"上限", "cap", 8}, {"推导", "derivation", 50}});
  for (const QuotaCaps& base : caps) {
    for (const QuotaCap& cap : base.caps) {
      table.rows.push_back({Count(base.unit_base), Text(CapLabel(grading, cap), language),
                            Count(cap.cap), Text(DescribeCapDerivation(grading, cap), language)});
    }
  }
  return {std::move(table)};
}

std::vector<OutTable> ProposalSheets(const BatchReport& batch, const BatchProposal& proposal,
                                     Language language) {
  const GradingPolicy& grading = proposal.policy.document().grading;
  const GradeProposal& result = proposal.proposal;
  const std::vector<GradingInput>& inputs = proposal.grading.inputs;
  OutTable units = ResultTable(
      {"考核单元", "quota units"}, language,
      {{"考核单元", "quota unit", 16}, {"人数", "base", 8}, {"等次", "grade", 10},
       {"上限", "cap", 8}, {"推导", "derivation", 40}, {"建议人数", "proposed", 8}});
  for (std::size_t u = 0; u < result.plan.units.size(); ++u) {
    const QuotaUnit& unit = result.plan.units[u];
    for (const QuotaCap& cap : unit.caps.caps) {
      units.rows.push_back({Text(DescribeQuotaUnit(unit), language), Count(unit.base),
                            Text(CapLabel(grading, cap), language), Count(cap.cap),
                            Text(DescribeCapDerivation(grading, cap), language),
                            Count(result.units[u].counts[cap.grade])});
    }
  }
  OutTable cadres = ResultTable(
      {"干部", "cadres"}, language,
      {{"考核单元", "quota unit", 16}, {"排名", "rank", 6}, {"编号", "id", 10},
       {"姓名", "name", 10}, {"部门", "department", 10}, {"得分", "score", 8, kScoreDecimals},
       {"可评等次", "eligible", 10}, {"建议等次", "proposed", 10}, {"说明", "why", 60}});
  // In the base by unit and rank, as the table lists them; then the others.
  std::vector<std::size_t> order(inputs.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    const auto key = [&](std::size_t i) {
      return std::tuple(!inputs[i].in_base, result.cadres[i].unit, result.cadres[i].rank);
    };
    return key(a) < key(b);
  });
  for (std::size_t i : order) {
    const GradingInput& input = inputs[i];
    const CadreProposal& cadre = result.cadres[i];
    cadres.rows.push_back(
        {input.in_base ? Text(DescribeQuotaUnit(result.plan.units[cadre.unit]), language)
                       : OutCell(),
         input.in_base ? Count(cadre.rank) : OutCell(), OutCell::Text(input.cadre_id),
         NameOf(batch, proposal.grading, i), OutCell::Text(input.department),
         input.in_base ? Score(input.score) : OutCell(),
         GradeCell(grading, input.eligible_grade, language),
         GradeCell(grading, cadre.grade, language),
         input.in_base ? Text(DescribeProposal(grading, result, inputs, i), language)
                       : Text({"不计入考核基数（" + input.OutsideBaseText().zh + "），不评等次",
                               "outside the quota base (" + input.OutsideBaseText().en +
                                   "), no grade"},
                              language)});
  }
  AddErrorRows(cadres, proposal.grading, 2, language);
  return {std::move(units), std::move(cadres)};
}

std::vector<OutTable> GradeCheckSheets(const BatchReport& batch, const BatchGradeCheck& check,
                                       Language language) {
  const GradingPolicy& grading = check.policy.document().grading;
  const std::vector<GradingInput>& inputs = check.grading.inputs;
  OutTable units = ResultTable(
      {"考核单元", "quota units"}, language,
      {{"考核单元", "quota unit", 16}, {"人数", "base", 8}, {"等次", "grade", 10},
       {"已评", "assigned", 8}, {"上限", "cap", 8}, {"顺延名额", "passed down", 8},
       {"符合", "within", 8}, {"说明", "explanation", 50}});
  OutTable violations = ResultTable(
      {"违规", "violations"}, language,
      {{"考核单元", "quota unit", 16}, {"类别", "kind", 16}, {"编号", "id", 10},
       {"姓名", "name", 10}, {"说明", "explanation", 70}});
  std::vector<std::vector<std::string>> per_cadre(inputs.size());
  for (std::size_t u = 0; u < check.check.units.size(); ++u) {
    const GradeCheck& unit = check.check.units[u];
    const OutCell unit_name = Text(DescribeQuotaUnit(check.check.plan.units[u]), language);
    for (const CapUse& use : unit.cap_uses) {
      units.rows.push_back({unit_name, Count(check.check.plan.units[u].base),
                            Text(GradeLabel(grading, use.grade), language), Count(use.counted),
                            Count(use.cap), Count(use.passed_down),
                            YesNo(!use.exceeded(), language),
                            Text(DescribeCapUse(grading, unit.caps, use), language)});
    }
    for (const GradeViolation& violation : unit.violations) {
      const std::string text = DescribeViolation(grading, unit, inputs, violation).In(language);
      std::vector<OutCell> row{unit_name,
                               OutCell::Text(std::string(GradeViolationKindName(violation.kind))),
                               {}, {}, OutCell::Text(text)};
      if (violation.cadre) {
        row[2] = OutCell::Text(inputs[*violation.cadre].cadre_id);
        row[3] = NameOf(batch, check.grading, *violation.cadre);
        per_cadre[*violation.cadre].push_back(text);
      }
      violations.rows.push_back(std::move(row));
    }
  }
  OutTable cadres = ResultTable(
      {"干部", "cadres"}, language,
      {{"编号", "id", 10}, {"姓名", "name", 10}, {"部门", "department", 10},
       {"计入考核基数", "in the quota base", 10}, {"得分", "score", 8, kScoreDecimals},
       {"可评等次", "eligible", 10}, {"已评等次", "assigned", 10}, {"违规", "violations", 60}});
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    const GradingInput& input = inputs[i];
    cadres.rows.push_back({OutCell::Text(input.cadre_id), NameOf(batch, check.grading, i),
                           OutCell::Text(input.department), YesNo(input.in_base, language),
                           input.in_base ? Score(input.score) : OutCell(),
                           GradeCell(grading, input.eligible_grade, language),
                           GradeCell(grading, input.assigned_grade, language),
                           OutCell::Text(absl::StrJoin(per_cadre[i], "; "))});
  }
  AddErrorRows(cadres, check.grading, 0, language);
  return {std::move(units), std::move(cadres), std::move(violations)};
}

}  // namespace liaison::ledger
