// The `liaison` command's dispatcher: its usage and the subcommand each first
// argument names (commands.h). main.cc calls it with the process's
// arguments; tests/fuzz/cli_fuzzer.cc with arguments made from fuzzer input.
#include <cstddef>
#include <iostream>
#include <string>
#include <vector>

#include "command_line.h"
#include "commands.h"
#include "inputs.h"

namespace {

constexpr liaison::cli::UsageText kUsage{
    "用法：liaison <命令> [选项]\n"
    "\n"
    "命令：\n"
    "  policy list|show|validate   内置政策；查看或检查政策文件\n"
    "  evaluate                    按评估日期评估干部记录\n"
    "  progress                    按部门和规则：已完成、进度正常、进度落后\n"
    "  caps                        N 名干部的考核基数下各等次的名额上限\n"
    "  grade                       在名额上限和评定条件内建议等次\n"
    "  check                       检查部门评定的等次\n"
    "  test                        运行测试用例文件：政策的单元测试\n"
    "  diff                        两个政策之间有何变化，影响哪些干部\n"
    "  report                      部门的可打印 HTML 报告，含图表\n"
    "  ledger template|import|export  电子表格台账的生成、导入与导出\n"
    "  version                     库和 ABI 的版本\n"
    "\n"
    "“liaison <命令> --help”说明该命令的用法。退出状态：0 成功，\n"
    "1 发现违规，2 用法或输入有误。\n",
    "usage: liaison <command> [options]\n"
    "\n"
    "commands:\n"
    "  policy list|show|validate   the embedded policies; show or check a policy file\n"
    "  evaluate                    evaluate cadre records as of a date\n"
    "  progress                    per department and rule: done, on pace, behind\n"
    "  caps                        the grade caps for a quota base of n cadres\n"
    "  grade                       propose grades that respect caps and eligibility\n"
    "  check                       check the grades a department assigned\n"
    "  test                        run case files: unit tests for a policy\n"
    "  diff                        what changes between two policies, and for whom\n"
    "  report                      a department's printable HTML report with charts\n"
    "  ledger template|import|export  spreadsheet ledgers (台账) in and out\n"
    "  version                     the library and ABI version\n"
    "\n"
    "'liaison <command> --help' describes a command. Exit status: 0 ok,\n"
    "1 violations found, 2 bad usage or input.\n"};

}  // namespace

namespace liaison::cli {

int RunCommand(const std::vector<std::string>& command_line) {
  const Language language = ArgumentLanguage(command_line);
  // A --lang before the command (liaison --lang en --help) is the command's.
  std::vector<std::string> words = command_line, lang;
  if (!words.empty() && words[0].rfind("--lang=", 0) == 0) {
    lang.assign(words.begin(), words.begin() + 1);
  } else if (words.size() >= 2 && words[0] == "--lang") {
    lang.assign(words.begin(), words.begin() + 2);
  }
  words.erase(words.begin(), words.begin() + static_cast<std::ptrdiff_t>(lang.size()));
  if (words.empty()) {
    std::cerr << kUsage.In(language);
    return kExitBadInput;
  }
  const std::string& command = words.front();
  std::vector<std::string> args(words.begin() + 1, words.end());
  args.insert(args.end(), lang.begin(), lang.end());
  if (command == "policy") return RunPolicy(args);
  if (command == "evaluate") return RunEvaluate(args);
  if (command == "progress") return RunProgress(args);
  if (command == "caps") return RunCaps(args);
  if (command == "grade") return RunGrade(args);
  if (command == "check") return RunCheck(args);
  if (command == "test") return RunTest(args);
  if (command == "diff") return RunDiff(args);
  if (command == "version") return RunVersion(args);
  if (command == "ledger") return RunLedger(args);
  if (command == "report") return RunReport(args);
  if (command == "--help" || command == "help") {
    std::cout << kUsage.In(language);
    return kExitOk;
  }
  if (language == Language::kChinese) {
    std::cerr << "liaison：未知命令“" << command << "”\n";
  } else {
    std::cerr << "liaison: unknown command \"" << command << "\"\n";
  }
  std::cerr << kUsage.In(language);
  return kExitBadInput;
}

}  // namespace liaison::cli
