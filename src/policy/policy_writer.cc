#include "policy/policy_writer.h"

#include "base/absl_compat.h"
#include "base/enum_names.h"
#include "json/json_writer.h"
#include "policy/policy_parser.h"

namespace liaison {
namespace {

using json::JsonWriter;

// A term's id; an id outside the list (a document built in code with a bad
// index) is written so that parsing it back names the problem.
std::string TermName(const TermList& terms, TermId id) {
  if (id < terms.size()) return terms[id].id;
  return StrCat("#", id);
}

void WriteTerms(JsonWriter& w, std::string_view key, const TermList& terms) {
  w.Key(key);
  w.BeginArray();
  for (const Term& term : terms.terms()) {
    w.BeginObject();
    w.Field("id", term.id);
    w.Field("zh", term.label.zh);
    w.Field("en", term.label.en);
    w.EndObject();
  }
  w.EndArray();
}

void WriteRefs(JsonWriter& w, std::string_view key, const TermList& terms,
               const std::vector<TermId>& ids) {
  w.Key(key);
  w.BeginArray();
  for (TermId id : ids) w.String(TermName(terms, id));
  w.EndArray();
}

void WriteVocabulary(JsonWriter& w, const Vocabulary& v) {
  w.BeginObject();
  WriteTerms(w, "activity_kinds", v.activity_kinds);
  WriteTerms(w, "contact_point_kinds", v.contact_point_kinds);
  WriteTerms(w, "levels", v.levels);
  WriteTerms(w, "areas", v.areas);
  WriteTerms(w, "submission_kinds", v.submission_kinds);
  WriteTerms(w, "ranks", v.ranks);
  WriteTerms(w, "tags", v.tags);
  WriteTerms(w, "not_rated_reasons", v.not_rated_reasons);
  w.EndObject();
}

void WriteParticipation(JsonWriter& w, const ParticipationPolicy& p) {
  w.BeginObject();
  w.Field("basis", p.basis);
  w.Field("full_time", NameOf(kCategoryRuleNames, p.full_time));
  w.Field("part_time", NameOf(kCategoryRuleNames, p.part_time));
  w.Field("seconded", NameOf(kCategoryRuleNames, p.seconded));
  w.Field("exemption_requires_approval", p.exemption_requires_approval);
  w.EndObject();
}

void WriteContactPoints(JsonWriter& w, const ContactPointPolicy& c, const Vocabulary& v) {
  w.BeginObject();
  w.Field("basis", c.basis);
  w.Field("binding", c.binding);
  WriteRefs(w, "allowed_kinds", v.contact_point_kinds, c.allowed_kinds);
  w.Key("sets");
  w.BeginArray();
  for (const ContactPointSet& set : c.sets) {
    w.BeginObject();
    WriteRefs(w, "ranks", v.ranks, set.ranks);
    w.Field("min", set.min);
    w.Field("max", set.max);
    w.Key("kind_minimums");
    w.BeginArray();
    for (const KindMinimum& minimum : set.kind_minimums) {
      w.BeginObject();
      w.Field("kind", TermName(v.contact_point_kinds, minimum.kind));
      w.Field("min", minimum.min);
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
  w.Field("home_region", c.home_region);
  w.Field("min_home_share", c.min_home_share);
  WriteRefs(w, "online_kinds", v.contact_point_kinds, c.online_kinds);
  w.Field("online", NameOf(kOnlinePointsNames, c.online));
  if (c.min_levels_below) w.Field("min_levels_below", *c.min_levels_below);
  if (c.max_levels_below) w.Field("max_levels_below", *c.max_levels_below);
  w.EndObject();
}

void WriteMatch(JsonWriter& w, const ActivityFilter& m, const Vocabulary& v) {
  w.Key("match");
  w.BeginObject();
  WriteRefs(w, "kinds", v.activity_kinds, m.kinds);
  w.Key("modes");
  w.BeginArray();
  for (ActivityMode mode : m.modes) w.String(NameOf(kActivityModeNames, mode));
  w.EndArray();
  WriteRefs(w, "contact_point_kinds", v.contact_point_kinds, m.contact_point_kinds);
  w.Field("own_contact_point", m.own_contact_point);
  w.Field("min_levels_below", m.min_levels_below);
  if (m.max_levels_below) w.Field("max_levels_below", *m.max_levels_below);
  w.EndObject();
}

void WriteAppliesTo(JsonWriter& w, const AppliesTo& scope, const Vocabulary& v) {
  w.Key("applies_to");
  w.BeginObject();
  WriteRefs(w, "tags", v.tags, scope.tags);
  WriteRefs(w, "ranks", v.ranks, scope.ranks);
  w.Key("categories");
  w.BeginArray();
  for (CadreCategory category : scope.categories) w.String(CadreCategoryName(category));
  w.EndArray();
  w.EndObject();
}

// The fields only rules of some kinds take.
void WriteKindFields(JsonWriter& w, const TaskRule& rule, const Vocabulary& v) {
  switch (rule.kind) {
    case RuleKind::kSum:
      w.Field("quantity", NameOf(kQuantityNames, rule.quantity));
      break;
    case RuleKind::kDistinct:
      w.Field("people", NameOf(kPeopleCountingNames, rule.people));
      break;
    case RuleKind::kDeadline:
      w.Field("submission", TermName(v.submission_kinds, rule.submission));
      break;
    case RuleKind::kCoverage:
      WriteRefs(w, "areas", v.areas, rule.areas);
      break;
    case RuleKind::kDuration:
      w.Field("unit", rule.unit);
      w.Field("days_per_unit", rule.days_per_unit);
      break;
    case RuleKind::kCount:
    case RuleKind::kRange:
      break;
  }
}

// `prorate_max` is written for a rule with a max in a policy with a
// proration: only there does it mean anything, so a policy whose maximums no
// proration could scale keeps the fingerprint it had before the field existed.
void WriteRule(JsonWriter& w, const TaskRule& rule, const Vocabulary& v, bool prorated) {
  w.BeginObject();
  w.Field("id", rule.id);
  w.Field("kind", RuleKindName(rule.kind));
  w.Field("title", rule.title);
  w.Field("basis", rule.basis);
  w.Field("binding", rule.binding);
  w.Field("min", rule.min);
  if (rule.max) w.Field("max", *rule.max);
  if (rule.due) w.Field("due", *rule.due);
  if (rule.kind != RuleKind::kDeadline) WriteMatch(w, rule.match, v);
  WriteAppliesTo(w, rule.applies_to, v);
  w.Field("weight", rule.weight);
  w.Field("prorate", rule.prorate);
  if (rule.max && prorated) w.Field("prorate_max", rule.prorate_max);
  WriteKindFields(w, rule, v);
  w.EndObject();
}

void WriteProration(JsonWriter& w, const Proration& p) {
  w.BeginObject();
  w.Field("numerator", p.numerator);
  w.Field("denominator", p.denominator);
  w.Field("rounding", NameOf(kRoundingNames, p.rounding));
  w.Field("basis", p.basis);
  w.Key("overrides");
  w.BeginArray();
  for (const RuleOverride& o : p.overrides) {
    w.BeginObject();
    w.Field("rule", o.rule);
    if (o.min) w.Field("min", *o.min);
    if (o.max) w.Field("max", *o.max);
    if (o.due) w.Field("due", *o.due);
    if (o.binding) w.Field("binding", *o.binding);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
}

void WriteGrading(JsonWriter& w, const GradingPolicy& g) {
  w.BeginObject();
  w.Field("basis", g.basis);
  WriteTerms(w, "scale", g.scale);
  w.Key("caps");
  w.BeginArray();
  for (const GradeCap& cap : g.caps) {
    w.BeginObject();
    w.Field("grade", TermName(g.scale, cap.grade));
    w.Field("share", cap.share);
    // Written only when set: a cap without its own rounding keeps the
    // canonical form (and fingerprint) it had before the field existed.
    if (cap.rounding) w.Field("rounding", NameOf(kRoundingNames, *cap.rounding));
    w.EndObject();
  }
  w.EndArray();
  w.Field("rounding", NameOf(kRoundingNames, g.rounding));
  w.Field("cumulative", g.cumulative);
  w.Field("pass_down", g.pass_down);
  w.Field("minimum_one_from", g.minimum_one_from);
  w.Field("pool_below", g.pool_below);
  w.Field("organ_quota", g.organ_quota);
  w.Field("ties", NameOf(kTiePolicyNames, g.ties));
  w.Key("tie_keys");
  w.BeginArray();
  for (const TieKey& key : g.tie_keys) {
    w.String(key.type == TieKey::Type::kBindingMet ? std::string("binding_met")
                                                   : StrCat("rule:", key.rule));
  }
  w.EndArray();
  w.Key("eligibility");
  w.BeginArray();
  for (const GradeEligibility& e : g.eligibility) {
    w.BeginObject();
    w.Field("grade", TermName(g.scale, e.grade));
    w.Field("min_score", e.min_score);
    w.Field("all_binding_met", e.all_binding_met);
    w.EndObject();
  }
  w.EndArray();
  w.Key("floors");
  w.BeginArray();
  for (const GradeFloor& f : g.floors) {
    w.BeginObject();
    w.Field("grade", TermName(g.scale, f.grade));
    w.Field("bottom_share", f.bottom_share);
    w.EndObject();
  }
  w.EndArray();
  w.Key("weights");
  w.BeginArray();
  for (const ScoreWeight& weight : g.weights) {
    w.BeginObject();
    w.Field("component", weight.component);
    w.Field("weight", weight.weight);
    w.EndObject();
  }
  w.EndArray();
  w.Field("late_credit", g.late_credit);
  w.EndObject();
}

void WriteCheckpoints(JsonWriter& w, const std::vector<Checkpoint>& checkpoints) {
  w.Key("checkpoints");
  w.BeginArray();
  for (const Checkpoint& c : checkpoints) {
    w.BeginObject();
    w.Field("id", c.id);
    w.Field("title", c.title);
    w.Field("basis", c.basis);
    w.Field("date", c.date);
    w.EndObject();
  }
  w.EndArray();
}

void WriteDepartmentRules(JsonWriter& w, const std::vector<DepartmentRule>& rules) {
  w.Key("department_rules");
  w.BeginArray();
  for (const DepartmentRule& r : rules) {
    w.BeginObject();
    w.Field("id", r.id);
    w.Field("title", r.title);
    w.Field("basis", r.basis);
    w.Field("binding", r.binding);
    w.Field("due", r.due);
    w.Field("must_name_contact_points", r.must_name_contact_points);
    w.EndObject();
  }
  w.EndArray();
}

}  // namespace

std::string CanonicalPolicyJson(const PolicyDocument& d, json::Layout layout) {
  std::string out;
  JsonWriter w(out, layout);
  w.BeginObject();
  w.Field("schema", kPolicySchema);
  w.Field("id", d.id);
  w.Field("version", d.version);
  w.Field("title", d.title);
  if (!d.issuer.zh.empty() || !d.issuer.en.empty()) w.Field("issuer", d.issuer);
  w.Field("source", d.source);
  w.Field("year", d.year);
  w.Field("recurring", d.recurring);
  w.Key("period");
  w.BeginObject();
  w.Field("start", d.period_start);
  w.Field("end", d.period_end);
  w.EndObject();
  w.Key("vocabulary");
  WriteVocabulary(w, d.vocabulary);
  w.Key("participation");
  WriteParticipation(w, d.participation);
  if (d.contact_points) {
    w.Key("contact_points");
    WriteContactPoints(w, *d.contact_points, d.vocabulary);
  }
  w.Key("counting");
  w.BeginObject();
  w.Field("count_secondary_kinds", d.counting.count_secondary_kinds);
  w.Field("default_activity_days", d.counting.default_activity_days);
  w.EndObject();
  w.Key("rules");
  w.BeginArray();
  for (const TaskRule& rule : d.rules) WriteRule(w, rule, d.vocabulary, d.proration.has_value());
  w.EndArray();
  if (d.proration) {
    w.Key("proration");
    WriteProration(w, *d.proration);
  }
  WriteCheckpoints(w, d.checkpoints);
  WriteDepartmentRules(w, d.department_rules);
  w.Key("grading");
  WriteGrading(w, d.grading);
  w.EndObject();
  return out;
}

}  // namespace liaison
