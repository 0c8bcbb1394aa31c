#include "policy/policy_parser.h"

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "base/absl_compat.h"
#include "base/enum_names.h"
#include "json/object_reader.h"
#include "json/parse_json.h"
#include "base/with_article.h"

namespace liaison {
namespace {

using json::JsonPath;
using json::kOptional;
using json::kRequired;
using json::ObjectReader;
using json::Problems;
using simdjson::dom::element;

constexpr std::int64_t kMaxCount = 1'000'000;
constexpr std::size_t kMaxMaskedTerms = 64;  // kinds are bit masks in a compiled policy

bool IsIdentifier(std::string_view id) {
  if (id.empty() || id.size() > 64) return false;
  for (char c : id) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' ||
                    c == '-' || c == '.';
    if (!ok) return false;
  }
  return id[0] != '-' && id[0] != '.' && id[0] != '_';
}

class PolicyParser {
 public:
  explicit PolicyParser(Problems& problems) : problems_(problems) {}

  PolicyDocument Parse(element root) {
    JsonPath path;
    ObjectReader top(root, path, problems_);
    if (!top.valid()) return std::move(doc_);
    if (std::optional<std::string_view> schema = top.String("schema", kRequired);
        schema && *schema != kPolicySchema) {
      problems_.Add(path.Key("schema"), StrCat("\"", *schema, "\" is not supported; "
                                                     "expected \"", kPolicySchema, "\""));
    }
    if (std::optional<std::string_view> id = top.String("id", kRequired)) {
      if (!IsIdentifier(*id)) {
        problems_.Add(path.Key("id"),
                      "must be 1–64 of a-z, 0-9, '_', '-', '.', starting with a letter or "
                      "digit");
      }
      doc_.id = std::string(*id);
    }
    if (auto version = top.NonEmptyString("version", kRequired)) doc_.version = *version;
    doc_.title = Localized(top, "title", kRequired);
    doc_.issuer = Localized(top, "issuer", kOptional);
    if (auto source = top.String("source", kOptional)) doc_.source = *source;
    if (auto year = top.Integer("year", kRequired, 2000, 2100)) doc_.year = static_cast<int>(*year);
    if (auto recurring = top.Bool("recurring", kOptional)) doc_.recurring = *recurring;
    ParsePeriod(top);
    ParseVocabulary(top);
    ParseParticipation(top);
    ParseContactPoints(top);
    ParseCounting(top);
    ParseRules(top);
    ParseProration(top);
    ParseCheckpoints(top);
    ParseDepartmentRules(top);
    ParseGrading(top);
    top.RejectUnknownKeys();
    return std::move(doc_);
  }

 private:
  LocalizedText Localized(ObjectReader& parent, std::string_view key, json::Need need) {
    LocalizedText text;
    std::optional<element> value = parent.Element(key, need);
    if (!value) return text;
    JsonPath path = parent.path().Key(key);
    ObjectReader reader(*value, path, problems_);
    if (auto zh = reader.NonEmptyString("zh", kRequired)) text.zh = *zh;
    if (auto en = reader.NonEmptyString("en", kRequired)) text.en = *en;
    reader.RejectUnknownKeys();
    return text;
  }

  // The clause a value comes from; required where an explanation cites it.
  std::string Basis(ObjectReader& reader, json::Need need) {
    auto basis = need == kRequired ? reader.NonEmptyString("basis", need)
                                   : reader.String("basis", need);
    return basis ? std::string(*basis) : std::string();
  }

  bool InPeriod(MonthDay day) const {
    return doc_.period_start <= day && day <= doc_.period_end;
  }

  // A month-day that must fall inside the policy period.
  std::optional<MonthDay> DateInPeriod(ObjectReader& reader, std::string_view key,
                                       json::Need need) {
    std::optional<MonthDay> day = reader.MonthDayField(key, need);
    if (day && period_valid_ && !InPeriod(*day)) {
      problems_.Add(reader.path().Key(key),
                    "is outside the policy period; a date must fall within it");
      return std::nullopt;
    }
    return day;
  }

  void ParsePeriod(ObjectReader& top) {
    std::optional<element> value = top.Element("period", kOptional);
    if (!value) return;
    JsonPath path = top.path().Key("period");
    ObjectReader period(*value, path, problems_);
    std::optional<MonthDay> start = period.MonthDayField("start", kRequired);
    std::optional<MonthDay> end = period.MonthDayField("end", kRequired);
    period.RejectUnknownKeys();
    if (!start || !end) {
      period_valid_ = false;
      return;
    }
    if (*end < *start) {
      problems_.Add(path, "start is after end; a period lies within one calendar year");
      period_valid_ = false;
      return;
    }
    doc_.period_start = *start;
    doc_.period_end = *end;
  }

