// liaison evaluate --policy ID|FILE|- [--as-of YYYY-MM-DD] [--json|--jsonl] [--lean]
//                  [--lang zh|en] [--department ID] [--cadre ID] [--quiet] RECORDS
//
// The tables, the one-cadre sheets, the filters and the result sheets take
// the whole batch (EvaluateFromCommandLine); --json, --jsonl and --lean alone
// stream (StreamRecords): each cadre's result is written as it is read, in
// memory that does not grow with the cadres.
#include <iostream>

#include "absl/strings/str_format.h"
#include "base/cadre_identity.h"
#include "cadre_sheet_view.h"
#include "commands.h"
#include "input_text.h"
#include "ledger_input.h"
#include "inputs.h"
#include "ledger/result_sheets.h"
#include "liaison/evaluate.h"
#include "liaison/finding_message.h"
#include "liaison/record_decoder.h"
#include "liaison/report_json.h"
#include "progress_meter.h"
#include "records_evaluation.h"
#include "result_output.h"
#include "text_table.h"
#include "views.h"

namespace liaison::cli {
namespace {

constexpr UsageText kUsage{
    "用法：liaison evaluate --policy ID|FILE|- [--as-of YYYY-MM-DD] [--json|--jsonl]\n"
    "                       [--lean] [--lang zh|en] [--department ID[,ID...]]\n"
    "                       [--cadre ID[,ID...]] [--all] [--wide] [--ambiguous-wide]\n"
    "                       [--xlsx FILE] [--csv DIR] [--quiet] RECORDS.json|RECORDS.jsonl|-\n"
    "\n"
    "按评估日期（默认为当天）评估记录文档（或 JSON Lines 格式的记录）中的每名干部：\n"
    "每名干部一行，其后列出进度落后、已逾期或未达标的每条约束性规则及其说明\n"
    "（--all：进度正常或未到期的也列出）。--cadre 打印所指定每名干部的考核表：\n"
    "每条规则及其计入和未计入的活动。--department 和 --cadre 选定所显示的干部。\n"
    "表格宽度不超过 100 列（--wide：每行不换行）。\n"
    "--json 输出评估文档（schema liaison.evaluation/1），--jsonl 以 JSON Lines 输出结果\n"
    "（首行为文件头，其后每行一名干部），--lean 输出精简文档\n"
    "（liaison.evaluation-lean/1：规则编号、状态和数值，不含文字）；未加筛选时，\n"
    "均边读取边输出。--xlsx 和 --csv 将干部及其各条规则写入工作簿或 CSV 文件。\n"
    "运行超过 2 秒时，若标准错误为终端，则在其上显示进度；--quiet 不显示进度。\n",
    "usage: liaison evaluate --policy ID|FILE|- [--as-of YYYY-MM-DD] [--json|--jsonl]\n"
    "                        [--lean] [--lang zh|en] [--department ID[,ID...]]\n"
    "                        [--cadre ID[,ID...]] [--all] [--wide] [--ambiguous-wide]\n"
    "                        [--xlsx FILE] [--csv DIR] [--quiet] RECORDS.json|RECORDS.jsonl|-\n"
    "\n"
    "Evaluates every cadre of a records document (or JSON Lines records) as of a\n"
    "date (default: today): one line per cadre, then every binding rule behind pace,\n"
    "overdue or not met with its explanation (--all: also those on pace or not yet\n"
    "due). --cadre prints each asked cadre's sheet (考核表): every rule with its\n"
    "activities counted and set aside. --department and --cadre select the cadres\n"
    "shown. Tables fit 100 columns (--wide: one line a row).\n"
    "--json prints the evaluation document (schema liaison.evaluation/1), --jsonl\n"
    "the results as JSON Lines (a header line, then one cadre a line), --lean the\n"
    "lean document (liaison.evaluation-lean/1: rule ids, statuses and numbers, no\n"
    "texts); without a filter each is written as the cadres are read. --xlsx and\n"
    "--csv write the cadres and every rule of each as a workbook or CSV files.\n"
    "A run longer than 2 s shows its progress on standard error when that is a\n"
    "terminal; --quiet turns it off.\n"};

// A binding finding that counts and is not met: one of report.binding_rules
// less report.binding_met.
bool Unmet(const Finding& finding) {
  return finding.binding && finding.status != FindingStatus::kMet &&
         finding.status != FindingStatus::kNotApplicable &&
         finding.status != FindingStatus::kAdvisory;
}

// An unmet finding that needs following up now: behind the pace, or past its
// due date (short, overdue, late, over the range). Pending on pace, or not
// due yet, it does not.
bool BehindOrOverdue(const Finding& finding) {
  return Unmet(finding) &&
         (finding.status != FindingStatus::kPending || finding.pace == Pace::kBehind);
}

// "政策 hunan  评估日期 2026-06-30" and the fingerprint on a line of its own.
std::string Heading(const BatchReport& batch, Language language) {
  const bool zh = language == Language::kChinese;
  return (zh ? "政策 " : "policy ") + batch.policy.id() + (zh ? "  评估日期 " : "  as of ") +
         absl::FormatCivilTime(batch.as_of) + "\n" + (zh ? "指纹 " : "fingerprint ") +
         batch.policy.fingerprint() + "\n\n";
}

void PrintTable(const BatchReport& batch, Language language, const TableLayout& layout,
                bool all) {
  const bool zh = language == Language::kChinese;
  const Policy& policy = batch.policy;
  const DepartmentNames departments(batch);
  std::cout << Heading(batch, language);
  TextTable table(zh ? std::vector<std::string>{"编号", "姓名", "部门", "参加情况", "达标",
                                                "得分", "可评等次", "未达标"}
                     : std::vector<std::string>{"id", "name", "department", "participation",
                                                "met", "score", "eligible", "not met"});
  table.WrapColumn(2);
  table.WrapColumn(3);
  std::string details;
  std::size_t hidden = 0;
  for (std::size_t i = 0; i < batch.cadres.size(); ++i) {
    const absl::StatusOr<CadreReport>& entry = batch.cadres[i];
    if (!entry.ok()) {
      // The problems go to standard error (ReportRecordErrors).
      const CadreIdentity who = CadreIdentityOf(entry.status());
      table.AddRow({who.id.empty() ? CadreEntryPath(i) : who.id, who.name,
                    who.department.empty() ? "" : departments.Of(who.department),
                    zh ? "记录有误" : "bad record"});
      continue;
    }
    const CadreReport& report = *entry;
    std::string score = "-", met = "-", grade = "-", unmet = "-";
    if (!report.findings.empty()) {
      met = absl::StrFormat("%d/%d", report.binding_met, report.binding_rules);
      score = absl::StrFormat("%.3f", report.score);
      if (report.eligible_grade) {
        grade = policy.document().grading.scale[*report.eligible_grade].label.In(language);
      }
      std::string lines;
      for (const Finding& finding : report.findings) {
        if (!Unmet(finding)) continue;
        if (!all && !BehindOrOverdue(finding)) {
          ++hidden;
          continue;
        }
        lines += WrappedLines(FindingMessage(report, finding).In(language), 4, layout);
      }
      if (!lines.empty()) {
        details += "  " + CadreLabel(report.name, report.cadre_id, language) + "\n" + lines;
      }
      unmet = std::to_string(report.binding_rules - report.binding_met);
    }
    table.AddRow({report.cadre_id, report.name, departments.Of(report.department),
                  ParticipationLabel(report, language), met, score, grade, unmet});
  }
  std::cout << table.Render(layout);
  if (!details.empty()) {
    std::cout << "\n"
              << (zh ? (all ? "未达标的约束性规则：" : "进度落后、逾期或未达标的约束性规则：")
                     : (all ? "Binding rules not met:"
                            : "Binding rules behind pace, overdue or not met:"))
              << "\n"
              << details;
  }
  if (hidden > 0) {
    std::cout << "\n"
              << (zh ? absl::StrFormat("另有 %d 项进度正常或未到期，--all 列出。", hidden)
                     : absl::StrFormat("%d more on pace or not yet due: --all lists them.",
                                       hidden))
              << "\n";
  }
  std::string department_lines;
  for (const DepartmentReport& department : batch.departments) {
    for (const DepartmentFinding& finding : department.findings) {
      department_lines += WrappedLines(
          departments.Of(department.department) + (zh ? "：" : ": ") +
              DepartmentFindingMessage(policy, finding).In(language),
          2, layout);
    }
  }
  if (!department_lines.empty()) {
    std::cout << "\n" << (zh ? "部门规则：" : "Department rules:") << "\n" << department_lines;
  }
}

// --json, --jsonl or --lean without result sheets: the records streamed in
// and the results streamed out.
int StreamEvaluation(const CommandLine& line, ResultsForm form, int& exit_code) {
  std::optional<RecordsCommand> command = PrepareRecordsCommand(line, "evaluate", kUsage,
                                                                exit_code);
  if (!command) return exit_code;
  const std::string shown = SourceShown(command->source, command->language);
  absl::StatusOr<InputBlocks> input = InputBlocks::Open(command->source);
  if (!input.ok()) return ReportFailure(shown, input.status(), command->language);
  ProgressMeter meter(command->language, /*wanted=*/!line.Flag("quiet"));
  BadCadres bad;
  const absl::Status streamed =
      StreamRecords(command->policy, *input, command->as_of, form, JsonStyle::kPretty,
                    std::cout, meter, bad);
  meter.Finish();
  if (!streamed.ok()) {
    // A file is read again whole to name the place as the table does; a
    // pipe cannot be, and keeps the streamed wording.
    absl::Status failure = streamed;
    if (input->size() > 0) {
      if (absl::StatusOr<InputText> text = InputText::Open(command->source); text.ok()) {
        if (absl::Status whole = WholeTextFailure(command->policy, text->text()); !whole.ok()) {
          failure = whole;
        }
      }
    }
    return ReportFailure(shown, failure, command->language);
  }
  return ReportRecordErrors(command->source, bad, command->language);
}

}  // namespace

int RunEvaluate(const std::vector<std::string>& args) {
  int exit_code = kExitOk;
  std::optional<CommandLine> line = ParseSubcommand(
      args,
      WithQuietOption(WithViewOptions(
          WithResultOutput({{"policy", "as-of", "lang"}, {"json", "jsonl", "lean", "help"}}),
          true)),
      "evaluate", kUsage, exit_code);
  if (!line) return exit_code;
  const bool json = line->Flag("json"), jsonl = line->Flag("jsonl"), lean = line->Flag("lean");
  const bool sheets_wanted = line->Value("xlsx").has_value() || line->Value("csv").has_value();
  if (json && jsonl) {
    return UsageError(*line, "evaluate",
                      {"--json 和 --jsonl 只能给出其一", "give --json or --jsonl, not both"}, kUsage);
  }
  if (jsonl && lean) {
    return UsageError(*line, "evaluate",
                      {"--lean 是一种文档：单独给出，或与 --json 一起给出",
                       "--lean is a document: give it alone or with --json"},
                      kUsage);
  }
  if ((jsonl || lean) && sheets_wanted) {
    return UsageError(*line, "evaluate",
                      {"--jsonl 和 --lean 不能与 --xlsx 或 --csv 同用",
                       "--jsonl and --lean do not go with --xlsx or --csv"},
                      kUsage);
  }
  const bool ledger = !line->positionals().empty() && IsLedgerSource(line->positionals()[0]);
  const bool filtered = line->Value("department").has_value() || line->Value("cadre").has_value();
  if ((jsonl || lean) && filtered) {
    return UsageError(*line, "evaluate",
                      {"--jsonl 和 --lean 输出全部干部：不能加筛选",
                       "--jsonl and --lean take every cadre: give no filter"},
                      kUsage);
  }
  if ((json || jsonl || lean) && !sheets_wanted && !ledger && !filtered) {
    const ResultsForm form = lean ? ResultsForm::kLean
                             : jsonl ? ResultsForm::kLines
                                     : ResultsForm::kDocument;
    return StreamEvaluation(*line, form, exit_code);
  }
  if (jsonl || lean) {
    return UsageError(*line, "evaluate",
                      {"--jsonl 和 --lean 读取记录文档，不读取台账",
                       "--jsonl and --lean read records, not a ledger"},
                      kUsage);
  }
  std::optional<EvaluatedRecords> input =
      EvaluateFromCommandLine(*line, "evaluate", kUsage, exit_code);
  if (!input) return exit_code;
  std::optional<CadreFilter> filter =
      CadreFilter::Read(*line, input->batch, input->language, exit_code);
  if (!filter) return exit_code;
  const Selection selection(input->batch, *filter);
  const BatchReport& batch = selection.batch();
  if (json) {
    std::cout << EncodeBatchReport(batch, JsonStyle::kPretty);
  } else if (line->Value("cadre")) {
    const DepartmentNames departments(batch);
    for (std::size_t i = 0; i < batch.cadres.size(); ++i) {
      std::cout << (i == 0 ? "" : "\n")
                << CadreSheet(batch.cadres[i], departments, input->language, LayoutOf(*line));
    }
  } else {
    PrintTable(batch, input->language, LayoutOf(*line), line->Flag("all"));
  }
  const auto sheets = [&] { return ledger::EvaluationSheets(batch, input->language); };
  if (int status = WriteResultSheets(*line, sheets); status != kExitOk) return status;
  return ReportRecordErrors(input->source, input->batch, input->language);
}

}  // namespace liaison::cli
