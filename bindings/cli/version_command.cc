// liaison version [--json] [--lang zh|en]
#include <iostream>

#include "commands.h"
#include "inputs.h"
#include "liaison/version.h"

namespace liaison::cli {
namespace {

constexpr UsageText kUsage{
    "用法：liaison version [--json] [--lang zh|en]\n"
    "\n"
    "本程序的库版本和 C ABI 版本。\n",
    "usage: liaison version [--json] [--lang zh|en]\n"
    "\n"
    "The library version and the C ABI version of this build.\n"};

}  // namespace

int RunVersion(const std::vector<std::string>& args) {
  int exit_code = kExitOk;
  std::optional<CommandLine> line =
      ParseSubcommand(args, {{"lang"}, {"json", "help"}}, "version", kUsage, exit_code);
  if (!line) return exit_code;
  if (!line->positionals().empty()) {
    return UsageError(*line, "version", {"不接受参数", "takes no arguments"}, kUsage);
  }
  if (line->Flag("json")) {
    std::cout << "{\"library_version\": \"" << LIAISON_VERSION_STRING
              << "\", \"abi_version\": " << LIAISON_ABI_VERSION << "}\n";
  } else {
    std::cout << "liaison " << LIAISON_VERSION_STRING << " (ABI " << LIAISON_ABI_VERSION << ")\n";
  }
  return kExitOk;
}

}  // namespace liaison::cli
