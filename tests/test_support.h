// Shared helpers of the test suites: files of the source tree, and records
// decoded and evaluated in one call.
#ifndef LIAISON_TESTS_TEST_SUPPORT_H_
#define LIAISON_TESTS_TEST_SUPPORT_H_

#include <fstream>
#include <functional>
#include <sstream>
#include <stdexcept>
#include <string>

#include "gtest/gtest.h"
#include "hunan_grading.h"
#include "liaison/evaluate.h"
#include "liaison/policy.h"
#include "liaison/problem.h"
#include "liaison/record_decoder.h"

namespace liaison::testing {

// The text of `relative` (a path from the source tree's root).
inline std::string ReadSourceFile(const std::string& relative) {
  std::ifstream file(std::string(LIAISON_SOURCE_DIR) + "/" + relative, std::ios::binary);
  EXPECT_TRUE(file.good()) << "cannot open " << relative;
  std::ostringstream text;
  text << file.rdbuf();
  return text.str();
}

// Thrown by the Must* helpers when what a test sets up is unusable.
// GoogleTest reports an exception as a failure of the test it escapes from,
// with this message, and runs the remaining tests; the helpers are used in
// expressions and fixture initialisers, where an ASSERT cannot return.
class SetupFailure : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// The policy parsed from `json`; fails the test when it does not parse.
inline Policy MustParsePolicy(const std::string& json) {
  absl::StatusOr<Policy> policy = Policy::FromJson(json);
  if (!policy.ok()) throw SetupFailure("the test's policy does not parse: " + policy.status().ToString());
  return *policy;
}

// The single cadre of a records document, decoded; fails the test otherwise.
inline CadreYear MustDecodeCadre(const Policy& policy, const std::string& records_json) {
  absl::StatusOr<RecordBatch> batch = DecodeRecords(policy, records_json);
  if (!batch.ok()) throw SetupFailure("the test's records do not decode: " + batch.status().ToString());
  if (batch->cadres.size() != 1) {
    throw SetupFailure("the test's records hold " + std::to_string(batch->cadres.size()) +
                       " cadres, not one");
  }
  if (!batch->cadres[0].ok()) {
    throw SetupFailure("the test's cadre does not decode: " + batch->cadres[0].status().ToString());
  }
  return *batch->cadres[0];
}

// A copy of the finding of `report` whose rule id is `rule_id` (a copy, so it
// may outlive a temporary report); fails the test if there is none.
inline Finding FindingFor(const CadreReport& report, std::string_view rule_id) {
  for (const Finding& finding : report.findings) {
    if (finding.RuleId(report.policy) == rule_id) return finding;
  }
  throw SetupFailure("the report has no finding for rule " + std::string(rule_id));
}

// A change to a document's text, for tests that build bad documents from a
// good one.
using Mutation = std::function<std::string(std::string)>;

// Replaces the one occurrence of `from`; a snippet that is missing or
// ambiguous is a bug in the test, reported as such.
inline Mutation Replace(std::string from, std::string to) {
  return [from = std::move(from), to = std::move(to)](std::string text) {
    const std::size_t at = text.find(from);
    if (at == std::string::npos) {
      ADD_FAILURE() << "test bug: snippet not in the text: " << from;
      return text;
    }
    if (text.find(from, at + 1) != std::string::npos) {
      ADD_FAILURE() << "test bug: snippet occurs more than once: " << from;
      return text;
    }
    text.replace(at, from.size(), to);
    return text;
  };
}

// The problems, one a line, for a failure message.
inline std::string Describe(const std::vector<Problem>& problems) {
  std::string out;
  for (const Problem& p : problems) out += "\n  " + p.path + ": " + p.message;
  return out.empty() ? "\n  (no problems)" : out;
}

// Whether a problem at exactly `path` mentions `fragment`.
inline ::testing::AssertionResult HasProblem(const std::vector<Problem>& problems,
                                             const std::string& path,
                                             const std::string& fragment) {
  for (const Problem& p : problems) {
    if (p.path == path && p.message.find(fragment) != std::string::npos) {
      return ::testing::AssertionSuccess();
    }
  }
  return ::testing::AssertionFailure() << "no problem at " << path << " mentioning \""
                                       << fragment << "\"; reported:" << Describe(problems);
}

}  // namespace liaison::testing

#endif  // LIAISON_TESTS_TEST_SUPPORT_H_
