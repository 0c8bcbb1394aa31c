#include "testing/comparison.h"

#include <charconv>
#include <utility>

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

// The Chinese of each key a case file compares (docs/testing-policies.md).
constexpr std::pair<std::string_view, std::string_view> kKeyWords[] = {
    {"status", "状态"},
    {"required", "要求值"},
    {"actual", "实际值"},
    {"shortfall", "差额"},
    {"maximum", "上限值"},
    {"pace", "进度"},
    {"set_aside", "未计入活动数"},
    {"missing", "缺少项"},
    {"not_allowed", "不允许的联系点"},
    {"due", "截止日期"},
    {"submitted", "提交日期"},
    {"participation", "参加情况"},
    {"binding_met", "达标的约束性规则数"},
    {"binding_rules", "约束性规则数"},
    {"score", "得分"},
    {"task_completion", "任务完成度"},
    {"eligible_grade", "可评等次"},
    {"accepted_expenses", "认可的费用报销数"},
    {"rejected_expenses", "不予报销数"},
    {"base", "名额基数"},
    {"violations", "等次检查问题"},
};

// How a Chinese message shows a named value: its Chinese label, else its id.
std::string ShownZh(const NamedValue& value) {
  return value.zh.empty() ? Quoted(value.id) : value.zh;
}

// How a Chinese message shows what a case expected instead of `actual`: the
// Chinese of the value of its kind it names, else the text as written.
std::string ExpectedZh(std::string_view expected, const NamedValue& actual) {
  for (const auto& [id, zh] : actual.others) {
    if (expected == id || expected == zh) return zh;
  }
  return Quoted(expected);
}

}  // namespace

std::string Quoted(std::string_view text) {
  std::string out;
  json::AppendQuoted(out, text);
  return out;
}

LocalizedText Keyed(const LocalizedText& subject, std::string_view key) {
  std::string_view zh = key;
  for (const auto& [english, chinese] : kKeyWords) {
    if (english == key) zh = chinese;
  }
  return {StrCat(subject.zh, " ", zh), StrCat(subject.en, " ", key)};
}

void Comparison::Expect(const JsonPath& path, const LocalizedText& subject,
                        std::string_view expected, std::string_view actual) {
  const std::string expected_text(expected), actual_text(actual);
  Expect(path, subject, {expected_text, expected_text}, {actual_text, actual_text});
}

void Comparison::Expect(const JsonPath& path, const LocalizedText& subject,
                        const LocalizedText& expected, const LocalizedText& actual) {
  ++result_.checks;
  if (expected.en == actual.en) return;
  result_.failures.push_back({path.ToString(), expected.en, actual.en,
                              StrCat(subject.en, ": expected ", expected.en, ", got ", actual.en),
                              StrCat(subject.zh, "：应为 ", expected.zh, "，实为 ", actual.zh)});
}

void Comparison::Integer(ObjectReader& reader, std::string_view key, const LocalizedText& subject,
                         std::int64_t actual) {
  if (auto expected = reader.Integer(key, kOptional, INT64_MIN / 2, INT64_MAX / 2)) {
    Expect(reader.path().Key(key), Keyed(subject, key), StrCat(*expected), StrCat(actual));
  }
}

void Comparison::String(ObjectReader& reader, std::string_view key, const LocalizedText& subject,
                        std::string_view actual) {
  if (auto expected = reader.String(key, kOptional)) {
    Expect(reader.path().Key(key), Keyed(subject, key), Quoted(*expected), Quoted(actual));
  }
}

void Comparison::Word(ObjectReader& reader, std::string_view key, const LocalizedText& subject,
                      const NamedValue& actual) {
  if (auto expected = reader.String(key, kOptional)) {
    const std::string shown = Quoted(actual.id);
    const bool same = *expected == actual.id;
    Expect(reader.path().Key(key), Keyed(subject, key),
           {same ? ShownZh(actual) : ExpectedZh(*expected, actual), Quoted(*expected)},
           {ShownZh(actual), shown});
  }
}