  TermList TermListField(ObjectReader& vocabulary, std::string_view key, std::size_t limit) {
    std::vector<Term> terms;
    std::optional<simdjson::dom::array> array = vocabulary.Array(key, kOptional);
    if (!array) return TermList();
    JsonPath list_path = vocabulary.path().Key(key);
    std::size_t index = 0;
    for (element entry : *array) {
      JsonPath path = list_path.Index(index++);
      ObjectReader reader(entry, path, problems_);
      Term term;
      if (auto id = reader.String("id", kRequired)) {
        if (!IsIdentifier(*id)) {
          problems_.Add(path.Key("id"), StrCat("\"", *id,
                                                     "\" is not an id: use 1–64 of a-z, "
                                                     "0-9, '_', '-', '.'"));
        }
        for (const Term& earlier : terms) {
          if (earlier.id == *id) {
            problems_.Add(path.Key("id"), StrCat("\"", *id, "\" is defined twice"));
          }
        }
        term.id = std::string(*id);
      }
      if (auto zh = reader.NonEmptyString("zh", kRequired)) term.label.zh = *zh;
      if (auto en = reader.NonEmptyString("en", kRequired)) term.label.en = *en;
      reader.RejectUnknownKeys();
      terms.push_back(std::move(term));
    }
    if (terms.size() > limit) {
      problems_.Add(list_path, StrCat(terms.size(), " terms; at most ", limit,
                                            " are allowed"));
    }
    return TermList(std::move(terms));
  }

  void ParseVocabulary(ObjectReader& top) {
    std::optional<element> value = top.Element("vocabulary", kRequired);
    if (!value) return;
    JsonPath path = top.path().Key("vocabulary");
    ObjectReader reader(*value, path, problems_);
    Vocabulary& v = doc_.vocabulary;
    v.activity_kinds = TermListField(reader, "activity_kinds", kMaxMaskedTerms);
    v.contact_point_kinds = TermListField(reader, "contact_point_kinds", kMaxMaskedTerms);
    v.levels = TermListField(reader, "levels", 255);
    v.areas = TermListField(reader, "areas", 255);
    v.submission_kinds = TermListField(reader, "submission_kinds", 255);
    v.ranks = TermListField(reader, "ranks", 255);
    v.tags = TermListField(reader, "tags", 255);
    v.not_rated_reasons = TermListField(reader, "not_rated_reasons", 255);
    reader.RejectUnknownKeys();
  }

  // A reference to a term of `terms`, by id, from `element` at `path`.
  std::optional<TermId> TermRef(element value, const JsonPath& path, const TermList& terms,
                                std::string_view what) {
    std::optional<std::string_view> id = json::ReadString(value, path, problems_);
    if (!id) return std::nullopt;
    std::optional<TermId> term = terms.Find(*id);
    if (!term) {
      problems_.Add(path, StrCat("\"", *id, "\" is not ", WithArticle(what),
                                       " of this policy; defined: ",
                                       terms.empty() ? "none" : terms.JoinedIds()));
    }
    return term;
  }

  std::optional<TermId> TermRefField(ObjectReader& reader, std::string_view key,
                                     json::Need need, const TermList& terms,
                                     std::string_view what) {
    std::optional<element> value = reader.Element(key, need);
    if (!value) return std::nullopt;
    return TermRef(*value, reader.path().Key(key), terms, what);
  }

  std::vector<TermId> TermRefs(ObjectReader& reader, std::string_view key, json::Need need,
                               const TermList& terms, std::string_view what) {
    std::vector<TermId> ids;
    std::optional<simdjson::dom::array> array = reader.Array(key, need);
    if (!array) return ids;
    JsonPath list_path = reader.path().Key(key);
    std::size_t index = 0;
    for (element entry : *array) {
      JsonPath path = list_path.Index(index++);
      std::optional<TermId> id = TermRef(entry, path, terms, what);
      if (!id) continue;
      if (std::find(ids.begin(), ids.end(), *id) != ids.end()) {
        problems_.Add(path, StrCat("\"", terms[*id].id, "\" is listed twice"));
        continue;
      }
      ids.push_back(*id);
    }
    return ids;
  }

  template <typename Enum, std::size_t N>
  std::optional<Enum> EnumField(ObjectReader& reader, std::string_view key, json::Need need,
                                const EnumName<Enum> (&table)[N]) {
    std::optional<std::string_view> name = reader.String(key, need);
    if (!name) return std::nullopt;
    std::optional<Enum> value = ValueOf(table, *name);
    if (!value) {
      problems_.Add(reader.path().Key(key), StrCat("\"", *name, "\" is not one of ",
                                                         AllowedNames(table)));
    }
    return value;
  }

