// PolicyDocumentParser: the parser behind ParsePolicyDocument, one method per
// section of a policy document, each reading its section into the document
// and reporting every problem with its JSON path. The sections are read in
// four files:
//   policy_parser.cc          the top level, period, vocabulary, participation
//                             and counting, and the field readers all share;
//   rules_parser.cc           rules (their match, applies_to and kind-only
//                             fields), proration, checkpoints, department rules;
//   contact_points_parser.cc  the contact-point policy and its sets;
//   grading_parser.cc         grading: scale, caps, tie keys, eligibility,
//                             floors and weights.
//
// Where an entry of a list is checked against the entries before it (an id
// used twice), its unknown keys are reported first: those decoders call
// RejectUnknownKeys before the check, and json::ForEachObject's own call
// after them finds nothing more to report.
#ifndef LIAISON_SRC_POLICY_POLICY_DOCUMENT_PARSER_H_
#define LIAISON_SRC_POLICY_POLICY_DOCUMENT_PARSER_H_

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/absl_compat.h"
#include "base/enum_names.h"
#include "json/object_reader.h"
#include "liaison/policy_document.h"
#include "policy/term_refs.h"

namespace liaison {

class PolicyDocumentParser {
 public:
  explicit PolicyDocumentParser(json::Problems& problems) : problems_(problems) {}

  // The document `root` holds; its problems are in `problems`.
  PolicyDocument Parse(simdjson::dom::element root);

 private:
  // The names every section uses.
  using JsonPath = json::JsonPath;
  using ObjectReader = json::ObjectReader;
  using Repeats = TermRefReader::Repeats;
  using element = simdjson::dom::element;
  static constexpr json::Need kOptional = json::kOptional;
  static constexpr json::Need kRequired = json::kRequired;
  static constexpr std::int64_t kMaxCount = 1'000'000;

  // policy_parser.cc
  void ParsePeriod(ObjectReader& top);
  void ParseVocabulary(ObjectReader& top);
  TermList TermListField(ObjectReader& parent, std::string_view key, std::size_t limit);
  void ParseParticipation(ObjectReader& top);
  void ParseCounting(ObjectReader& top);

  // contact_points_parser.cc
  void ParseContactPoints(ObjectReader& top);
  void ParseContactPointSet(ObjectReader& reader, const JsonPath& path,
                            ContactPointPolicy& policy, bool& has_default_set);
  void ParseKindMinimums(ObjectReader& set_reader, std::optional<std::int64_t> max,
                         ContactPointSet& set);

  // rules_parser.cc
  void ParseRules(ObjectReader& top);
  TaskRule ParseRule(ObjectReader& reader, const JsonPath& path);
  void ParseKindFields(ObjectReader& reader, const JsonPath& path,
                       std::optional<std::int64_t> min, std::optional<std::int64_t> max,
                       TaskRule& rule);
  void ParseCoverageAreas(ObjectReader& reader, const JsonPath& path,
                          bool min_given, TaskRule& rule);
  void ParseMatch(ObjectReader& rule_reader, TaskRule& rule);
  void ParseAppliesTo(ObjectReader& rule_reader, TaskRule& rule);
  bool KindOnly(ObjectReader& reader, const TaskRule& rule, std::string_view key,
                std::initializer_list<RuleKind> kinds);
  const TaskRule* FindRule(std::string_view id) const;
  void ParseProration(ObjectReader& top);
  void ParseOverride(ObjectReader& reader, const JsonPath& path,
                     Proration& proration);
  void ParseCheckpoints(ObjectReader& top);
  void ParseDepartmentRules(ObjectReader& top);

  // grading_parser.cc
  void ParseGrading(ObjectReader& top);
  void ParseScale(ObjectReader& reader);
  void ParseCaps(ObjectReader& reader);
  void ParseTieKeys(ObjectReader& reader);
  void ParseEligibility(ObjectReader& reader);
  void ParseFloors(ObjectReader& reader);
  void ParseWeights(ObjectReader& reader);

  // Field readers every section uses (policy_parser.cc).
  LocalizedText Localized(ObjectReader& parent, std::string_view key, json::Need need);
  // The clause a value comes from; required where an explanation cites it.
  std::string Basis(ObjectReader& reader, json::Need need);
  // A month-day that must fall inside the policy period.
  std::optional<MonthDay> DateInPeriod(ObjectReader& reader, std::string_view key,
                                       json::Need need);
  // The "id" of an entry of a list whose earlier entries are `earlier`;
  // reported, with `message` (and its Chinese `message_zh`), when one of them
  // has it already.
  template <typename Entry>
  std::string UniqueId(ObjectReader& reader, const std::vector<Entry>& earlier,
                       std::string_view message, std::string_view message_zh) {
    std::optional<std::string_view> id = reader.String("id", kRequired);
    if (!id) return std::string();
    for (const Entry& entry : earlier) {
      if (entry.id == *id) {
        problems_.Add(reader.path().Key("id"), std::string(message), std::string(message_zh));
      }
    }
    return std::string(*id);
  }
  // An id of a term, a rule or a policy: 1–64 of a-z, 0-9, '_', '-', '.',
  // starting with a letter or digit.
  static bool IsIdentifier(std::string_view id);

  template <typename Enum, std::size_t N>
  std::optional<Enum> EnumField(ObjectReader& reader, std::string_view key,
                                json::Need need, const EnumName<Enum> (&table)[N]) {
    std::optional<std::string_view> name = reader.String(key, need);
    if (!name) return std::nullopt;
    std::optional<Enum> value = ValueOf(table, *name);
    if (!value) {
      problems_.Add(reader.path().Key(key),
                    StrCat("\"", *name, "\" is not one of ", AllowedNames(table)),
                    StrCat("“", *name, "”不是以下之一：", AllowedNames(table)));
    }
    return value;
  }

  // The values of `table` the array of names at `key` names, in its order.
  // With Repeats::kRejected, a value named again is reported and left out.
  template <typename Enum, std::size_t N>
  std::vector<Enum> EnumListField(ObjectReader& reader, std::string_view key,
                                  const EnumName<Enum> (&table)[N], Repeats repeats) {
    std::vector<Enum> values;
    std::optional<simdjson::dom::array> array = reader.Array(key, kOptional);
    if (!array) return values;
    const JsonPath list_path = reader.path().Key(key);
    std::size_t index = 0;
    for (element entry : *array) {
      const JsonPath path = list_path.Index(index++);
      std::optional<std::string_view> name = json::ReadString(entry, path, problems_);
      if (!name) continue;
      std::optional<Enum> value = ValueOf(table, *name);
      if (!value) {
        problems_.Add(path, StrCat("\"", *name, "\" is not one of ", AllowedNames(table)),
                      StrCat("“", *name, "”不是以下之一：", AllowedNames(table)));
      } else if (repeats == Repeats::kRejected &&
                 std::find(values.begin(), values.end(), *value) != values.end()) {
        problems_.Add(path, StrCat("\"", *name, "\" is listed twice"),
                      StrCat("“", *name, "”重复列出"));
      } else {
        values.push_back(*value);
      }
    }
    return values;
  }

  json::Problems& problems_;
  TermRefReader refs_{problems_, TermRefReader::kThisPolicy};
  PolicyDocument doc_;
  bool period_valid_ = true;
};

}  // namespace liaison

#endif  // LIAISON_SRC_POLICY_POLICY_DOCUMENT_PARSER_H_
