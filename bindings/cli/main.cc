// liaison: evaluate cadre–youth liaison records against a policy from the
// command line. A thin front end over the C++ API; see docs/cli.md.
#include <iostream>
#include <new>
#include <string>
#include <vector>

#include "command_line.h"
#include "commands.h"
#include "liaison/version.h"

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

using namespace liaison::cli;

int RunCommand(const std::string& command, const std::vector<std::string>& args) {
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

}  // namespace

// Memory running out anywhere in a command (an input far larger than memory)
// ends it with a message and exit status 2, as the C ABI returns
// LIAISON_OUT_OF_MEMORY: never an abort.
int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << kUsage;
    return kExitBadInput;
  }
  try {
    return RunCommand(argv[1], std::vector<std::string>(argv + 2, argv + argc));
  } catch (const std::bad_alloc&) {
    std::cerr << "liaison: 内存不足，命令未完成；输入是否过大？\n"
                 "liaison: out of memory: the command did not finish; is the input too large?\n";
    return kExitBadInput;
  }
}
