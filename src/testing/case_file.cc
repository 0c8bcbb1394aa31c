#include "testing/case_file.h"

#include <fstream>
#include <sstream>
#include <utility>

#include "base/absl_compat.h"
#include "json/object_reader.h"

namespace liaison {
namespace {

using json::JsonPath;
using json::kOptional;
using json::kRequired;
using json::ObjectReader;
using json::Problems;
using simdjson::dom::element;

constexpr std::string_view kCaseSchema = "liaison.case/1";

std::string Resolve(std::string_view base_directory, std::string_view path) {
  if (!path.empty() && path[0] == '/') return std::string(path);
  if (base_directory.empty()) return std::string(path);
  return StrCat(base_directory, "/", path);
}

// A document given by path or inline: {"path": "…"} or {"inline": {…}}. A file
// that cannot be opened is a problem at its "path".
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
    reader.problems().Add(path, "give exactly one of \"path\" and \"inline\"",
                          "“path”与“inline”须给出且只给出其一");
    return absl::InvalidArgumentError("bad source");
  }
  if (inline_document) return DocumentSource{false, simdjson::minify(*inline_document)};
  std::string resolved = Resolve(base_directory, *file);
  if (!std::ifstream(resolved, std::ios::binary)) {
    const std::string message = StrCat("cannot open ", resolved);
    reader.problems().Add(path.Key("path"), message, StrCat("无法打开 ", resolved));
    return absl::NotFoundError(message);
  }
  return DocumentSource{true, std::move(resolved)};
}

// The text of the document under `key`: inline, or the file read.
absl::StatusOr<std::string> DocumentText(ObjectReader& reader, std::string_view key,
                                         std::string_view base_directory) {
  absl::StatusOr<DocumentSource> source = SourceOf(reader, key, base_directory);
  if (!source.ok()) return source.status();
  if (!source->is_file) return std::move(source->text_or_path);
  absl::StatusOr<std::string> text = ReadFileText(source->text_or_path);
  if (!text.ok()) {
    reader.problems().Add(reader.path().Key(key).Key("path"), std::string(text.status().message()),
                          StatusMessageIn(text.status(), Language::kChinese));
  }
  return text;
}

// The case's policy: an embedded policy's id, or a document by path or inline.
absl::StatusOr<Policy> CasePolicy(ObjectReader& top, std::string_view base_directory) {
  std::optional<element> value = top.Element("policy", kRequired);
  if (!value) return absl::InvalidArgumentError("no policy");
  if (value->is_string()) {
    std::string_view id;
    if (value->get_string().get(id) != simdjson::SUCCESS) return absl::InternalError("string");
    absl::StatusOr<Policy> policy = Policy::Embedded(id);
    if (!policy.ok()) {
      top.problems().Add(top.path().Key("policy"), std::string(policy.status().message()),
                         StatusMessageIn(policy.status(), Language::kChinese));
    }
    return policy;
  }
  absl::StatusOr<std::string> text = DocumentText(top, "policy", base_directory);
  if (!text.ok()) return text.status();
  return Policy::FromJson(*text);
}

}  // namespace

absl::StatusOr<std::string> ReadFileText(const std::string& path) {
  std::ifstream file(path, std::ios::binary);
  if (!file) {
    return LocalizedError(absl::StatusCode::kNotFound,
                          {StrCat("无法打开 ", path), StrCat("cannot open ", path)});
  }
  std::ostringstream text;
  text << file.rdbuf();
  return text.str();
}

absl::StatusOr<CaseFile> ReadCaseFile(element root, std::string_view base_directory,
                                      std::string& name) {
  Problems problems;
  JsonPath path;
  ObjectReader top(root, path, problems);
  if (auto schema = top.String("schema", kRequired); schema && *schema != kCaseSchema) {
    problems.Add(path.Key("schema"),
                 StrCat("\"", *schema, "\" is not supported; expected \"", kCaseSchema, "\""),
                 StrCat("不支持“", *schema, "”；应为“", kCaseSchema, "”"));
  }
  if (auto given = top.NonEmptyString("name", kRequired)) name = std::string(*given);
  top.String("description", kOptional);
  std::optional<absl::CivilDay> as_of = top.Date("as_of", kOptional);
  absl::StatusOr<Policy> policy = CasePolicy(top, base_directory);
  // Records are optional: a case may pin down caps alone.
  std::optional<absl::StatusOr<DocumentSource>> records;
  if (top.Has("records")) records = SourceOf(top, "records", base_directory);
  std::optional<element> expect = top.Element("expect", kRequired);
  if (!policy.ok() && problems.empty()) return policy.status();  // its own problems
  const bool records_failed = records && !records->ok();
  if (records && !as_of && !top.Has("as_of")) {
    problems.Add(path.Key("as_of"), "required with \"records\": the date to evaluate them as of",
                 "有“records”时必填：评价记录所依据的日期");
  }
  const bool runnable = problems.empty() && policy.ok() && !records_failed &&
                        (!records || as_of) && expect;
  top.RejectUnknownKeys();
  if (!runnable) return InvalidInput(LocalizedText{"用例", "case"}, problems.Take());
  std::optional<DocumentSource> records_source;
  if (records) records_source = **std::move(records);
  return CaseFile{*std::move(policy), as_of, std::move(records_source), *expect, problems.Take()};
}

}  // namespace liaison
