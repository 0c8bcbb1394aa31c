#include "testing/case_documents.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "base/absl_compat.h"
#include "liaison/record_decoder.h"

namespace liaison::case_files {
namespace {

using json::JsonPath;
using json::kOptional;
using json::kRequired;
using json::ObjectReader;
using simdjson::dom::element;

std::string Resolve(std::string_view base_directory, std::string_view path) {
  if (!path.empty() && path[0] == '/') return std::string(path);
  if (base_directory.empty()) return std::string(path);
  return StrCat(base_directory, "/", path);
}

}  // namespace

absl::StatusOr<std::string> ReadFile(const std::string& path) {
  std::ifstream file(path, std::ios::binary);
  if (!file) return absl::NotFoundError(StrCat("cannot open ", path));
  std::ostringstream text;
  text << file.rdbuf();
  return text.str();
}

absl::StatusOr<DocumentSource> SourceOf(ObjectReader& reader, std::string_view key,
                                        std::string_view base_directory) {
  std::optional<element> value = reader.Element(key, kRequired);
  if (!value) return absl::InvalidArgumentError("missing");
  JsonPath path = reader.path().Key(key);
  ObjectReader source(*value, path, reader.problems());
  std::optional<std::string_view> file = source.String("path", kOptional);
  std::optional<element> inline_document = source.Element("inline", kOptional);
  source.RejectUnknownKeys();
  if (file.has_value() == inline_document.has_value()) {
    reader.problems().Add(path, "give exactly one of \"path\" and \"inline\"");
    return absl::InvalidArgumentError("bad source");
  }
  if (inline_document) return DocumentSource{false, simdjson::minify(*inline_document)};
  const std::string resolved = Resolve(base_directory, *file);
  std::error_code error;
  if (!std::filesystem::exists(resolved, error)) {
    reader.problems().Add(path.Key("path"), StrCat("cannot open ", resolved));
    return absl::NotFoundError(StrCat("cannot open ", resolved));
  }
  return DocumentSource{true, resolved};
}

absl::StatusOr<std::string> DocumentText(ObjectReader& reader, std::string_view key,
                                         std::string_view base_directory) {
  absl::StatusOr<DocumentSource> source = SourceOf(reader, key, base_directory);
  if (!source.ok()) return source.status();
  if (!source->is_file) return source->text_or_path;
  absl::StatusOr<std::string> text = ReadFile(source->text_or_path);
  if (!text.ok()) {
    reader.problems().Add(reader.path().Key(key).Key("path"), std::string(text.status().message()));
  }
  return text;
}

absl::StatusOr<RecordBatch> LoadRecords(const DocumentSource& source, const Policy& policy,
                                        const RecordsLoader& loader) {
  if (!source.is_file) return DecodeRecords(policy, source.text_or_path);
  if (loader) return loader(policy, source.text_or_path);
  absl::StatusOr<std::string> text = ReadFile(source.text_or_path);
  if (!text.ok()) return text.status();
  return DecodeRecords(policy, *text);
}

}  // namespace liaison::case_files
