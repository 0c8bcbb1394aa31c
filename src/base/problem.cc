#include "liaison/problem.h"

#include "absl/strings/cord.h"
#include "base/absl_compat.h"
#include "base/valid_utf8.h"
#include "json/json_writer.h"
#include "json/problems_json.h"
#include "simdjson.h"

namespace liaison {
namespace {

// The payload's type URL; its value is a JSON array of {"path", "message"}.
constexpr std::string_view kProblemsPayload = "liaison.problems";

}  // namespace

absl::Status InvalidInput(std::string_view what, std::vector<Problem> problems) {
  // Paths and messages may quote input that is not UTF-8 (a key of a document
  // that is not valid JSON): they leave the library as UTF-8 all the same.
  for (Problem& problem : problems) {
    problem.path = ValidUtf8(problem.path);
    problem.message = ValidUtf8(problem.message);
  }
  std::string message(what);
  StrAppend(&message, problems.size() == 1 ? " has 1 problem: "
                                                 : StrCat(" has ", problems.size(),
                                                                " problems: "));
  for (std::size_t i = 0; i < problems.size(); ++i) {
    StrAppend(&message, i == 0 ? "" : "; ", problems[i].path, ": ", problems[i].message);
  }
  return StatusWithProblems(message, problems);
}

absl::Status StatusWithProblems(std::string_view message, const std::vector<Problem>& problems) {
  absl::Status status = absl::InvalidArgumentError(AbslView(message));
  if (problems.empty()) return status;
  std::string payload;
  {
    json::JsonWriter writer(payload);
    WriteProblems(writer, problems);
  }
  status.SetPayload(AbslView(kProblemsPayload), absl::Cord(payload));
  return status;
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
    std::string_view path, message;
    if (entry["path"].get_string().get(path) == simdjson::SUCCESS &&
        entry["message"].get_string().get(message) == simdjson::SUCCESS) {
      problems.push_back({std::string(path), std::string(message)});
    }
  }
  return problems;
}

std::string FirstProblemPath(const absl::Status& status) {
  std::vector<Problem> problems = ProblemsOf(status);
  return problems.empty() ? std::string() : problems.front().path;
}

}  // namespace liaison
