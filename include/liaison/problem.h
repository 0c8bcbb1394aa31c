// Problem: one thing wrong with an input document, and where it is.
//
// Parsing a policy reports every problem at once, each with the JSON path of
// the offending value ("$.rules[2].min") and a reason a policy author can act
// on, in English and in Chinese. The problems travel inside the returned absl::Status as a
// payload, so the status stays the only error channel and callers who want the list ask for it:
//
//   absl::StatusOr<Policy> policy = Policy::FromJson(text);
//   if (!policy.ok()) {
//     for (const Problem& p : ProblemsOf(policy.status()))
//       std::cerr << p.path << ": " << p.MessageIn(Language::kChinese) << "\n";
//   }
//
// `message` is the English and the one documents write by default;
// `message_zh` is the Chinese, chosen with MessageIn, ProblemsJson(…, language)
// and StatusMessageIn (the status's own message in either language).
#ifndef LIAISON_PROBLEM_H_
#define LIAISON_PROBLEM_H_

#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "liaison/localized_text.h"

namespace liaison {

struct Problem {
  std::string path;        // JSON path, "$" for the whole document
  std::string message;     // what is wrong and what is allowed, in English
  std::string message_zh;  // the same in Chinese

  // The message in `language`; the English where there is no Chinese.
  const std::string& MessageIn(Language language) const {
    return language == Language::kChinese && !message_zh.empty() ? message_zh : message;
  }

  friend bool operator==(const Problem& a, const Problem& b) {
    return a.path == b.path && a.message == b.message && a.message_zh == b.message_zh;
  }
};

// An InvalidArgument status whose message is `what` followed by the problems
// ("policy has 2 problems: $.a: …; $.b: …"; in Chinese "政策有 2 处问题：$.a：…；
// $.b：…") and whose payload holds them all. `problems` must not be empty.
absl::Status InvalidInput(const LocalizedText& what, std::vector<Problem> problems);
// The same for a `what` in English alone (the Chinese then reads "共有 2 处问题：…").
absl::Status InvalidInput(std::string_view what, std::vector<Problem> problems);

// `status` with `zh` as the Chinese of its message (for StatusMessageIn).
absl::Status WithChineseMessage(absl::Status status, std::string_view zh);

// An error status whose message is `text`, in both languages.
absl::Status LocalizedError(absl::StatusCode code, const LocalizedText& text);

// The message of `status` in `language`: its own message in English, the
// Chinese it carries in Chinese (its English where it carries none).
std::string StatusMessageIn(const absl::Status& status, Language language);

// An InvalidArgument status with `message` as it is and `problems` (which may
// be empty) as its payload: an error read back from a result document.
absl::Status StatusWithProblems(std::string_view message, const std::vector<Problem>& problems);

// The problems carried by `status`; empty when it carries none.
std::vector<Problem> ProblemsOf(const absl::Status& status);

// The path of the first problem in `status`, or "" when it carries none.
std::string FirstProblemPath(const absl::Status& status);

// `problems` as the library's documents list them:
// [{"path": "$.rules[2].min", "message": "…"}, …], the message in English.
std::string ProblemsJson(const std::vector<Problem>& problems);

// The same with each message in `language`.
std::string ProblemsJson(const std::vector<Problem>& problems, Language language);

}  // namespace liaison

#endif  // LIAISON_PROBLEM_H_