  void ParseParticipation(ObjectReader& top) {
    std::optional<element> value = top.Element("participation", kOptional);
    if (!value) return;
    JsonPath path = top.path().Key("participation");
    ObjectReader reader(*value, path, problems_);
    ParticipationPolicy& p = doc_.participation;
    p.basis = Basis(reader, kOptional);
    if (auto rule = EnumField(reader, "full_time", kOptional, kCategoryRuleNames)) p.full_time = *rule;
    if (auto rule = EnumField(reader, "part_time", kOptional, kCategoryRuleNames)) p.part_time = *rule;
    if (auto rule = EnumField(reader, "seconded", kOptional, kCategoryRuleNames)) p.seconded = *rule;
    if (auto flag = reader.Bool("exemption_requires_approval", kOptional)) {
      p.exemption_requires_approval = *flag;
    }
    reader.RejectUnknownKeys();
  }

  void ParseContactPoints(ObjectReader& top) {
    std::optional<element> value = top.Element("contact_points", kOptional);
    if (!value) return;
    JsonPath path = top.path().Key("contact_points");
    ObjectReader reader(*value, path, problems_);
    if (!reader.valid()) return;
    const Vocabulary& v = doc_.vocabulary;
    ContactPointPolicy policy;
    policy.basis = Basis(reader, kOptional);
    if (auto binding = reader.Bool("binding", kOptional)) policy.binding = *binding;
    policy.allowed_kinds =
        TermRefs(reader, "allowed_kinds", kOptional, v.contact_point_kinds, "contact-point kind");
    if (auto region = reader.String("home_region", kOptional)) policy.home_region = *region;
    if (auto share = reader.Number("min_home_share", kOptional, 0.0, 1.0)) {
      policy.min_home_share = *share;
    }
    policy.online_kinds =
        TermRefs(reader, "online_kinds", kOptional, v.contact_point_kinds, "contact-point kind");
    if (auto online = EnumField(reader, "online", kOptional, kOnlinePointsNames)) {
      policy.online = *online;
    }
    std::optional<simdjson::dom::array> sets = reader.Array("sets", kRequired);
    JsonPath sets_path = path.Key("sets");
    std::size_t index = 0;
    bool has_default_set = false;
    std::set<TermId> ranks_seen;
    if (sets) {
      for (element entry : *sets) {
        JsonPath set_path = sets_path.Index(index++);
        ObjectReader set_reader(entry, set_path, problems_);
        ContactPointSet set;
        set.ranks = TermRefs(set_reader, "ranks", kOptional, v.ranks, "rank");
        if (set.ranks.empty()) {
          if (has_default_set) {
            problems_.Add(set_path.Key("ranks"),
                          "a second set without ranks; only one set may apply to every "
                          "other rank");
          }
          has_default_set = true;
        }
        for (TermId rank : set.ranks) {
          if (!ranks_seen.insert(rank).second) {
            problems_.Add(set_path.Key("ranks"), StrCat("rank \"", v.ranks[rank].id,
                                                              "\" is in two sets"));
          }
        }
        auto min = set_reader.Integer("min", kRequired, 0, 1000);
        auto max = set_reader.Integer("max", kRequired, 0, 1000);
        if (min) set.min = static_cast<int>(*min);
        if (max) set.max = static_cast<int>(*max);
        if (min && max && *min > *max) {
          problems_.Add(set_path, StrCat("min ", *min, " is greater than max ", *max));
        }
        std::optional<simdjson::dom::array> minimums =
            set_reader.Array("kind_minimums", kOptional);
        std::size_t kind_index = 0;
        int total = 0;
        JsonPath minimums_path = set_path.Key("kind_minimums");
        if (minimums) {
          for (element kind_entry : *minimums) {
            JsonPath kind_path = minimums_path.Index(kind_index++);
            ObjectReader kind_reader(kind_entry, kind_path, problems_);
            auto kind = TermRefField(kind_reader, "kind", kRequired, v.contact_point_kinds,
                                     "contact-point kind");
            auto kind_min = kind_reader.Integer("min", kRequired, 1, 1000);
            kind_reader.RejectUnknownKeys();
            if (kind && kind_min) {
              for (const KindMinimum& earlier : set.kind_minimums) {
                if (earlier.kind == *kind) {
                  problems_.Add(kind_path.Key("kind"), "this kind already has a minimum");
                }
              }
              set.kind_minimums.push_back({*kind, static_cast<int>(*kind_min)});
              total += static_cast<int>(*kind_min);
            }
          }
        }
        if (max && total > *max) {
          problems_.Add(minimums_path, StrCat("the kind minimums add up to ", total,
                                                    ", more than the set's max ", *max));
        }
        set_reader.RejectUnknownKeys();
        set.kind_minimums.shrink_to_fit();
        policy.sets.push_back(std::move(set));
      }
      if (policy.sets.empty()) problems_.Add(sets_path, "give at least one set");
    }
    reader.RejectUnknownKeys();
    doc_.contact_points = std::move(policy);
  }

