#include "diff_view.h"

#include <algorithm>
#include <iostream>

#include "absl/strings/str_format.h"
#include "liaison/finding_message.h"
#include "command_line.h"
#include "inputs.h"
#include "parameter_words.h"
#include "liaison/problem.h"
#include "terminal_text.h"

namespace liaison::cli {
namespace {

// A status in words, for a rule's outcome that has no pace: 已达标 / met …
// English keeps the JSON's names.
std::string StatusWord(FindingStatus status, Language language) {
  if (language == Language::kEnglish) return std::string(FindingStatusName(status));
  switch (status) {
    case FindingStatus::kMet: return "已达标";
    case FindingStatus::kShort: return "未达标";
    case FindingStatus::kPending: return "未完成";
    case FindingStatus::kOverdue: return "已逾期";
    case FindingStatus::kLate: return "逾期提交";
    case FindingStatus::kOver: return "超出上限";
    case FindingStatus::kNotApplicable: return "不适用";
    case FindingStatus::kAdvisory: return "参考";
  }
  return "";
}

// A rule id ("lectures", "contact_points.count") as `policy` titles it in
// Chinese; English keeps the id.
std::string RuleWord(const Policy& policy, const std::string& rule, Language language) {
  if (language == Language::kEnglish) return rule;
  Finding finding;
  const std::pair<std::string_view, FindingSubject> contact_points[] = {
      {"contact_points.count", FindingSubject::kContactPointCount},
      {"contact_points.kinds", FindingSubject::kContactPointKinds},
      {"contact_points.level", FindingSubject::kContactPointLevel},
      {"contact_points.home_share", FindingSubject::kContactPointHome}};
  for (const auto& [id, subject] : contact_points) {
    if (rule == id && policy.document().contact_points) {
      finding.subject = subject;
      return FindingTitle(policy, finding).In(language);
    }
  }
  for (std::size_t i = 0; i < policy.rules().size(); ++i) {
    if (policy.rules()[i].rule->id != rule) continue;
    finding.subject = FindingSubject::kTaskRule;
    finding.rule = static_cast<decltype(finding.rule)>(i);
    return FindingTitle(policy, finding).In(language);
  }
  return rule;
}

// A grade id as `policy` labels it in Chinese, "-" for none; English keeps
// the id.
std::string GradeWord(const Policy& policy, const std::optional<std::string>& grade,
                      Language language) {
  if (!grade) return "-";
  if (language == Language::kEnglish) return *grade;
  const TermList& scale = policy.document().grading.scale;
  const std::optional<TermId> found = scale.Find(*grade);
  return found ? scale[*found].label.In(language) : *grade;
}

// "met 5/4": a rule's status, actual and required; "-" for no such rule.
std::string Outcome(const std::optional<RuleOutcome>& outcome, Language language) {
  if (!outcome) return "-";
  return absl::StrFormat("%s %d/%d", StatusWord(outcome->status, language), outcome->actual,
                         outcome->required);
}

std::string Score(const std::optional<double>& score) {
  return score ? absl::StrFormat("%.3f", *score) : "-";
}

// What the view shows: the cadres the filter selects, and the departments it
// names or of a cadre it selects, counted from the records.
struct Shown {
  std::vector<const CadreChange*> cadres;
  std::vector<std::string> departments;  // departments of the cadres selected
  int selected = 0;                      // cadres of the records selected
  std::map<std::string, std::string> department_names;
};

Shown Select(const DiffView& view) {
  Shown shown;
  for (const Department& department : view.records.departments) {
    if (!department.name.empty()) shown.department_names[department.id] = department.name;
  }
  for (const absl::StatusOr<CadreYear>& cadre : view.records.cadres) {
    if (cadre.ok() && view.filter.Selects(cadre->id, cadre->department)) {
      ++shown.selected;
      shown.departments.push_back(cadre->department);
    }
  }
  for (const CadreChange& change : view.diff.cadres) {
    if (view.filter.Selects(change.cadre, change.department)) shown.cadres.push_back(&change);
  }
  return shown;
}

std::string DepartmentName(const Shown& shown, const std::string& id) {
  auto found = shown.department_names.find(id);
  return found == shown.department_names.end() ? id : found->second;
}

// The two policies, the date, and a note for each policy applied to a year it
// does not cover; then the parameters that changed.
std::string PoliciesAndParameters(const DiffView& view) {
  const PolicyDiff& diff = view.diff;
  const bool zh = view.language == Language::kChinese;
  std::string out = diff.before.id() + " → " + diff.after.id() +
                    (zh ? "，评估日期 " : ", as of ") + absl::FormatCivilTime(diff.as_of) + "\n";
  for (const auto& [policy, applied] : {std::pair{&diff.before, diff.before_applied_to_year},
                                        std::pair{&diff.after, diff.after_applied_to_year}}) {
    if (applied) {
      out += (zh ? "  注：" : "  note: ") + policy->id() + (zh ? " 本不适用于 " : " does not cover ") +
             std::to_string(diff.year) +
             (zh ? "，比较时按该年度适用。" : "; applied to that year for the comparison.") + "\n";
    }
  }
  // Texts (titles, labels) apart: they move no result.
  std::vector<const ParameterChange*> moving, texts;
  for (const ParameterChange& change : diff.parameters) {
    (change.TextOnly() ? texts : moving).push_back(&change);
  }
  const std::string none = zh ? "（无）" : "(none)";
  const auto listed = [&](const std::vector<const ParameterChange*>& changes) {
    std::string lines;
    for (const ParameterChange* change : changes) {
      const std::optional<std::string> words = ParameterChangeWords(
          *change, diff.before.document(), diff.after.document(), view.language);
      const std::string as_json = change->path + (zh ? "：" : ": ") +
                                  change->before.value_or(none) + " → " +
                                  change->after.value_or(none);
      lines += HangingLines(words.value_or(as_json), 2, 4, view.layout);
    }
    return lines;
  };
  out += "\n" + std::string(zh ? "参数变化：" : "Parameters changed: ") +
         std::to_string(moving.size()) + "\n" + listed(moving);
  if (!texts.empty()) {
    out += std::string(zh ? "仅文字变化（不影响结果）：" : "Text only, moving no result: ") +
           std::to_string(texts.size()) + "\n" + listed(texts);
  }
  return out;
}

// A bad record's error under one side: the library's message in English; in
// Chinese its problems, each with its path (the error's own text when it has
// none).
std::string ErrorText(const CadreChange& change, const std::string& error, Language language) {
  if (language == Language::kEnglish || change.error_problems.empty()) {
    return QuotedForTerminal(error);
  }
  std::string text;
  for (const Problem& problem : change.error_problems) {
    text += (text.empty() ? "" : "；") + QuotedForTerminal(problem.path) + "：" +
            QuotedForTerminal(problem.MessageIn(language));
  }
  return text;
}

// "c02 陈思远" in English, "陈思远（c02）" in Chinese.
std::string Who(const CadreChange& change, Language language) {
  if (language == Language::kChinese) return CadreLabel(change.name, change.cadre, language);
  return change.cadre + (change.name.empty() ? "" : " " + change.name);
}

// One line per changed cadre (grades and score that moved), then its rules,
// then who gains and who loses.
std::string Cadres(const DiffView& view, const Shown& shown) {
  const PolicyDiff& diff = view.diff;
  const Language language = view.language;
  const bool zh = language == Language::kChinese;
  int changed = diff.summary.cadres_changed, total = diff.summary.cadres;
  int better = diff.summary.proposed_better, worse = diff.summary.proposed_worse;
  if (view.filter.active()) {
    changed = better = worse = 0;
    total = shown.selected;
    for (const CadreChange* change : shown.cadres) {
      const bool bad_alike = change->error_before && change->error_after &&
                             *change->error_before == *change->error_after;
      if (!bad_alike) ++changed;
      if (change->proposed_move == GradeMove::kBetter) ++better;
      if (change->proposed_move == GradeMove::kWorse) ++worse;
    }
  }
  std::string out = "\n" + std::string(zh ? "干部变化：" : "Cadres changed: ") +
                    std::to_string(changed) + "/" + std::to_string(total) + "\n";
  std::string better_names, worse_names;
  for (const CadreChange* change : shown.cadres) {
    std::string line = zh ? Who(*change, language) + "，" + DepartmentName(shown, change->department)
                          : Who(*change, language) + " (" + change->department + ")";
    for (const auto& [error, label] :
         {std::pair{&change->error_before, zh ? "  原政策下记录有误：" : "  bad record before: "},
          std::pair{&change->error_after, zh ? "  新政策下记录有误：" : "  bad record after: "}}) {
      if (*error) line += label + ErrorText(*change, **error, language);
    }
    if (change->proposed_before != change->proposed_after) {
      line += (zh ? "  建议等次 " : "  proposed ") +
              GradeWord(diff.before, change->proposed_before, language) + " → " +
              GradeWord(diff.after, change->proposed_after, language);
    }
    if (change->eligible_before != change->eligible_after) {
      line += (zh ? "  可评等次 " : "  eligible ") +
              GradeWord(diff.before, change->eligible_before, language) + " → " +
              GradeWord(diff.after, change->eligible_after, language);
    }
    if (change->score_before != change->score_after) {
      line += (zh ? "  得分 " : "  score ") + Score(change->score_before) + " → " +
              Score(change->score_after);
    }
    out += HangingLines(line, 2, 4, view.layout);
    for (const RuleChange& rule : change->rules) {
      std::string title = RuleWord(diff.after, rule.rule, language);
      if (title == rule.rule) title = RuleWord(diff.before, rule.rule, language);
      out += HangingLines(title + (zh ? "：" : ": ") +
                              Outcome(rule.before, language) + " → " +
                              Outcome(rule.after, language),
                          4, 6, view.layout);
    }
    if (change->proposed_move == GradeMove::kNone) continue;
    std::string& names = change->proposed_move == GradeMove::kBetter ? better_names : worse_names;
    names += (names.empty() ? "" : zh ? "、" : ", ") + Who(*change, language);
  }
  const auto listed = [zh](const std::string& names) {
    return names.empty() ? std::string() : (zh ? "（" : " (") + names + (zh ? "）" : ")");
  };
  out += HangingLines((zh ? "建议等次提高：" : "Proposed better: ") + std::to_string(better) +
                          listed(better_names) + (zh ? "；降低：" : "; worse: ") +
                          std::to_string(worse) + listed(worse_names),
                      0, 2, view.layout);
  return out;
}

// Per changed department: its base, then a table of caps and grades proposed.
std::string Departments(const DiffView& view, const Shown& shown) {
  const PolicyDiff& diff = view.diff;
  const Language language = view.language;
  const bool zh = language == Language::kChinese;
  std::vector<const DepartmentChange*> departments;
  for (const DepartmentChange& change : diff.departments) {
    if (view.filter.SelectsDepartment(change.department) ||
        std::find(shown.departments.begin(), shown.departments.end(), change.department) !=
            shown.departments.end()) {
      departments.push_back(&change);
    }
  }
  std::string out = "\n" + std::string(zh ? "部门变化：" : "Departments changed: ") +
                    std::to_string(departments.size()) + "\n";
  const auto cap = [](const std::optional<std::int32_t>& value) {
    return value ? std::to_string(*value) : std::string("-");
  };
  for (const DepartmentChange* change : departments) {
    TextTable table(zh ? std::vector<std::string>{"等次", "上限", "建议人数"}
                       : std::vector<std::string>{"grade", "cap", "proposed"});
    for (const DepartmentChange::GradeLine& grade : change->grades) {
      std::string label = GradeWord(diff.after, grade.grade, language);
      if (label == grade.grade) label = GradeWord(diff.before, grade.grade, language);
      table.AddRow({label, cap(grade.cap_before) + " → " + cap(grade.cap_after),
                    std::to_string(grade.proposed_before) + " → " +
                        std::to_string(grade.proposed_after)});
    }
    out += "  " + (zh ? DepartmentName(shown, change->department) : change->department) +
           (zh ? "，人数 " : ", base ") + std::to_string(change->base_before) + " → " +
           std::to_string(change->base_after) + "\n" + table.Render(view.layout);
  }
  return out;
}

}  // namespace

int ReportDiffErrors(const std::string& source, const PolicyDiff& diff, bool allowed,
                     Language language) {
  const int errors = diff.summary.errors;
  if (errors == 0) return kExitOk;
  if (language == Language::kChinese) {
    std::cerr << "liaison diff：" << SourceShown(source, language) << "：" << errors
              << " 名干部的记录有误" << (allowed ? "（已允许）" : "；比较结果不完整") << "\n";
  } else {
    std::cerr << "liaison diff: " << SourceShown(source, language) << ": " << errors
              << (errors == 1 ? " cadre's record is bad" : " cadres' records are bad")
              << (allowed ? " (allowed)" : "; the diff is incomplete") << "\n";
  }
  const bool zh = language == Language::kChinese;
  for (const CadreChange& change : diff.cadres) {
    for (const auto& [error, side] :
         {std::pair{&change.error_before, zh ? "原政策下" : "before"},
          std::pair{&change.error_after, zh ? "新政策下" : "after"}}) {
      if (*error) {
        std::cerr << HangingLines(std::string(side) + (zh ? "：" : ": ") +
                                      ErrorText(change, **error, language),
                                  2, 4);
      }
    }
  }
  return allowed ? kExitOk : kExitViolations;
}

std::string DiffTables(const DiffView& view) {
  const Shown shown = Select(view);
  return PoliciesAndParameters(view) + Cadres(view, shown) + Departments(view, shown);
}

}  // namespace liaison::cli
