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

// What a message shows for none (JSON null).
const LocalizedText kNone{"无", "none"};

// How a message shows a named value: its words, else its id.
LocalizedText ShownWords(const NamedValue& value) {
  return value.words.zh.empty() ? LocalizedText{Quoted(value.id), Quoted(value.id)} : value.words;
}

// How a message shows what a case expected instead of `actual`: the words of
// the value of its kind it names, else the text as written.
LocalizedText ExpectedWords(std::string_view expected, const NamedValue& actual) {
  for (const NamedValue::Other& other : actual.others) {
    if (expected == other.id || expected == other.words.zh || expected == other.words.en) {
      return other.words;
    }
  }
  return {Quoted(expected), Quoted(expected)};
}

}  // namespace

std::string Quoted(std::string_view text) {
  std::string out;
  json::AppendQuoted(out, text);
  return out;
}

LocalizedText KeyWords(std::string_view key) {
  std::string_view zh = key;
  for (const auto& [english, chinese] : kKeyWords) {
    if (english == key) zh = chinese;
  }
  return {std::string(zh), std::string(key)};
}

void Comparison::Expect(const JsonPath& path, const LocalizedText& subject,
                        std::string_view expected, std::string_view actual) {
  Check(path, subject, {}, AsJson(std::string(expected)), AsJson(std::string(actual)));
}

void Comparison::Expect(const JsonPath& path, const LocalizedText& subject,
                        const LocalizedText& expected, const LocalizedText& actual) {
  Check(path, subject, {}, InWords(expected), InWords(actual));
}

void Comparison::Check(const JsonPath& path, const LocalizedText& subject,
                       const LocalizedText& key, const Shown& expected, const Shown& actual) {
  ++result_.checks;
  if (expected.json == actual.json) return;
  const std::string key_zh = key.zh.empty() ? "" : key.zh + " ";
  const std::string key_en = key.en.empty() ? "" : key.en + " ";
  result_.failures.push_back(
      {path.ToString(), expected.json, actual.json,
       StrCat(subject.en, ": ", key_en, "expected ", expected.words.en, ", got ", actual.words.en),
       StrCat(subject.zh, "：", key_zh, "应为 ", expected.words.zh, "，实为 ", actual.words.zh)});
}

void Comparison::Integer(ObjectReader& reader, std::string_view key, const LocalizedText& subject,
                         std::int64_t actual) {
  if (auto expected = reader.Integer(key, kOptional, INT64_MIN / 2, INT64_MAX / 2)) {
    Check(reader.path().Key(key), subject, KeyWords(key), AsJson(StrCat(*expected)),
          AsJson(StrCat(actual)));
  }
}

void Comparison::String(ObjectReader& reader, std::string_view key, const LocalizedText& subject,
                        std::string_view actual) {
  if (auto expected = reader.String(key, kOptional)) {
    Check(reader.path().Key(key), subject, KeyWords(key), AsJson(Quoted(*expected)),
          AsJson(Quoted(actual)));
  }
}

void Comparison::Word(ObjectReader& reader, std::string_view key, const LocalizedText& subject,
                      const NamedValue& actual) {
  if (auto expected = reader.String(key, kOptional)) {
    const bool same = *expected == actual.id;
    Check(reader.path().Key(key), subject, KeyWords(key),
          {Quoted(*expected), same ? ShownWords(actual) : ExpectedWords(*expected, actual)},
          {Quoted(actual.id), ShownWords(actual)});
  }
}

std::optional<element> Comparison::NonNullExpectation(ObjectReader& reader,
                                                      std::string_view key,
                                                      const LocalizedText& subject,
                                                      const Shown& shown) {
  std::optional<element> value = reader.Element(key, kOptional);
  if (!value) return std::nullopt;
  if (value->is_null()) {
    Check(reader.path().Key(key), subject, KeyWords(key), {"null", kNone}, shown);
    return std::nullopt;
  }
  return value;
}

void Comparison::OptionalString(ObjectReader& reader, std::string_view key,
                                const LocalizedText& subject,
                                const std::optional<std::string>& actual) {
  const Shown shown = actual ? AsJson(Quoted(*actual)) : Shown{"null", kNone};
  std::optional<element> value = NonNullExpectation(reader, key, subject, shown);
  if (!value) return;
  std::optional<std::string_view> expected =
      json::ReadString(*value, reader.path().Key(key), problems_);
  if (expected) {
    Check(reader.path().Key(key), subject, KeyWords(key), AsJson(Quoted(*expected)), shown);
  }
}

void Comparison::ExpectNamed(const JsonPath& path, const LocalizedText& subject,
                             std::string_view expected, const NamedValue& actual) {
  CheckNamed(path, subject, {}, expected, actual);
}

void Comparison::CheckNamed(const JsonPath& path, const LocalizedText& subject,
                            const LocalizedText& key, std::string_view expected,
                            const NamedValue& actual) {
  if (actual.id.empty()) {
    Check(path, subject, key, {Quoted(expected), ExpectedWords(expected, actual)}, {"null", kNone});
    return;
  }
  bool names = expected == actual.id;
  for (const std::string& label : actual.labels) names = names || expected == label;
  const std::string shown = Quoted(actual.id);
  Check(path, subject, key,
        {names ? shown : Quoted(expected),
         names ? ShownWords(actual) : ExpectedWords(expected, actual)},
        {shown, ShownWords(actual)});
}

void Comparison::ExpectNone(const JsonPath& path, const LocalizedText& subject,
                            const NamedValue& actual) {
  Check(path, subject, {}, {"null", kNone},
        actual.id.empty() ? Shown{"null", kNone} : Shown{Quoted(actual.id), ShownWords(actual)});
}

void Comparison::Named(ObjectReader& reader, std::string_view key, const LocalizedText& subject,
                       const NamedValue& actual) {
  const Shown shown = actual.id.empty() ? Shown{"null", kNone}
                                        : Shown{Quoted(actual.id), ShownWords(actual)};
  std::optional<element> value = NonNullExpectation(reader, key, subject, shown);
  if (!value) return;
  std::optional<std::string_view> expected =
      json::ReadString(*value, reader.path().Key(key), problems_);
  if (expected) CheckNamed(reader.path().Key(key), subject, KeyWords(key), *expected, actual);
}

void Comparison::OptionalInteger(ObjectReader& reader, std::string_view key,
                                 const LocalizedText& subject,
                                 const std::optional<std::int64_t>& actual) {
  const Shown shown = actual ? AsJson(StrCat(*actual)) : Shown{"null", kNone};
  std::optional<element> value = NonNullExpectation(reader, key, subject, shown);
  if (!value) return;
  std::int64_t expected = 0;
  if (value->get_int64().get(expected) != simdjson::SUCCESS) {
    problems_.Add(reader.path().Key(key), "expected an integer or null", "应为整数或 null");
    return;
  }
  Check(reader.path().Key(key), subject, KeyWords(key), AsJson(StrCat(expected)), shown);
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
  const LocalizedText keyed = KeyWords(key);
  result_.failures.push_back(
      {path.ToString(), expected, Number(actual),
       StrCat(subject.en, ": ", keyed.en, " expected within ", expected, ", got ", Number(actual)),
       StrCat(subject.zh, "：", keyed.zh, " 应在 ", expected, " 之内，实为 ", Number(actual))});
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
  Check(reader.path().Key(key), subject, KeyWords(key), AsJson(expected + "]"),
        AsJson(shown + "]"));
}

}  // namespace liaison
