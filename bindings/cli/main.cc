// liaison: evaluate cadre–youth liaison records against a policy from the
// command line. A thin front end over the C++ API; see docs/cli.md. The
// subcommands are dispatched by RunCommand (run_command.cc).
#include <string>
#include <vector>

#include "commands.h"

int main(int argc, char** argv) {
  return liaison::cli::RunCommand(std::vector<std::string>(argv + 1, argv + argc));
}
