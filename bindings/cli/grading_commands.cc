// liaison caps | grade | check | progress: the year-end grades under quotas
// (二.4.(2)) and the mid-year overview (二.4.(1)).
#include <iostream>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/str_format.h"
#include "base/cadre_identity.h"
#include "commands.h"
#include "inputs.h"
#include "ledger/result_sheets.h"
#include "liaison/batch_grading.h"
#include "liaison/grade_check.h"
#include "liaison/grade_proposal.h"
#include "liaison/grading_json.h"
#include "liaison/progress_json.h"
#include "liaison/quota_caps.h"
#include "grade_views.h"
#include "progress_view.h"
#include "report/report_text.h"
#include "progress_meter.h"
#include "result_output.h"
#include "text_table.h"
#include "views.h"

namespace liaison::cli {
namespace {

constexpr UsageText kCapsUsage{
    "用法：liaison caps --policy ID|FILE|- [--json] [--lang zh|en] [--xlsx FILE] [--csv DIR]\n"
    "                   N|FROM-TO ...\n"
    "                   [--wide] [--ambiguous-wide]\n"
    "\n"
    "N 名干部的考核基数（或从 FROM 到 TO 的每个基数）下各受限等次的名额上限，\n"
    "并列出推算过程，例如 优 上限 3 = ⌊0.30 × 10⌋（⌊⌋ 向下取整，⌈⌉ 向上取整，\n"
    "四舍五入(…) 取最接近的整数）。\n",
    "usage: liaison caps --policy ID|FILE|- [--json] [--lang zh|en] [--xlsx FILE] [--csv DIR]\n"
    "                    N|FROM-TO ...\n"
    "                    [--wide] [--ambiguous-wide]\n"
    "\n"
    "The caps on each capped grade for a quota base of N cadres (or every base\n"
    "from FROM to TO), each with its derivation, e.g. excellent cap 3 = ⌊0.30 × 10⌋ (⌊⌋\n"
    "rounds down, ⌈⌉ up, round(…) to the nearest).\n"};

constexpr UsageText kGradeUsage{
    "用法：liaison grade --policy ID|FILE|- [--as-of YYYY-MM-DD] [--json] [--lang zh|en]\n"
    "                    [--department ID[,ID...]] [--cadre ID[,ID...]] [--wide]\n"
    "                    [--ambiguous-wide] [--xlsx FILE] [--csv DIR] [--quiet]\n"
    "                    [--allow-errors] RECORDS.json|-\n"
    "\n"
    "在政策规定的名额上限和评定条件内建议等次：按考核单元列出每名干部的排名、\n"
    "建议等次及理由；同分者按排序条件区分的，说明依据哪一条件，提交部门党支部研究的，\n"
    "说明下一步怎么做。--department 和 --cadre 只显示这些干部，排名仍在全部干部中计算。\n"
    "有干部的记录有误时，结果不完整：在标准错误上列出这些干部，不输出结果，退出状态\n"
    "为 2；给出 --allow-errors 时照常输出其余干部的结果，并在所在考核单元中注明。\n",
    "usage: liaison grade --policy ID|FILE|- [--as-of YYYY-MM-DD] [--json] [--lang zh|en]\n"
    "                     [--department ID[,ID...]] [--cadre ID[,ID...]] [--wide]\n"
    "                     [--ambiguous-wide] [--xlsx FILE] [--csv DIR] [--quiet]\n"
    "                     [--allow-errors] RECORDS.json|-\n"
    "\n"
    "Proposes grades that respect the policy's caps and eligibility: per quota\n"
    "unit, every cadre's rank, proposed grade and why; a tie broken by a key says\n"
    "which, a tie held for the committee what to do next. --department and\n"
    "--cadre show those cadres, ranked among all. When a cadre's record is bad\n"
    "the result is incomplete: those cadres are listed on standard error, nothing\n"
    "is printed and the exit status is 2; --allow-errors prints the others'\n"
    "result, noting the bad ones in their quota units.\n"};

constexpr UsageText kCheckUsage{
    "用法：liaison check --policy ID|FILE|- [--as-of YYYY-MM-DD] [--json] [--lang zh|en]\n"
    "                    [--department ID[,ID...]] [--cadre ID[,ID...]] [--wide]\n"
    "                    [--ambiguous-wide] [--xlsx FILE] [--csv DIR] [--quiet]\n"
    "                    [--allow-errors] RECORDS.json|-\n"
    "\n"
    "检查记录中评定的等次（每名干部的 \"grade\"）：逐项核对名额上限与已评人数，\n"
    "每一处违规均说明原因和下一步怎么做。在所显示的干部（--department、--cadre）中\n"
    "发现违规时退出状态为 1。有干部的记录有误时，检查不完整：在标准错误上列出这些干部，\n"
    "不输出结果，退出状态为 2；给出 --allow-errors 时照常检查其余干部（退出状态为 1）。\n",
    "usage: liaison check --policy ID|FILE|- [--as-of YYYY-MM-DD] [--json] [--lang zh|en]\n"
    "                     [--department ID[,ID...]] [--cadre ID[,ID...]] [--wide]\n"
    "                     [--ambiguous-wide] [--xlsx FILE] [--csv DIR] [--quiet]\n"
    "                     [--allow-errors] RECORDS.json|-\n"
    "\n"
    "Checks the grades the records assign (each cadre's \"grade\"): every cap\n"
    "against its count, and every violation explained with what to do next. Exit 1\n"
    "when any is found among the cadres shown (--department, --cadre). When a\n"
    "cadre's record is bad the check is incomplete: those cadres are listed on\n"
    "standard error, nothing is printed and the exit status is 2; --allow-errors\n"
    "checks the others (exit 1).\n"};

constexpr UsageText kProgressUsage{
    "用法：liaison progress --policy ID|FILE|- [--as-of YYYY-MM-DD] [--json] [--lang zh|en]\n"
    "                       [--department ID[,ID...]] [--cadre ID[,ID...]] [--all] [--wide]\n"
    "                       [--ambiguous-wide] [--xlsx FILE] [--csv DIR] [--quiet]\n"
    "                       RECORDS.json|-\n"
    "\n"
    "按部门和规则列出截至评估日期已完成、进度正常和进度落后的干部人数，以及需督促\n"
    "的干部（年中检查，二.4.(1)）。默认只列出有人进度落后或已逾期的规则，--all 全部列出。\n",
    "usage: liaison progress --policy ID|FILE|- [--as-of YYYY-MM-DD] [--json] [--lang zh|en]\n"
    "                        [--department ID[,ID...]] [--cadre ID[,ID...]] [--all] [--wide]\n"
    "                        [--ambiguous-wide] [--xlsx FILE] [--csv DIR] [--quiet]\n"
    "                        RECORDS.json|-\n"
    "\n"
    "Per department and rule: cadres done, on pace and behind as of the date,\n"
    "and who to follow up (the mid-year review, 二.4.(1)). Only the rules someone\n"
    "is behind on or overdue with, unless --all.\n"};

const OptionSpec kGradingOptions = WithQuietOption(WithViewOptions(
    WithResultOutput({{"policy", "as-of", "lang"}, {"json", "help", "allow-errors"}})));

// The largest quota base `caps` takes, and the most bases one range may name.
constexpr std::int64_t kMaxCapsBase = 1'000'000;
constexpr std::int64_t kMaxCapsRange = 10'001;

// A base: decimal digits only, 0 to kMaxCapsBase (no sign, no wrap-around).
std::optional<std::int32_t> ParseBase(std::string_view text) {
  if (text.empty() || text.size() > 7) return std::nullopt;
  std::int64_t value = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + (c - '0');
  }
  if (value > kMaxCapsBase) return std::nullopt;
  return static_cast<std::int32_t>(value);
}

// "10" or "1-12" to the bases it names; at most kMaxCapsRange of them.
bool ParseBases(const std::string& text, std::vector<std::int32_t>& bases) {
  const std::size_t dash = text.find('-');
  if (dash == std::string::npos) {
    std::optional<std::int32_t> base = ParseBase(text);
    if (base) bases.push_back(*base);
    return base.has_value();
  }
  std::optional<std::int32_t> from = ParseBase(std::string_view(text).substr(0, dash));
  std::optional<std::int32_t> to = ParseBase(std::string_view(text).substr(dash + 1));
  if (!from || !to || *to < *from || *to - *from >= kMaxCapsRange) return false;
  for (std::int32_t n = *from; n <= *to; ++n) bases.push_back(n);
  return true;
}

}  // namespace

