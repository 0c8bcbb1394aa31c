// The rules of a policy document and what adjusts them: each task rule (what
// it counts, whom it applies to), proration with its per-rule overrides,
// checkpoints and the department's own rules.
#include <algorithm>

#include "policy/policy_document_parser.h"

namespace liaison {
namespace {

constexpr json::KeyList kRuleKeys{"id",         "kind",  "title",    "basis",      "binding",
                            "weight",     "prorate", "prorate_max", "min",    "max",        "due",
                            "applies_to", "match", "quantity", "people",     "submission",
                            "areas",      "unit",  "days_per_unit"};
constexpr json::KeyList kOverrideKeys{"rule", "min", "max", "due", "binding"};
constexpr json::KeyList kCheckpointKeys{"id", "title", "basis", "date"};
constexpr json::KeyList kDepartmentRuleKeys{"id",      "title", "basis",
                                      "binding", "due",   "must_name_contact_points"};

}  // namespace

void PolicyDocumentParser::ParseRules(ObjectReader& top) {
  top.Element("rules", kRequired);  // reports a missing list
  json::ForEachObject(top, "rules", kRuleKeys, problems_,
                      [&](ObjectReader& reader, const JsonPath& path) {
    TaskRule rule = ParseRule(reader, path);
    for (const TaskRule& earlier : doc_.rules) {
      if (!rule.id.empty() && earlier.id == rule.id) {
        problems_.Add(path.Key("id"), StrCat("rule id \"", rule.id, "\" is used twice"),
                      StrCat("规则编号“", rule.id, "”重复使用"));
      }
    }
    doc_.rules.push_back(std::move(rule));
  });
  if (doc_.rules.size() > 0xffff)
    problems_.Add(top.path().Key("rules"), "more than 65535 rules", "规则超过 65535 条");
}

// One rule, its unknown keys reported (before ParseRules checks its id).
TaskRule PolicyDocumentParser::ParseRule(ObjectReader& reader, const JsonPath& path) {
  TaskRule rule;
  if (!reader.valid()) return rule;
  if (auto id = reader.String("id", kRequired)) {
    if (!IsIdentifier(*id)) {
      problems_.Add(path.Key("id"),
                    StrCat("\"", *id,
                           "\" is not an id: use 1–64 of "
                           "a-z, 0-9, '_', '-', '.'"),
                    StrCat("“", *id, "”不是有效编号：须为 1–64 个 a-z、0-9、'_'、'-'、'.'"));
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
  if (auto prorate_max = reader.Bool("prorate_max", kOptional)) rule.prorate_max = *prorate_max;
  std::optional<std::int64_t> min = reader.Integer("min", kOptional, 0, kMaxCount);
  std::optional<std::int64_t> max = reader.Integer("max", kOptional, 0, kMaxCount);
  if (min) rule.min = *min;
  rule.max = max;
  rule.due = DateInPeriod(reader, "due", rule.kind == RuleKind::kDeadline ? kRequired
                                                                          : kOptional);
  ParseAppliesTo(reader, rule);
  if (kind) {
    ParseKindFields(reader, path, min, max, rule);
  } else {
    // Which fields belong depends on the kind; with no valid kind, leave
    // them unjudged rather than report allowed fields as unknown.
    for (std::string_view key : {"match", "quantity", "people", "submission", "areas", "unit",
                                 "days_per_unit"}) {
      reader.Has(key);
    }
  }
  reader.RejectUnknownKeys();
  return rule;
}

// The fields whose meaning depends on the rule's kind, and the bounds each
// kind puts on min and max.
void PolicyDocumentParser::ParseKindFields(ObjectReader& reader, const JsonPath& path,
                                           std::optional<std::int64_t> min,
                                           std::optional<std::int64_t> max, TaskRule& rule) {
  if (rule.kind == RuleKind::kDeadline) {
    if (reader.Has("match")) {
      problems_.Add(path.Key("match"), "deadline rules look at submissions, not activities",
                    "截止类规则依据报送材料，不依据活动");
    }
    if (max) problems_.Add(path.Key("max"), "deadline rules take no max", "截止类规则不设上限");
    if (!min) rule.min = 1;
    if (rule.min < 1)
      problems_.Add(path.Key("min"), "a deadline needs at least 1 submission",
                    "截止类规则至少要求报送 1 份材料");
  } else {
    ParseMatch(reader, rule);
  }
  if (rule.kind == RuleKind::kRange && !reader.Has("max")) {
    problems_.Add(path.Key("max"), "a range rule needs a max", "区间类规则须设上限");
  }
  if (min && max && *min > *max) {
    problems_.Add(path, StrCat("min ", *min, " is greater than max ", *max),
                  StrCat("下限 ", *min, " 大于上限 ", *max));
  }
  if (rule.prorate_max && (!max || !rule.prorate)) {
    problems_.Add(path.Key("prorate_max"), "scales the max, so it needs a max and prorate true",
                  "按比例折算上限，须设上限且 prorate 为 true");
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
    if (auto submission = refs_.One(reader, "submission", kRequired,
                                    doc_.vocabulary.submission_kinds, "submission kind")) {
      rule.submission = *submission;
    }
  }
  if (KindOnly(reader, rule, "areas", {RuleKind::kCoverage})) {
    ParseCoverageAreas(reader, path, min.has_value(), rule);
  }
  const bool duration = KindOnly(reader, rule, "unit", {RuleKind::kDuration});
  KindOnly(reader, rule, "days_per_unit", {RuleKind::kDuration});
  if (duration) {
    if (auto unit = reader.NonEmptyString("unit", kOptional)) rule.unit = *unit;
    if (auto days = reader.Integer("days_per_unit", kOptional, 1, 366)) {
      rule.days_per_unit = static_cast<int>(*days);
    }
  }
}

void PolicyDocumentParser::ParseCoverageAreas(ObjectReader& reader, const JsonPath& path,
                                              bool min_given, TaskRule& rule) {
  rule.areas = refs_.List(reader, "areas", kRequired, doc_.vocabulary.areas, "area",
                          Repeats::kRejected);
  // Judge min against what the author listed, recognised or not, so a
  // misspelt area is one problem, not two.
  std::size_t listed = 0;
  if (std::optional<element> areas = reader.Element("areas", kOptional)) {
    simdjson::dom::array array;
    if (areas->get_array().get(array) == simdjson::SUCCESS) listed = json::ElementCount(array);
    if (listed == 0 && areas->is_array()) {
      problems_.Add(path.Key("areas"), "a coverage rule needs at least one area",
                    "覆盖类规则至少须列出一个领域");
    }
  }
  if (!min_given) rule.min = static_cast<std::int64_t>(rule.areas.size());
  if (rule.min > static_cast<std::int64_t>(listed) && listed > 0) {
    problems_.Add(
        path.Key("min"),
        StrCat("min ", rule.min, " is more than the number of areas listed (", listed, ")"),
        StrCat("下限 ", rule.min, " 多于所列领域数（", listed, "）"));
  }
}

void PolicyDocumentParser::ParseMatch(ObjectReader& rule_reader, TaskRule& rule) {
  std::optional<element> value = rule_reader.Element("match", kOptional);
  if (!value) return;
  JsonPath path = rule_reader.path().Key("match");
  ObjectReader reader(*value, path, problems_);
  const Vocabulary& v = doc_.vocabulary;
  ActivityFilter& match = rule.match;
  match.kinds = refs_.List(reader, "kinds", kOptional, v.activity_kinds, "activity kind",
                           Repeats::kRejected);
  match.modes = EnumListField(reader, "modes", kActivityModeNames, Repeats::kRejected);
  match.contact_point_kinds = refs_.List(reader, "contact_point_kinds", kOptional,
                                         v.contact_point_kinds, "contact-point kind",
                                         Repeats::kRejected);
  if (auto own = reader.Bool("own_contact_point", kOptional)) match.own_contact_point = *own;
  const auto level_span = static_cast<std::int64_t>(v.levels.size());
  if (auto below = reader.Integer("min_levels_below", kOptional, 0,
                                  std::max<std::int64_t>(level_span - 1, 0))) {
    match.min_levels_below = static_cast<int>(*below);
  }
  reader.RejectUnknownKeys();
}

void PolicyDocumentParser::ParseAppliesTo(ObjectReader& rule_reader, TaskRule& rule) {
  std::optional<element> value = rule_reader.Element("applies_to", kOptional);
  if (!value) return;
  JsonPath path = rule_reader.path().Key("applies_to");
  ObjectReader reader(*value, path, problems_);
  const Vocabulary& v = doc_.vocabulary;
  rule.applies_to.tags = refs_.List(reader, "tags", kOptional, v.tags, "tag", Repeats::kRejected);
  rule.applies_to.ranks =
      refs_.List(reader, "ranks", kOptional, v.ranks, "rank", Repeats::kRejected);
  rule.applies_to.categories =
      EnumListField(reader, "categories", kCadreCategoryNames, Repeats::kAllowed);
  reader.RejectUnknownKeys();
}

// A field only some rule kinds take: reported when present on another kind.
bool PolicyDocumentParser::KindOnly(ObjectReader& reader, const TaskRule& rule,
                                    std::string_view key, std::initializer_list<RuleKind> kinds) {
  const bool allowed = std::find(kinds.begin(), kinds.end(), rule.kind) != kinds.end();
  if (!allowed && reader.Has(key)) {
    std::string names, names_zh;
    for (RuleKind kind : kinds) {
      StrAppend(&names, names.empty() ? "" : ", ", RuleKindName(kind));
      StrAppend(&names_zh, names_zh.empty() ? "" : "、", RuleKindName(kind));
    }
    problems_.Add(reader.path().Key(key), StrCat("only rules of kind ", names, " take this field"),
                  StrCat("只有 ", names_zh, " 类规则可设此字段"));
  }
  return allowed;
}

const TaskRule* PolicyDocumentParser::FindRule(std::string_view id) const {
  for (const TaskRule& rule : doc_.rules) {
    if (rule.id == id) return &rule;
  }
  return nullptr;
}

void PolicyDocumentParser::ParseProration(ObjectReader& top) {
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
    problems_.Add(path, "the factor numerator / denominator must not exceed 1",
                  "折算系数 numerator / denominator 不得大于 1");
  }
  if (auto rounding = EnumField(reader, "rounding", kOptional, kRoundingNames)) {
    proration.rounding = *rounding;
  }
  proration.basis = Basis(reader, kOptional);
  json::ForEachObject(reader, "overrides", kOverrideKeys, problems_,
                      [&](ObjectReader& entry, const JsonPath& entry_path) {
    ParseOverride(entry, entry_path, proration);
  });
  reader.RejectUnknownKeys();
  doc_.proration = std::move(proration);
}

// One rule's own min, max, due date or binding under proration.
void PolicyDocumentParser::ParseOverride(ObjectReader& reader, const JsonPath& path,
                                         Proration& proration) {
  RuleOverride rule_override;
  const TaskRule* rule = nullptr;
  if (auto id = reader.String("rule", kRequired)) {
    rule_override.rule = std::string(*id);
    rule = FindRule(*id);
    if (rule == nullptr) {
      problems_.Add(path.Key("rule"), StrCat("no rule \"", *id, "\" in this policy"),
                    StrCat("本政策没有规则“", *id, "”"));
    }
    for (const RuleOverride& earlier : proration.overrides) {
      if (earlier.rule == *id)
        problems_.Add(path.Key("rule"), "this rule is overridden twice", "该规则被重复调整");
    }
  }
  rule_override.min = reader.Integer("min", kOptional, 0, kMaxCount);
  rule_override.max = reader.Integer("max", kOptional, 0, kMaxCount);
  rule_override.due = DateInPeriod(reader, "due", kOptional);
  rule_override.binding = reader.Bool("binding", kOptional);
  reader.RejectUnknownKeys();  // before the checks against the rule
  if (rule != nullptr) {
    const std::int64_t effective_min = rule_override.min.value_or(rule->min);
    const std::optional<std::int64_t> effective_max =
        rule_override.max ? rule_override.max : rule->max;
    if (effective_max && effective_min > *effective_max) {
      problems_.Add(path, StrCat("min ", effective_min, " is greater than max ", *effective_max),
                    StrCat("下限 ", effective_min, " 大于上限 ", *effective_max));
    }
    if (rule_override.max && rule->kind == RuleKind::kDeadline) {
      problems_.Add(path.Key("max"), "deadline rules take no max", "截止类规则不设上限");
    }
  }
  proration.overrides.push_back(std::move(rule_override));
}

void PolicyDocumentParser::ParseCheckpoints(ObjectReader& top) {
  json::ForEachObject(top, "checkpoints", kCheckpointKeys, problems_,
                      [&](ObjectReader& reader, const JsonPath&) {
    Checkpoint checkpoint;
    checkpoint.id =
        UniqueId(reader, doc_.checkpoints, "checkpoint id used twice", "检查点编号重复使用");
    checkpoint.title = Localized(reader, "title", kRequired);
    checkpoint.basis = Basis(reader, kOptional);
    if (auto date = DateInPeriod(reader, "date", kRequired)) checkpoint.date = *date;
    doc_.checkpoints.push_back(std::move(checkpoint));
  });
}

void PolicyDocumentParser::ParseDepartmentRules(ObjectReader& top) {
  json::ForEachObject(top, "department_rules", kDepartmentRuleKeys, problems_,
                      [&](ObjectReader& reader, const JsonPath&) {
    DepartmentRule rule;
    rule.id = UniqueId(reader, doc_.department_rules, "department rule id used twice",
                       "部门规则编号重复使用");
    rule.title = Localized(reader, "title", kRequired);
    rule.basis = Basis(reader, kRequired);
    if (auto binding = reader.Bool("binding", kOptional)) rule.binding = *binding;
    if (auto due = DateInPeriod(reader, "due", kRequired)) rule.due = *due;
    if (auto names = reader.Bool("must_name_contact_points", kOptional)) {
      rule.must_name_contact_points = *names;
    }
    doc_.department_rules.push_back(std::move(rule));
  });
}

}  // namespace liaison
