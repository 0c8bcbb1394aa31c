// liaison caps | grade | check | progress: the year-end grades under quotas
// (二.4.(2)) and the mid-year overview (二.4.(1)).
#include <algorithm>
#include <iostream>

#include "absl/strings/str_format.h"
#include "commands.h"
#include "inputs.h"
#include "ledger/result_sheets.h"
#include "liaison/batch_grading.h"
#include "liaison/grade_check.h"
#include "liaison/grade_proposal.h"
#include "liaison/grading_json.h"
#include "liaison/progress_json.h"
#include "liaison/quota_caps.h"
#include "progress_meter.h"
#include "result_output.h"
#include "text_table.h"

namespace liaison::cli {
namespace {

constexpr char kCapsUsage[] =
    "usage: liaison caps --policy ID|FILE|- [--json] [--lang zh|en] [--xlsx FILE] [--csv DIR]\n"
    "                    N|FROM-TO ...\n"
    "\n"
    "The caps on each capped grade for a quota base of N cadres (or every base\n"
    "from FROM to TO), each with its derivation, e.g. 优 cap 3 = floor(0.30 × 10).\n";

constexpr char kGradeUsage[] =
    "usage: liaison grade --policy ID|FILE|- [--as-of YYYY-MM-DD] [--json] [--lang zh|en]\n"
    "                     [--xlsx FILE] [--csv DIR] [--quiet] RECORDS.json|-\n"
    "\n"
    "Proposes grades that respect the policy's caps and eligibility: per quota\n"
    "unit, every cadre's rank, proposed grade and why.\n";

constexpr char kCheckUsage[] =
    "usage: liaison check --policy ID|FILE|- [--as-of YYYY-MM-DD] [--json] [--lang zh|en]\n"
    "                     [--xlsx FILE] [--csv DIR] [--quiet] RECORDS.json|-\n"
    "\n"
    "Checks the grades the records assign (each cadre's \"grade\"): every cap\n"
    "against its count, and every violation explained. Exit 1 when any is found.\n";

constexpr char kProgressUsage[] =
    "usage: liaison progress --policy ID|FILE|- [--as-of YYYY-MM-DD] [--json] [--lang zh|en]\n"
    "                        [--xlsx FILE] [--csv DIR] [--quiet] RECORDS.json|-\n"
    "\n"
    "Per department and rule: cadres done, on pace and behind as of the date,\n"
    "and who to follow up (the mid-year review, 二.4.(1)).\n";

const OptionSpec kRecordOptions =
    WithQuietOption(WithResultOutput({{"policy", "as-of", "lang"}, {"json", "help"}}));

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

std::string GradeText(const GradingPolicy& grading, std::optional<TermId> grade,
                      Language language) {
  return grade ? grading.scale[*grade].label.In(language) : "-";
}

}  // namespace

int RunCaps(const std::vector<std::string>& args) {
  int exit_code = kExitOk;
  std::optional<CommandLine> line = ParseSubcommand(
      args, WithResultOutput({{"policy", "lang"}, {"json", "help"}}), "caps", kCapsUsage, exit_code);
  if (!line) return exit_code;
  std::optional<std::string> policy_name = line->Value("policy");
  std::vector<std::int32_t> bases;
  for (const std::string& word : line->positionals()) {
    if (!ParseBases(word, bases)) {
      return UsageError("caps", "\"" + word + "\" is not a base (N or FROM-TO, 0 ≤ N ≤ 1000000, at most 10001 bases a range)",
                        kCapsUsage);
    }
  }
  if (!policy_name) return UsageError("caps", "missing --policy ID|FILE|-", kCapsUsage);
  if (bases.empty()) return UsageError("caps", "missing the quota base (N or FROM-TO)", kCapsUsage);
  absl::StatusOr<Language> language = OutputLanguage(*line);
  if (!language.ok()) return ReportFailure("--lang", language.status());
  absl::StatusOr<Policy> policy = LoadPolicy(*policy_name);
  if (!policy.ok()) {
    return ReportFailure(*policy_name == "-" ? "standard input" : *policy_name, policy.status(),
                         *language);
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
                    DescribeCapDerivation(grading, cap).In(*language));
    }
    table.AddRow(std::move(row));
  }
  std::cout << table.Render();
  return kExitOk;
}

