// liaison version [--json]
#include <iostream>

#include "commands.h"
#include "inputs.h"
#include "liaison/version.h"

namespace liaison::cli {
namespace {

constexpr char kUsage[] =
    "usage: liaison version [--json]\n"
    "\n"
    "The library version and the C ABI version of this build.\n";

}  // namespace

int RunVersion(const std::vector<std::string>& args) {
  std::string error;
  std::optional<CommandLine> line = CommandLine::Parse(args, {{}, {"json", "help"}}, error);
  if (!line) return UsageError("version", error, kUsage);
  if (line->Flag("help")) {
    std::cout << kUsage;
    return kExitOk;
  }
  if (!line->positionals().empty()) {
    return UsageError("version", "takes no arguments", kUsage);
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
