#include "inputs.h"
#include "terminal_text.h"

#include <iostream>

#include "absl/time/clock.h"
#include "absl/time/time.h"
#include "base/cadre_identity.h"
#include "input_text.h"
#include "ledger_input.h"
#include "liaison/dates.h"
#include "liaison/problem.h"
#include "progress_meter.h"
#include "records_evaluation.h"
#include "views.h"

namespace liaison::cli {

absl::StatusOr<std::string> ReadText(const std::string& path) {
  absl::StatusOr<InputText> input = InputText::Open(path);
  if (!input.ok()) return input.status();
  return std::string(input->text());
}

absl::StatusOr<Policy> LoadPolicy(const std::string& id_or_path) {
  if (Policy::EmbeddedJson(id_or_path).ok()) return Policy::Embedded(id_or_path);
  absl::StatusOr<std::string> text = ReadText(id_or_path);
  if (!text.ok()) {
    std::string embedded;
    for (const std::string& id : Policy::EmbeddedIds()) embedded += (embedded.empty() ? "" : ", ") + id;
    return LocalizedError(
        absl::StatusCode::kNotFound,
        {"既不是内置政策（" + embedded + "），也不是可读取的文件",
         "not an embedded policy (" + embedded + ") and not a readable file"});
  }
  return Policy::FromJson(*text);
}

absl::StatusOr<absl::CivilDay> AsOfDate(const CommandLine& line) {
  std::optional<std::string> text = line.Value("as-of");
  if (!text) return absl::ToCivilDay(absl::Now(), absl::LocalTimeZone());
  return ParseAsOfDate(*text);
}

Language LocaleLanguage() {
  for (const char* variable : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
    const char* value = std::getenv(variable);
    if (value == nullptr || *value == '\0') continue;
    return std::string_view(value).substr(0, 2) == "zh" ? Language::kChinese : Language::kEnglish;
  }
  return Language::kEnglish;
}

absl::StatusOr<Language> OutputLanguage(const CommandLine& line) {
  std::optional<std::string> value = line.Value("lang");
  if (!value) return LocaleLanguage();
  const std::string& lang = *value;
  if (lang == "zh") return Language::kChinese;
  if (lang == "en") return Language::kEnglish;
  return LocalizedError(absl::StatusCode::kInvalidArgument,
                        {"“" + lang + "”不是可用的语言：请用 zh 或 en",
                         "\"" + lang + "\" is not a language: use zh or en"});
}

Language ArgumentLanguage(const std::vector<std::string>& args) {
  for (std::size_t i = 0; i < args.size(); ++i) {
    std::string_view value;
    if (args[i] == "--lang" && i + 1 < args.size()) {
      value = args[i + 1];
    } else if (args[i].rfind("--lang=", 0) == 0) {
      value = std::string_view(args[i]).substr(7);
    } else {
      continue;
    }
    if (value == "zh") return Language::kChinese;
    if (value == "en") return Language::kEnglish;
  }
  return LocaleLanguage();
}

Language UsageLanguage(const CommandLine& line) {
  absl::StatusOr<Language> language = OutputLanguage(line);
  return language.ok() ? *language : LocaleLanguage();
}

int ReportFailure(const std::string& source, const absl::Status& status, Language language) {
  const bool zh = language == Language::kChinese;
  std::vector<Problem> problems = ProblemsOf(status);
  if (problems.empty()) {
    std::cerr << HangingLines("liaison: " + source + (zh ? "：" : ": ") +
                                  StatusMessageIn(status, language),
                              0, 4);
  } else if (zh) {
    std::cerr << "liaison: " << source << "：有 " << problems.size() << " 处问题\n";
    for (const Problem& problem : problems) {
      std::cerr << HangingLines(problem.path + "：" + problem.MessageIn(language), 2, 4);
    }
  } else {
    std::cerr << "liaison: " << source << ": " << problems.size()
              << (problems.size() == 1 ? " problem" : " problems") << "\n";
    for (const Problem& problem : problems) {
      std::cerr << HangingLines(problem.path + ": " + problem.message, 2, 4);
    }
  }
  return kExitBadInput;
}

int UsageError(const std::string& command, const LocalizedText& message, const UsageText& usage,
               Language language) {
  std::cerr << "liaison " << command << (language == Language::kChinese ? "：" : ": ")
            << message.In(language) << "\n"
            << usage.In(language);
  return kExitBadInput;
}

int UsageError(const CommandLine& line, const std::string& command, const LocalizedText& message,
               const UsageText& usage) {
  return UsageError(command, message, usage, UsageLanguage(line));
}

absl::Status CannotWriteFile() {
  return LocalizedError(absl::StatusCode::kDataLoss, {"无法写入该文件", "cannot write the file"});
}

std::string CadreEntryPath(std::size_t index) {
  return "$.cadres[" + std::to_string(index) + "]";
}

std::string ProblemLine(const Problem& problem, Language language) {
  const bool zh = language == Language::kChinese;
  // A ledger's place is no JSON path: its English message begins with the
  // place in English.
  const bool english_place = !zh && !problem.path.empty() && problem.path[0] != '$';
  return (english_place ? "" : QuotedForTerminal(problem.path) + (zh ? "：" : ": ")) +
         QuotedForTerminal(problem.MessageIn(language));
}

int ReportRecordErrors(const std::string& source, const BatchReport& batch, Language language) {
  std::vector<std::pair<std::size_t, absl::Status>> bad;
  for (std::size_t i = 0; i < batch.cadres.size(); ++i) {
    if (!batch.cadres[i].ok()) bad.emplace_back(i, batch.cadres[i].status());
  }
  return ReportRecordErrors(source, bad, language);
}

int ReportRecordErrors(const std::string& source,
                       const std::vector<std::pair<std::size_t, absl::Status>>& bad,
                       Language language) {
  const bool zh = language == Language::kChinese;
  const std::string colon = zh ? "：" : ": ";
  // Each bad cadre by name and id when its record gives them, then its
  // problems under it.
  std::vector<std::pair<std::string, int>> lines;  // a line and its indent
  for (const auto& [index, status] : bad) {
    const CadreIdentity who = CadreIdentityOf(status);
    const bool named = !who.id.empty();
    const int indent = named ? 4 : 2;
    if (named) lines.emplace_back(QuotedForTerminal(CadreLabel(who.name, who.id, language)), 2);
    std::vector<Problem> problems = ProblemsOf(status);
    if (problems.empty()) {
      lines.emplace_back(CadreEntryPath(index) + colon +
                             QuotedForTerminal(StatusMessageIn(status, language)),
                         indent);
    }
    for (const Problem& problem : problems) lines.emplace_back(ProblemLine(problem, language), indent);
  }
  if (bad.empty()) return kExitOk;
  if (zh) {
    std::cerr << "liaison: " << (source == "-" ? "标准输入" : source) << "：" << bad.size()
              << " 名干部的记录有误\n";
  } else {
    std::cerr << "liaison: " << (source == "-" ? "standard input" : source) << ": "
              << bad.size()
              << (bad.size() == 1 ? " cadre's record has" : " cadres' records have")
              << " problems\n";
  }
  for (const auto& [line, indent] : lines) std::cerr << HangingLines(line, indent, indent + 2);
  return kExitBadInput;
}

std::string SourceShown(const std::string& source, Language language) {
  if (source != "-") return source;
  return language == Language::kChinese ? "标准输入" : "standard input";
}

std::optional<RecordsCommand> PrepareRecordsCommand(const CommandLine& line,
                                                    const std::string& command,
                                                    const UsageText& usage, int& exit_code) {
  exit_code = kExitBadInput;
  std::optional<std::string> policy_name = line.Value("policy");
  if (!policy_name) {
    UsageError(line, command, kMissingPolicy, usage);
    return std::nullopt;
  }
  if (line.positionals().size() != 1) {
    const std::string count = std::to_string(line.positionals().size());
    UsageError(line, command,
               line.positionals().empty()
                   ? LocalizedText{"缺少记录文件（路径，或 - 表示标准输入）",
                                   "missing the records file (a path, or - for standard input)"}
                   : LocalizedText{"只接受一个记录文件，而不是 " + count + " 个",
                                   "takes one records file, not " + count},
               usage);
    return std::nullopt;
  }
  const std::string& source = line.positionals()[0];
  if (*policy_name == "-" && source == "-") {
    UsageError(line, command,
               {"政策和记录不能同时来自标准输入",
                "the policy and the records cannot both come from standard input"},
               usage);
    return std::nullopt;
  }
  absl::StatusOr<Language> language = OutputLanguage(line);
  if (!language.ok()) {
    ReportFailure("--lang", language.status(), LocaleLanguage());
    return std::nullopt;
  }
  absl::StatusOr<absl::CivilDay> as_of = AsOfDate(line);
  if (!as_of.ok()) {
    ReportFailure("--as-of", as_of.status(), *language);
    return std::nullopt;
  }
  absl::StatusOr<Policy> policy = LoadPolicy(*policy_name);
  if (!policy.ok()) {
    ReportFailure(SourceShown(*policy_name, *language), policy.status(), *language);
    return std::nullopt;
  }
  exit_code = kExitOk;
  return RecordsCommand{source, *language, *as_of, *std::move(policy)};
}

std::optional<EvaluatedRecords> EvaluateFromCommandLine(const CommandLine& line,
                                                        const std::string& command,
                                                        const UsageText& usage, int& exit_code) {
  std::optional<RecordsCommand> prepared = PrepareRecordsCommand(line, command, usage, exit_code);
  if (!prepared) return std::nullopt;
  exit_code = kExitBadInput;
  const std::string& source = prepared->source;
  const Policy& policy = prepared->policy;
  const std::string shown = SourceShown(source, prepared->language);
  ProgressMeter meter(prepared->language, /*wanted=*/!line.Flag("quiet"));
  if (IsLedgerSource(source)) {
    absl::StatusOr<ledger::LedgerImport> imported =
        ImportLedgerSource(policy, source, {}, prepared->language);
    if (!imported.ok()) {
      ReportFailure(shown, imported.status(), prepared->language);
      return std::nullopt;
    }
    exit_code = kExitOk;
    return EvaluatedRecords{source, prepared->language,
                            EvaluateRecordBatch(policy, imported->batch, prepared->as_of, meter)};
  }
  absl::StatusOr<InputText> input = InputText::Open(source);
  if (!input.ok()) {
    ReportFailure(shown, input.status(), prepared->language);
    return std::nullopt;
  }
  absl::StatusOr<BatchReport> batch =
      EvaluateRecordsText(policy, input->text(), prepared->as_of, meter);
  if (!batch.ok()) {
    ReportFailure(shown, batch.status(), prepared->language);
    return std::nullopt;
  }
  exit_code = kExitOk;
  return EvaluatedRecords{source, prepared->language, *std::move(batch)};
}

std::optional<CommandLine> ParseSubcommand(const std::vector<std::string>& args,
                                           const OptionSpec& spec, const char* command,
                                           const UsageText& usage, int& exit_code) {
  LocalizedText error;
  std::optional<CommandLine> line = CommandLine::Parse(args, spec, error);
  if (!line) {
    exit_code = UsageError(command, error, usage, ArgumentLanguage(args));
    return std::nullopt;
  }
  if (line->Flag("help")) {
    std::cout << usage.In(UsageLanguage(*line));
    exit_code = kExitOk;
    return std::nullopt;
  }
  return line;
}

}  // namespace liaison::cli
