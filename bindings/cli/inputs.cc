#include "inputs.h"

#include <fstream>
#include <iostream>
#include <sstream>

#include "absl/time/clock.h"
#include "absl/time/time.h"
#include "liaison/problem.h"

namespace liaison::cli {

absl::StatusOr<std::string> ReadText(const std::string& path) {
  std::ostringstream text;
  if (path == "-") {
    text << std::cin.rdbuf();
    return text.str();
  }
  std::ifstream file(path, std::ios::binary);
  if (!file) return absl::NotFoundError("cannot open the file");
  text << file.rdbuf();
  if (file.bad()) return absl::DataLossError("cannot read the file");
  return text.str();
}

absl::StatusOr<Policy> LoadPolicy(const std::string& id_or_path) {
  if (Policy::EmbeddedJson(id_or_path).ok()) return Policy::Embedded(id_or_path);
  absl::StatusOr<std::string> text = ReadText(id_or_path);
  if (!text.ok()) {
    std::string embedded;
    for (const std::string& id : Policy::EmbeddedIds()) embedded += (embedded.empty() ? "" : ", ") + id;
    return absl::NotFoundError("not an embedded policy (" + embedded +
                               ") and not a readable file");
  }
  return Policy::FromJson(*text);
}

absl::StatusOr<absl::CivilDay> AsOfDate(const CommandLine& line) {
  std::optional<std::string> text = line.Value("as-of");
  if (!text) return absl::ToCivilDay(absl::Now(), absl::LocalTimeZone());
  absl::CivilDay day;
  if (text->size() != 10 || !absl::ParseCivilTime(*text, &day) ||
      absl::FormatCivilTime(day) != *text) {
    return absl::InvalidArgumentError("--as-of \"" + *text +
                                      "\" is not a calendar date (YYYY-MM-DD)");
  }
  return day;
}

absl::StatusOr<Language> OutputLanguage(const CommandLine& line) {
  const std::string lang = line.Value("lang").value_or("zh");
  if (lang == "zh") return Language::kChinese;
  if (lang == "en") return Language::kEnglish;
  return absl::InvalidArgumentError("--lang \"" + lang + "\": use zh or en");
}

int ReportFailure(const std::string& source, const absl::Status& status) {
  std::vector<Problem> problems = ProblemsOf(status);
  if (problems.empty()) {
    std::cerr << "liaison: " << source << ": " << status.message() << "\n";
  } else {
    std::cerr << "liaison: " << source << ": " << problems.size()
              << (problems.size() == 1 ? " problem" : " problems") << "\n";
    for (const Problem& problem : problems) {
      std::cerr << "  " << problem.path << ": " << problem.message << "\n";
    }
  }
  return kExitBadInput;
}

std::optional<EvaluatedRecords> EvaluateFromCommandLine(const CommandLine& line,
                                                        const char* usage, int& exit_code) {
  exit_code = kExitBadInput;
  std::optional<std::string> policy_name = line.Value("policy");
  if (!policy_name || line.positionals().size() != 1) {
    std::cerr << usage;
    return std::nullopt;
  }
  absl::StatusOr<Language> language = OutputLanguage(line);
  if (!language.ok()) {
    ReportFailure("--lang", language.status());
    return std::nullopt;
  }
  absl::StatusOr<absl::CivilDay> as_of = AsOfDate(line);
  if (!as_of.ok()) {
    ReportFailure("--as-of", as_of.status());
    return std::nullopt;
  }
  absl::StatusOr<Policy> policy = LoadPolicy(*policy_name);
  if (!policy.ok()) {
    ReportFailure(*policy_name, policy.status());
    return std::nullopt;
  }
  const std::string& source = line.positionals()[0];
  absl::StatusOr<std::string> text = ReadText(source);
  if (!text.ok()) {
    ReportFailure(source, text.status());
    return std::nullopt;
  }
  absl::StatusOr<RecordBatch> records = DecodeRecords(*policy, *text);
  if (!records.ok()) {
    ReportFailure(source, records.status());
    return std::nullopt;
  }
  BatchReport batch = EvaluateBatch(*policy, *records, *as_of);
  exit_code = kExitOk;
  return EvaluatedRecords{*language, *std::move(records), std::move(batch)};
}

}  // namespace liaison::cli
