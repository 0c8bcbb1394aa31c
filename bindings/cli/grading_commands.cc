// liaison caps | grade | check | progress: the year-end grades under quotas
// (二.4.(2)) and the mid-year overview (二.4.(1)).
#include <algorithm>
#include <iostream>

#include "absl/strings/str_format.h"
#include "commands.h"
#include "inputs.h"
#include "liaison/batch_grading.h"
#include "liaison/grade_check.h"
#include "liaison/grade_proposal.h"
#include "liaison/grading_json.h"
#include "liaison/progress_json.h"
#include "liaison/quota_caps.h"
#include "text_table.h"

namespace liaison::cli {
namespace {

constexpr char kCapsUsage[] =
    "usage: liaison caps --policy ID|FILE|- [--json] [--lang zh|en] N|FROM-TO ...\n"
    "\n"
    "The caps on each capped grade for a quota base of N cadres (or every base\n"
    "from FROM to TO), each with its derivation, e.g. 优 cap 3 = floor(0.30 × 10).\n";

constexpr char kGradeUsage[] =
    "usage: liaison grade --policy ID|FILE|- [--as-of YYYY-MM-DD] [--json] [--lang zh|en]\n"
    "                     RECORDS.json|-\n"
    "\n"
    "Proposes grades that respect the policy's caps and eligibility: per quota\n"
    "unit, every cadre's rank, proposed grade and why.\n";

constexpr char kCheckUsage[] =
    "usage: liaison check --policy ID|FILE|- [--as-of YYYY-MM-DD] [--json] [--lang zh|en]\n"
    "                     RECORDS.json|-\n"
    "\n"
    "Checks the grades the records assign (each cadre's \"grade\"): every cap\n"
    "against its count, and every violation explained. Exit 1 when any is found.\n";

constexpr char kProgressUsage[] =
    "usage: liaison progress --policy ID|FILE|- [--as-of YYYY-MM-DD] [--json] [--lang zh|en]\n"
    "                        RECORDS.json|-\n"
    "\n"
    "Per department and rule: cadres done, on pace and behind as of the date,\n"
    "and who to follow up (the mid-year review, 二.4.(1)).\n";

const OptionSpec kRecordOptions{{"policy", "as-of", "lang"}, {"json", "help"}};

// "10" or "1-12" to the bases it names.
bool ParseBases(const std::string& text, std::vector<std::int32_t>& bases) {
  int from = 0, to = 0;
  char dash = 0;
  char rest = 0;
  if (std::sscanf(text.c_str(), "%d%c%d%c", &from, &dash, &to, &rest) == 3 && dash == '-') {
    if (from < 0 || to < from || to - from > 10000) return false;
    for (int n = from; n <= to; ++n) bases.push_back(n);
    return true;
  }
  if (std::sscanf(text.c_str(), "%d%c", &from, &rest) == 1 && from >= 0) {
    bases.push_back(from);
    return true;
  }
  return false;
}

std::string GradeText(const GradingPolicy& grading, std::optional<TermId> grade,
                      Language language) {
  return grade ? grading.scale[*grade].label.In(language) : "-";
}

}  // namespace

int RunCaps(const std::vector<std::string>& args) {
  int exit_code = kExitOk;
  std::optional<CommandLine> line = ParseSubcommand(args, {{"policy", "lang"}, {"json", "help"}},
                                                   "caps", kCapsUsage, exit_code);
  if (!line) return exit_code;
  std::optional<std::string> policy_name = line->Value("policy");
  std::vector<std::int32_t> bases;
  for (const std::string& word : line->positionals()) {
    if (!ParseBases(word, bases)) {
      return UsageError("caps", "\"" + word + "\" is not a base (N or FROM-TO, N ≥ 0)",
                        kCapsUsage);
    }
  }
  if (!policy_name) return UsageError("caps", "missing --policy ID|FILE|-", kCapsUsage);
  if (bases.empty()) return UsageError("caps", "missing the quota base (N or FROM-TO)", kCapsUsage);
  absl::StatusOr<Language> language = OutputLanguage(*line);
  if (!language.ok()) return ReportFailure("--lang", language.status());
  absl::StatusOr<Policy> policy = LoadPolicy(*policy_name);
  if (!policy.ok()) {
    return ReportFailure(*policy_name == "-" ? "standard input" : *policy_name, policy.status());
  }
  const GradingPolicy& grading = policy->document().grading;
  if (line->Flag("json")) {
    // One base: its liaison.caps/1 document. Several: an array of them, so the
    // output stays one JSON document.
    std::string out;
    for (std::int32_t base : bases) {
      absl::StatusOr<std::string> json = CapsJson(*policy, base, JsonStyle::kPretty);
      if (!json.ok()) return ReportFailure(*policy_name, json.status());
      while (!json->empty() && json->back() == '\n') json->pop_back();
      if (bases.size() > 1) out += out.empty() ? "[\n" : ",\n";
      out += *json;
    }
    std::cout << out << (bases.size() > 1 ? "\n]\n" : "\n");
    return kExitOk;
  }
  std::vector<std::string> header{*language == Language::kChinese ? "人数" : "base"};
  absl::StatusOr<QuotaCaps> first = ComputeQuotaCaps(grading, bases.front());
  if (!first.ok()) return ReportFailure(*policy_name, first.status());
  for (const QuotaCap& cap : first->caps) header.push_back(CapLabel(grading, cap).In(*language));
  TextTable table(header);
  for (std::int32_t base : bases) {
    absl::StatusOr<QuotaCaps> caps = ComputeQuotaCaps(grading, base);
    if (!caps.ok()) return ReportFailure(*policy_name, caps.status());
    std::vector<std::string> row{std::to_string(base)};
    for (const QuotaCap& cap : caps->caps) {
      row.push_back(std::to_string(cap.cap) + " = " +
                    DescribeCapDerivation(grading, cap).In(*language));
    }
    table.AddRow(std::move(row));
  }
  std::cout << table.Render();
  return kExitOk;
}

int RunGrade(const std::vector<std::string>& args) {
  int exit_code = kExitOk;
  std::optional<CommandLine> line =
      ParseSubcommand(args, kRecordOptions, "grade", kGradeUsage, exit_code);
  if (!line) return exit_code;
  std::optional<EvaluatedRecords> input =
      EvaluateFromCommandLine(*line, "grade", kGradeUsage, exit_code);
  if (!input) return exit_code;
  if (line->Flag("json")) {
    absl::StatusOr<std::string> json =
        ProposalJson(input->batch, input->records, JsonStyle::kPretty);
    if (!json.ok()) return ReportFailure("grade", json.status());
    std::cout << *json;
    return ReportRecordErrors(input->source, input->batch);
  }
  const Language language = input->language;
  const bool zh = language == Language::kChinese;
  const GradingPolicy& grading = input->batch.policy.document().grading;
  const BatchGrading grading_inputs = GradingInputsOf(input->batch, input->records);
  absl::StatusOr<GradeProposal> proposal = ProposeGrades(grading, grading_inputs.inputs);
  if (!proposal.ok()) return ReportFailure("grade", proposal.status());
  for (std::size_t u = 0; u < proposal->plan.units.size(); ++u) {
    const QuotaUnit& unit = proposal->plan.units[u];
    std::cout << (zh ? "考核单元 " : "quota unit ") << DescribeQuotaUnit(unit).In(language)
              << (zh ? "，人数 " : ", base ") << unit.base << "\n";
    for (const QuotaCap& cap : unit.caps.caps) {
      std::cout << "  " << DescribeCap(grading, cap).In(language) << "\n";
    }
    TextTable table(zh ? std::vector<std::string>{"排名", "编号", "得分", "建议等次", "说明"}
                       : std::vector<std::string>{"rank", "id", "score", "proposed", "why"});
    std::vector<std::size_t> ranked;
    for (std::size_t i = 0; i < grading_inputs.inputs.size(); ++i) {
      if (grading_inputs.inputs[i].in_base && proposal->cadres[i].unit == u) ranked.push_back(i);
    }
    std::sort(ranked.begin(), ranked.end(), [&](std::size_t a, std::size_t b) {
      return proposal->cadres[a].rank < proposal->cadres[b].rank;
    });
    for (std::size_t i : ranked) {
      const CadreProposal& cadre = proposal->cadres[i];
      table.AddRow({std::to_string(cadre.rank), grading_inputs.inputs[i].cadre_id,
                    absl::StrFormat("%.3f", grading_inputs.inputs[i].score),
                    GradeText(grading, cadre.grade, language),
                    DescribeProposal(grading, *proposal, grading_inputs.inputs, i).In(language)});
    }
    std::cout << table.Render() << "\n";
  }
  for (std::size_t i = 0; i < grading_inputs.inputs.size(); ++i) {
    const GradingInput& cadre = grading_inputs.inputs[i];
    if (cadre.in_base) continue;
    const CadreReport& report = *input->batch.cadres[grading_inputs.batch_entries[i]];
    std::cout << cadre.cadre_id << (zh ? "：不计入考核基数（" : ": outside the quota base (")
              << OutsideBaseLabel(report).In(language) << (zh ? "），不评等次" : "), no grade")
              << "\n";
  }
  return ReportRecordErrors(input->source, input->batch);
}

int RunCheck(const std::vector<std::string>& args) {
  int exit_code = kExitOk;
  std::optional<CommandLine> line =
      ParseSubcommand(args, kRecordOptions, "check", kCheckUsage, exit_code);
  if (!line) return exit_code;
  std::optional<EvaluatedRecords> input =
      EvaluateFromCommandLine(*line, "check", kCheckUsage, exit_code);
  if (!input) return exit_code;
  absl::StatusOr<GradeCheckDocument> document =
      GradeCheckJson(input->batch, input->records, JsonStyle::kPretty);
  if (!document.ok()) return ReportFailure("check", document.status());
  // Bad records (exit 2) outrank violations (exit 1): the check is incomplete.
  const auto result = [&] {
    const int errors = ReportRecordErrors(input->source, input->batch);
    if (errors != kExitOk) return errors;
    return document->passed ? kExitOk : kExitViolations;
  };
  if (line->Flag("json")) {
    std::cout << document->json;
    return result();
  }
  const Language language = input->language;
  const bool zh = language == Language::kChinese;
  const GradingPolicy& grading = input->batch.policy.document().grading;
  const BatchGrading grading_inputs = GradingInputsOf(input->batch, input->records);
  absl::StatusOr<OrganGradeCheck> check = CheckOrganGrades(grading, grading_inputs.inputs);
  if (!check.ok()) return ReportFailure("check", check.status());
  for (std::size_t u = 0; u < check->plan.units.size(); ++u) {
    const GradeCheck& unit = check->units[u];
    std::cout << (zh ? "考核单元 " : "quota unit ")
              << DescribeQuotaUnit(check->plan.units[u]).In(language)
              << (zh ? "，人数 " : ", base ") << check->plan.units[u].base << "\n";
    // A cap exceeded is shown once, by its over-cap violation ("…; 1 over
    // the cap"), in place of its use.
    for (const CapUse& use : unit.cap_uses) {
      const GradeViolation* over = nullptr;
      for (const GradeViolation& violation : unit.violations) {
        if (violation.kind == GradeViolationKind::kOverCap && violation.grade == use.grade) {
          over = &violation;
        }
      }
      std::cout << "  "
                << (over != nullptr
                        ? "✗ " + DescribeViolation(grading, unit, grading_inputs.inputs, *over)
                                     .In(language)
                        : (use.exceeded() ? "✗ " : "✓ ") +
                              DescribeCapUse(grading, unit.caps, use).In(language))
                << "\n";
    }
    for (const GradeViolation& violation : unit.violations) {
      if (violation.kind == GradeViolationKind::kOverCap) continue;
      std::cout << "  ✗ " << DescribeViolation(grading, unit, grading_inputs.inputs, violation)
                                   .In(language)
                << "\n";
    }
  }
  for (std::size_t i = 0; i < input->batch.cadres.size(); ++i) {
    if (!input->batch.cadres[i].ok()) {
      std::cout << "✗ " << CadreEntryPath(i)
                << (zh ? "：记录有误，未能检查" : ": bad record, not checked") << "\n";
    }
  }
  std::cout << (document->passed ? (zh ? "通过：各等次均符合政策。" : "passed: every grade within the policy.")
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
  if (line->Flag("json")) {
    std::cout << EncodeProgress(input->batch.policy, overview, JsonStyle::kPretty);
    return ReportRecordErrors(input->source, input->batch);
  }
  const bool zh = input->language == Language::kChinese;
  std::cout << (zh ? "评估日期 " : "as of ") << absl::FormatCivilTime(overview.as_of) << "\n\n";
  const auto print = [&](const DepartmentProgress& department, bool organ) {
    std::string name;
    for (const Department& d : input->records.departments) {
      if (d.id == department.department && !d.name.empty()) name = " " + d.name;
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
  return ReportRecordErrors(input->source, input->batch);
}

}  // namespace liaison::cli