int RunCaps(const std::vector<std::string>& args) {
  int exit_code = kExitOk;
  std::optional<CommandLine> line = ParseSubcommand(
      args, WithResultOutput({{"policy", "lang"}, {"json", "help", "wide", "ambiguous-wide"}}), "caps",
      kCapsUsage, exit_code);
  if (!line) return exit_code;
  std::optional<std::string> policy_name = line->Value("policy");
  std::vector<std::int32_t> bases;
  for (const std::string& word : line->positionals()) {
    if (!ParseBases(word, bases)) {
      return UsageError(*line, "caps",
                        {"“" + word +
                             "”不是考核基数（N 或 FROM-TO，0 ≤ N ≤ 1000000，一个范围至多 10001 个基数）",
                         "\"" + word +
                             "\" is not a base (N or FROM-TO, 0 ≤ N ≤ 1000000, at most 10001 "
                             "bases a range)"},
                        kCapsUsage);
    }
  }
  if (!policy_name) return UsageError(*line, "caps", kMissingPolicy, kCapsUsage);
  if (bases.empty()) {
    return UsageError(*line, "caps",
                      {"缺少考核基数（N 或 FROM-TO）", "missing the quota base (N or FROM-TO)"},
                      kCapsUsage);
  }
  absl::StatusOr<Language> language = OutputLanguage(*line);
  if (!language.ok()) return ReportFailure("--lang", language.status(), LocaleLanguage());
  absl::StatusOr<Policy> policy = LoadPolicy(*policy_name);
  if (!policy.ok()) {
    return ReportFailure(SourceShown(*policy_name, *language), policy.status(), *language);
  }
  const GradingPolicy& grading = policy->document().grading;
  std::vector<QuotaCaps> all_caps;
  for (std::int32_t base : bases) {
    absl::StatusOr<QuotaCaps> caps = ComputeQuotaCaps(grading, base);
    if (!caps.ok()) return ReportFailure(*policy_name, caps.status(), *language);
    all_caps.push_back(*std::move(caps));
  }
  const auto sheets = [&] { return ledger::CapsSheets(grading, all_caps, *language); };
  if (int status = WriteResultSheets(*line, sheets); status != kExitOk) return status;
  if (line->Flag("json")) {
    // One base: its liaison.caps/1 document. Several: an array of them, so the
    // output stays one JSON document.
    std::string out;
    for (std::int32_t base : bases) {
      absl::StatusOr<std::string> json = CapsJson(*policy, base, JsonStyle::kPretty);
      if (!json.ok()) return ReportFailure(*policy_name, json.status(), *language);
      while (!json->empty() && json->back() == '\n') json->pop_back();
      if (bases.size() > 1) out += out.empty() ? "[\n" : ",\n";
      out += *json;
    }
    std::cout << out << (bases.size() > 1 ? "\n]\n" : "\n");
    return kExitOk;
  }
  std::vector<std::string> header{*language == Language::kChinese ? "人数" : "base"};
  for (const QuotaCap& cap : all_caps.front().caps) {
    header.push_back(CapLabel(grading, cap).In(*language));
  }
  TextTable table(header);
  for (const QuotaCaps& caps : all_caps) {
    std::vector<std::string> row{std::to_string(caps.unit_base)};
    for (const QuotaCap& cap : caps.caps) {
      row.push_back(std::to_string(cap.cap) + " = " +
                    report::WithRoundingSymbols(DescribeCapDerivation(grading, cap).In(*language),
                                        *language));
    }
    table.AddRow(std::move(row));
  }
  std::cout << table.Render(LayoutOf(*line));
  return kExitOk;
}

