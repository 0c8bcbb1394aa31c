// Shared helpers of the test suites: files of the source tree, and records
// decoded and evaluated in one call.
#ifndef LIAISON_TESTS_TEST_SUPPORT_H_
#define LIAISON_TESTS_TEST_SUPPORT_H_

#include <fstream>
#include <functional>
#include <sstream>
#include <string>

#include "gtest/gtest.h"
#include "liaison/evaluate.h"
#include "liaison/grading_policy.h"
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

// The policy parsed from `json`; fails the test when it does not parse.
inline Policy MustParsePolicy(const std::string& json) {
  absl::StatusOr<Policy> policy = Policy::FromJson(json);
  EXPECT_TRUE(policy.ok()) << policy.status();
  if (!policy.ok()) std::abort();
  return *policy;
}

// The single cadre of a records document, decoded; fails the test otherwise.
inline CadreYear MustDecodeCadre(const Policy& policy, const std::string& records_json) {
  absl::StatusOr<RecordBatch> batch = DecodeRecords(policy, records_json);
  EXPECT_TRUE(batch.ok()) << batch.status();
  if (!batch.ok() || batch->cadres.size() != 1 || !batch->cadres[0].ok()) {
    if (batch.ok() && !batch->cadres.empty()) ADD_FAILURE() << batch->cadres[0].status();
    std::abort();
  }
  return *batch->cadres[0];
}

// A copy of the finding of `report` whose rule id is `rule_id` (a copy, so it
// may outlive a temporary report); fails the test if there is none.
inline Finding FindingFor(const CadreReport& report, std::string_view rule_id) {
  for (const Finding& finding : report.findings) {
    if (finding.RuleId(report.policy) == rule_id) return finding;
  }
  ADD_FAILURE() << "no finding for " << rule_id;
  std::abort();
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

// The grades of the Hunan scale, best first, and its caps (二.4.(2): 优 ≤ 30%,
// 良 ≤ 50%, floor), as the grading tests build them without a whole policy.
inline constexpr TermId kExcellent = 0;
inline constexpr TermId kGood = 1;
inline constexpr TermId kFair = 2;
inline constexpr TermId kPoor = 3;

inline GradingPolicy HunanGrading() {
  GradingPolicy policy;
  policy.scale = TermList({{"excellent", {"优", "excellent"}},
                           {"good", {"良", "good"}},
                           {"fair", {"中", "fair"}},
                           {"poor", {"差", "poor"}}});
  policy.caps = {{kExcellent, 0.3}, {kGood, 0.5}};
  return policy;
}

}  // namespace liaison::testing

#endif  // LIAISON_TESTS_TEST_SUPPORT_H_
