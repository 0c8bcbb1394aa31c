// liaison policy list [--json] | show ID|FILE|- [--json] | validate FILE|- [--json] [--lang]
#include <cstdio>
#include <iostream>

#include "commands.h"
#include "inputs.h"
#include "json_text.h"
#include "liaison/policy.h"
#include "liaison/policy_warnings.h"
#include "liaison/problem.h"
#include "policy_sections.h"
#include "text_table.h"
#include "views.h"

namespace liaison::cli {
namespace {

constexpr UsageText kUsage{
    "用法：liaison policy list [--json] [--lang zh|en] [--wide]\n"
    "      liaison policy show ID|FILE|- [--json] [--lang zh|en] [--wide] [--ambiguous-wide]\n"
    "      liaison policy validate FILE|- [--json] [--strict] [--lang zh|en]\n"
    "      liaison policy new --from ID|FILE --id NEW [-o FILE]\n"
    "\n"
    "list      内置政策：编号、适用年度、版本、名称、指纹（前 12 位十六进制数字；\n"
    "          --wide：完整指纹，每行不换行）\n"
    "show      政策的各条规则及其实际要求、截止日期和依据条款，其后是参与、联系点、\n"
    "          检查点和评定等次；--json 输出其规范 JSON 形式\n"
    "validate  检查政策文件，列出每处问题及其 JSON 路径（有问题时退出状态为 2）；\n"
    "          --json 以 JSON 输出结果。随后以中英文提示有效政策中可能并非本意的设置\n"
    "          （退出状态为 0；加 --strict 时为 1）\n"
    "new       以新编号写出一份政策，作为待编辑的缩进文档\n"
    "\n"
    "ID 为内置政策（hunan、hunan-2018）；FILE 为政策文档；- 表示从标准输入读取。\n",
    "usage: liaison policy list [--json] [--lang zh|en] [--wide]\n"
    "       liaison policy show ID|FILE|- [--json] [--lang zh|en] [--wide] [--ambiguous-wide]\n"
    "       liaison policy validate FILE|- [--json] [--strict] [--lang zh|en]\n"
    "       liaison policy new --from ID|FILE --id NEW [-o FILE]\n"
    "\n"
    "list      the embedded policies: id, years, version, title, fingerprint (its\n"
    "          first 12 hex digits; --wide: all of it, and one line a row)\n"
    "show      a policy's rules with their effective minimums, due dates and\n"
    "          clauses, then participation, contact points, checkpoints and\n"
    "          grading; --json prints its canonical JSON form\n"
    "validate  checks a policy file and lists every problem with its JSON path\n"
    "          (exit 2 when there is any); --json prints the result as JSON.\n"
    "          Then warns, in Chinese and English, of what a valid policy probably\n"
    "          does not mean (exit 0; with --strict exit 1)\n"
    "new       writes a policy under a new id as an indented document to edit\n"
    "\n"
    "ID is an embedded policy (hunan, hunan-2018); FILE a policy document;\n"
    "- reads it from standard input.\n"};

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

// A rule's kind in words: 次数 / count …; English keeps the policy's names.
std::string KindWord(RuleKind kind, Language language) {
  if (language == Language::kEnglish) return std::string(RuleKindName(kind));
  switch (kind) {
    case RuleKind::kCount: return "次数";
    case RuleKind::kSum: return "合计";
    case RuleKind::kDistinct: return "不同对象数";
    case RuleKind::kDeadline: return "限期完成";
    case RuleKind::kRange: return "范围";
    case RuleKind::kCoverage: return "覆盖面";
    case RuleKind::kDuration: return "时长";
  }
  return "";
}

// "sha256:8c65c51b1b1b": the fingerprint's first 12 hex digits, enough to
// tell the policies apart in a table (--wide and --json: the whole).
std::string ShortFingerprint(const std::string& fingerprint) {
  const std::size_t colon = fingerprint.find(':');
  return fingerprint.substr(0, colon == std::string::npos ? 12 : colon + 13);
}

int List(const CommandLine& line) {
  absl::StatusOr<Language> language = OutputLanguage(line);
  if (!language.ok()) return ReportFailure("--lang", language.status(), LocaleLanguage());
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
  const TableLayout layout = LayoutOf(line);
  TextTable table(zh ? std::vector<std::string>{"编号", "适用年度", "版本", "名称", "指纹"}
                     : std::vector<std::string>{"id", "years", "version", "title",
                                                "fingerprint"});
  table.WrapColumn(3);
  for (const Policy& policy : policies) {
    const PolicyDocument& d = policy.document();
    table.AddRow({d.id, YearsText(d, zh), d.version, d.title.In(*language),
                  layout.wide ? policy.fingerprint() : ShortFingerprint(policy.fingerprint())});
  }
  std::cout << table.Render(layout);
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
  if (!language.ok()) return ReportFailure("--lang", language.status(), LocaleLanguage());
  absl::StatusOr<Policy> policy = LoadPolicy(source);
  if (!policy.ok()) return ReportFailure(SourceShown(source, *language), policy.status(), *language);
  if (line.Flag("json")) {
    std::cout << policy->canonical_json() << "\n";
    return kExitOk;
  }
  const PolicyDocument& d = policy->document();
  const bool zh = *language == Language::kChinese;
  const std::string period = MonthDayText(d.period_start) + (zh ? " 至 " : " to ") +
                             MonthDayText(d.period_end);
  std::cout << WrappedLines(d.title.In(*language), 0, LayoutOf(line));
  if (zh) {
    std::cout << "编号 " << d.id << "  版本 " << d.version << "  适用 " << YearsText(d, zh)
              << "  期间 " << period << "\n"
              << "指纹 " << policy->fingerprint() << "\n\n";
  } else {
    std::cout << "id " << d.id << "  version " << d.version << "  years " << YearsText(d, zh)
              << "  period " << period << "\n"
              << "fingerprint " << policy->fingerprint() << "\n\n";
  }
  // In Chinese the rules go by their clause and title (their ids are in the
  // English table and the JSON); the title, which wraps, is not the first.
  const TableLayout layout = LayoutOf(line);
  TextTable table(zh ? std::vector<std::string>{"依据", "名称", "类型", "要求", "截止", "约束"}
                     : std::vector<std::string>{"rule", "title", "kind", "required", "due",
                                                "binding", "basis"});
  table.WrapColumn(1);
  for (const EffectiveRule& rule : policy->rules()) {
    const std::string binding =
        rule.binding ? (zh ? "必须" : "binding") : (zh ? "参考" : "advisory");
    if (zh) {
      table.AddRow({rule.rule->basis.empty() ? "-" : rule.rule->basis,
                    rule.rule->title.In(*language), KindWord(rule.rule->kind, *language),
                    Bounds(rule, zh), MonthDayText(rule.due), binding});
    } else {
      table.AddRow({rule.rule->id, rule.rule->title.In(*language),
                    std::string(RuleKindName(rule.rule->kind)), Bounds(rule, zh),
                    MonthDayText(rule.due), binding, rule.rule->basis});
    }
  }
  std::cout << table.Render(layout);
  PrintPolicySections(d, *language, layout, std::cout);
  return kExitOk;
}

int Validate(const std::string& path, const CommandLine& line) {
  absl::StatusOr<Language> language = OutputLanguage(line);
  if (!language.ok()) return ReportFailure("--lang", language.status(), LocaleLanguage());
  absl::StatusOr<std::string> text = ReadText(path);
  if (!text.ok()) return ReportFailure(SourceShown(path, *language), text.status(), *language);
  absl::StatusOr<Policy> policy = Policy::FromJson(*text);
  const bool json = line.Flag("json");
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
    return ReportFailure(SourceShown(path, *language), policy.status(), *language);
  }
  const std::vector<PolicyWarning> warnings = PolicyWarnings(*policy);
  const int exit_code = !warnings.empty() && line.Flag("strict") ? kExitViolations : kExitOk;
  if (json) {
    std::cout << "{\n  \"file\": " << JsonString(path) << ",\n  \"valid\": true,\n"
              << "  \"id\": " << JsonString(policy->id()) << ",\n  \"version\": "
              << JsonString(policy->document().version) << ",\n  \"year\": "
              << policy->document().year << ",\n  \"rules\": " << policy->rules().size()
              << ",\n  \"fingerprint\": " << JsonString(policy->fingerprint())
              << ",\n  \"warnings\": " << PolicyWarningsJson(warnings) << "\n}\n";
    return exit_code;
  }
  const bool zh = *language == Language::kChinese;
  const std::string shown = SourceShown(path, *language);
  const std::string rules = std::to_string(policy->rules().size());
  std::cout << HangingLines(zh ? shown + "：有效的政策“" + policy->id() + "”（" + rules +
                                     " 条规则），指纹 " + policy->fingerprint()
                               : shown + ": valid policy \"" + policy->id() + "\" (" + rules +
                                     " rules), fingerprint " + policy->fingerprint(),
                            0, 4, LayoutOf(line));
  for (const PolicyWarning& warning : warnings) {
    // One line each, for grep (docs/examples/city-walkthrough.sh).
    std::cerr << shown << (zh ? "：" : ": ") << warning.path
              << (zh ? "：警告：" : ": warning: ") << warning.message.In(*language) << "\n";
  }
  return exit_code;
}

}  // namespace

