// EvaluationSheets and ProgressSheets (result_sheets.h): what `evaluate` and
// `progress` show.
#include <map>
#include <string>

#include "absl/strings/str_join.h"
#include "ledger/result_sheets.h"
#include "ledger/result_table.h"
#include "liaison/finding_message.h"
#include "liaison/problem.h"

namespace liaison::ledger {
namespace {

LocalizedText StatusLabel(FindingStatus status) {
  switch (status) {
    case FindingStatus::kMet: return {"达标", "met"};
    case FindingStatus::kShort: return {"未达标", "short"};
    case FindingStatus::kPending: return {"进行中", "pending"};
    case FindingStatus::kOverdue: return {"逾期未交", "overdue"};
    case FindingStatus::kLate: return {"逾期提交", "late"};
    case FindingStatus::kOver: return {"超出上限", "over the maximum"};
    case FindingStatus::kNotApplicable: return {"不适用", "not applicable"};
    case FindingStatus::kAdvisory: return {"参考", "advisory"};
  }
  return {"", ""};
}

LocalizedText PaceLabel(Pace pace) {
  switch (pace) {
    case Pace::kNotTracked: return {"", ""};
    case Pace::kDone: return {"已完成", "done"};
    case Pace::kOnPace: return {"进度正常", "on pace"};
    case Pace::kBehind: return {"进度落后", "behind"};
  }
  return {"", ""};
}

bool Unmet(const Finding& finding) {
  return finding.binding && finding.status != FindingStatus::kMet &&
         finding.status != FindingStatus::kNotApplicable &&
         finding.status != FindingStatus::kAdvisory;
}

// Every problem of a record that could not be evaluated, on one line.
std::string ProblemText(const absl::Status& status) {
  std::vector<std::string> lines;
  for (const Problem& problem : ProblemsOf(status)) {
    lines.push_back(problem.path + ": " + problem.message);
  }
  return lines.empty() ? std::string(status.message()) : absl::StrJoin(lines, "; ");
}

std::map<std::string, std::string> DepartmentNames(const BatchReport& batch) {
  std::map<std::string, std::string> names;
  for (const DepartmentReport& department : batch.departments) {
    names[department.department] = department.name;
  }
  return names;
}

OutTable CadreSheet(const BatchReport& batch, Language language) {
  OutTable table = ResultTable(
      {"干部", "cadres"}, language,
      {{"编号", "id", 12}, {"姓名", "name", 10}, {"部门", "department", 10},
       {"部门名称", "department name", 16}, {"参加情况", "participation", 14},
       {"达标规则", "binding met", 10}, {"约束性规则", "binding rules", 10},
       {"得分", "score", 8, kScoreDecimals}, {"可评等次", "eligible", 10},
       {"未达标", "not met", 8}, {"记录问题", "record problems", 40}});
  const std::map<std::string, std::string> departments = DepartmentNames(batch);
  const GradingPolicy& grading = batch.policy.document().grading;
  for (std::size_t i = 0; i < batch.cadres.size(); ++i) {
    const absl::StatusOr<CadreReport>& entry = batch.cadres[i];
    if (!entry.ok()) {
      table.rows.push_back({OutCell::Text(CadreEntry(i)), {}, {}, {},
                            Text({"记录有误", "bad record"}, language), {}, {}, {}, {}, {},
                            OutCell::Text(ProblemText(entry.status()))});
      continue;
    }
    const CadreReport& report = *entry;
    auto found = departments.find(report.department);
    std::vector<OutCell> row{OutCell::Text(report.cadre_id), OutCell::Text(report.name),
                             OutCell::Text(report.department),
                             found == departments.end() ? OutCell() : OutCell::Text(found->second),
                             OutCell::Text(ParticipationLabel(report, language))};
    if (!report.findings.empty()) {
      int unmet = 0;
      for (const Finding& finding : report.findings) unmet += Unmet(finding) ? 1 : 0;
      row.insert(row.end(), {Count(report.binding_met), Count(report.binding_rules),
                             Score(report.score),
                             GradeCell(grading, report.eligible_grade, language), Count(unmet)});
    }
    table.rows.push_back(std::move(row));
  }
  return table;
}

OutTable FindingSheet(const BatchReport& batch, Language language) {
  OutTable table = ResultTable(
      {"规则", "rules"}, language,
      {{"编号", "id", 10}, {"姓名", "name", 10}, {"规则", "rule", 16},
       {"规则名称", "title", 40}, {"条款", "clause", 10}, {"约束性", "binding", 8},
       {"状态", "status", 10}, {"要求", "required", 8}, {"上限", "maximum", 8},
       {"实际", "actual", 8}, {"差额", "shortfall", 8}, {"截止日期", "due", 12, -1, true},
       {"提交日期", "submitted", 12, -1, true}, {"完成度", "completion", 8, kScoreDecimals},
       {"进度", "pace", 10}, {"说明", "explanation", 60}});
  for (const absl::StatusOr<CadreReport>& entry : batch.cadres) {
    if (!entry.ok()) continue;
    const CadreReport& report = *entry;
    for (const Finding& finding : report.findings) {
      table.rows.push_back(
          {OutCell::Text(report.cadre_id), OutCell::Text(report.name),
           OutCell::Text(std::string(finding.RuleId(batch.policy))),
           Text(FindingTitle(batch.policy, finding), language),
           OutCell::Text(std::string(FindingBasis(batch.policy, finding))),
           YesNo(finding.binding, language), Text(StatusLabel(finding.status), language),
           Count(finding.required), finding.maximum ? Count(*finding.maximum) : OutCell(),
           Count(finding.actual), Count(finding.shortfall), Day(finding.due),
           Day(finding.submitted), Score(finding.completion),
           Text(PaceLabel(finding.pace), language),
           Text(FindingMessage(report, finding), language)});
    }
  }
  return table;
}

}  // namespace

std::vector<OutTable> EvaluationSheets(const BatchReport& batch, Language language) {
  std::vector<OutTable> sheets{CadreSheet(batch, language), FindingSheet(batch, language)};
  OutTable departments = ResultTable(
      {"部门规则", "department rules"}, language,
      {{"部门", "department", 10}, {"部门名称", "department name", 16}, {"说明", "explanation", 80}});
  for (const DepartmentReport& department : batch.departments) {
    for (const DepartmentFinding& finding : department.findings) {
      departments.rows.push_back(
          {OutCell::Text(department.department), OutCell::Text(department.name),
           Text(DepartmentFindingMessage(batch.policy, finding), language)});
    }
  }
  if (!departments.rows.empty()) sheets.push_back(std::move(departments));
  return sheets;
}

std::vector<OutTable> ProgressSheets(const BatchReport& batch, const ProgressOverview& overview,
                                     Language language) {
  OutTable table = ResultTable(
      {"进度", "progress"}, language,
      {{"部门", "department", 10}, {"部门名称", "department name", 16},
       {"人数", "cadres", 8}, {"评估人数", "evaluated", 8}, {"记录有误", "bad records", 8},
       {"规则", "rule", 24}, {"规则名称", "title", 40}, {"约束性", "binding", 8},
       {"已完成", "done", 8}, {"进度正常", "on pace", 8}, {"进度落后", "behind", 8},
       {"需督促", "follow up", 30}});
  const std::map<std::string, std::string> names = DepartmentNames(batch);
  const auto add = [&](const DepartmentProgress& department, const std::string& name) {
    for (const RuleProgress& rule : department.rules) {
      const std::optional<std::size_t> index = batch.policy.FindRule(rule.rule);
      // Deadlines and contact points are not paced: "done" is the cadres who
      // met them, and on pace / behind stay empty, as the table's "-".
      table.rows.push_back(
          {OutCell::Text(department.department), OutCell::Text(name), Count(department.cadres),
           Count(department.evaluated), Count(department.errors), OutCell::Text(rule.rule),
           index ? Text(batch.policy.rules()[*index].rule->title, language) : OutCell(),
           YesNo(rule.binding, language),
           Count(rule.done),
           rule.paced ? Count(rule.on_pace) : OutCell(), rule.paced ? Count(rule.behind) : OutCell(),
           OutCell::Text(absl::StrJoin(rule.follow_up, " "))});
    }
  };
  for (const DepartmentProgress& department : overview.departments) {
    auto found = names.find(department.department);
    add(department, found == names.end() ? "" : found->second);
  }
  add(overview.organ, language == Language::kChinese ? "全机关" : "whole organ");
  return {std::move(table)};
}

}  // namespace liaison::ledger