int RunGrade(const std::vector<std::string>& args) {
  int exit_code = kExitOk;
  std::optional<CommandLine> line =
      ParseSubcommand(args, kGradingOptions, "grade", kGradeUsage, exit_code);
  if (!line) return exit_code;
  std::optional<EvaluatedRecords> input =
      EvaluateFromCommandLine(*line, "grade", kGradeUsage, exit_code);
  if (!input) return exit_code;
  std::optional<CadreFilter> filter =
      CadreFilter::Read(*line, input->batch, input->language, exit_code);
  if (!filter) return exit_code;
  if (int status = ReportBadRecords("grade", input->source, input->batch,
                                    line->Flag("allow-errors"), input->language);
      status != kExitOk) {
    return status;
  }
  absl::StatusOr<BatchProposal> proposal = ProposeBatchGrades(input->batch);
  if (!proposal.ok()) return ReportFailure("grade", proposal.status(), input->language);
  const auto sheets = [&] {
    return ledger::ProposalSheets(input->batch, *proposal, input->language);
  };
  if (int status = WriteResultSheets(*line, sheets); status != kExitOk) return status;
  if (line->Flag("json")) {
    std::cout << EncodeProposal(*proposal, JsonStyle::kPretty);
    return kExitOk;
  }
  const GradeView view{input->batch, *filter, DepartmentNames(input->batch), input->language,
                       LayoutOf(*line)};
  std::cout << GradingHeading(view);
  for (std::size_t u = 0; u < proposal->proposal.plan.units.size(); ++u) {
    std::cout << ProposedUnit(view, *proposal, u);
  }
  std::cout << OutsideBase(view, proposal->grading) << UnplacedBadRecords(view);
  return kExitOk;
}

