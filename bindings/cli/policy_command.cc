// liaison policy list [--json] | show ID|FILE|- [--json] | validate FILE|- [--json] [--lang]
#include <cstdio>
#include <iostream>

#include "commands.h"
#include "inputs.h"
#include "json_text.h"
#include "liaison/policy.h"
#include "liaison/problem.h"
#include "policy_sections.h"
#include "text_table.h"

namespace liaison::cli {
namespace {

constexpr char kUsage[] =
    "usage: liaison policy list [--json] [--lang zh|en]\n"
    "       liaison policy show ID|FILE|- [--json] [--lang zh|en]\n"
    "       liaison policy validate FILE|- [--json] [--lang zh|en]\n"
    "       liaison policy new --from ID|FILE --id NEW [-o FILE]\n"
    "\n"
    "list      the embedded policies: id, years, version, title, fingerprint\n"
    "show      a policy's rules with their effective minimums, due dates and\n"
    "          clauses, then participation, contact points, checkpoints and\n"
    "          grading; --json prints its canonical JSON form\n"
    "validate  checks a policy file and lists every problem with its JSON path\n"
    "          (exit 2 when there is any); --json prints the result as JSON\n"
    "new       writes a policy under a new id as an indented document to edit\n"
    "\n"
    "ID is an embedded policy (hunan, hunan-2018); FILE a policy document;\n"
    "- reads it from standard input.\n";

std::string MonthDayText(const MonthDay& day) {
  char text[8];
  std::snprintf(text, sizeof text, "%02d-%02d", day.month, day.day);
  return text;
}

// "2019年起" / "2019 on", "2018年" / "2018 only".
std::string YearsText(const PolicyDocument& d, bool zh) {
  const std::string year = std::to_string(d.year);
  if (zh) return year + (d.recurring ? "年起" : "年");
  return year + (d.recurring ? " on" : " only");
}

std::string Shown(const std::string& source) {
  return source == "-" ? "standard input" : source;
}

int List(const CommandLine& line) {
  absl::StatusOr<Language> language = OutputLanguage(line);
  if (!language.ok()) return ReportFailure("--lang", language.status());
  const bool zh = *language == Language::kChinese;
  std::vector<Policy> policies;
  for (const std::string& id : Policy::EmbeddedIds()) {
    absl::StatusOr<Policy> policy = Policy::Embedded(id);
    if (!policy.ok()) return ReportFailure(id, policy.status(), *language);
    policies.push_back(*std::move(policy));
  }
  if (line.Flag("json")) {
    std::cout << "{\n  \"policies\": [";
    for (std::size_t i = 0; i < policies.size(); ++i) {
      const PolicyDocument& d = policies[i].document();
      std::cout << (i == 0 ? "\n" : ",\n") << "    {\"id\": " << JsonString(d.id)
                << ", \"version\": " << JsonString(d.version) << ", \"year\": " << d.year
                << ", \"recurring\": " << (d.recurring ? "true" : "false")
                << ",\n     \"title\": {\"zh\": " << JsonString(d.title.zh)
                << ", \"en\": " << JsonString(d.title.en) << "},\n     \"fingerprint\": "
                << JsonString(policies[i].fingerprint()) << "}";
    }
    std::cout << "\n  ]\n}\n";
    return kExitOk;
  }
  TextTable table(zh ? std::vector<std::string>{"编号", "适用年度", "版本", "名称", "指纹"}
                     : std::vector<std::string>{"id", "years", "version", "title",
                                                "fingerprint"});
  for (const Policy& policy : policies) {
    const PolicyDocument& d = policy.document();
    table.AddRow({d.id, YearsText(d, zh), d.version, d.title.In(*language),
                  policy.fingerprint()});
  }
  std::cout << table.Render();
  return kExitOk;
}

// "2–3", or "60天" / "60 d" for a kind whose bounds are in days.
std::string Bounds(const EffectiveRule& rule, bool zh) {
  std::string text = std::to_string(rule.min);
  if (rule.max) text += "–" + std::to_string(*rule.max);
  if (TraitsOf(rule.rule->kind).in_days) text += zh ? "天" : " d";
  return text;
}

int Show(const std::string& source, const CommandLine& line) {
  absl::StatusOr<Language> language = OutputLanguage(line);
  if (!language.ok()) return ReportFailure("--lang", language.status());
  absl::StatusOr<Policy> policy = LoadPolicy(source);
  if (!policy.ok()) return ReportFailure(Shown(source), policy.status(), *language);
  if (line.Flag("json")) {
    std::cout << policy->canonical_json() << "\n";
    return kExitOk;
  }
  const PolicyDocument& d = policy->document();
  const bool zh = *language == Language::kChinese;
  const std::string period = MonthDayText(d.period_start) + (zh ? " 至 " : " to ") +
                             MonthDayText(d.period_end);
  std::cout << d.title.In(*language) << "\n";
  if (zh) {
    std::cout << "编号 " << d.id << "  版本 " << d.version << "  适用 " << YearsText(d, zh)
              << "  期间 " << period << "\n"
              << "指纹 " << policy->fingerprint() << "\n\n";
  } else {
    std::cout << "id " << d.id << "  version " << d.version << "  years " << YearsText(d, zh)
              << "  period " << period << "\n"
              << "fingerprint " << policy->fingerprint() << "\n\n";
  }
  TextTable table(zh ? std::vector<std::string>{"规则", "名称", "类型", "要求", "截止", "约束",
                                                "依据"}
                     : std::vector<std::string>{"rule", "title", "kind", "required", "due",
                                                "binding", "basis"});
  for (const EffectiveRule& rule : policy->rules()) {
    table.AddRow({rule.rule->id, rule.rule->title.In(*language),
                  std::string(RuleKindName(rule.rule->kind)), Bounds(rule, zh),
                  MonthDayText(rule.due),
                  rule.binding ? (zh ? "必须" : "binding") : (zh ? "参考" : "advisory"),
                  rule.rule->basis});
  }
  std::cout << table.Render();
  PrintPolicySections(d, *language, std::cout);
  return kExitOk;
}

int Validate(const std::string& path, const CommandLine& line) {
  absl::StatusOr<std::string> text = ReadText(path);
  if (!text.ok()) return ReportFailure(Shown(path), text.status());
  absl::StatusOr<Policy> policy = Policy::FromJson(*text);
  const bool json = line.Flag("json");
  absl::StatusOr<Language> language = OutputLanguage(line);
  if (!language.ok()) return ReportFailure("--lang", language.status());
  // A document speaks English unless a language is asked for.
  const Language json_language = line.Value("lang") ? *language : Language::kEnglish;
  if (!policy.ok()) {
    if (json) {
      std::cout << "{\n  \"file\": " << JsonString(path) << ",\n  \"valid\": false,\n"
                << "  \"problems\": [";
      std::vector<Problem> problems = ProblemsOf(policy.status());
      if (problems.empty()) {
        problems.push_back({"$", std::string(policy.status().message()),
                            StatusMessageIn(policy.status(), Language::kChinese)});
      }
      for (std::size_t i = 0; i < problems.size(); ++i) {
        std::cout << (i == 0 ? "\n" : ",\n") << "    {\"path\": " << JsonString(problems[i].path)
                  << ", \"message\": " << JsonString(problems[i].MessageIn(json_language)) << "}";
      }
      std::cout << "\n  ]\n}\n";
    }
    const bool zh = *language == Language::kChinese;
    return ReportFailure(zh && path == "-" ? "标准输入" : Shown(path), policy.status(), *language);
  }
  if (json) {
    std::cout << "{\n  \"file\": " << JsonString(path) << ",\n  \"valid\": true,\n"
              << "  \"id\": " << JsonString(policy->id()) << ",\n  \"version\": "
              << JsonString(policy->document().version) << ",\n  \"year\": "
              << policy->document().year << ",\n  \"rules\": " << policy->rules().size()
              << ",\n  \"fingerprint\": " << JsonString(policy->fingerprint()) << "\n}\n";
    return kExitOk;
  }
  std::cout << Shown(path) << ": valid policy \"" << policy->id() << "\" ("
            << policy->rules().size() << " rules), fingerprint " << policy->fingerprint()
            << "\n";
  return kExitOk;
}

}  // namespace

int RunPolicy(const std::vector<std::string>& args) {
  if (!args.empty() && args[0] == "new") return RunPolicyNew({args.begin() + 1, args.end()});
  int exit_code = kExitOk;
  std::optional<CommandLine> line =
      ParseSubcommand(args, {{"lang"}, {"json", "help"}}, "policy", kUsage, exit_code);
  if (!line) return exit_code;
  const std::vector<std::string>& words = line->positionals();
  if (words.empty()) {
    return UsageError("policy", "missing the action: list, show, validate or new", kUsage);
  }
  const std::string& action = words[0];
  if (action == "list") {
    if (words.size() != 1) return UsageError("policy", "list takes no arguments", kUsage);
    return List(*line);
  }
  if (action == "show" || action == "validate") {
    if (words.size() != 2) {
      return UsageError("policy", action + " takes one policy (" +
                                      (action == "show" ? "ID, FILE or -" : "FILE or -") + ")",
                        kUsage);
    }
    return action == "show" ? Show(words[1], *line) : Validate(words[1], *line);
  }
  return UsageError("policy", "unknown action \"" + action + "\" (list, show, validate or new)",
                    kUsage);
}

}  // namespace liaison::cli