  void ParseCounting(ObjectReader& top) {
    std::optional<element> value = top.Element("counting", kOptional);
    if (!value) return;
    JsonPath path = top.path().Key("counting");
    ObjectReader reader(*value, path, problems_);
    if (auto flag = reader.Bool("count_secondary_kinds", kOptional)) {
      doc_.counting.count_secondary_kinds = *flag;
    }
    if (auto days = reader.Integer("default_activity_days", kOptional, 0, 366)) {
      doc_.counting.default_activity_days = static_cast<int>(*days);
    }
    reader.RejectUnknownKeys();
  }

  void ParseMatch(ObjectReader& rule_reader, TaskRule& rule) {
    std::optional<element> value = rule_reader.Element("match", kOptional);
    if (!value) return;
    JsonPath path = rule_reader.path().Key("match");
    ObjectReader reader(*value, path, problems_);
    const Vocabulary& v = doc_.vocabulary;
    ActivityFilter& match = rule.match;
    match.kinds = TermRefs(reader, "kinds", kOptional, v.activity_kinds, "activity kind");
    if (std::optional<simdjson::dom::array> modes = reader.Array("modes", kOptional)) {
      std::size_t index = 0;
      JsonPath modes_path = path.Key("modes");
      for (element entry : *modes) {
        JsonPath mode_path = modes_path.Index(index++);
        auto name = json::ReadString(entry, mode_path, problems_);
        if (!name) continue;
        auto mode = ValueOf(kActivityModeNames, *name);
        if (!mode) {
          problems_.Add(mode_path, StrCat("\"", *name, "\" is not one of ",
                                                AllowedNames(kActivityModeNames)));
        } else if (std::find(match.modes.begin(), match.modes.end(), *mode) !=
                   match.modes.end()) {
          problems_.Add(mode_path, StrCat("\"", *name, "\" is listed twice"));
        } else {
          match.modes.push_back(*mode);
        }
      }
    }
    match.contact_point_kinds = TermRefs(reader, "contact_point_kinds", kOptional,
                                         v.contact_point_kinds, "contact-point kind");
    if (auto own = reader.Bool("own_contact_point", kOptional)) match.own_contact_point = *own;
    const auto level_span = static_cast<std::int64_t>(v.levels.size());
    if (auto below = reader.Integer("min_levels_below", kOptional, 0,
                                    std::max<std::int64_t>(level_span - 1, 0))) {
      match.min_levels_below = static_cast<int>(*below);
    }
    reader.RejectUnknownKeys();
  }

  void ParseAppliesTo(ObjectReader& rule_reader, TaskRule& rule) {
    std::optional<element> value = rule_reader.Element("applies_to", kOptional);
    if (!value) return;
    JsonPath path = rule_reader.path().Key("applies_to");
    ObjectReader reader(*value, path, problems_);
    const Vocabulary& v = doc_.vocabulary;
    rule.applies_to.tags = TermRefs(reader, "tags", kOptional, v.tags, "tag");
    rule.applies_to.ranks = TermRefs(reader, "ranks", kOptional, v.ranks, "rank");
    if (std::optional<simdjson::dom::array> categories = reader.Array("categories", kOptional)) {
      std::size_t index = 0;
      JsonPath list_path = path.Key("categories");
      for (element entry : *categories) {
        JsonPath entry_path = list_path.Index(index++);
        auto name = json::ReadString(entry, entry_path, problems_);
        if (!name) continue;
        auto category = ValueOf(kCadreCategoryNames, *name);
        if (!category) {
          problems_.Add(entry_path, StrCat("\"", *name, "\" is not one of ",
                                                 AllowedNames(kCadreCategoryNames)));
        } else {
          rule.applies_to.categories.push_back(*category);
        }
      }
    }
    reader.RejectUnknownKeys();
  }