int RunCheck(const std::vector<std::string>& args) {
  int exit_code = kExitOk;
  std::optional<CommandLine> line =
      ParseSubcommand(args, kGradingOptions, "check", kCheckUsage, exit_code);
  if (!line) return exit_code;
  std::optional<EvaluatedRecords> input =
      EvaluateFromCommandLine(*line, "check", kCheckUsage, exit_code);
  if (!input) return exit_code;
  std::optional<CadreFilter> filter =
      CadreFilter::Read(*line, input->batch, input->language, exit_code);
  if (!filter) return exit_code;
  if (int status = ReportBadRecords("check", input->source, input->batch,
                                    line->Flag("allow-errors"), input->language);
      status != kExitOk) {
    return status;
  }
  absl::StatusOr<BatchGradeCheck> check = CheckBatchGrades(input->batch);
  if (!check.ok()) return ReportFailure("check", check.status(), input->language);
  const auto sheets = [&] { return ledger::GradeCheckSheets(input->batch, *check, input->language); };
  if (int status = WriteResultSheets(*line, sheets); status != kExitOk) return status;
  const GradeView view{input->batch, *filter, DepartmentNames(input->batch), input->language,
                       LayoutOf(*line)};
  int failures = 0;
  std::string text;
  absl::flat_hash_set<std::string> shown_departments;
  for (std::size_t u = 0; u < check->check.plan.units.size(); ++u) {
    const std::string unit = CheckedUnit(view, *check, u, failures);
    if (unit.empty()) continue;
    text += unit;
    const std::vector<std::string>& departments = check->check.plan.units[u].departments;
    shown_departments.insert(departments.begin(), departments.end());
  }
  const bool zh = input->language == Language::kChinese;
  for (const BatchEntryError& error : check->grading.errors) {
    const CadreIdentity who = CadreIdentityOf(error.status);
    // With a filter, a bad record counts where it bears on what is shown: its
    // own cadre, or the caps of a unit shown; one whose department is
    // unreadable bears on every unit.
    if (filter->active() && !filter->Selects(who.id, who.department) &&
        !who.department.empty() && !shown_departments.contains(who.department)) {
      continue;
    }
    ++failures;
    text += "✗ " +
            (who.id.empty() ? CadreEntryPath(error.entry)
                            : CadreLabel(who.name, who.id, input->language)) +
            (zh ? "：记录有误，未能检查\n    下一步：请更正该记录后重新检查\n"
                : ": bad record, not checked\n    next: correct the record and check again\n");
  }
  // Bad records allowed (--allow-errors) count as failures: the check is not whole.
  const int result = failures == 0 ? kExitOk : kExitViolations;
  if (line->Flag("json")) {
    std::cout << EncodeGradeCheck(*check, JsonStyle::kPretty);
    return result;
  }
  std::cout << GradingHeading(view) << text << CheckVerdict(failures, input->language);
  return result;
}

int RunProgress(const std::vector<std::string>& args) {
  int exit_code = kExitOk;
  std::optional<CommandLine> line =
      ParseSubcommand(args, WithViewOptions(WithResultOutput({{"policy", "as-of", "lang"},
                                                              {"json", "help"}}),
                                            true),
                      "progress", kProgressUsage, exit_code);
  if (!line) return exit_code;
  std::optional<EvaluatedRecords> input =
      EvaluateFromCommandLine(*line, "progress", kProgressUsage, exit_code);
  if (!input) return exit_code;
  std::optional<CadreFilter> filter =
      CadreFilter::Read(*line, input->batch, input->language, exit_code);
  if (!filter) return exit_code;
  const Selection selection(input->batch, *filter);
  const BatchReport& batch = selection.batch();
  const ProgressOverview overview = SummarizeProgress(batch);
  const auto sheets = [&] { return ledger::ProgressSheets(batch, overview, input->language); };
  if (int status = WriteResultSheets(*line, sheets); status != kExitOk) return status;
  if (line->Flag("json")) {
    std::cout << EncodeProgress(batch.policy, overview, JsonStyle::kPretty);
  } else {
    std::cout << ProgressTables(batch, overview,
                                {input->language, LayoutOf(*line), line->Flag("all"),
                                 filter->active()});
  }
  return ReportRecordErrors(input->source, input->batch, input->language);
}

}  // namespace liaison::cli