// The proposal's table of one quota unit: its caps, then its cadres by rank.
void PrintProposedUnit(const BatchProposal& batch, std::size_t u, Language language) {
  const bool zh = language == Language::kChinese;
  const GradingPolicy& grading = batch.policy.document().grading;
  const GradeProposal& proposal = batch.proposal;
  const std::vector<GradingInput>& inputs = batch.grading.inputs;
  const QuotaUnit& unit = proposal.plan.units[u];
  std::cout << (zh ? "考核单元 " : "quota unit ") << DescribeQuotaUnit(unit).In(language)
            << (zh ? "，人数 " : ", base ") << unit.base << "\n";
  for (const QuotaCap& cap : unit.caps.caps) {
    std::cout << "  " << DescribeCap(grading, cap).In(language) << "\n";
  }
  TextTable table(zh ? std::vector<std::string>{"排名", "编号", "得分", "建议等次", "说明"}
                     : std::vector<std::string>{"rank", "id", "score", "proposed", "why"});
  std::vector<std::size_t> ranked;
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    if (inputs[i].in_base && proposal.cadres[i].unit == u) ranked.push_back(i);
  }
  std::sort(ranked.begin(), ranked.end(), [&](std::size_t a, std::size_t b) {
    return proposal.cadres[a].rank < proposal.cadres[b].rank;
  });
  for (std::size_t i : ranked) {
    const CadreProposal& cadre = proposal.cadres[i];
    table.AddRow({std::to_string(cadre.rank), inputs[i].cadre_id,
                  absl::StrFormat("%.3f", inputs[i].score),
                  GradeText(grading, cadre.grade, language),
                  DescribeProposal(grading, proposal, inputs, i).In(language)});
  }
  std::cout << table.Render() << "\n";
}

int RunGrade(const std::vector<std::string>& args) {
  int exit_code = kExitOk;
  std::optional<CommandLine> line =
      ParseSubcommand(args, kRecordOptions, "grade", kGradeUsage, exit_code);
  if (!line) return exit_code;
  std::optional<EvaluatedRecords> input =
      EvaluateFromCommandLine(*line, "grade", kGradeUsage, exit_code);
  if (!input) return exit_code;
  absl::StatusOr<BatchProposal> proposal = ProposeBatchGrades(input->batch);
  if (!proposal.ok()) return ReportFailure("grade", proposal.status(), input->language);
  const auto sheets = [&] {
    return ledger::ProposalSheets(input->batch, *proposal, input->language);
  };
  if (int status = WriteResultSheets(*line, sheets); status != kExitOk) return status;
  if (line->Flag("json")) {
    std::cout << EncodeProposal(*proposal, JsonStyle::kPretty);
    return ReportRecordErrors(input->source, input->batch, input->language);
  }
  const Language language = input->language;
  const bool zh = language == Language::kChinese;
  for (std::size_t u = 0; u < proposal->proposal.plan.units.size(); ++u) {
    PrintProposedUnit(*proposal, u, language);
  }
  const BatchGrading& grading = proposal->grading;
  for (std::size_t i = 0; i < grading.inputs.size(); ++i) {
    const GradingInput& cadre = grading.inputs[i];
    if (cadre.in_base) continue;
    std::cout << cadre.cadre_id << (zh ? "：不计入考核基数（" : ": outside the quota base (")
              << cadre.outside_base_label.In(language) << (zh ? "），不评等次" : "), no grade")
              << "\n";
  }
  return ReportRecordErrors(input->source, input->batch, input->language);
}

// The check's lines for one quota unit: each cap's use (an exceeded cap shown
// once, by its over-cap violation, "…; 1 over the cap"), then the other
// violations.
void PrintCheckedUnit(const BatchGradeCheck& batch, std::size_t u, Language language) {
  const bool zh = language == Language::kChinese;
  const GradingPolicy& grading = batch.policy.document().grading;
  const GradeCheck& unit = batch.check.units[u];
  const std::vector<GradingInput>& inputs = batch.grading.inputs;
  std::cout << (zh ? "考核单元 " : "quota unit ")
            << DescribeQuotaUnit(batch.check.plan.units[u]).In(language)
            << (zh ? "，人数 " : ", base ") << batch.check.plan.units[u].base << "\n";
  for (const CapUse& use : unit.cap_uses) {
    const GradeViolation* over = nullptr;
    for (const GradeViolation& violation : unit.violations) {
      if (violation.kind == GradeViolationKind::kOverCap && violation.grade == use.grade) {
        over = &violation;
      }
    }
    std::cout << "  "
              << (over != nullptr
                      ? "✗ " + DescribeViolation(grading, unit, inputs, *over).In(language)
                      : (use.exceeded() ? "✗ " : "✓ ") +
                            DescribeCapUse(grading, unit.caps, use).In(language))
              << "\n";
  }
  for (const GradeViolation& violation : unit.violations) {
    if (violation.kind == GradeViolationKind::kOverCap) continue;
    std::cout << "  ✗ " << DescribeViolation(grading, unit, inputs, violation).In(language)
              << "\n";
  }
}

