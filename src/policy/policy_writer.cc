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

void WriteTerms(JsonWriter& w, const TermList& terms) {
  w.BeginArray();
  for (const Term& term : terms.terms()) {
    w.BeginObject();
    w.Key("id");
    w.String(term.id);
    w.Key("zh");
    w.String(term.label.zh);
    w.Key("en");
    w.String(term.label.en);
    w.EndObject();
  }
  w.EndArray();
}

void WriteRefs(JsonWriter& w, const TermList& terms, const std::vector<TermId>& ids) {
  w.BeginArray();
  for (TermId id : ids) w.String(TermName(terms, id));
  w.EndArray();
}

void WriteVocabulary(JsonWriter& w, const Vocabulary& v) {
  w.BeginObject();
  w.Key("activity_kinds");
  WriteTerms(w, v.activity_kinds);
  w.Key("contact_point_kinds");
  WriteTerms(w, v.contact_point_kinds);
  w.Key("levels");
  WriteTerms(w, v.levels);
  w.Key("areas");
  WriteTerms(w, v.areas);
  w.Key("submission_kinds");
  WriteTerms(w, v.submission_kinds);
  w.Key("ranks");
  WriteTerms(w, v.ranks);
  w.Key("tags");
  WriteTerms(w, v.tags);
  w.Key("not_rated_reasons");
  WriteTerms(w, v.not_rated_reasons);
  w.EndObject();
}

void WriteParticipation(JsonWriter& w, const ParticipationPolicy& p) {
  w.BeginObject();
  w.Key("basis");
  w.String(p.basis);
  w.Key("full_time");
  w.String(NameOf(kCategoryRuleNames, p.full_time));
  w.Key("part_time");
  w.String(NameOf(kCategoryRuleNames, p.part_time));
  w.Key("seconded");
  w.String(NameOf(kCategoryRuleNames, p.seconded));
  w.Key("exemption_requires_approval");
  w.Bool(p.exemption_requires_approval);
  w.EndObject();
}

