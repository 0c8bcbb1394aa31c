#include "liaison/problem.h"

#include "absl/strings/cord.h"
#include "base/absl_compat.h"
#include "base/safe_text.h"
#include "json/json_writer.h"
#include "json/problems_json.h"
#include "simdjson.h"

namespace liaison {
namespace {

// The payload's type URL; its value is a JSON array of {"path", "message",
// "message_zh"}.
constexpr std::string_view kProblemsPayload = "liaison.problems";
// The Chinese of a status's message.
constexpr std::string_view kChinesePayload = "liaison.message_zh";

std::string ProblemsMessage(const LocalizedText& what, const std::vector<Problem>& problems,
                            Language language) {
  const bool zh = language == Language::kChinese;
  std::string message = zh ? what.zh : what.en;
  if (zh) {
    StrAppend(&message, message.empty() ? "共" : "", "有 ", problems.size(), " 处问题：");
  } else {
    StrAppend(&message, problems.size() == 1 ? " has 1 problem: "
                                             : StrCat(" has ", problems.size(), " problems: "));
  }
  for (std::size_t i = 0; i < problems.size(); ++i) {
    StrAppend(&message, i == 0 ? "" : (zh ? "；" : "; "), problems[i].path, zh ? "：" : ": ",
              problems[i].MessageIn(language));
  }
  return message;
}

}  // namespace

absl::Status InvalidInput(std::string_view what, std::vector<Problem> problems) {
  return InvalidInput(LocalizedText{"", std::string(what)}, std::move(problems));
}

absl::Status InvalidInput(const LocalizedText& what, std::vector<Problem> problems) {
  // Paths and messages may quote input that is not UTF-8 (a key of a document
  // that is not valid JSON), or that holds control characters or is huge:
  // they leave the library as UTF-8, escaped and capped all the same.
  for (Problem& problem : problems) {
    problem.path = SafeText(problem.path);
    problem.message = SafeText(problem.message);
    problem.message_zh = SafeText(problem.message_zh);
  }
  return WithChineseMessage(
      StatusWithProblems(ProblemsMessage(what, problems, Language::kEnglish), problems),
      ProblemsMessage(what, problems, Language::kChinese));
}

absl::Status StatusWithProblems(std::string_view message, const std::vector<Problem>& problems) {
  absl::Status status = absl::InvalidArgumentError(AbslView(message));
  if (problems.empty()) return status;
  std::string payload;
  {
    json::JsonWriter writer(payload);
    WriteBilingualProblems(writer, problems);
  }
  status.SetPayload(AbslView(kProblemsPayload), absl::Cord(payload));
  return status;
}

absl::Status WithChineseMessage(absl::Status status, std::string_view zh) {
  if (!status.ok()) status.SetPayload(AbslView(kChinesePayload), absl::Cord(AbslView(zh)));
  return status;
}

absl::Status LocalizedError(absl::StatusCode code, const LocalizedText& text) {
  return WithChineseMessage(absl::Status(code, AbslView(text.en)), text.zh);
}

std::string StatusMessageIn(const absl::Status& status, Language language) {
  if (language == Language::kChinese) {
    auto zh = status.GetPayload(AbslView(kChinesePayload));
    if (zh) return std::string(*zh);
  }
  return std::string(status.message());
}

std::vector<Problem> ProblemsOf(const absl::Status& status) {
  std::vector<Problem> problems;
  auto payload = status.GetPayload(AbslView(kProblemsPayload));
  if (!payload) return problems;
  simdjson::dom::parser parser;
  simdjson::dom::array array;
  if (parser.parse(simdjson::padded_string(std::string(*payload))).get_array().get(array) !=
      simdjson::SUCCESS) {
    return problems;
  }
  for (simdjson::dom::element entry : array) {
    std::string_view path, message, message_zh;
    if (entry["path"].get_string().get(path) == simdjson::SUCCESS &&
        entry["message"].get_string().get(message) == simdjson::SUCCESS) {
      if (entry["message_zh"].get_string().get(message_zh) != simdjson::SUCCESS) message_zh = {};
      problems.push_back({std::string(path), std::string(message), std::string(message_zh)});
    }
  }
  return problems;
}

std::string FirstProblemPath(const absl::Status& status) {
  std::vector<Problem> problems = ProblemsOf(status);
  return problems.empty() ? std::string() : problems.front().path;
}

}  // namespace liaison