int RunPolicy(const std::vector<std::string>& args) {
  if (!args.empty() && args[0] == "new") return RunPolicyNew({args.begin() + 1, args.end()});
  int exit_code = kExitOk;
  std::optional<CommandLine> line =
      ParseSubcommand(args, {{"lang"}, {"json", "strict", "help", "wide", "ambiguous-wide"}},
                      "policy", kUsage, exit_code);
  if (!line) return exit_code;
  const std::vector<std::string>& words = line->positionals();
  if (words.empty()) {
    return UsageError(*line, "policy",
                      {"缺少操作：list、show、validate 或 new",
                       "missing the action: list, show, validate or new"},
                      kUsage);
  }
  const std::string& action = words[0];
  if (action == "list") {
    if (words.size() != 1) {
      return UsageError(*line, "policy", {"list 不接受参数", "list takes no arguments"}, kUsage);
    }
    return List(*line);
  }
  if (action == "show" || action == "validate") {
    if (words.size() != 2) {
      const std::string forms = action == "show" ? "ID, FILE or -" : "FILE or -";
      const std::string forms_zh = action == "show" ? "ID、FILE 或 -" : "FILE 或 -";
      return UsageError(*line, "policy",
                        {action + " 只接受一个政策（" + forms_zh + "）",
                         action + " takes one policy (" + forms + ")"},
                        kUsage);
    }
    return action == "show" ? Show(words[1], *line) : Validate(words[1], *line);
  }
  return UsageError(*line, "policy",
                    {"未知操作“" + action + "”（list、show、validate 或 new）",
                     "unknown action \"" + action + "\" (list, show, validate or new)"},
                    kUsage);
}

}  // namespace liaison::cli
