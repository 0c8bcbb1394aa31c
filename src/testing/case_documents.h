// The documents a case file names (src/testing/case_runner.cc): its policy
// and its records, each inline or a file whose path is resolved against the
// case file's directory. A missing file is a problem at its "path", so the
// case's author sees where it is named.
#ifndef LIAISON_TESTING_CASE_DOCUMENTS_H_
#define LIAISON_TESTING_CASE_DOCUMENTS_H_

#include <string>
#include <string_view>

#include "absl/status/statusor.h"
#include "json/object_reader.h"
#include "liaison/case_runner.h"

namespace liaison::case_files {

// The whole of the file at `path`.
absl::StatusOr<std::string> ReadFile(const std::string& path);

// A document a case names: inline (its JSON text) or a file (its path,
// resolved; checked to exist).
struct DocumentSource {
  bool is_file = false;
  std::string text_or_path;
};

// The source under `key` of `reader` ({"path": …} or {"inline": …}); its
// problems go to the reader's.
absl::StatusOr<DocumentSource> SourceOf(json::ObjectReader& reader, std::string_view key,
                                        std::string_view base_directory);

// The text of the document under `key`: inline, or the file read.
absl::StatusOr<std::string> DocumentText(json::ObjectReader& reader, std::string_view key,
                                         std::string_view base_directory);

// The records of a case: inline JSON decoded, or the file read by `loader`
// (empty: a JSON records document).
absl::StatusOr<RecordBatch> LoadRecords(const DocumentSource& source, const Policy& policy,
                                        const RecordsLoader& loader);

}  // namespace liaison::case_files

#endif  // LIAISON_TESTING_CASE_DOCUMENTS_H_
