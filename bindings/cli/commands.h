// The subcommands of `liaison`. Each takes the arguments after its own name,
// prints its result to standard output and returns the exit status
// (command_line.h: 0 ok, 1 violations found, 2 bad usage or input).
#ifndef LIAISON_CLI_COMMANDS_H_
#define LIAISON_CLI_COMMANDS_H_

#include <string>
#include <vector>

namespace liaison::cli {

// The whole command: `command_line` is the arguments after the program's
// name ({"evaluate", "--policy", "hunan", …}); returns the exit status.
int RunCommand(const std::vector<std::string>& command_line);

int RunPolicy(const std::vector<std::string>& args);    // policy list|show|validate|new
int RunPolicyNew(const std::vector<std::string>& args); // policy new (after "new")
int RunEvaluate(const std::vector<std::string>& args);  // evaluate
int RunCaps(const std::vector<std::string>& args);      // caps
int RunGrade(const std::vector<std::string>& args);     // grade (propose)
int RunCheck(const std::vector<std::string>& args);     // check (assigned grades)
int RunProgress(const std::vector<std::string>& args);  // progress
int RunTest(const std::vector<std::string>& args);      // test (case files)
int RunDiff(const std::vector<std::string>& args);      // diff (two policies)
int RunVersion(const std::vector<std::string>& args);   // version
int RunLedger(const std::vector<std::string>& args);    // ledger template|import|export
int RunReport(const std::vector<std::string>& args);    // report (HTML)

}  // namespace liaison::cli

#endif  // LIAISON_CLI_COMMANDS_H_
