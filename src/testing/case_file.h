// Reading a case file (liaison.case/1, docs/testing-policies.md): its top
// level checked and its sources loaded — the policy (an embedded id, a file
// or inline), the records (a file or inline) — leaving the "expect" object to
// the comparison (case_runner.cc).
//
//   simdjson::dom::parser parser;
//   absl::StatusOr<simdjson::dom::element> root = json::ParseJson(parser, text, "case");
//   std::string name;
//   absl::StatusOr<CaseFile> file = ReadCaseFile(*root, base_directory, name);
#ifndef LIAISON_SRC_TESTING_CASE_FILE_H_
#define LIAISON_SRC_TESTING_CASE_FILE_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/time/civil_time.h"
#include "liaison/policy.h"
#include "liaison/problem.h"
#include "simdjson.h"

namespace liaison {

// A document a case names: inline (its JSON text) or a file (its path,
// resolved against the case file's directory, and known to open).
struct DocumentSource {
  bool is_file = false;
  std::string text_or_path;
};

// A case that can be run.
struct CaseFile {
  Policy policy;
  std::optional<absl::CivilDay> as_of;  // set whenever `records` is
  // Where the records are; nullopt for a case that pins down caps alone.
  std::optional<DocumentSource> records;
  simdjson::dom::element expect;  // lives as long as the parser of the root
  // Top-level keys nobody asked for. They do not keep the case from running:
  // the runner reports them after the problems of the expectations.
  std::vector<Problem> unknown_keys;
};

// Reads the case whose document is `root`; relative paths in it are resolved
// against `base_directory`. Fails when the case cannot be run: the status
// carries the problems and their paths (or, for a policy that is unusable on
// its own, the policy's problems). `name` is set either way when the case
// names itself.
absl::StatusOr<CaseFile> ReadCaseFile(simdjson::dom::element root,
                                      std::string_view base_directory, std::string& name);

// The most bytes of a case file, or of a policy or records file it names
// (docs/testing-policies.md, "Limits"): far above a test fixture, and what
// keeps a path such as /dev/zero from exhausting memory.
inline constexpr std::size_t kMaxCaseDocumentBytes = std::size_t{256} << 20;

// The text of the file at `path`; ResourceExhausted, naming the limit, for a
// file longer than kMaxCaseDocumentBytes (read no further than that).
absl::StatusOr<std::string> ReadFileText(const std::string& path);

}  // namespace liaison

#endif  // LIAISON_SRC_TESTING_CASE_FILE_H_
