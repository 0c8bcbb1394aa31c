#include "progress_view.h"

#include <map>

#include "absl/strings/str_format.h"
#include "absl/time/civil_time.h"
#include "views.h"

namespace liaison::cli {
namespace {

// "刘建华（c01）、陈思远（c02）" for the ids of `follow_up`.
std::string Names(const std::vector<std::string>& follow_up,
                  const std::map<std::string, std::string>& names, Language language) {
  std::string text;
  for (const std::string& id : follow_up) {
    auto name = names.find(id);
    if (!text.empty()) text += language == Language::kChinese ? "、" : ", ";
    text += CadreLabel(name == names.end() ? "" : name->second, id, language);
  }
  return text;
}

}  // namespace

std::string ProgressTables(const BatchReport& batch, const ProgressOverview& overview,
                           const ProgressView& view) {
  const Language language = view.language;
  const bool zh = language == Language::kChinese;
  const DepartmentNames departments(batch);
  const RuleTitles titles(batch);
  std::map<std::string, std::string> names;
  for (const absl::StatusOr<CadreReport>& entry : batch.cadres) {
    if (entry.ok()) names[entry->cadre_id] = entry->name;
  }
  std::string out = (zh ? "评估日期 " : "as of ") + absl::FormatCivilTime(overview.as_of) + "\n\n";
  int hidden = 0;
  const auto print = [&](const DepartmentProgress& department, bool organ) {
    if (!organ) {
      out += (zh ? "部门 " : "department ") + departments.Of(department.department);
    } else if (view.filtered) {
      out += zh ? "所选干部" : "cadres selected";
    } else {
      out += zh ? "全机关" : "whole organ";
    }
    out += zh ? absl::StrFormat("：评估 %d/%d 人", department.evaluated, department.cadres)
              : absl::StrFormat(": evaluated %d/%d cadres", department.evaluated,
                                department.cadres);
    if (department.errors > 0) {
      out += (zh ? "，记录有误 " : ", bad records ") + std::to_string(department.errors);
    }
    if (organ && overview.errors_without_department > 0) {
      out += (zh ? "（其中部门不明 " : " (department unknown: ") +
             std::to_string(overview.errors_without_department) + (zh ? "）" : ")");
    }
    out += "\n";
    TextTable table(zh ? std::vector<std::string>{"条款", "规则", "已完成", "进度正常",
                                                  "进度落后", "需督促"}
                       : std::vector<std::string>{"clause", "rule", "done", "on pace", "behind",
                                                  "follow up"});
    table.WrapColumn(1);
    table.WrapColumn(5, zh ? "、" : ", ");
    int rows = 0;
    for (const RuleProgress& rule : department.rules) {
      if (!rule.binding) continue;
      if (!view.all && rule.follow_up.empty()) {
        ++hidden;
        continue;
      }
      table.AddRow({titles.Basis(rule.rule), titles.Title(rule.rule, language),
                    std::to_string(rule.done),
                    rule.paced ? std::to_string(rule.on_pace) : "-",
                    rule.paced ? std::to_string(rule.behind) : "-",
                    Names(rule.follow_up, names, language)});
      ++rows;
    }
    if (rows > 0) {
      out += table.Render(view.layout) + "\n";
    } else {
      out += zh ? "  无进度落后、逾期或未达标的事项。\n\n"
                : "  Nothing behind pace, overdue or not met.\n\n";
    }
  };
  for (const DepartmentProgress& department : overview.departments) print(department, false);
  // The organ's table, or the selection's when it spans departments.
  if (!view.filtered || overview.departments.size() > 1) print(overview.organ, true);
  if (hidden > 0) {
    out += zh ? absl::StrFormat("另有 %d 行无需督促，--all 列出。\n", hidden)
              : absl::StrFormat("%d more rows with no one to follow up: --all lists them.\n",
                                hidden);
  }
  return out;
}

}  // namespace liaison::cli