std::optional<element> Comparison::NonNullExpectation(ObjectReader& reader,
                                                      std::string_view key,
                                                      const LocalizedText& subject,
                                                      const LocalizedText& shown) {
  std::optional<element> value = reader.Element(key, kOptional);
  if (!value) return std::nullopt;
  if (value->is_null()) {
    Expect(reader.path().Key(key), Keyed(subject, key), {"无", "null"}, shown);
    return std::nullopt;
  }
  return value;
}

void Comparison::OptionalString(ObjectReader& reader, std::string_view key,
                                const LocalizedText& subject,
                                const std::optional<std::string>& actual) {
  const LocalizedText shown = actual ? LocalizedText{Quoted(*actual), Quoted(*actual)}
                                     : LocalizedText{"无", "null"};
  std::optional<element> value = NonNullExpectation(reader, key, subject, shown);
  if (!value) return;
  std::optional<std::string_view> expected =
      json::ReadString(*value, reader.path().Key(key), problems_);
  if (expected) {
    Expect(reader.path().Key(key), Keyed(subject, key), {Quoted(*expected), Quoted(*expected)},
           shown);
  }
}

void Comparison::ExpectNamed(const JsonPath& path, const LocalizedText& subject,
                             std::string_view expected, const NamedValue& actual) {
  if (actual.id.empty()) {
    Expect(path, subject, {ExpectedZh(expected, actual), Quoted(expected)}, {"无", "null"});
    return;
  }
  bool names = expected == actual.id;
  for (const std::string& label : actual.labels) names = names || expected == label;
  const std::string shown = Quoted(actual.id);
  Expect(path, subject,
         {names ? ShownZh(actual) : ExpectedZh(expected, actual),
          names ? shown : Quoted(expected)},
         {ShownZh(actual), shown});
}

void Comparison::Named(ObjectReader& reader, std::string_view key, const LocalizedText& subject,
                       const NamedValue& actual) {
  const LocalizedText shown = actual.id.empty() ? LocalizedText{"无", "null"}
                                                : LocalizedText{ShownZh(actual), Quoted(actual.id)};
  std::optional<element> value = NonNullExpectation(reader, key, subject, shown);
  if (!value) return;
  std::optional<std::string_view> expected =
      json::ReadString(*value, reader.path().Key(key), problems_);
  if (expected) ExpectNamed(reader.path().Key(key), Keyed(subject, key), *expected, actual);
}

void Comparison::OptionalInteger(ObjectReader& reader, std::string_view key,
                                 const LocalizedText& subject,
                                 const std::optional<std::int64_t>& actual) {
  const LocalizedText shown = actual ? LocalizedText{StrCat(*actual), StrCat(*actual)}
                                     : LocalizedText{"无", "null"};
  std::optional<element> value = NonNullExpectation(reader, key, subject, shown);
  if (!value) return;
  std::int64_t expected = 0;
  if (value->get_int64().get(expected) != simdjson::SUCCESS) {
    problems_.Add(reader.path().Key(key), "expected an integer or null", "应为整数或 null");
    return;
  }
  Expect(reader.path().Key(key), Keyed(subject, key), {StrCat(expected), StrCat(expected)}, shown);
}

void Comparison::Range(ObjectReader& reader, std::string_view key, const LocalizedText& subject,
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
  const LocalizedText keyed = Keyed(subject, key);
  result_.failures.push_back(
      {path.ToString(), expected, Number(actual),
       StrCat(keyed.en, ": expected within ", expected, ", got ", Number(actual)),
       StrCat(keyed.zh, "：应在 ", expected, " 之内，实为 ", Number(actual))});
}

void Comparison::StringList(ObjectReader& reader, std::string_view key,
                            const LocalizedText& subject, const std::vector<std::string>& actual) {
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
  Expect(reader.path().Key(key), Keyed(subject, key), expected + "]", shown + "]");
}

}  // namespace liaison
