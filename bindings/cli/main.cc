// liaison: the cadre–youth liaison rules (policies, records, grades) on the
// command line. A thin front end over the C++ API; see docs/cli.md. The
// subcommands are dispatched by RunCommand (run_command.cc).
#include <iostream>
#include <new>
#include <string>
#include <vector>

#include "command_line.h"
#include "commands.h"

// Memory running out anywhere in a command (an input far larger than memory)
// ends it with a message and exit status 2, as the C ABI returns
// LIAISON_OUT_OF_MEMORY: never an abort.
int main(int argc, char** argv) {
  try {
    return liaison::cli::RunCommand(std::vector<std::string>(argv + 1, argv + argc));
  } catch (const std::bad_alloc&) {
    std::cerr << "liaison: 内存不足，命令未完成；输入是否过大？\n"
                 "liaison: out of memory: the command did not finish; is the input too large?\n";
    return liaison::cli::kExitBadInput;
  }
}