  // A field only some rule kinds take: reported when present on another kind.
  bool KindOnly(ObjectReader& reader, const TaskRule& rule, std::string_view key,
                std::initializer_list<RuleKind> kinds) {
    const bool allowed = std::find(kinds.begin(), kinds.end(), rule.kind) != kinds.end();
    if (!allowed && reader.Has(key)) {
      std::string names;
      for (RuleKind kind : kinds) StrAppend(&names, names.empty() ? "" : ", ",
                                                  RuleKindName(kind));
      problems_.Add(reader.path().Key(key),
                    StrCat("only rules of kind ", names, " take this field"));
    }
    return allowed;
  }

  TaskRule ParseRule(element value, const JsonPath& path) {
    TaskRule rule;
    ObjectReader reader(value, path, problems_);
    if (!reader.valid()) return rule;
    const Vocabulary& v = doc_.vocabulary;
    if (auto id = reader.String("id", kRequired)) {
      if (!IsIdentifier(*id)) {
        problems_.Add(path.Key("id"), StrCat("\"", *id, "\" is not an id: use 1–64 of "
                                                   "a-z, 0-9, '_', '-', '.'"));
      }
      rule.id = std::string(*id);
    }
    std::optional<RuleKind> kind = EnumField(reader, "kind", kRequired, kRuleKindNames);
    if (kind) rule.kind = *kind;
    rule.title = Localized(reader, "title", kRequired);
    rule.basis = Basis(reader, kRequired);
    if (auto binding = reader.Bool("binding", kOptional)) rule.binding = *binding;
    if (auto weight = reader.Number("weight", kOptional, 0.0, 1000.0)) rule.weight = *weight;
    if (auto prorate = reader.Bool("prorate", kOptional)) rule.prorate = *prorate;
    std::optional<std::int64_t> min = reader.Integer("min", kOptional, 0, kMaxCount);
    std::optional<std::int64_t> max = reader.Integer("max", kOptional, 0, kMaxCount);
    if (min) rule.min = *min;
    rule.max = max;
    rule.due = DateInPeriod(reader, "due", rule.kind == RuleKind::kDeadline ? kRequired
                                                                            : kOptional);
    ParseAppliesTo(reader, rule);
    if (!kind) {
      // Which fields belong depends on the kind; with no valid kind, leave
      // them unjudged rather than report allowed fields as unknown.
      for (std::string_view key : {"match", "quantity", "people", "submission", "areas", "unit",
                                   "days_per_unit"}) {
        reader.Has(key);
      }
      reader.RejectUnknownKeys();
      return rule;
    }
    if (rule.kind == RuleKind::kDeadline) {
      if (reader.Has("match")) {
        problems_.Add(path.Key("match"), "deadline rules look at submissions, not activities");
      }
      if (max) problems_.Add(path.Key("max"), "deadline rules take no max");
      if (!min) rule.min = 1;
      if (rule.min < 1) problems_.Add(path.Key("min"), "a deadline needs at least 1 submission");
    } else {
      ParseMatch(reader, rule);
    }
    if (rule.kind == RuleKind::kRange && !reader.Has("max")) {
      problems_.Add(path.Key("max"), "a range rule needs a max");
    }
    if (min && max && *min > *max) {
      problems_.Add(path, StrCat("min ", *min, " is greater than max ", *max));
    }
    if (KindOnly(reader, rule, "quantity", {RuleKind::kSum})) {
      if (auto quantity = EnumField(reader, "quantity", kRequired, kQuantityNames)) {
        rule.quantity = *quantity;
      }
    }
    if (KindOnly(reader, rule, "people", {RuleKind::kDistinct})) {
      if (auto people = EnumField(reader, "people", kOptional, kPeopleCountingNames)) {
        rule.people = *people;
      }
    }
    if (KindOnly(reader, rule, "submission", {RuleKind::kDeadline})) {
      if (auto submission = TermRefField(reader, "submission", kRequired, v.submission_kinds,
                                         "submission kind")) {
        rule.submission = *submission;
      }
    }
    if (KindOnly(reader, rule, "areas", {RuleKind::kCoverage})) {
      rule.areas = TermRefs(reader, "areas", kRequired, v.areas, "area");
      // Judge min against what the author listed, recognised or not, so a
      // misspelt area is one problem, not two.
      std::size_t listed = 0;
      if (std::optional<element> areas = reader.Element("areas", kOptional)) {
        simdjson::dom::array array;
        if (areas->get_array().get(array) == simdjson::SUCCESS) listed = json::ElementCount(array);
        if (listed == 0 && areas->is_array()) {
          problems_.Add(path.Key("areas"), "a coverage rule needs at least one area");
        }
      }
      if (!min) rule.min = static_cast<std::int64_t>(rule.areas.size());
      if (rule.min > static_cast<std::int64_t>(listed) && listed > 0) {
        problems_.Add(path.Key("min"), StrCat("min ", rule.min, " is more than the number of "
                                              "areas listed (", listed, ")"));
      }
    }
    const bool duration = KindOnly(reader, rule, "unit", {RuleKind::kDuration});
    KindOnly(reader, rule, "days_per_unit", {RuleKind::kDuration});
    if (duration) {
      if (auto unit = reader.NonEmptyString("unit", kOptional)) rule.unit = *unit;
      if (auto days = reader.Integer("days_per_unit", kOptional, 1, 366)) {
        rule.days_per_unit = static_cast<int>(*days);
      }
    }
    reader.RejectUnknownKeys();
    return rule;
  }