void WriteContactPoints(JsonWriter& w, const ContactPointPolicy& c, const Vocabulary& v) {
  w.BeginObject();
  w.Key("basis");
  w.String(c.basis);
  w.Key("binding");
  w.Bool(c.binding);
  w.Key("allowed_kinds");
  WriteRefs(w, v.contact_point_kinds, c.allowed_kinds);
  w.Key("sets");
  w.BeginArray();
  for (const ContactPointSet& set : c.sets) {
    w.BeginObject();
    w.Key("ranks");
    WriteRefs(w, v.ranks, set.ranks);
    w.Key("min");
    w.Int(set.min);
    w.Key("max");
    w.Int(set.max);
    w.Key("kind_minimums");
    w.BeginArray();
    for (const KindMinimum& minimum : set.kind_minimums) {
      w.BeginObject();
      w.Key("kind");
      w.String(TermName(v.contact_point_kinds, minimum.kind));
      w.Key("min");
      w.Int(minimum.min);
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
  w.Key("home_region");
  w.String(c.home_region);
  w.Key("min_home_share");
  w.Double(c.min_home_share);
  w.Key("online_kinds");
  WriteRefs(w, v.contact_point_kinds, c.online_kinds);
  w.Key("online");
  w.String(NameOf(kOnlinePointsNames, c.online));
  w.EndObject();
}

void WriteRule(JsonWriter& w, const TaskRule& rule, const Vocabulary& v) {
  w.BeginObject();
  w.Key("id");
  w.String(rule.id);
  w.Key("kind");
  w.String(RuleKindName(rule.kind));
  w.Key("title");
  w.Localized(rule.title);
  w.Key("basis");
  w.String(rule.basis);
  w.Key("binding");
  w.Bool(rule.binding);
  w.Key("min");
  w.Int(rule.min);
  if (rule.max) {
    w.Key("max");
    w.Int(*rule.max);
  }
  if (rule.due) {
    w.Key("due");
    w.MonthDayValue(*rule.due);
  }
  if (rule.kind != RuleKind::kDeadline) {
    const ActivityFilter& m = rule.match;
    w.Key("match");
    w.BeginObject();
    w.Key("kinds");
    WriteRefs(w, v.activity_kinds, m.kinds);
    w.Key("modes");
    w.BeginArray();
    for (ActivityMode mode : m.modes) w.String(NameOf(kActivityModeNames, mode));
    w.EndArray();
    w.Key("contact_point_kinds");
    WriteRefs(w, v.contact_point_kinds, m.contact_point_kinds);
    w.Key("own_contact_point");
    w.Bool(m.own_contact_point);
    w.Key("min_levels_below");
    w.Int(m.min_levels_below);
    w.EndObject();
  }
  w.Key("applies_to");
  w.BeginObject();
  w.Key("tags");
  WriteRefs(w, v.tags, rule.applies_to.tags);
  w.Key("ranks");
  WriteRefs(w, v.ranks, rule.applies_to.ranks);
  w.Key("categories");
  w.BeginArray();
  for (CadreCategory category : rule.applies_to.categories) {
    w.String(CadreCategoryName(category));
  }
  w.EndArray();
  w.EndObject();
  w.Key("weight");
  w.Double(rule.weight);
  w.Key("prorate");
  w.Bool(rule.prorate);
  switch (rule.kind) {
    case RuleKind::kSum:
      w.Key("quantity");
      w.String(NameOf(kQuantityNames, rule.quantity));
      break;
    case RuleKind::kDistinct:
      w.Key("people");
      w.String(NameOf(kPeopleCountingNames, rule.people));
      break;
    case RuleKind::kDeadline:
      w.Key("submission");
      w.String(TermName(v.submission_kinds, rule.submission));
      break;
    case RuleKind::kCoverage:
      w.Key("areas");
      WriteRefs(w, v.areas, rule.areas);
      break;
    case RuleKind::kDuration:
      w.Key("unit");
      w.String(rule.unit);
      w.Key("days_per_unit");
      w.Int(rule.days_per_unit);
      break;
    case RuleKind::kCount:
    case RuleKind::kRange:
      break;
  }
  w.EndObject();
}

void WriteProration(JsonWriter& w, const Proration& p) {
  w.BeginObject();
  w.Key("numerator");
  w.Int(p.numerator);
  w.Key("denominator");
  w.Int(p.denominator);
  w.Key("rounding");
  w.String(NameOf(kRoundingNames, p.rounding));
  w.Key("basis");
  w.String(p.basis);
  w.Key("overrides");
  w.BeginArray();
  for (const RuleOverride& o : p.overrides) {
    w.BeginObject();
    w.Key("rule");
    w.String(o.rule);
    if (o.min) {
      w.Key("min");
      w.Int(*o.min);
    }
    if (o.max) {
      w.Key("max");
      w.Int(*o.max);
    }
    if (o.due) {
      w.Key("due");
      w.MonthDayValue(*o.due);
    }
    if (o.binding) {
      w.Key("binding");
      w.Bool(*o.binding);
    }
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
}

void WriteGrading(JsonWriter& w, const GradingPolicy& g) {
  w.BeginObject();
  w.Key("basis");
  w.String(g.basis);
  w.Key("scale");
  WriteTerms(w, g.scale);
  w.Key("caps");
  w.BeginArray();
  for (const GradeCap& cap : g.caps) {
    w.BeginObject();
    w.Key("grade");
    w.String(TermName(g.scale, cap.grade));
    w.Key("share");
    w.Double(cap.share);
    w.EndObject();
  }
  w.EndArray();
  w.Key("rounding");
  w.String(NameOf(kRoundingNames, g.rounding));
  w.Key("cumulative");
  w.Bool(g.cumulative);
  w.Key("pass_down");
  w.Bool(g.pass_down);
  w.Key("minimum_one_from");
  w.Int(g.minimum_one_from);
  w.Key("pool_below");
  w.Int(g.pool_below);
  w.Key("organ_quota");
  w.Bool(g.organ_quota);
  w.Key("ties");
  w.String(NameOf(kTiePolicyNames, g.ties));
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
    w.Key("grade");
    w.String(TermName(g.scale, e.grade));
    w.Key("min_score");
    w.Double(e.min_score);
    w.Key("all_binding_met");
    w.Bool(e.all_binding_met);
    w.EndObject();
  }
  w.EndArray();
  w.Key("floors");
  w.BeginArray();
  for (const GradeFloor& f : g.floors) {
    w.BeginObject();
    w.Key("grade");
    w.String(TermName(g.scale, f.grade));
    w.Key("bottom_share");
    w.Double(f.bottom_share);
    w.EndObject();
  }
  w.EndArray();
  w.Key("weights");
  w.BeginArray();
  for (const ScoreWeight& weight : g.weights) {
    w.BeginObject();
    w.Key("component");
    w.String(weight.component);
    w.Key("weight");
    w.Double(weight.weight);
    w.EndObject();
  }
  w.EndArray();
  w.Key("late_credit");
  w.Double(g.late_credit);
  w.EndObject();
}

}  // namespace

std::string CanonicalPolicyJson(const PolicyDocument& d, json::Layout layout) {
  std::string out;
  JsonWriter w(out, layout);
  w.BeginObject();
  w.Key("schema");
  w.String(kPolicySchema);
  w.Key("id");
  w.String(d.id);
  w.Key("version");
  w.String(d.version);
  w.Key("title");
  w.Localized(d.title);
  if (!d.issuer.zh.empty() || !d.issuer.en.empty()) {
    w.Key("issuer");
    w.Localized(d.issuer);
  }
  w.Key("source");
  w.String(d.source);
  w.Key("year");
  w.Int(d.year);
  w.Key("recurring");
  w.Bool(d.recurring);
  w.Key("period");
  w.BeginObject();
  w.Key("start");
  w.MonthDayValue(d.period_start);
  w.Key("end");
  w.MonthDayValue(d.period_end);
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
  w.Key("count_secondary_kinds");
  w.Bool(d.counting.count_secondary_kinds);
  w.Key("default_activity_days");
  w.Int(d.counting.default_activity_days);
  w.EndObject();
  w.Key("rules");
  w.BeginArray();
  for (const TaskRule& rule : d.rules) WriteRule(w, rule, d.vocabulary);
  w.EndArray();
  if (d.proration) {
    w.Key("proration");
    WriteProration(w, *d.proration);
  }
  w.Key("checkpoints");
  w.BeginArray();
  for (const Checkpoint& c : d.checkpoints) {
    w.BeginObject();
    w.Key("id");
    w.String(c.id);
    w.Key("title");
    w.Localized(c.title);
    w.Key("basis");
    w.String(c.basis);
    w.Key("date");
    w.MonthDayValue(c.date);
    w.EndObject();
  }
  w.EndArray();
  w.Key("department_rules");
  w.BeginArray();
  for (const DepartmentRule& r : d.department_rules) {
    w.BeginObject();
    w.Key("id");
    w.String(r.id);
    w.Key("title");
    w.Localized(r.title);
    w.Key("basis");
    w.String(r.basis);
    w.Key("binding");
    w.Bool(r.binding);
    w.Key("due");
    w.MonthDayValue(r.due);
    w.Key("must_name_contact_points");
    w.Bool(r.must_name_contact_points);
    w.EndObject();
  }
  w.EndArray();
  w.Key("grading");
  WriteGrading(w, d.grading);
  w.EndObject();
  return out;
}

}  // namespace liaison
