// liaison diff: what a new version of a policy changes for whom
// (docs/testing-policies.md); `liaison test` is case_test_command.cc.
#include <iostream>

#include "absl/strings/str_format.h"
#include "commands.h"
#include "inputs.h"
#include "ledger_input.h"
#include "liaison/policy_diff.h"
#include "liaison/policy_diff_json.h"
#include "terminal_text.h"
#include "liaison/problem.h"
#include "result_output.h"
#include "text_table.h"

namespace liaison::cli {
namespace {

constexpr UsageText kDiffUsage{
    "用法：liaison diff --before ID|FILE --after ID|FILE [--as-of YYYY-MM-DD] [--json]\n"
    "                   [--lang zh|en] [--xlsx FILE] [--csv DIR] [--allow-errors]\n"
    "                   RECORDS.json|-\n"
    "\n"
    "两个政策之间的变化：不同的参数，以及在同一记录上按干部（规则状态、得分、可评等次、\n"
    "建议等次）和按部门（名额上限、等次分布）的变化。在任一政策下记录有误的干部列为\n"
    "错误，并在标准错误上列出；此时退出状态为 1，除非给出 --allow-errors。\n",
    "usage: liaison diff --before ID|FILE --after ID|FILE [--as-of YYYY-MM-DD] [--json]\n"
    "                    [--lang zh|en] [--xlsx FILE] [--csv DIR] [--allow-errors]\n"
    "                    RECORDS.json|-\n"
    "\n"
    "What changes between two policies: the parameters that differ, and on the\n"
    "records per cadre (rule statuses, score, eligibility, proposed grade) and per\n"
    "department (caps, grade distribution). A cadre whose record is bad under\n"
    "either policy is listed as an error and named on standard error; the exit\n"
    "status is then 1, unless --allow-errors.\n"};

// "met 5/4": a rule's status, actual and required; "-" for no such rule.
std::string Outcome(const std::optional<RuleOutcome>& outcome) {
  if (!outcome) return "-";
  return absl::StrFormat("%s %d/%d", std::string(FindingStatusName(outcome->status)),
                         outcome->actual, outcome->required);
}

// A grade id, or "-" for none.
std::string OrNone(const std::optional<std::string>& grade) { return grade.value_or("-"); }

// Loads the two policies and the records the command line names and diffs
// them; on failure reports why and returns nullopt with `exit_code` set.
std::optional<PolicyDiff> LoadAndDiff(const CommandLine& line, absl::CivilDay as_of,
                                      std::string& records_text, int& exit_code) {
  const auto fail = [&exit_code](const std::string& source, const absl::Status& status) {
    exit_code = ReportFailure(source, status);
    return std::nullopt;
  };
  const std::string before_name = *line.Value("before");
  const std::string after_name = *line.Value("after");
  absl::StatusOr<Policy> before = LoadPolicy(before_name);
  if (!before.ok()) return fail(before_name, before.status());
  absl::StatusOr<Policy> after = LoadPolicy(after_name);
  if (!after.ok()) return fail(after_name, after.status());
  const std::string& source = line.positionals()[0];
  absl::StatusOr<std::string> text;
  if (IsLedgerSource(source)) {  // a ledger's labels are read under the --before policy
    absl::StatusOr<ledger::LedgerImport> imported = ImportLedgerSource(*before, source, {});
    if (!imported.ok()) return fail(source, imported.status());
    text = std::move(imported->records_json);
  } else {
    text = ReadText(source);
  }
  if (!text.ok()) return fail(source, text.status());
  absl::StatusOr<PolicyDiff> diff = DiffPolicies(*before, *after, *text, as_of);
  if (!diff.ok()) return fail(source, diff.status());
  records_text = *std::move(text);
  return *std::move(diff);
}

// The two policies, the date, and a note for each policy applied to a year it
// does not cover; then the parameters that changed.
void PrintPoliciesAndParameters(const PolicyDiff& diff, bool zh) {
  std::cout << diff.before.id() << " → " << diff.after.id() << (zh ? "，评估日期 " : ", as of ")
            << absl::FormatCivilTime(diff.as_of) << "\n";
  for (const auto& [policy, applied] : {std::pair{&diff.before, diff.before_applied_to_year},
                                        std::pair{&diff.after, diff.after_applied_to_year}}) {
    if (applied) {
      std::cout << (zh ? "  注：" : "  note: ") << policy->id()
                << (zh ? " 本不适用于 " : " does not cover ") << diff.year
                << (zh ? "，比较时按该年度适用。" : "; applied to that year for the comparison.")
                << "\n";
    }
  }
  // Texts (titles, labels) apart: they move no result.
  std::vector<const ParameterChange*> moving, texts;
  for (const ParameterChange& change : diff.parameters) {
    (change.TextOnly() ? texts : moving).push_back(&change);
  }
  const auto print = [](const std::vector<const ParameterChange*>& changes) {
    for (const ParameterChange* change : changes) {
      std::cout << "  " << change->path << ": " << change->before.value_or("(none)") << " → "
                << change->after.value_or("(none)") << "\n";
    }
  };
  std::cout << "\n" << (zh ? "参数变化：" : "Parameters changed:") << " " << moving.size() << "\n";
  print(moving);
  if (texts.empty()) return;
  std::cout << (zh ? "仅文字变化（不影响结果）：" : "Text only, moving no result:") << " "
            << texts.size() << "\n";
  print(texts);
}

std::string Score(const std::optional<double>& score) {
  return score ? absl::StrFormat("%.3f", *score) : "-";
}

// "Proposed better: 1 (c05 李明); worse: 2 (c02 王芳, c07 张伟)".
void PrintGainsAndLosses(const PolicyDiff& diff, bool zh) {
  std::string better, worse;
  for (const CadreChange& change : diff.cadres) {
    if (change.proposed_move == GradeMove::kNone) continue;
    std::string& list = change.proposed_move == GradeMove::kBetter ? better : worse;
    list += (list.empty() ? "" : zh ? "、" : ", ") + change.cadre +
            (change.name.empty() ? "" : " " + change.name);
  }
  const auto listed = [zh](const std::string& names) {
    return names.empty() ? std::string() : (zh ? "（" : " (") + names + (zh ? "）" : ")");
  };
  std::cout << (zh ? "建议等次提高：" : "Proposed better: ") << diff.summary.proposed_better
            << listed(better) << (zh ? "；降低：" : "; worse: ") << diff.summary.proposed_worse
            << listed(worse) << "\n";
}

// One line per changed cadre (grades and score that moved), then its rules,
// then who gains and who loses.
void PrintCadres(const PolicyDiff& diff, bool zh) {
  std::cout << "\n"
            << (zh ? "干部变化：" : "Cadres changed:") << " " << diff.summary.cadres_changed
            << "/" << diff.summary.cadres << "\n";
  for (const CadreChange& change : diff.cadres) {
    std::cout << "  " << change.cadre << (change.name.empty() ? "" : " ") << change.name << " ("
              << change.department << ")";
    for (const auto& [error, label] :
         {std::pair{&change.error_before, zh ? "  原政策下记录有误：" : "  bad record before: "},
          std::pair{&change.error_after, zh ? "  新政策下记录有误：" : "  bad record after: "}}) {
      if (*error) std::cout << label << QuotedForTerminal(**error);
    }
    if (change.proposed_before != change.proposed_after) {
      std::cout << (zh ? "  建议等次 " : "  proposed ") << OrNone(change.proposed_before) << " → "
                << OrNone(change.proposed_after);
    }
    if (change.eligible_before != change.eligible_after) {
      std::cout << (zh ? "  可评等次 " : "  eligible ") << OrNone(change.eligible_before) << " → "
                << OrNone(change.eligible_after);
    }
    if (change.score_before != change.score_after) {
      std::cout << (zh ? "  得分 " : "  score ") << Score(change.score_before) << " → "
                << Score(change.score_after);
    }
    std::cout << "\n";
    for (const RuleChange& rule : change.rules) {
      std::cout << "    " << rule.rule << ": " << Outcome(rule.before) << " → "
                << Outcome(rule.after) << "\n";
    }
  }
  PrintGainsAndLosses(diff, zh);
}

// Names each cadre whose record is bad on standard error; kExitViolations when
// there is one and the caller did not allow them.
int ReportDiffErrors(const std::string& source, const PolicyDiff& diff, bool allowed) {
  if (diff.summary.errors == 0) return kExitOk;
  std::cerr << "liaison diff: " << (source == "-" ? "standard input" : source) << ": "
            << diff.summary.errors
            << (diff.summary.errors == 1 ? " cadre's record is bad" : " cadres' records are bad")
            << (allowed ? " (allowed)" : "; the diff is incomplete") << "\n";
  for (const CadreChange& change : diff.cadres) {
    for (const auto& [error, side] :
         {std::pair{&change.error_before, "before"}, std::pair{&change.error_after, "after"}}) {
      if (*error) std::cerr << "  " << side << ": " << QuotedForTerminal(**error) << "\n";
    }
  }
  return allowed ? kExitOk : kExitViolations;
}

// Per changed department: its base, then a table of caps and grades proposed.
void PrintDepartments(const PolicyDiff& diff, bool zh) {
  std::cout << "\n" << (zh ? "部门变化：" : "Departments changed:") << " "
            << diff.departments.size() << "\n";
  const auto cap = [](const std::optional<std::int32_t>& value) {
    return value ? std::to_string(*value) : std::string("-");
  };
  for (const DepartmentChange& change : diff.departments) {
    TextTable table(zh ? std::vector<std::string>{"等次", "上限", "建议人数"}
                       : std::vector<std::string>{"grade", "cap", "proposed"});
    for (const DepartmentChange::GradeLine& grade : change.grades) {
      table.AddRow({grade.grade, cap(grade.cap_before) + " → " + cap(grade.cap_after),
                    std::to_string(grade.proposed_before) + " → " +
                        std::to_string(grade.proposed_after)});
    }
    std::cout << "  " << change.department << (zh ? "，人数 " : ", base ") << change.base_before
              << " → " << change.base_after << "\n"
              << table.Render();
  }
}

}  // namespace

int RunDiff(const std::vector<std::string>& args) {
  int exit_code = kExitOk;
  std::optional<CommandLine> line = ParseSubcommand(
      args,
      WithResultOutput({{"before", "after", "as-of", "lang"}, {"json", "help", "allow-errors"}}),
      "diff",
      kDiffUsage, exit_code);
  if (!line) return exit_code;
  if (!line->Value("before") || !line->Value("after")) {
    return UsageError(*line, "diff", {"须同时给出 --before 和 --after", "give both --before and --after"},
                      kDiffUsage);
  }
  if (line->positionals().size() != 1) {
    return UsageError(*line, "diff",
                      {"须给出一个记录文件（或 - 表示标准输入）",
                       "give one records file (or - for standard input)"},
                      kDiffUsage);
  }
  absl::StatusOr<Language> language = OutputLanguage(*line);
  if (!language.ok()) return ReportFailure("--lang", language.status(), LocaleLanguage());
  absl::StatusOr<absl::CivilDay> as_of = AsOfDate(*line);
  if (!as_of.ok()) return ReportFailure("--as-of", as_of.status(), *language);
  std::string records_text;
  std::optional<PolicyDiff> diff = LoadAndDiff(*line, *as_of, records_text, exit_code);
  if (!diff) return exit_code;
  if (int status = WriteDiffSheets(*line, *diff, records_text, *language); status != kExitOk) {
    return status;
  }
  if (line->Flag("json")) {
    std::cout << EncodePolicyDiff(*diff, JsonStyle::kPretty);
  } else {
    const bool zh = *language == Language::kChinese;
    PrintPoliciesAndParameters(*diff, zh);
    PrintCadres(*diff, zh);
    PrintDepartments(*diff, zh);
  }
  return ReportDiffErrors(line->positionals()[0], *diff, line->Flag("allow-errors"));
}

}  // namespace liaison::cli