  void ParseRules(ObjectReader& top) {
    std::optional<simdjson::dom::array> rules = top.Array("rules", kRequired);
    if (!rules) return;
    JsonPath list_path = top.path().Key("rules");
    std::size_t index = 0;
    for (element entry : *rules) {
      JsonPath path = list_path.Index(index++);
      TaskRule rule = ParseRule(entry, path);
      for (const TaskRule& earlier : doc_.rules) {
        if (!rule.id.empty() && earlier.id == rule.id) {
          problems_.Add(path.Key("id"), StrCat("rule id \"", rule.id,
                                                     "\" is used twice"));
        }
      }
      doc_.rules.push_back(std::move(rule));
    }
    if (doc_.rules.size() > 0xffff) problems_.Add(list_path, "more than 65535 rules");
  }

  const TaskRule* FindRule(std::string_view id) const {
    for (const TaskRule& rule : doc_.rules) {
      if (rule.id == id) return &rule;
    }
    return nullptr;
  }

  void ParseProration(ObjectReader& top) {
    std::optional<element> value = top.Element("proration", kOptional);
    if (!value) return;
    JsonPath path = top.path().Key("proration");
    ObjectReader reader(*value, path, problems_);
    if (!reader.valid()) return;
    Proration proration;
    auto numerator = reader.Integer("numerator", kRequired, 1, 1000);
    auto denominator = reader.Integer("denominator", kRequired, 1, 1000);
    if (numerator) proration.numerator = *numerator;
    if (denominator) proration.denominator = *denominator;
    if (numerator && denominator && *numerator > *denominator) {
      problems_.Add(path, "the factor numerator / denominator must not exceed 1");
    }
    if (auto rounding = EnumField(reader, "rounding", kOptional, kRoundingNames)) {
      proration.rounding = *rounding;
    }
    proration.basis = Basis(reader, kOptional);
    if (std::optional<simdjson::dom::array> overrides = reader.Array("overrides", kOptional)) {
      JsonPath list_path = path.Key("overrides");
      std::size_t index = 0;
      for (element entry : *overrides) {
        JsonPath entry_path = list_path.Index(index++);
        ObjectReader entry_reader(entry, entry_path, problems_);
        RuleOverride rule_override;
        const TaskRule* rule = nullptr;
        if (auto id = entry_reader.String("rule", kRequired)) {
          rule_override.rule = std::string(*id);
          rule = FindRule(*id);
          if (rule == nullptr) {
            problems_.Add(entry_path.Key("rule"), StrCat("no rule \"", *id,
                                                               "\" in this policy"));
          }
          for (const RuleOverride& earlier : proration.overrides) {
            if (earlier.rule == *id) {
              problems_.Add(entry_path.Key("rule"), "this rule is overridden twice");
            }
          }
        }
        rule_override.min = entry_reader.Integer("min", kOptional, 0, kMaxCount);
        rule_override.max = entry_reader.Integer("max", kOptional, 0, kMaxCount);
        rule_override.due = DateInPeriod(entry_reader, "due", kOptional);
        rule_override.binding = entry_reader.Bool("binding", kOptional);
        entry_reader.RejectUnknownKeys();
        if (rule != nullptr) {
          const std::int64_t effective_min = rule_override.min.value_or(rule->min);
          const std::optional<std::int64_t> effective_max =
              rule_override.max ? rule_override.max : rule->max;
          if (effective_max && effective_min > *effective_max) {
            problems_.Add(entry_path, StrCat("min ", effective_min,
                                                   " is greater than max ", *effective_max));
          }
          if (rule_override.max && rule->kind == RuleKind::kDeadline) {
            problems_.Add(entry_path.Key("max"), "deadline rules take no max");
          }
        }
        proration.overrides.push_back(std::move(rule_override));
      }
    }
    reader.RejectUnknownKeys();
    doc_.proration = std::move(proration);
  }