int RunCheck(const std::vector<std::string>& args) {
  int exit_code = kExitOk;
  std::optional<CommandLine> line =
      ParseSubcommand(args, kRecordOptions, "check", kCheckUsage, exit_code);
  if (!line) return exit_code;
  std::optional<EvaluatedRecords> input =
      EvaluateFromCommandLine(*line, "check", kCheckUsage, exit_code);
  if (!input) return exit_code;
  absl::StatusOr<BatchGradeCheck> check = CheckBatchGrades(input->batch);
  if (!check.ok()) return ReportFailure("check", check.status(), input->language);
  const auto sheets = [&] { return ledger::GradeCheckSheets(input->batch, *check, input->language); };
  if (int status = WriteResultSheets(*line, sheets); status != kExitOk) return status;
  // Bad records (exit 2) outrank violations (exit 1): the check is incomplete.
  const auto result = [&] {
    const int errors = ReportRecordErrors(input->source, input->batch, input->language);
    if (errors != kExitOk) return errors;
    return check->passed() ? kExitOk : kExitViolations;
  };
  if (line->Flag("json")) {
    std::cout << EncodeGradeCheck(*check, JsonStyle::kPretty);
    return result();
  }
  const Language language = input->language;
  const bool zh = language == Language::kChinese;
  for (std::size_t u = 0; u < check->check.plan.units.size(); ++u) {
    PrintCheckedUnit(*check, u, language);
  }
  for (const BatchEntryError& error : check->grading.errors) {
    std::cout << "✗ " << CadreEntryPath(error.entry)
              << (zh ? "：记录有误，未能检查" : ": bad record, not checked") << "\n";
  }
  std::cout << (check->passed() ? (zh ? "通过：各等次均符合政策。" : "passed: every grade within the policy.")
                                : (zh ? "未通过。" : "failed."))
            << "\n";
  return result();
}

int RunProgress(const std::vector<std::string>& args) {
  int exit_code = kExitOk;
  std::optional<CommandLine> line =
      ParseSubcommand(args, kRecordOptions, "progress", kProgressUsage, exit_code);
  if (!line) return exit_code;
  std::optional<EvaluatedRecords> input =
      EvaluateFromCommandLine(*line, "progress", kProgressUsage, exit_code);
  if (!input) return exit_code;
  const ProgressOverview overview = SummarizeProgress(input->batch);
  const auto sheets = [&] {
    return ledger::ProgressSheets(input->batch, overview, input->language);
  };
  if (int status = WriteResultSheets(*line, sheets); status != kExitOk) return status;
  if (line->Flag("json")) {
    std::cout << EncodeProgress(input->batch.policy, overview, JsonStyle::kPretty);
    return ReportRecordErrors(input->source, input->batch, input->language);
  }
  const bool zh = input->language == Language::kChinese;
  std::cout << (zh ? "评估日期 " : "as of ") << absl::FormatCivilTime(overview.as_of) << "\n\n";
  const auto print = [&](const DepartmentProgress& department, bool organ) {
    std::string name;
    for (const DepartmentReport& d : input->batch.departments) {
      if (d.department == department.department && !d.name.empty()) name = " " + d.name;
    }
    if (organ) {
      std::cout << (zh ? "全机关" : "whole organ");
    } else {
      std::cout << (zh ? "部门 " : "department ") << department.department << name;
    }
    std::cout << (zh ? "：评估 " : ": evaluated ") << department.evaluated << "/"
              << department.cadres << (zh ? " 人" : " cadres");
    if (department.errors > 0) {
      std::cout << (zh ? "，记录有误 " : ", bad records ") << department.errors;
    }
    if (organ && overview.errors_without_department > 0) {
      std::cout << (zh ? "（其中部门不明 " : " (department unknown: ")
                << overview.errors_without_department << (zh ? "）" : ")");
    }
    std::cout << "\n";
    TextTable table(zh ? std::vector<std::string>{"规则", "已完成", "进度正常", "进度落后",
                                                  "需督促"}
                       : std::vector<std::string>{"rule", "done", "on pace", "behind",
                                                  "follow up"});
    for (const RuleProgress& rule : department.rules) {
      if (!rule.binding) continue;
      std::string follow_up;
      for (const std::string& id : rule.follow_up) follow_up += (follow_up.empty() ? "" : " ") + id;
      const bool paced = rule.done + rule.on_pace + rule.behind > 0;
      table.AddRow({rule.rule,
                    std::to_string(paced ? rule.done : rule.status_count(FindingStatus::kMet)),
                    paced ? std::to_string(rule.on_pace) : "-",
                    paced ? std::to_string(rule.behind) : "-", follow_up});
    }
    std::cout << table.Render() << "\n";
  };
  for (const DepartmentProgress& department : overview.departments) print(department, false);
  print(overview.organ, true);
  return ReportRecordErrors(input->source, input->batch, input->language);
}

}  // namespace liaison::cli
