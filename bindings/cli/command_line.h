// CommandLine: the arguments of one `liaison` subcommand, parsed strictly.
//
// Options are `--name value`, `--name=value` or boolean `--name`; everything
// else is positional. A subcommand declares the options it takes, so a
// misspelt option is a usage error (exit 2) rather than a silently ignored one.
#ifndef LIAISON_CLI_COMMAND_LINE_H_
#define LIAISON_CLI_COMMAND_LINE_H_

#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "liaison/localized_text.h"

namespace liaison::cli {

// Exit statuses of the command, the same for every subcommand.
inline constexpr int kExitOk = 0;
inline constexpr int kExitViolations = 1;  // a check or a test case found problems
inline constexpr int kExitBadInput = 2;    // bad usage, or input that cannot be used

// A subcommand's usage and help, in Chinese and English; option names, ids
// and placeholders (ID|FILE|-, YYYY-MM-DD) are the same in both.
struct UsageText {
  std::string_view zh;
  std::string_view en;
  std::string_view In(Language language) const {
    return language == Language::kChinese ? zh : en;
  }
};

// What a subcommand accepts.
struct OptionSpec {
  std::set<std::string> with_value;  // e.g. "policy", "as-of", "lang"
  std::set<std::string> flags;       // e.g. "json", "help"
};

class CommandLine {
 public:
  // Parses `args` (after the subcommand words). On a usage error returns
  // nullopt and sets `error`, in both languages.
  static std::optional<CommandLine> Parse(const std::vector<std::string>& args,
                                          const OptionSpec& spec, LocalizedText& error);

  bool Flag(const std::string& name) const { return flags_.count(name) > 0; }
  std::optional<std::string> Value(const std::string& name) const;
  const std::vector<std::string>& positionals() const { return positionals_; }

 private:
  std::set<std::string> flags_;
  std::map<std::string, std::string> values_;
  std::vector<std::string> positionals_;
};

// `args` with "-o" spelt "--output": the commands that write files take -o,
// the habit, as well as --output.
std::vector<std::string> WithLongOutput(std::vector<std::string> args);

}  // namespace liaison::cli

#endif  // LIAISON_CLI_COMMAND_LINE_H_
