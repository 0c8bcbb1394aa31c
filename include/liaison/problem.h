// Problem: one thing wrong with an input document, and where it is.
//
// Parsing a policy reports every problem at once, each with the JSON path of
// the offending value ("$.rules[2].min") and a reason a policy author can act
// on. The problems travel inside the returned absl::Status as a payload, so the
// status stays the only error channel and callers who want the list ask for it:
//
//   absl::StatusOr<Policy> policy = Policy::FromJson(text);
//   if (!policy.ok()) {
//     for (const Problem& p : ProblemsOf(policy.status()))
//       std::cerr << p.path << ": " << p.message << "\n";
//   }
#ifndef LIAISON_PROBLEM_H_
#define LIAISON_PROBLEM_H_

#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"

namespace liaison {

struct Problem {
  std::string path;     // JSON path, "$" for the whole document
  std::string message;  // what is wrong and what is allowed

  friend bool operator==(const Problem& a, const Problem& b) {
    return a.path == b.path && a.message == b.message;
  }
};

// An InvalidArgument status whose message is `what` followed by the problems
// ("policy has 2 problems: $.a: …; $.b: …") and whose payload holds them all.
// `problems` must not be empty.
absl::Status InvalidInput(std::string_view what, std::vector<Problem> problems);

// An InvalidArgument status with `message` as it is and `problems` (which may
// be empty) as its payload: an error read back from a result document.
absl::Status StatusWithProblems(std::string_view message, const std::vector<Problem>& problems);

// The problems carried by `status`; empty when it carries none.
std::vector<Problem> ProblemsOf(const absl::Status& status);

// The path of the first problem in `status`, or "" when it carries none.
std::string FirstProblemPath(const absl::Status& status);

// `problems` as the library's documents list them:
// [{"path": "$.rules[2].min", "message": "…"}, …].
std::string ProblemsJson(const std::vector<Problem>& problems);

}  // namespace liaison

#endif  // LIAISON_PROBLEM_H_
