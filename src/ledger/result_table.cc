#include "ledger/result_table.h"

namespace liaison::ledger {

OutTable ResultTable(const LocalizedText& name, Language language,
                     std::initializer_list<ResultColumn> columns) {
  OutTable table(name.In(language));
  for (const ResultColumn& column : columns) {
    // No row of field ids: a result sheet is read by people, row 1 its headers.
    OutColumn& out = table.columns.emplace_back(
        language == Language::kChinese ? column.zh : column.en, "");
    out.width = column.width;
    out.decimals = column.decimals;
    out.date = column.date;
  }
  return table;
}

OutCell Count(std::int64_t value) { return OutCell::Number(static_cast<double>(value)); }

OutCell Score(double value) { return OutCell::Number(value, kScoreDecimals); }

OutCell Score(const std::optional<double>& value) { return value ? Score(*value) : OutCell(); }

OutCell Day(const std::optional<absl::CivilDay>& day) {
  return day ? OutCell::Date(*day) : OutCell();
}

OutCell Text(const LocalizedText& text, Language language) {
  return OutCell::Text(text.In(language));
}

OutCell YesNo(bool value, Language language) {
  return Text(value ? LocalizedText{"是", "yes"} : LocalizedText{"否", "no"}, language);
}

OutCell GradeCell(const GradingPolicy& grading, const std::string& grade_id, Language language) {
  if (grade_id.empty()) return OutCell();
  const std::optional<TermId> grade = grading.scale.Find(grade_id);
  return grade ? Text(grading.scale[*grade].label, language) : OutCell::Text(grade_id);
}

OutCell GradeCell(const GradingPolicy& grading, std::optional<TermId> grade, Language language) {
  return grade ? Text(grading.scale[*grade].label, language) : OutCell();
}

std::string CadreEntry(std::size_t index) { return "$.cadres[" + std::to_string(index) + "]"; }

}  // namespace liaison::ledger
