#include "command_line.h"

namespace liaison::cli {

std::optional<CommandLine> CommandLine::Parse(const std::vector<std::string>& args,
                                              const OptionSpec& spec, LocalizedText& error) {
  CommandLine line;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (arg.size() < 3 || arg.compare(0, 2, "--") != 0) {
      line.positionals_.push_back(arg);  // "-" (standard input) is positional too
      continue;
    }
    std::string name = arg.substr(2);
    std::optional<std::string> value;
    if (const std::size_t equals = name.find('='); equals != std::string::npos) {
      value = name.substr(equals + 1);
      name = name.substr(0, equals);
    }
    if (spec.flags.count(name) > 0) {
      if (value) {
        error = {"选项 --" + name + " 不带值", "option --" + name + " takes no value"};
        return std::nullopt;
      }
      line.flags_.insert(name);
    } else if (spec.with_value.count(name) > 0) {
      if (!value) {
        if (i + 1 >= args.size()) {
          error = {"选项 --" + name + " 须带一个值", "option --" + name + " needs a value"};
          return std::nullopt;
        }
        value = args[++i];
      }
      line.values_[name] = *value;
    } else {
      error = {"未知选项 --" + name, "unknown option --" + name};
      return std::nullopt;
    }
  }
  return line;
}

std::optional<std::string> CommandLine::Value(const std::string& name) const {
  auto it = values_.find(name);
  if (it == values_.end()) return std::nullopt;
  return it->second;
}

std::vector<std::string> WithLongOutput(std::vector<std::string> args) {
  for (std::string& arg : args) {
    if (arg == "-o") arg = "--output";
  }
  return args;
}

}  // namespace liaison::cli
