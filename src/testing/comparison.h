// Comparison: a case file's expectations against the values a run produced.
//
// Each call reads one expectation from the case file (through the
// ObjectReader positioned on its object), compares it with the actual value
// and counts one check; a mismatch becomes a CaseFailure naming the
// expectation's JSON path, the expected and actual values as JSON text and a
// message in English and Chinese that names what was checked as a person
// does ("c01 林晓, Lectures: actual expected 5, got 4", "林晓（c01）集中宣讲：
// 实际值 应为 5，实为 4"; words such as statuses in each language's labels).
// A key the case does not
// give is not compared. Expectations that are not well-formed are problems
// of the case file, reported to `problems`.
//
//   Comparison compare(result, problems);
//   compare.Integer(rule, "actual", Subject("c01 lectures"), finding.actual);
#ifndef LIAISON_SRC_TESTING_COMPARISON_H_
#define LIAISON_SRC_TESTING_COMPARISON_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/absl_compat.h"
#include "json/object_reader.h"
#include "liaison/case_runner.h"
#include "liaison/localized_text.h"
#include "simdjson.h"

namespace liaison {

// A value a case may give by its id or by one of its labels: a grade
// ("excellent", "优"), a status ("met", "已达标", "达标"). `words` is how a
// message shows it (empty: by its id), and `others` how it shows the other
// values of its kind an expectation may name. An empty id is none (JSON null).
struct NamedValue {
  struct Other {
    std::string id;
    LocalizedText words;
  };
  std::string id;
  std::vector<std::string> labels;
  LocalizedText words;
  std::vector<Other> others;
};

// What a check is about, in both languages; ids ("c01", "lectures") read the
// same in both.
inline LocalizedText Subject(std::string_view id) { return {std::string(id), std::string(id)}; }

class Comparison {
 public:
  Comparison(CaseResult& result, json::Problems& problems) : result_(result), problems_(problems) {}

  // One check of `expected` against `actual`, both JSON text (or, when a
  // value is missing altogether, what was expected and what was found).
  void Expect(const json::JsonPath& path, const LocalizedText& subject,
              std::string_view expected, std::string_view actual);
  // The same with what was expected and found in words, in both languages
  // (the failure's expected and actual are the English).
  void Expect(const json::JsonPath& path, const LocalizedText& subject,
              const LocalizedText& expected, const LocalizedText& actual);

  // The expectation under `key`, if given, against `actual`; `subject` names
  // what is compared ("c01 林晓, Lectures"), and the message names the key
  // after it (in Chinese by its meaning: "林晓（c01）集中宣讲：实际值 …").
  void Integer(json::ObjectReader& reader, std::string_view key, const LocalizedText& subject,
               std::int64_t actual);
  void String(json::ObjectReader& reader, std::string_view key, const LocalizedText& subject,
              std::string_view actual);
  // A string that must be `actual`'s id ("on_pace"), shown in a message by
  // `actual.words` ("进度正常").
  void Word(json::ObjectReader& reader, std::string_view key, const LocalizedText& subject,
            const NamedValue& actual);
  // A string or null against an optional actual value.
  void OptionalString(json::ObjectReader& reader, std::string_view key,
                      const LocalizedText& subject, const std::optional<std::string>& actual);
  // An integer or null against an optional actual value.
  void OptionalInteger(json::ObjectReader& reader, std::string_view key,
                       const LocalizedText& subject, const std::optional<std::int64_t>& actual);
  // {"min": a, "max": b}: the actual value must lie in [a, b].
  void Range(json::ObjectReader& reader, std::string_view key, const LocalizedText& subject,
             double actual);
  // A string naming `actual` by its id or a label, or null for none.
  void Named(json::ObjectReader& reader, std::string_view key, const LocalizedText& subject,
             const NamedValue& actual);
  // The same for an expectation already read as a string.
  void ExpectNamed(const json::JsonPath& path, const LocalizedText& subject,
                   std::string_view expected, const NamedValue& actual);
  // None (an expectation of JSON null) against `actual`.
  void ExpectNone(const json::JsonPath& path, const LocalizedText& subject,
                  const NamedValue& actual);
  // A list of strings, in order.
  void StringList(json::ObjectReader& reader, std::string_view key, const LocalizedText& subject,
                  const std::vector<std::string>& actual);

  json::Problems& problems() { return problems_; }

  // Calls visit(entry key, entry value, entry path) for each entry of the
  // object under `key` (an object keyed by `what`, e.g. "cadre id").
  template <typename Visit>
  void ForEachKeyed(json::ObjectReader& reader, std::string_view key, std::string_view what,
                    Visit visit) {
    std::optional<simdjson::dom::element> value = reader.Element(key, json::kOptional);
    if (!value) return;
    json::JsonPath path = reader.path().Key(key);
    simdjson::dom::object object;
    if (value->get_object().get(object) != simdjson::SUCCESS) {
      problems_.Add(path, StrCat("expected an object keyed by ", what),
                    StrCat("应为以", what == "cadre id" ? "干部编号" : what == "rule id" ? "规则编号"
                                   : what == "department id" ? "部门编号" : what,
                           "为键的对象"));
      return;
    }
    for (simdjson::dom::key_value_pair entry : object) {
      visit(entry.key, entry.value, path.Key(entry.key));
    }
  }

 private:
  // A value as the failure records it (JSON text) and as messages say it.
  struct Shown {
    std::string json;
    LocalizedText words;
  };
  static Shown AsJson(std::string text) { return {text, {text, text}}; }
  static Shown InWords(const LocalizedText& words) { return {words.en, words}; }

  // One check, equal when the JSON text is; `key` (when not empty) names
  // the value checked after the subject ("状态" / "status").
  void Check(const json::JsonPath& path, const LocalizedText& subject, const LocalizedText& key,
             const Shown& expected, const Shown& actual);

  // ExpectNamed with the key checked.
  void CheckNamed(const json::JsonPath& path, const LocalizedText& subject,
                  const LocalizedText& key, std::string_view expected, const NamedValue& actual);

  // The expectation under `key` when the case gives one that is not null; a
  // null one is compared here with `shown`, the actual value.
  std::optional<simdjson::dom::element> NonNullExpectation(json::ObjectReader& reader,
                                                           std::string_view key,
                                                           const LocalizedText& subject,
                                                           const Shown& shown);

  CaseResult& result_;
  json::Problems& problems_;
};

// `text` as a JSON string literal.
std::string Quoted(std::string_view text);

// An expectation's key in a message: in English the key ("actual"), in
// Chinese its meaning ("实际值"; a key that is an id, such as a grade's, as
// it is).
LocalizedText KeyWords(std::string_view key);

}  // namespace liaison

#endif  // LIAISON_SRC_TESTING_COMPARISON_H_
