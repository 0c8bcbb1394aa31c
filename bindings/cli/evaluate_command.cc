// liaison evaluate --policy ID|FILE|- [--as-of YYYY-MM-DD] [--json|--jsonl] [--lean]
//                  [--lang zh|en] [--quiet] RECORDS
//
// The table and the result sheets take the whole batch (EvaluateFromCommandLine);
// --json, --jsonl and --lean alone stream (StreamRecords): each cadre's result
// is written as it is read, in memory that does not grow with the cadres.
#include <iostream>

#include "absl/strings/str_format.h"
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

namespace liaison::cli {
namespace {

constexpr char kUsage[] =
    "usage: liaison evaluate --policy ID|FILE|- [--as-of YYYY-MM-DD] [--json|--jsonl]\n"
    "                        [--lean] [--lang zh|en] [--xlsx FILE] [--csv DIR] [--quiet]\n"
    "                        RECORDS.json|RECORDS.jsonl|-\n"
    "\n"
    "Evaluates every cadre of a records document (or JSON Lines records) as of a\n"
    "date (default: today): one line per cadre, then every binding rule not met\n"
    "with its explanation. --json prints the evaluation document (schema\n"
    "liaison.evaluation/1), --jsonl the results as JSON Lines (a header line, then\n"
    "one cadre a line), --lean the lean document (liaison.evaluation-lean/1: rule\n"
    "ids, statuses and numbers, no texts); each is written as the cadres are read.\n"
    "--xlsx and --csv write the cadres and every rule of each as a workbook or CSV\n"
    "files.\n"
    "A run longer than 2 s shows its progress on standard error when that is a\n"
    "terminal; --quiet turns it off.\n";

// A binding finding that counts and is not met: one of report.binding_rules
// less report.binding_met.
bool Unmet(const Finding& finding) {
  return finding.binding && finding.status != FindingStatus::kMet &&
         finding.status != FindingStatus::kNotApplicable &&
         finding.status != FindingStatus::kAdvisory;
}

void PrintTable(const BatchReport& batch, Language language) {
  const bool zh = language == Language::kChinese;
  const Policy& policy = batch.policy;
  std::cout << (zh ? "政策 " : "policy ") << policy.id() << " (" << policy.fingerprint()
            << ")  " << (zh ? "评估日期 " : "as of ") << absl::FormatCivilTime(batch.as_of)
            << "\n\n";
  TextTable table(zh ? std::vector<std::string>{"编号", "姓名", "部门", "参加情况", "达标",
                                                "得分", "可评等次", "未达标"}
                     : std::vector<std::string>{"id", "name", "department", "participation",
                                                "met", "score", "eligible", "not met"});
  std::string details;
  for (std::size_t i = 0; i < batch.cadres.size(); ++i) {
    const absl::StatusOr<CadreReport>& entry = batch.cadres[i];
    if (!entry.ok()) {
      // The problems go to standard error (ReportRecordErrors).
      table.AddRow({CadreEntryPath(i), "", "", zh ? "记录有误" : "bad record"});
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
      for (const Finding& finding : report.findings) {
        if (!Unmet(finding)) continue;
        details += "  " + report.cadre_id + " " + report.name + ": " +
                   FindingMessage(report, finding).In(language) + "\n";
      }
      unmet = std::to_string(report.binding_rules - report.binding_met);
    }
    table.AddRow({report.cadre_id, report.name, report.department,
                  ParticipationLabel(report, language), met, score, grade, unmet});
  }
  std::cout << table.Render();
  if (!details.empty()) {
    std::cout << "\n" << (zh ? "未达标的约束性规则：" : "Binding rules not met:") << "\n"
              << details;
  }
  std::string department_lines;
  for (const DepartmentReport& department : batch.departments) {
    for (const DepartmentFinding& finding : department.findings) {
      department_lines += "  " + department.department + " " + department.name + ": " +
                          DepartmentFindingMessage(policy, finding).In(language) + "\n";
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
  const std::string shown = SourceShown(command->source);
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
      WithQuietOption(
          WithResultOutput({{"policy", "as-of", "lang"}, {"json", "jsonl", "lean", "help"}})),
      "evaluate", kUsage, exit_code);
  if (!line) return exit_code;
  const bool json = line->Flag("json"), jsonl = line->Flag("jsonl"), lean = line->Flag("lean");
  const bool sheets_wanted = line->Value("xlsx").has_value() || line->Value("csv").has_value();
  if (json && jsonl) return UsageError("evaluate", "give --json or --jsonl, not both", kUsage);
  if (jsonl && lean) {
    return UsageError("evaluate", "--lean is a document: give it alone or with --json", kUsage);
  }
  if ((jsonl || lean) && sheets_wanted) {
    return UsageError("evaluate", "--jsonl and --lean do not go with --xlsx or --csv", kUsage);
  }
  const bool ledger = !line->positionals().empty() && IsLedgerSource(line->positionals()[0]);
  if ((json || jsonl || lean) && !sheets_wanted && !ledger) {
    const ResultsForm form = lean ? ResultsForm::kLean
                             : jsonl ? ResultsForm::kLines
                                     : ResultsForm::kDocument;
    return StreamEvaluation(*line, form, exit_code);
  }
  if (jsonl || lean) {
    return UsageError("evaluate", "--jsonl and --lean read records, not a ledger", kUsage);
  }
  std::optional<EvaluatedRecords> input =
      EvaluateFromCommandLine(*line, "evaluate", kUsage, exit_code);
  if (!input) return exit_code;
  const BatchReport& batch = input->batch;
  if (json) {
    std::cout << EncodeBatchReport(batch, JsonStyle::kPretty);
  } else {
    PrintTable(batch, input->language);
  }
  const auto sheets = [&] { return ledger::EvaluationSheets(batch, input->language); };
  if (int status = WriteResultSheets(*line, sheets); status != kExitOk) return status;
  return ReportRecordErrors(input->source, batch, input->language);
}

}  // namespace liaison::cli
