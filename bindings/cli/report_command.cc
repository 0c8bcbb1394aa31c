// liaison report: the department report as one self-contained HTML file
// (docs/report.md).
#include <fstream>
#include <iostream>

#include "commands.h"
#include "inputs.h"
#include "liaison/report_html.h"
#include "progress_meter.h"

namespace liaison::cli {
namespace {

constexpr char kReportUsage[] =
    "usage: liaison report --policy ID|FILE|- --as-of YYYY-MM-DD [--department ID]\n"
    "                      [--lang zh|en] [-o FILE.html] [--quiet] RECORDS|-\n"
    "\n"
    "A self-contained HTML report (inline CSS and SVG charts, no network, no other\n"
    "file) for one department or the whole organ: each binding rule's met, on pace,\n"
    "behind and overdue cadres, the grades against the caps, a table of cadres, the\n"
    "mid-year review up to the policy's checkpoint, and one sheet per cadre (考核表),\n"
    "printed one per A4 page. RECORDS is a records document or a ledger. Without -o\n"
    "the HTML goes to standard output.\n";

const OptionSpec kReportOptions =
    WithQuietOption({{"policy", "as-of", "lang", "department", "output"}, {"help"}});

}  // namespace

int RunReport(const std::vector<std::string>& args) {
  int exit_code = kExitOk;
  std::optional<CommandLine> line =
      ParseSubcommand(WithLongOutput(args), kReportOptions, "report", kReportUsage, exit_code);
  if (!line) return exit_code;
  if (!line->Value("as-of")) {
    return UsageError("report", "missing --as-of YYYY-MM-DD", kReportUsage);
  }
  std::optional<EvaluatedRecords> input =
      EvaluateFromCommandLine(*line, "report", kReportUsage, exit_code);
  if (!input) return exit_code;
  absl::StatusOr<std::string> html = ReportHtml(
      input->batch, {line->Value("department").value_or(""), input->language});
  if (!html.ok()) return ReportFailure("--department", html.status());
  if (std::optional<std::string> output = line->Value("output")) {
    std::ofstream file(*output, std::ios::binary);
    file << *html;
    if (!file.flush()) {
      return ReportFailure(*output, absl::UnavailableError("cannot write the file"));
    }
  } else {
    std::cout << *html;
  }
  return ReportRecordErrors(input->source, input->batch, input->language);
}

}  // namespace liaison::cli