  void ParseCheckpoints(ObjectReader& top) {
    std::optional<simdjson::dom::array> list = top.Array("checkpoints", kOptional);
    if (!list) return;
    JsonPath list_path = top.path().Key("checkpoints");
    std::size_t index = 0;
    for (element entry : *list) {
      JsonPath path = list_path.Index(index++);
      ObjectReader reader(entry, path, problems_);
      Checkpoint checkpoint;
      if (auto id = reader.String("id", kRequired)) {
        checkpoint.id = std::string(*id);
        for (const Checkpoint& earlier : doc_.checkpoints) {
          if (earlier.id == *id) problems_.Add(path.Key("id"), "checkpoint id used twice");
        }
      }
      checkpoint.title = Localized(reader, "title", kRequired);
      checkpoint.basis = Basis(reader, kOptional);
      if (auto date = DateInPeriod(reader, "date", kRequired)) checkpoint.date = *date;
      reader.RejectUnknownKeys();
      doc_.checkpoints.push_back(std::move(checkpoint));
    }
  }

  void ParseDepartmentRules(ObjectReader& top) {
    std::optional<simdjson::dom::array> list = top.Array("department_rules", kOptional);
    if (!list) return;
    JsonPath list_path = top.path().Key("department_rules");
    std::size_t index = 0;
    for (element entry : *list) {
      JsonPath path = list_path.Index(index++);
      ObjectReader reader(entry, path, problems_);
      DepartmentRule rule;
      if (auto id = reader.String("id", kRequired)) {
        rule.id = std::string(*id);
        for (const DepartmentRule& earlier : doc_.department_rules) {
          if (earlier.id == *id) problems_.Add(path.Key("id"), "department rule id used twice");
        }
      }
      rule.title = Localized(reader, "title", kRequired);
      rule.basis = Basis(reader, kRequired);
      if (auto binding = reader.Bool("binding", kOptional)) rule.binding = *binding;
      if (auto due = DateInPeriod(reader, "due", kRequired)) rule.due = *due;
      if (auto names = reader.Bool("must_name_contact_points", kOptional)) {
        rule.must_name_contact_points = *names;
      }
      reader.RejectUnknownKeys();
      doc_.department_rules.push_back(std::move(rule));
    }
  }

