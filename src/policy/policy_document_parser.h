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

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

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
  static constexpr std::int64_t kMaxCount = 1'000'000;
  using Repeats = TermRefReader::Repeats;

  // policy_parser.cc
  void ParsePeriod(json::ObjectReader& top);
  void ParseVocabulary(json::ObjectReader& top);
  TermList TermListField(json::ObjectReader& parent, std::string_view key, std::size_t limit);
  void ParseParticipation(json::ObjectReader& top);
  void ParseCounting(json::ObjectReader& top);

  // contact_points_parser.cc
  void ParseContactPoints(json::ObjectReader& top);
  void ParseContactPointSet(json::ObjectReader& reader, const json::JsonPath& path,
                            ContactPointPolicy& policy, bool& has_default_set);
  void ParseKindMinimums(json::ObjectReader& set_reader, std::optional<std::int64_t> max,
                         ContactPointSet& set);

  // rules_parser.cc
  void ParseRules(json::ObjectReader& top);
  TaskRule ParseRule(json::ObjectReader& reader, const json::JsonPath& path);
  void ParseKindFields(json::ObjectReader& reader, const json::JsonPath& path,
                       std::optional<std::int64_t> min, std::optional<std::int64_t> max,
                       TaskRule& rule);
  void ParseCoverageAreas(json::ObjectReader& reader, const json::JsonPath& path,
                          bool min_given, TaskRule& rule);
  void ParseMatch(json::ObjectReader& rule_reader, TaskRule& rule);
  void ParseAppliesTo(json::ObjectReader& rule_reader, TaskRule& rule);
  bool KindOnly(json::ObjectReader& reader, const TaskRule& rule, std::string_view key,
                std::initializer_list<RuleKind> kinds);
  const TaskRule* FindRule(std::string_view id) const;
  void ParseProration(json::ObjectReader& top);
  void ParseOverride(json::ObjectReader& reader, const json::JsonPath& path,
                     Proration& proration);
  void ParseCheckpoints(json::ObjectReader& top);
  void ParseDepartmentRules(json::ObjectReader& top);

  // grading_parser.cc
  void ParseGrading(json::ObjectReader& top);
  void ParseScale(json::ObjectReader& reader);
  void ParseCaps(json::ObjectReader& reader);
  void ParseTieKeys(json::ObjectReader& reader);
  void ParseEligibility(json::ObjectReader& reader);
  void ParseFloors(json::ObjectReader& reader);
  void ParseWeights(json::ObjectReader& reader);

  // Field readers every section uses (policy_parser.cc).
  LocalizedText Localized(json::ObjectReader& parent, std::string_view key, json::Need need);
  // The clause a value comes from; required where an explanation cites it.
  std::string Basis(json::ObjectReader& reader, json::Need need);
  // A month-day that must fall inside the policy period.
  std::optional<MonthDay> DateInPeriod(json::ObjectReader& reader, std::string_view key,
                                       json::Need need);
  // An id of a term, a rule or a policy: 1–64 of a-z, 0-9, '_', '-', '.',
  // starting with a letter or digit.
  static bool IsIdentifier(std::string_view id);

  template <typename Enum, std::size_t N>
  std::optional<Enum> EnumField(json::ObjectReader& reader, std::string_view key,
                                json::Need need, const EnumName<Enum> (&table)[N]) {
    std::optional<std::string_view> name = reader.String(key, need);
    if (!name) return std::nullopt;
    std::optional<Enum> value = ValueOf(table, *name);
    if (!value) {
      problems_.Add(reader.path().Key(key),
                    StrCat("\"", *name, "\" is not one of ", AllowedNames(table)));
    }
    return value;
  }

  json::Problems& problems_;
  TermRefReader refs_{problems_, "this policy"};
  PolicyDocument doc_;
  bool period_valid_ = true;
};

}  // namespace liaison

#endif  // LIAISON_SRC_POLICY_POLICY_DOCUMENT_PARSER_H_
