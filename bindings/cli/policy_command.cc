// liaison policy list | show ID|FILE [--json] | validate FILE
#include <iostream>

#include "commands.h"
#include "inputs.h"
#include "liaison/policy.h"
#include "liaison/problem.h"
#include "text_table.h"

namespace liaison::cli {
namespace {

constexpr char kUsage[] =
    "usage: liaison policy list\n"
    "       liaison policy show ID|FILE [--json] [--lang zh|en]\n"
    "       liaison policy validate FILE\n"
    "\n"
    "list      the embedded policies: id, year, title, fingerprint\n"
    "show      a policy's rules with their effective minimums and clauses;\n"
    "          --json prints its canonical JSON form\n"
    "validate  checks a policy file and lists every problem with its JSON path\n";

int List() {
  TextTable table({"id", "year", "version", "title", "fingerprint"});
  for (const std::string& id : Policy::EmbeddedIds()) {
    absl::StatusOr<Policy> policy = Policy::Embedded(id);
    if (!policy.ok()) return ReportFailure(id, policy.status());
    const PolicyDocument& d = policy->document();
    table.AddRow({id, std::to_string(d.year) + (d.recurring ? "+" : ""), d.version,
                  d.title.zh, policy->fingerprint()});
  }
  std::cout << table.Render();
  return kExitOk;
}

std::string Bounds(const EffectiveRule& rule) {
  std::string text = std::to_string(rule.min);
  if (rule.max) text += "–" + std::to_string(*rule.max);
  if (rule.rule->kind == RuleKind::kDuration) text += " d";
  return text;
}

int Show(const std::string& source, const CommandLine& line) {
  absl::StatusOr<Language> language = OutputLanguage(line);
  if (!language.ok()) return ReportFailure("--lang", language.status());
  absl::StatusOr<Policy> policy = LoadPolicy(source);
  if (!policy.ok()) return ReportFailure(source, policy.status());
  if (line.Flag("json")) {
    std::cout << policy->canonical_json() << "\n";
    return kExitOk;
  }
  const PolicyDocument& d = policy->document();
  const bool zh = *language == Language::kChinese;
  std::cout << d.title.In(*language) << "\n"
            << "id " << d.id << "  version " << d.version << "  year " << d.year
            << (d.recurring ? " and later" : " only") << "\n"
            << "fingerprint " << policy->fingerprint() << "\n\n";
  TextTable table(zh ? std::vector<std::string>{"规则", "名称", "类型", "要求", "截止", "约束",
                                                "依据"}
                     : std::vector<std::string>{"rule", "title", "kind", "required", "due",
                                                "binding", "basis"});
  for (const EffectiveRule& rule : policy->rules()) {
    char due[6];
    std::snprintf(due, sizeof due, "%02d-%02d", rule.due.month, rule.due.day);
    table.AddRow({rule.rule->id, rule.rule->title.In(*language),
                  std::string(RuleKindName(rule.rule->kind)), Bounds(rule), due,
                  rule.binding ? (zh ? "必须" : "binding") : (zh ? "参考" : "advisory"),
                  rule.rule->basis});
  }
  std::cout << table.Render();
  return kExitOk;
}

int Validate(const std::string& path) {
  absl::StatusOr<std::string> text = ReadText(path);
  if (!text.ok()) return ReportFailure(path, text.status());
  absl::StatusOr<Policy> policy = Policy::FromJson(*text);
  if (!policy.ok()) return ReportFailure(path, policy.status());
  std::cout << path << ": valid policy \"" << policy->id() << "\" (" << policy->rules().size()
            << " rules), fingerprint " << policy->fingerprint() << "\n";
  return kExitOk;
}

}  // namespace

int RunPolicy(const std::vector<std::string>& args) {
  std::string error;
  std::optional<CommandLine> line =
      CommandLine::Parse(args, {{"lang"}, {"json", "help"}}, error);
  if (!line) {
    std::cerr << "liaison policy: " << error << "\n" << kUsage;
    return kExitBadInput;
  }
  const std::vector<std::string>& words = line->positionals();
  if (line->Flag("help")) {
    std::cout << kUsage;
    return kExitOk;
  }
  if (words.size() == 1 && words[0] == "list") return List();
  if (words.size() == 2 && words[0] == "show") return Show(words[1], *line);
  if (words.size() == 2 && words[0] == "validate") return Validate(words[1]);
  std::cerr << kUsage;
  return kExitBadInput;
}

}  // namespace liaison::cli