  void ParseGrading(ObjectReader& top) {
    std::optional<element> value = top.Element("grading", kRequired);
    if (!value) return;
    JsonPath path = top.path().Key("grading");
    ObjectReader reader(*value, path, problems_);
    if (!reader.valid()) return;
    GradingPolicy& g = doc_.grading;
    g.basis = Basis(reader, kOptional);
    {
      // The scale is a term list of its own, read like the vocabulary's.
      g.scale = TermListField(reader, "scale", 16);
      std::optional<element> scale = reader.Element("scale", kRequired);
      if (scale && scale->is_array() && g.scale.empty()) {
        problems_.Add(path.Key("scale"), "a scale needs at least one grade");
      }
    }
    if (std::optional<simdjson::dom::array> caps = reader.Array("caps", kOptional)) {
      JsonPath list_path = path.Key("caps");
      std::size_t index = 0;
      for (element entry : *caps) {
        JsonPath entry_path = list_path.Index(index++);
        ObjectReader cap_reader(entry, entry_path, problems_);
        auto grade = TermRefField(cap_reader, "grade", kRequired, g.scale, "grade");
        auto share = cap_reader.Number("share", kRequired, 0.0, 1.0);
        cap_reader.RejectUnknownKeys();
        if (!grade || !share) continue;
        for (const GradeCap& earlier : g.caps) {
          if (earlier.grade == *grade) {
            problems_.Add(entry_path.Key("grade"), "this grade already has a cap");
          }
        }
        g.caps.push_back({*grade, *share});
      }
    }
    if (auto rounding = EnumField(reader, "rounding", kOptional, kRoundingNames)) {
      g.rounding = *rounding;
    }
    if (auto flag = reader.Bool("cumulative", kOptional)) g.cumulative = *flag;
    if (auto flag = reader.Bool("pass_down", kOptional)) g.pass_down = *flag;
    if (auto from = reader.Integer("minimum_one_from", kOptional, 0, 100000)) {
      g.minimum_one_from = static_cast<int>(*from);
    }
    if (auto below = reader.Integer("pool_below", kOptional, 0, 100000)) {
      g.pool_below = static_cast<int>(*below);
    }
    if (auto flag = reader.Bool("organ_quota", kOptional)) g.organ_quota = *flag;
    if (auto ties = EnumField(reader, "ties", kOptional, kTiePolicyNames)) g.ties = *ties;
    if (std::optional<simdjson::dom::array> keys = reader.Array("tie_keys", kOptional)) {
      JsonPath list_path = path.Key("tie_keys");
      std::size_t index = 0;
      for (element entry : *keys) {
        JsonPath entry_path = list_path.Index(index++);
        auto name = json::ReadString(entry, entry_path, problems_);
        if (!name) continue;
        TieKey key;
        constexpr std::string_view kRulePrefix = "rule:";
        if (*name == "binding_met") {
          key.type = TieKey::Type::kBindingMet;
        } else if (name->substr(0, kRulePrefix.size()) == kRulePrefix) {
          key.type = TieKey::Type::kRuleCompletion;
          key.rule = std::string(name->substr(kRulePrefix.size()));
          if (FindRule(key.rule) == nullptr) {
            problems_.Add(entry_path, StrCat("no rule \"", key.rule,
                                                   "\" in this policy"));
          }
        } else {
          problems_.Add(entry_path, StrCat("\"", *name, "\" is not a tie-break key; "
                                                 "use \"binding_met\" or \"rule:<rule id>\""));
          continue;
        }
        if (std::find(g.tie_keys.begin(), g.tie_keys.end(), key) != g.tie_keys.end()) {
          problems_.Add(entry_path, "this key is listed twice");
        }
        g.tie_keys.push_back(std::move(key));
      }
    }
    if (std::optional<simdjson::dom::array> list = reader.Array("eligibility", kOptional)) {
      JsonPath list_path = path.Key("eligibility");
      std::size_t index = 0;
      for (element entry : *list) {
        JsonPath entry_path = list_path.Index(index++);
        ObjectReader item(entry, entry_path, problems_);
        auto grade = TermRefField(item, "grade", kRequired, g.scale, "grade");
        GradeEligibility eligibility;
        if (auto score = item.Number("min_score", kOptional, 0.0, 1.0)) {
          eligibility.min_score = *score;
        }
        if (auto flag = item.Bool("all_binding_met", kOptional)) {
          eligibility.all_binding_met = *flag;
        }
        item.RejectUnknownKeys();
        if (!grade) continue;
        eligibility.grade = *grade;
        for (const GradeEligibility& earlier : g.eligibility) {
          if (earlier.grade == *grade) {
            problems_.Add(entry_path.Key("grade"), "this grade already has conditions");
          }
        }
        g.eligibility.push_back(eligibility);
      }
    }
    if (std::optional<simdjson::dom::array> list = reader.Array("floors", kOptional)) {
      JsonPath list_path = path.Key("floors");
      std::size_t index = 0;
      for (element entry : *list) {
        JsonPath entry_path = list_path.Index(index++);
        ObjectReader item(entry, entry_path, problems_);
        auto grade = TermRefField(item, "grade", kRequired, g.scale, "grade");
        auto share = item.Number("bottom_share", kRequired, 0.0, 1.0);
        item.RejectUnknownKeys();
        if (grade && share) g.floors.push_back({*grade, *share});
      }
    }
    if (std::optional<simdjson::dom::array> list = reader.Array("weights", kOptional)) {
      JsonPath list_path = path.Key("weights");
      std::size_t index = 0;
      double total = 0;
      for (element entry : *list) {
        JsonPath entry_path = list_path.Index(index++);
        ObjectReader item(entry, entry_path, problems_);
        auto component = item.NonEmptyString("component", kRequired);
        auto weight = item.Number("weight", kRequired, 0.0, 1.0);
        item.RejectUnknownKeys();
        if (!component || !weight) continue;
        for (const ScoreWeight& earlier : g.weights) {
          if (earlier.component == *component) {
            problems_.Add(entry_path.Key("component"), "this component is weighted twice");
          }
        }
        total += *weight;
        g.weights.push_back({std::string(*component), *weight});
      }
      if (!g.weights.empty() && (total < 0.999999 || total > 1.000001)) {
        problems_.Add(list_path, StrCat("the weights add up to ", total,
                                              "; they must add up to 1"));
      }
    }
    if (g.weights.empty()) g.weights.push_back({"tasks", 1.0});
    if (auto credit = reader.Number("late_credit", kOptional, 0.0, 1.0)) g.late_credit = *credit;
    reader.RejectUnknownKeys();
  }

  Problems& problems_;
  PolicyDocument doc_;
  bool period_valid_ = true;
};

}  // namespace

absl::StatusOr<PolicyDocument> ParsePolicyDocument(std::string_view text) {
  simdjson::dom::parser parser;
  absl::StatusOr<element> root = json::ParseJson(parser, text, "policy");
  if (!root.ok()) return root.status();
  Problems problems;
  PolicyDocument document = PolicyParser(problems).Parse(*root);
  if (!problems.empty()) return InvalidInput("policy", problems.Take());
  return document;
}

}  // namespace liaison
