// DiffSheets (result_sheets.h): what `diff` shows.
#include <map>
#include <string>

#include "ledger/result_sheets.h"
#include "ledger/result_table.h"

namespace liaison::ledger {
namespace {

OutCell Optional(const std::optional<std::string>& text) {
  return text ? OutCell::Text(*text) : OutCell();
}

OutCell Optional(const std::optional<std::int32_t>& value) {
  return value ? Count(*value) : OutCell();
}

OutTable ParameterSheet(const PolicyDiff& diff, Language language) {
  OutTable table = ResultTable({"参数", "parameters"}, language,
                               {{"参数", "parameter", 40}, {"原值", "before", 30},
                                {"新值", "after", 30}});
  for (const ParameterChange& change : diff.parameters) {
    table.rows.push_back(
        {OutCell::Text(change.path), Optional(change.before), Optional(change.after)});
  }
  return table;
}

// A cadre's participation under one policy, as the diff's JSON spells it; empty
// where the cadre's record was an error.
OutCell Participation(const std::optional<ParticipationStatus>& status) {
  return status ? OutCell::Text(std::string(ParticipationStatusName(*status))) : OutCell();
}

OutTable CadreSheet(const PolicyDiff& diff, const std::map<std::string, std::string>& names,
                    Language language) {
  const GradingPolicy& before = diff.before.document().grading;
  const GradingPolicy& after = diff.after.document().grading;
  OutTable table = ResultTable(
      {"干部", "cadres"}, language,
      {{"编号", "id", 10}, {"姓名", "name", 10}, {"部门", "department", 10},
       {"参加情况（原）", "participation before", 12}, {"参加情况（新）", "participation after", 12},
       {"得分（原）", "score before", 8, kScoreDecimals},
       {"得分（新）", "score after", 8, kScoreDecimals},
       {"可评等次（原）", "eligible before", 10}, {"可评等次（新）", "eligible after", 10},
       {"建议等次（原）", "proposed before", 10}, {"建议等次（新）", "proposed after", 10},
       {"记录问题（原）", "record problem before", 30},
       {"记录问题（新）", "record problem after", 30}});
  for (const CadreChange& change : diff.cadres) {
    auto name = names.find(change.cadre);
    table.rows.push_back(
        {OutCell::Text(change.cadre),
         name == names.end() ? OutCell() : OutCell::Text(name->second),
         OutCell::Text(change.department), Participation(change.participation_before),
         Participation(change.participation_after), Score(change.score_before),
         Score(change.score_after), GradeCell(before, change.eligible_before.value_or(""), language),
         GradeCell(after, change.eligible_after.value_or(""), language),
         GradeCell(before, change.proposed_before.value_or(""), language),
         GradeCell(after, change.proposed_after.value_or(""), language),
         OutCell::Text(change.error_before.value_or("")),
         OutCell::Text(change.error_after.value_or(""))});
  }
  return table;
}

OutTable RuleSheet(const PolicyDiff& diff, const std::map<std::string, std::string>& names,
                   Language language) {
  OutTable table = ResultTable(
      {"规则变化", "rule changes"}, language,
      {{"编号", "id", 10}, {"姓名", "name", 10}, {"规则", "rule", 20},
       {"状态（原）", "status before", 12}, {"要求（原）", "required before", 8},
       {"实际（原）", "actual before", 8}, {"状态（新）", "status after", 12},
       {"要求（新）", "required after", 8}, {"实际（新）", "actual after", 8}});
  const auto outcome = [](const std::optional<RuleOutcome>& rule) {
    if (!rule) return std::vector<OutCell>(3);
    return std::vector<OutCell>{OutCell::Text(std::string(FindingStatusName(rule->status))), Count(rule->required),
                                Count(rule->actual)};
  };
  for (const CadreChange& change : diff.cadres) {
    auto name = names.find(change.cadre);
    for (const RuleChange& rule : change.rules) {
      std::vector<OutCell> row{OutCell::Text(change.cadre),
                               name == names.end() ? OutCell() : OutCell::Text(name->second),
                               OutCell::Text(rule.rule)};
      for (const std::optional<RuleOutcome>* side : {&rule.before, &rule.after}) {
        for (OutCell& cell : outcome(*side)) row.push_back(std::move(cell));
      }
      table.rows.push_back(std::move(row));
    }
  }
  return table;
}

OutTable DepartmentSheet(const PolicyDiff& diff, const RecordBatch& records, Language language) {
  std::map<std::string, std::string> names;
  for (const Department& department : records.departments) names[department.id] = department.name;
  OutTable table = ResultTable(
      {"部门", "departments"}, language,
      {{"部门", "department", 10}, {"部门名称", "department name", 16},
       {"人数（原）", "base before", 8}, {"人数（新）", "base after", 8}, {"等次", "grade", 10},
       {"上限（原）", "cap before", 8}, {"上限（新）", "cap after", 8},
       {"建议人数（原）", "proposed before", 8}, {"建议人数（新）", "proposed after", 8}});
  const GradingPolicy& after = diff.after.document().grading;
  const GradingPolicy& before = diff.before.document().grading;
  for (const DepartmentChange& change : diff.departments) {
    auto name = names.find(change.department);
    for (const DepartmentChange::GradeLine& grade : change.grades) {
      const bool in_after = after.scale.Find(grade.grade).has_value();
      table.rows.push_back(
          {OutCell::Text(change.department),
           name == names.end() ? OutCell() : OutCell::Text(name->second),
           Count(change.base_before), Count(change.base_after),
           GradeCell(in_after ? after : before, grade.grade, language),
           Optional(grade.cap_before), Optional(grade.cap_after), Count(grade.proposed_before),
           Count(grade.proposed_after)});
    }
  }
  return table;
}

}  // namespace

std::vector<OutTable> DiffSheets(const PolicyDiff& diff, const RecordBatch& records,
                                 Language language) {
  std::map<std::string, std::string> names;
  for (const absl::StatusOr<CadreYear>& cadre : records.cadres) {
    if (cadre.ok()) names[cadre->id] = cadre->name;
  }
  return {ParameterSheet(diff, language), CadreSheet(diff, names, language),
          RuleSheet(diff, names, language), DepartmentSheet(diff, records, language)};
}

}  // namespace liaison::ledger
