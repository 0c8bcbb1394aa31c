// liaison report: the department report as one self-contained HTML file
// (docs/report.md).
#include <fstream>
#include <iostream>

#include "commands.h"
#include "inputs.h"
#include "liaison/report_html.h"
#include "progress_meter.h"
#include "views.h"

namespace liaison::cli {
namespace {

constexpr UsageText kReportUsage{
    "用法：liaison report --policy ID|FILE|- --as-of YYYY-MM-DD [--department ID[,ID...]]\n"
    "                     [--cadre ID[,ID...]] [--lang zh|en] [-o FILE.html] [--quiet]\n"
    "                     RECORDS|-\n"
    "\n"
    "为一个部门或整个机关生成自包含的 HTML 报告（内嵌 CSS 和 SVG 图表，无需网络，\n"
    "不引用其他文件）：每条约束性规则已达标、进度正常、进度落后和已逾期的干部，各等次\n"
    "与名额上限，干部一览表，截至政策检查点的年中检查，以及每名干部一份考核表，\n"
    "打印时每份一页 A4。--department 和 --cadre 选定报告所列的干部，等次和名额仍按\n"
    "全部干部计算。RECORDS 为记录文档或台账。不加 -o 时 HTML 输出到标准输出。\n",
    "usage: liaison report --policy ID|FILE|- --as-of YYYY-MM-DD [--department ID[,ID...]]\n"
    "                      [--cadre ID[,ID...]] [--lang zh|en] [-o FILE.html] [--quiet]\n"
    "                      RECORDS|-\n"
    "\n"
    "A self-contained HTML report (inline CSS and SVG charts, no network, no other\n"
    "file) for one department or the whole organ: each binding rule's met, on pace,\n"
    "behind and overdue cadres, the grades against the caps, a table of cadres, the\n"
    "mid-year review up to the policy's checkpoint, and one sheet per cadre (考核表),\n"
    "printed one per A4 page. --department and --cadre select the cadres shown;\n"
    "grades and caps still count every cadre. RECORDS is a records document or a\n"
    "ledger. Without -o the HTML goes to standard output.\n"};

const OptionSpec kReportOptions =
    WithQuietOption(WithViewFilters({{"policy", "as-of", "lang", "output"}, {"help"}}));

}  // namespace

int RunReport(const std::vector<std::string>& args) {
  int exit_code = kExitOk;
  std::optional<CommandLine> line =
      ParseSubcommand(WithLongOutput(args), kReportOptions, "report", kReportUsage, exit_code);
  if (!line) return exit_code;
  if (!line->Value("as-of")) {
    return UsageError(*line, "report", {"缺少 --as-of YYYY-MM-DD", "missing --as-of YYYY-MM-DD"},
                      kReportUsage);
  }
  std::optional<EvaluatedRecords> input =
      EvaluateFromCommandLine(*line, "report", kReportUsage, exit_code);
  if (!input) return exit_code;
  std::optional<CadreFilter> filter =
      CadreFilter::Read(*line, input->batch, input->language, exit_code);
  if (!filter) return exit_code;
  ReportOptions options;
  options.language = input->language;
  options.departments = filter->departments();
  options.cadres = filter->cadres();
  absl::StatusOr<std::string> html = ReportHtml(input->batch, options);
  if (!html.ok()) return ReportFailure("report", html.status(), input->language);
  if (std::optional<std::string> output = line->Value("output")) {
    std::ofstream file(*output, std::ios::binary);
    file << *html;
    if (!file.flush()) {
      return ReportFailure(*output, CannotWriteFile(), input->language);
    }
  } else {
    std::cout << *html;
  }
  return ReportRecordErrors(input->source, input->batch, input->language);
}

}  // namespace liaison::cli
