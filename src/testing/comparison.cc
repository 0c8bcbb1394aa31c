#include "testing/comparison.h"

#include <charconv>

#include "json/json_writer.h"

namespace liaison {
namespace {

using json::JsonPath;
using json::kOptional;
using json::kRequired;
using json::ObjectReader;
using simdjson::dom::element;

std::string Number(double value) {
  char buffer[32];
  auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  return std::string(buffer, result.ptr);
}

}  // namespace

std::string Quoted(std::string_view text) {
  std::string out;
  json::AppendQuoted(out, text);
  return out;
}

void Comparison::Expect(const JsonPath& path, std::string_view subject,
                        std::string_view expected, std::string_view actual) {
  const std::string subject_text(subject), expected_text(expected), actual_text(actual);
  Expect(path, {subject_text, subject_text}, {expected_text, expected_text},
         {actual_text, actual_text});
}

void Comparison::Expect(const JsonPath& path, const LocalizedText& subject,
                        const LocalizedText& expected, const LocalizedText& actual) {
  ++result_.checks;
  if (expected.en == actual.en) return;
  result_.failures.push_back({path.ToString(), expected.en, actual.en,
                              StrCat(subject.en, ": expected ", expected.en, ", got ", actual.en),
                              StrCat(subject.zh, "：应为 ", expected.zh, "，实为 ", actual.zh)});
}

void Comparison::Integer(ObjectReader& reader, std::string_view key, std::string_view subject,
                         std::int64_t actual) {
  if (auto expected = reader.Integer(key, kOptional, INT64_MIN / 2, INT64_MAX / 2)) {
    Expect(reader.path().Key(key), StrCat(subject, " ", key), StrCat(*expected),
           StrCat(actual));
  }
}

void Comparison::String(ObjectReader& reader, std::string_view key, std::string_view subject,
                        std::string_view actual) {
  if (auto expected = reader.String(key, kOptional)) {
    Expect(reader.path().Key(key), StrCat(subject, " ", key), Quoted(*expected),
           Quoted(actual));
  }
}

std::optional<element> Comparison::NonNullExpectation(ObjectReader& reader,
                                                      std::string_view key,
                                                      std::string_view subject,
                                                      std::string_view shown) {
  std::optional<element> value = reader.Element(key, kOptional);
  if (!value) return std::nullopt;
  if (value->is_null()) {
    Expect(reader.path().Key(key), StrCat(subject, " ", key), "null", shown);
    return std::nullopt;
  }
  return value;
}

void Comparison::OptionalString(ObjectReader& reader, std::string_view key,
                                std::string_view subject,
                                const std::optional<std::string>& actual) {
  const std::string shown = actual ? Quoted(*actual) : "null";
  std::optional<element> value = NonNullExpectation(reader, key, subject, shown);
  if (!value) return;
  std::optional<std::string_view> expected =
      json::ReadString(*value, reader.path().Key(key), problems_);
  if (expected) Expect(reader.path().Key(key), StrCat(subject, " ", key), Quoted(*expected), shown);
}

void Comparison::OptionalInteger(ObjectReader& reader, std::string_view key,
                                 std::string_view subject,
                                 const std::optional<std::int64_t>& actual) {
  const std::string shown = actual ? StrCat(*actual) : "null";
  std::optional<element> value = NonNullExpectation(reader, key, subject, shown);
  if (!value) return;
  std::int64_t expected = 0;
  if (value->get_int64().get(expected) != simdjson::SUCCESS) {
    problems_.Add(reader.path().Key(key), "expected an integer or null", "应为整数或 null");
    return;
  }
  Expect(reader.path().Key(key), StrCat(subject, " ", key), StrCat(expected), shown);
}

void Comparison::Range(ObjectReader& reader, std::string_view key, std::string_view subject,
                       double actual) {
  std::optional<element> value = reader.Element(key, kOptional);
  if (!value) return;
  JsonPath path = reader.path().Key(key);
  ObjectReader range(*value, path, problems_);
  std::optional<double> min = range.Number("min", kRequired, -1e300, 1e300);
  std::optional<double> max = range.Number("max", kRequired, -1e300, 1e300);
  range.RejectUnknownKeys();
  if (!min || !max) return;
  ++result_.checks;
  if (actual >= *min && actual <= *max) return;
  const std::string expected = StrCat("[", Number(*min), ", ", Number(*max), "]");
  result_.failures.push_back(
      {path.ToString(), expected, Number(actual),
       StrCat(subject, " ", key, ": expected within ", expected, ", got ", Number(actual)),
       StrCat(subject, " ", key, "：应在 ", expected, " 之内，实为 ", Number(actual))});
}

void Comparison::StringList(ObjectReader& reader, std::string_view key, std::string_view subject,
                            const std::vector<std::string>& actual) {
  std::optional<simdjson::dom::array> array = reader.Array(key, kOptional);
  if (!array) return;
  std::string expected = "[", shown = "[";
  std::size_t index = 0;
  for (element entry : *array) {
    auto text = json::ReadString(entry, reader.path().Key(key).Index(index), problems_);
    StrAppend(&expected, index++ == 0 ? "" : ",", Quoted(text.value_or("")));
  }
  for (std::size_t i = 0; i < actual.size(); ++i) {
    StrAppend(&shown, i == 0 ? "" : ",", Quoted(actual[i]));
  }
  Expect(reader.path().Key(key), StrCat(subject, " ", key), expected + "]", shown + "]");
}

}  // namespace liaison
