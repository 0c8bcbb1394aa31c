// The `liaison` command's dispatcher: its usage and the subcommand each first
// argument names (commands.h). main.cc calls it with the process's
// arguments; tests/fuzz/cli_fuzzer.cc with arguments made from fuzzer input.
#include <iostream>
#include <string>
#include <vector>

#include "command_line.h"
#include "commands.h"

namespace {

constexpr char kUsage[] =
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
    "1 violations found, 2 bad usage or input.\n";

}  // namespace

namespace liaison::cli {

int RunCommand(const std::vector<std::string>& command_line) {
  if (command_line.empty()) {
    std::cerr << kUsage;
    return kExitBadInput;
  }
  const std::string& command = command_line.front();
  const std::vector<std::string> args(command_line.begin() + 1, command_line.end());
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
    std::cout << kUsage;
    return kExitOk;
  }
  std::cerr << "liaison: unknown command \"" << command << "\"\n" << kUsage;
  return kExitBadInput;
}

}  // namespace liaison::cli
