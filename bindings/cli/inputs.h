// What every subcommand reads: files (or standard input), policies given by
// embedded id or by path, dates and the output language; and how it reports
// a failure to read them.
#ifndef LIAISON_CLI_INPUTS_H_
#define LIAISON_CLI_INPUTS_H_

#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/time/civil_time.h"
#include "command_line.h"
#include "ledger/result_table.h"
#include "liaison/evaluate.h"
#include "liaison/problem.h"
#include "liaison/localized_text.h"
#include "liaison/policy.h"

namespace liaison::cli {

// The most bytes the command reads whole from a pipe or standard input
// (docs/cli.md, "Limits"): /dev/zero is an error, not an exhausted memory. A
// regular file is mapped, and streamed input is read a block at a time, so
// neither has a limit.
inline constexpr std::size_t kMaxInputBytes = std::size_t{1} << 30;

// The whole of `path`, or of standard input when `path` is "-"; an error
// naming the limit past kMaxInputBytes.
absl::StatusOr<std::string> ReadText(const std::string& path);

// An embedded policy when `id_or_path` names one, else the policy file at
// that path.
absl::StatusOr<Policy> LoadPolicy(const std::string& id_or_path);

// --as-of YYYY-MM-DD, or today's date (local time) when the option is absent.
absl::StatusOr<absl::CivilDay> AsOfDate(const CommandLine& line);

// The locale's language: Chinese when the first of LC_ALL, LC_MESSAGES and
// LANG that is set starts with "zh", else English.
Language LocaleLanguage();

// --lang zh|en; the locale's language without it.
absl::StatusOr<Language> OutputLanguage(const CommandLine& line);

// The language of usage and errors, before the options are checked: that of
// --lang zh|en among `args`, else (no --lang, or a bad one) the locale's.
Language ArgumentLanguage(const std::vector<std::string>& args);

// The same once they are: --lang when it is zh or en, else the locale's.
Language UsageLanguage(const CommandLine& line);

// Prints "liaison: <source>: <message>" and every problem with its JSON path
// to standard error, the messages in `language`, and returns kExitBadInput.
int ReportFailure(const std::string& source, const absl::Status& status,
                  Language language = Language::kEnglish);

// Prints "liaison <command>: <message>" and then `usage` to standard error, in
// `language`, and returns kExitBadInput.
int UsageError(const std::string& command, const LocalizedText& message, const UsageText& usage,
               Language language);
// The same in the language of `line` (UsageLanguage).
int UsageError(const CommandLine& line, const std::string& command, const LocalizedText& message,
               const UsageText& usage);

// The options of subcommand `command`. On a usage error prints it (exit 2);
// on --help prints `usage` (exit 0), in the language of --lang or the locale;
// either way returns nullopt with `exit_code` set.
std::optional<CommandLine> ParseSubcommand(const std::vector<std::string>& args,
                                           const OptionSpec& spec, const char* command,
                                           const UsageText& usage, int& exit_code);

// Prints, for every cadre of `batch` whose record could not be decoded or
// evaluated, its problems with their JSON paths ("liaison: <source>: …") to
// standard error, in `language`. Returns kExitBadInput when there was any,
// else kExitOk.
int ReportRecordErrors(const std::string& source, const BatchReport& batch,
                       Language language = Language::kEnglish);
// The same for the bad cadres' entries alone: (index in the input, error).
int ReportRecordErrors(const std::string& source,
                       const std::vector<std::pair<std::size_t, absl::Status>>& bad,
                       Language language);

// A problem of a bad record as a listing shows it: "path：message"; a
// ledger's place in English is left to the message, which begins with it
// (活动 (activities) row 3, …).
std::string ProblemLine(const Problem& problem, Language language);

// "$.cadres[3]": where the cadre at `index` of a records document is.
std::string CadreEntryPath(std::size_t index);

// What the commands that work on records share: --policy, --as-of, --lang and
// one records file (or "-"), before it is read.
struct RecordsCommand {
  std::string source;  // the records file as named on the command line ("-": standard input)
  Language language = Language::kChinese;
  absl::CivilDay as_of;
  Policy policy;
};

// Checks the options and loads the policy; on failure prints the problem
// (usage or input) and returns nullopt with `exit_code` set.
std::optional<RecordsCommand> PrepareRecordsCommand(const CommandLine& line,
                                                    const std::string& command,
                                                    const UsageText& usage, int& exit_code);

// "standard input" (标准输入) for "-", else the path: how a source is named in
// messages.
std::string SourceShown(const std::string& source, Language language = Language::kEnglish);

// "cannot write the file", in both languages: a file the command was told to
// write could not be.
absl::Status CannotWriteFile();

// "missing --policy ID|FILE|-", the usage error of every command that needs one.
inline const LocalizedText kMissingPolicy{"缺少 --policy ID|FILE|-", "missing --policy ID|FILE|-"};

// The records of a RecordsCommand, read, decoded and evaluated.
struct EvaluatedRecords {
  std::string source;  // the records file as named on the command line ("-": standard input)
  Language language = Language::kChinese;
  BatchReport batch;
};

// Reads and evaluates; on failure prints the problem (usage or input) and
// returns nullopt with `exit_code` set. `command` names the subcommand in
// usage errors. Cadres whose records are bad stay in the batch as errors (the
// caller prints what it can, then ReportRecordErrors).
std::optional<EvaluatedRecords> EvaluateFromCommandLine(const CommandLine& line,
                                                        const std::string& command,
                                                        const UsageText& usage, int& exit_code);

}  // namespace liaison::cli

#endif  // LIAISON_CLI_INPUTS_H_
