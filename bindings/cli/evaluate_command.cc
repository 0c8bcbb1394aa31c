// liaison evaluate --policy ID|FILE|- [--as-of YYYY-MM-DD] [--json] [--lang zh|en] [--quiet]
//                  RECORDS
#include <iostream>

#include "absl/strings/str_format.h"
#include "commands.h"
#include "inputs.h"
#include "ledger/result_sheets.h"
#include "liaison/evaluate.h"
#include "liaison/finding_message.h"
#include "liaison/record_decoder.h"
#include "liaison/report_json.h"
#include "progress_meter.h"
#include "result_output.h"
#include "text_table.h"

namespace liaison::cli {
namespace {

constexpr char kUsage[] =
    "usage: liaison evaluate --policy ID|FILE|- [--as-of YYYY-MM-DD] [--json] [--lang zh|en]\n"
    "                        [--xlsx FILE] [--csv DIR] [--quiet] RECORDS.json|-\n"
    "\n"
    "Evaluates every cadre of a records document as of a date (default: today):\n"
    "one line per cadre, then every binding rule not met with its explanation.\n"
    "--json prints the evaluation document (schema liaison.evaluation/1); --xlsx\n"
    "and --csv write the cadres and every rule of each as a workbook or CSV files.\n"
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

}  // namespace

int RunEvaluate(const std::vector<std::string>& args) {
  int exit_code = kExitOk;
  std::optional<CommandLine> line = ParseSubcommand(
      args, WithQuietOption(WithResultOutput({{"policy", "as-of", "lang"}, {"json", "help"}})),
      "evaluate", kUsage, exit_code);
  if (!line) return exit_code;
  std::optional<EvaluatedRecords> input =
      EvaluateFromCommandLine(*line, "evaluate", kUsage, exit_code);
  if (!input) return exit_code;
  const BatchReport& batch = input->batch;
  if (line->Flag("json")) {
    std::cout << EncodeBatchReport(batch, JsonStyle::kPretty);
  } else {
    PrintTable(batch, input->language);
  }
  const auto sheets = [&] { return ledger::EvaluationSheets(batch, input->language); };
  if (int status = WriteResultSheets(*line, sheets); status != kExitOk) return status;
  return ReportRecordErrors(input->source, batch, input->language);
}

}  // namespace liaison::cli
