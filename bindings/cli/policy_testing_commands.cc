// liaison diff: what a new version of a policy changes for whom
// (docs/testing-policies.md); `liaison test` is case_test_command.cc.
#include <iostream>

#include "absl/strings/str_format.h"
#include "commands.h"
#include "diff_view.h"
#include "inputs.h"
#include "ledger_input.h"
#include "liaison/policy_diff.h"
#include "liaison/policy_diff_json.h"
#include "terminal_text.h"
#include "liaison/problem.h"
#include "liaison/record_decoder.h"
#include "result_output.h"
#include "text_table.h"

namespace liaison::cli {
namespace {

constexpr UsageText kDiffUsage{
    "用法：liaison diff --before ID|FILE --after ID|FILE [--as-of YYYY-MM-DD] [--json]\n"
    "                   [--lang zh|en] [--department ID[,ID...]] [--cadre ID[,ID...]]\n"
    "                   [--wide] [--ambiguous-wide] [--xlsx FILE] [--csv DIR]\n"
    "                   [--allow-errors] RECORDS.json|-\n"
    "\n"
    "两个政策之间的变化：不同的参数，以及在同一记录上按干部（规则状态、得分、可评等次、\n"
    "建议等次）和按部门（名额上限、等次分布）的变化。在任一政策下记录有误的干部列为\n"
    "错误，并在标准错误上列出；此时退出状态为 1，除非给出 --allow-errors。\n"
    "--department 和 --cadre 只显示这些干部及其部门，等次和名额仍按全部干部计算；\n"
    "--json、--xlsx 和 --csv 为完整结果。\n",
    "usage: liaison diff --before ID|FILE --after ID|FILE [--as-of YYYY-MM-DD] [--json]\n"
    "                    [--lang zh|en] [--department ID[,ID...]] [--cadre ID[,ID...]]\n"
    "                    [--wide] [--ambiguous-wide] [--xlsx FILE] [--csv DIR]\n"
    "                    [--allow-errors] RECORDS.json|-\n"
    "\n"
    "What changes between two policies: the parameters that differ, and on the\n"
    "records per cadre (rule statuses, score, eligibility, proposed grade) and per\n"
    "department (caps, grade distribution). A cadre whose record is bad under\n"
    "either policy is listed as an error and named on standard error; the exit\n"
    "status is then 1, unless --allow-errors. --department and --cadre show those\n"
    "cadres and their departments, graded among all; --json, --xlsx and --csv are\n"
    "the whole result.\n"};

// Loads the two policies and the records the command line names and diffs
// them; on failure reports why in `language` and returns nullopt with
// `exit_code` set.
std::optional<PolicyDiff> LoadAndDiff(const CommandLine& line, absl::CivilDay as_of,
                                      Language language, std::string& records_text,
                                      int& exit_code) {
  const auto fail = [&](const std::string& source, const absl::Status& status) {
    exit_code = ReportFailure(source, status, language);
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
    absl::StatusOr<ledger::LedgerImport> imported =
        ImportLedgerSource(*before, source, {}, language);
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

}  // namespace

int RunDiff(const std::vector<std::string>& args) {
  int exit_code = kExitOk;
  std::optional<CommandLine> line = ParseSubcommand(
      args,
      WithViewOptions(WithResultOutput(
          {{"before", "after", "as-of", "lang"}, {"json", "help", "allow-errors"}})),
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
  std::optional<PolicyDiff> diff = LoadAndDiff(*line, *as_of, *language, records_text, exit_code);
  if (!diff) return exit_code;
  if (int status = WriteDiffSheets(*line, *diff, records_text, *language); status != kExitOk) {
    return status;
  }
  // The records again, for the ids the filters may name and the names the
  // table shows, under the policy that governs their year (a diff may apply
  // one to a year it does not cover); without either, ids stand for names.
  absl::StatusOr<RecordBatch> records = DecodeRecords(diff->before, records_text);
  if (!records.ok()) records = DecodeRecords(diff->after, records_text);
  if (!records.ok()) {
    const bool filtered = line->Value("department") || line->Value("cadre");
    if (filtered) return ReportFailure(line->positionals()[0], records.status(), *language);
    records = RecordBatch{};
  }
  std::optional<CadreFilter> filter = CadreFilter::Read(*line, *records, *language, exit_code);
  if (!filter) return exit_code;
  if (line->Flag("json")) {
    std::cout << EncodePolicyDiff(*diff, JsonStyle::kPretty);
  } else {
    std::cout << DiffTables({*diff, *records, *filter, *language, LayoutOf(*line)});
  }
  return ReportDiffErrors(line->positionals()[0], *diff, line->Flag("allow-errors"), *language);
}

}  // namespace liaison::cli
