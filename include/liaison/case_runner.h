// Case files: unit tests for policies, written by policy authors.
//
// A case file (schema `liaison.case/1`, docs/testing-policies.md) names a
// policy (an embedded id, a file, or the document inline), an as-of date,
// records (a file or inline) and what the author expects: per cadre the
// participation, each rule's status and values, the score range and the best
// grade within reach; per department its rules. Running a case evaluates the
// records and compares every expectation, so a policy change that alters an
// outcome the author pinned down fails loudly, with the expectation's JSON
// path in the case file and the expected and actual values.
//
//   CaseResult result = RunCaseFile("tests/cases/hunan-2018.case.json");
//   for (const CaseFailure& f : result.failures)
//     std::cerr << f.path << ": " << f.MessageIn(Language::kChinese) << "\n";
#ifndef LIAISON_CASE_RUNNER_H_
#define LIAISON_CASE_RUNNER_H_

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "liaison/cadre_record.h"
#include "liaison/localized_text.h"
#include "liaison/policy.h"

namespace liaison {

// One expectation that did not hold.
struct CaseFailure {
  std::string path;      // in the case file, e.g. "$.expect.cadres.c01.rules.lectures.actual"
  std::string expected;  // JSON text
  std::string actual;    // JSON text
  std::string message;   // "c01 lectures actual: expected 5, got 4"
  std::string message_zh;  // "c01 lectures actual：应为 5，实为 4"

  const std::string& MessageIn(Language language) const {
    return language == Language::kChinese && !message_zh.empty() ? message_zh : message;
  }
};

struct CaseResult {
  std::string name;
  std::string source;  // the file, or "<inline>"
  int checks = 0;      // expectations compared
  std::vector<CaseFailure> failures;
  // Not OK when the case could not be run at all: the case file, its policy or
  // its records are unusable (the status carries the problems and their paths).
  absl::Status error;

  bool passed() const { return error.ok() && failures.empty(); }
};

// Reads the records file a case names (its "records": {"path": …}, resolved)
// under the case's policy. The default reads a JSON records document; the
// `liaison` command passes one that also reads spreadsheet ledgers
// (docs/ledger.md), which the core library knows nothing of. A failure's
// status carries its problems, as DecodeRecords' does.
using RecordsLoader =
    std::function<absl::StatusOr<RecordBatch>(const Policy& policy, const std::string& path)>;

struct CaseOptions {
  RecordsLoader records_loader;  // empty: JSON records files
};

// Runs the case in `case_json`; relative paths in it are resolved against
// `base_directory`.
CaseResult RunCase(std::string_view case_json, std::string_view base_directory,
                   std::string_view source = "<inline>", const CaseOptions& options = {});

// Reads and runs the case file at `path`.
CaseResult RunCaseFile(const std::string& path, const CaseOptions& options = {});

// The results as documents (JSON, JUnit XML): liaison/case_results.h.

}  // namespace liaison

#endif  // LIAISON_CASE_RUNNER_H_
