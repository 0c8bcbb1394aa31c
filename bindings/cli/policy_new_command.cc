// liaison policy new --from ID|FILE --id NEW [-o FILE]: a policy to adapt by
// hand, starting from one that exists.
//
// The new document is the source policy, its id replaced, written by the
// canonical writer in its pretty layout: two-space indents, one value to a
// line, every field in the order docs/policy.md documents it, defaults
// included. The defaults are written on purpose rather than left out: an
// author adapting the province's plan sees every parameter there is to
// change (`prorate`, `weight`, `rounding`, `min_one_from` …), and the one
// writer that defines the fingerprint is the one that writes the file, so
// the copy means exactly what the source means: its fingerprint is the
// source's with the id changed and nothing else.
#include <fstream>
#include <iostream>

#include "commands.h"
#include "inputs.h"
#include "liaison/policy.h"
#include "policy/policy_writer.h"
#include "views.h"

namespace liaison::cli {
namespace {

constexpr UsageText kUsage{
    "用法：liaison policy new --from ID|FILE --id NEW [-o FILE] [--lang zh|en]\n"
    "\n"
    "将政策 ID（或政策文档 FILE）以新编号 NEW 写出为缩进文档，列出每个字段，\n"
    "供手工编辑；不加 -o 时输出到标准输出。\n",
    "usage: liaison policy new --from ID|FILE --id NEW [-o FILE] [--lang zh|en]\n"
    "\n"
    "Writes the policy ID (or the policy document FILE) under the id NEW as an\n"
    "indented document with every field written out, to edit by hand; to\n"
    "standard output without -o.\n"};

}  // namespace

int RunPolicyNew(const std::vector<std::string>& args) {
  std::vector<std::string> long_args = args;
  for (std::string& arg : long_args) {
    if (arg == "-o") arg = "--output";
  }
  int exit_code = kExitOk;
  std::optional<CommandLine> line =
      ParseSubcommand(long_args, {{"from", "id", "output", "lang"}, {"help"}}, "policy new", kUsage,
                      exit_code);
  if (!line) return exit_code;
  if (!line->positionals().empty()) {
    return UsageError(*line, "policy new", {"不接受位置参数", "takes no positional arguments"},
                      kUsage);
  }
  const std::optional<std::string> from = line->Value("from");
  const std::optional<std::string> id = line->Value("id");
  if (!from || !id) {
    return UsageError(*line, "policy new",
                      {"须给出 --from ID|FILE 和 --id NEW", "needs --from ID|FILE and --id NEW"},
                      kUsage);
  }
  const Language language = UsageLanguage(*line);
  absl::StatusOr<Policy> source = LoadPolicy(*from);
  if (!source.ok()) return ReportFailure(*from, source.status(), language);
  PolicyDocument document = source->document();
  document.id = *id;
  absl::StatusOr<Policy> copy = Policy::FromDocument(std::move(document));
  if (!copy.ok()) return ReportFailure("--id " + *id, copy.status(), language);
  const std::string text = CanonicalPolicyJson(copy->document(), json::Layout::kPretty) + "\n";
  const std::optional<std::string> output = line->Value("output");
  if (!output) {
    std::cout << text;
    return kExitOk;
  }
  std::ofstream file(*output, std::ios::binary);
  file << text;
  if (!file) return ReportFailure(*output, CannotWriteFile(), language);
  std::cout << HangingLines(language == Language::kChinese
                                ? *output + "：政策“" + copy->id() + "”，由“" + source->id() +
                                      "”复制，指纹 " + copy->fingerprint()
                                : *output + ": policy \"" + copy->id() + "\" from \"" +
                                      source->id() + "\", fingerprint " + copy->fingerprint(),
                            0, 4);
  return kExitOk;
}

}  // namespace liaison::cli
