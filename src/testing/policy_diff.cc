#include "liaison/policy_diff.h"

#include <cmath>
#include <map>
#include <set>

#include "base/absl_compat.h"
#include "json/json_writer.h"
#include "liaison/batch_grading.h"
#include "liaison/evaluate.h"
#include "liaison/grade_proposal.h"
#include "liaison/record_decoder.h"
#include "json/result_stamp.h"
#include "simdjson.h"

namespace liaison {
namespace {

using simdjson::dom::element;
using simdjson::dom::element_type;

// Keys that identify the entries of an array of objects, in order of preference.
constexpr std::string_view kIdentifyingKeys[] = {"id", "grade", "rule", "component", "kind"};

std::optional<std::string_view> IdentifyingKey(simdjson::dom::array a, simdjson::dom::array b) {
  for (std::string_view key : kIdentifyingKeys) {
    bool all = true;
    for (simdjson::dom::array array : {a, b}) {
      for (element entry : array) {
        std::string_view value;
        if (entry[key].get_string().get(value) != simdjson::SUCCESS) {
          all = false;
        }
      }
    }
    if (all) return key;
  }
  return std::nullopt;
}

// An array whose entries are all objects (an empty one too: an entry added to
// an empty list is then one entry added, not the list replaced).
bool IsContainerOfObjects(element value) {
  simdjson::dom::array array;
  if (value.get_array().get(array) != simdjson::SUCCESS) return false;
  for (element entry : array) {
    if (entry.type() != element_type::OBJECT) return false;
  }
  return true;
}

void CompareJson(const std::string& path, std::optional<element> a, std::optional<element> b,
                 std::vector<ParameterChange>& out) {
  if (!a || !b) {
    out.push_back({path, a ? std::optional<std::string>(simdjson::minify(*a)) : std::nullopt,
                   b ? std::optional<std::string>(simdjson::minify(*b)) : std::nullopt});
    return;
  }
  if (a->type() == element_type::OBJECT && b->type() == element_type::OBJECT) {
    std::set<std::string_view> keys;
    simdjson::dom::object oa = *a, ob = *b;
    for (auto field : oa) keys.insert(field.key);
    for (auto field : ob) keys.insert(field.key);
    for (std::string_view key : keys) {
      element va, vb;
      const bool in_a = oa.at_key(key).get(va) == simdjson::SUCCESS;
      const bool in_b = ob.at_key(key).get(vb) == simdjson::SUCCESS;
      CompareJson(StrCat(path, ".", key), in_a ? std::optional<element>(va) : std::nullopt,
                  in_b ? std::optional<element>(vb) : std::nullopt, out);
    }
    return;
  }
  simdjson::dom::array any;
  const bool both_empty = a->get_array().get(any) == simdjson::SUCCESS && any.size() == 0 &&
                          b->get_array().get(any) == simdjson::SUCCESS && any.size() == 0;
  if (!both_empty && IsContainerOfObjects(*a) && IsContainerOfObjects(*b)) {
    simdjson::dom::array aa = *a, ab = *b;
    if (std::optional<std::string_view> key = IdentifyingKey(aa, ab)) {
      std::map<std::string_view, element> by_id_a, by_id_b;
      std::vector<std::string_view> order;
      for (element entry : aa) {
        std::string_view id = entry[*key].get_string().value_unsafe();
        by_id_a.emplace(id, entry);
        order.push_back(id);
      }
      for (element entry : ab) {
        std::string_view id = entry[*key].get_string().value_unsafe();
        if (by_id_a.count(id) == 0) order.push_back(id);
        by_id_b.emplace(id, entry);
      }
      for (std::string_view id : order) {
        auto ia = by_id_a.find(id);
        auto ib = by_id_b.find(id);
        CompareJson(StrCat(path, "[", *key, "=", id, "]"),
                    ia == by_id_a.end() ? std::nullopt : std::optional<element>(ia->second),
                    ib == by_id_b.end() ? std::nullopt : std::optional<element>(ib->second), out);
      }
      return;
    }
    const std::size_t n = std::max(aa.size(), ab.size());
    for (std::size_t i = 0; i < n; ++i) {
      element va, vb;
      const bool in_a = aa.at(i).get(va) == simdjson::SUCCESS;
      const bool in_b = ab.at(i).get(vb) == simdjson::SUCCESS;
      CompareJson(StrCat(path, "[", i, "]"), in_a ? std::optional<element>(va) : std::nullopt,
                  in_b ? std::optional<element>(vb) : std::nullopt, out);
    }
    return;
  }
  const std::string text_a = simdjson::minify(*a);
  const std::string text_b = simdjson::minify(*b);
  if (text_a != text_b) out.push_back({path, text_a, text_b});
}

// The policy itself, or — when it does not cover `year` — the same policy
// placed in that year for the comparison.
absl::StatusOr<Policy> ForYear(const Policy& policy, int year, bool& applied) {
  applied = !policy.Covers(year);
  if (!applied) return policy;
  PolicyDocument document = policy.document();
  document.year = year;
  document.recurring = false;
  return Policy::FromDocument(std::move(document));
}

// One side of the comparison: the records evaluated and graded under a policy.
struct Side {
  explicit Side(Policy p) : policy(std::move(p)), batch(policy) {}
  Policy policy;
  RecordBatch records;
  BatchReport batch;
  BatchGrading grading;
  std::optional<GradeProposal> proposal;
  std::vector<std::optional<std::size_t>> input_of_entry;  // batch entry → grading input

  absl::Status Run(std::string_view records_json, absl::CivilDay as_of) {
    absl::StatusOr<RecordBatch> decoded = DecodeRecords(policy, records_json);
    if (!decoded.ok()) return decoded.status();
    records = *std::move(decoded);
    batch = EvaluateBatch(policy, records, as_of);
    grading = GradingInputsOf(batch);
    input_of_entry.assign(batch.cadres.size(), std::nullopt);
    for (std::size_t i = 0; i < grading.batch_entries.size(); ++i) {
      input_of_entry[grading.batch_entries[i]] = i;
    }
    absl::StatusOr<GradeProposal> proposed =
        ProposeGrades(policy.document().grading, grading.inputs);
    if (proposed.ok()) proposal = *std::move(proposed);
    return absl::OkStatus();
  }

  const GradingPolicy& scale() const { return policy.document().grading; }

  std::string Proposed(std::size_t entry) const {
    if (!proposal || !input_of_entry[entry]) return "";
    const std::optional<TermId> grade = proposal->cadres[*input_of_entry[entry]].grade;
    return grade ? scale().scale[*grade].id : "";
  }
};

std::map<std::string, RuleOutcome> Outcomes(const CadreReport& report) {
  std::map<std::string, RuleOutcome> outcomes;
  for (const Finding& finding : report.findings) {
    outcomes.emplace(std::string(finding.RuleId(report.policy)),
                     RuleOutcome{std::string(FindingStatusName(finding.status)), finding.required,
                                 finding.actual});
  }
  return outcomes;
}

bool operator!=(const RuleOutcome& a, const RuleOutcome& b) {
  return a.status != b.status || a.required != b.required || a.actual != b.actual;
}

CadreChange CompareCadre(const Side& before, const Side& after, std::size_t entry,
                         DiffSummary& summary) {
  CadreChange change;
  const absl::StatusOr<CadreReport>& a = before.batch.cadres[entry];
  const absl::StatusOr<CadreReport>& b = after.batch.cadres[entry];
  const CadreReport* known = a.ok() ? &*a : (b.ok() ? &*b : nullptr);
  change.cadre = known ? known->cadre_id : StrCat("$.cadres[", entry, "]");
  change.department = known ? known->department : "";
  if (!a.ok()) change.error_before = std::string(a.status().message());
  if (!b.ok()) change.error_after = std::string(b.status().message());
  if (a.ok()) {
    change.participation_before = std::string(ParticipationStatusName(a->participation.status));
    if (!a->findings.empty()) change.score_before = a->score;
    if (a->eligible_grade) change.eligible_before = before.scale().scale[*a->eligible_grade].id;
  }
  if (b.ok()) {
    change.participation_after = std::string(ParticipationStatusName(b->participation.status));
    if (!b->findings.empty()) change.score_after = b->score;
    if (b->eligible_grade) change.eligible_after = after.scale().scale[*b->eligible_grade].id;
  }
  change.proposed_before = before.Proposed(entry);
  change.proposed_after = after.Proposed(entry);
  const std::map<std::string, RuleOutcome> outcomes_a = a.ok() ? Outcomes(*a) : std::map<std::string, RuleOutcome>();
  const std::map<std::string, RuleOutcome> outcomes_b = b.ok() ? Outcomes(*b) : std::map<std::string, RuleOutcome>();
  std::vector<std::string> rules;
  if (a.ok()) {
    for (const Finding& f : a->findings) rules.emplace_back(f.RuleId(a->policy));
  }
  if (b.ok()) {
    for (const Finding& f : b->findings) {
      std::string id(f.RuleId(b->policy));
      if (outcomes_a.count(id) == 0) rules.push_back(std::move(id));
    }
  }
  for (const std::string& rule : rules) {
    auto ia = outcomes_a.find(rule);
    auto ib = outcomes_b.find(rule);
    std::optional<RuleOutcome> oa =
        ia == outcomes_a.end() ? std::nullopt : std::optional<RuleOutcome>(ia->second);
    std::optional<RuleOutcome> ob =
        ib == outcomes_b.end() ? std::nullopt : std::optional<RuleOutcome>(ib->second);
    if (oa.has_value() != ob.has_value() || (oa && *oa != *ob)) {
      change.rules.push_back({rule, oa, ob});
    }
  }
  summary.rule_changes += static_cast<int>(change.rules.size());
  if (change.eligible_before != change.eligible_after) ++summary.eligibility_changes;
  if (change.proposed_before != change.proposed_after) {
    std::optional<TermId> was = after.scale().scale.Find(change.proposed_before);
    std::optional<TermId> is = after.scale().scale.Find(change.proposed_after);
    if (was && is) {
      (*is < *was ? summary.proposed_better : summary.proposed_worse) += 1;
    } else if (is) {
      ++summary.proposed_better;
    } else if (was) {
      ++summary.proposed_worse;
    }
  }
  return change;
}

bool Changed(const CadreChange& c) {
  const bool score_changed =
      c.score_before.has_value() != c.score_after.has_value() ||
      (c.score_before && std::abs(*c.score_before - *c.score_after) > 1e-9);
  return !c.rules.empty() || score_changed || c.participation_before != c.participation_after ||
         c.error_before != c.error_after || c.eligible_before != c.eligible_after ||
         c.proposed_before != c.proposed_after;
}

// Per department: its unit's base and caps, the grades proposed to its
// cadres, and the status of each department-level rule.
struct DepartmentView {
  std::int32_t base = 0;
  std::map<std::string, std::int32_t> caps;
  std::map<std::string, std::int32_t> proposed;
  std::map<std::string, std::string> rules;
};

std::map<std::string, DepartmentView> Departments(const Side& side) {
  std::map<std::string, DepartmentView> views;
  for (const DepartmentReport& report : side.batch.departments) {
    for (const DepartmentFinding& finding : report.findings) {
      views[report.department].rules[side.policy.document().department_rules[finding.rule].id] =
          std::string(FindingStatusName(finding.status));
    }
  }
  if (!side.proposal) return views;
  const GradeProposal& proposal = *side.proposal;
  for (const QuotaUnit& unit : proposal.plan.units) {
    for (const std::string& department : unit.departments) {
      DepartmentView& view = views[department];
      view.base = unit.base;
      for (const QuotaCap& cap : unit.caps.caps) {
        view.caps[side.scale().scale[cap.grade].id] = cap.cap;
      }
    }
  }
  for (std::size_t i = 0; i < side.grading.inputs.size(); ++i) {
    const GradingInput& input = side.grading.inputs[i];
    if (!proposal.cadres[i].grade) continue;
    ++views[input.department].proposed[side.scale().scale[*proposal.cadres[i].grade].id];
  }
  return views;
}

std::vector<DepartmentChange> CompareDepartments(const Side& before, const Side& after) {
  std::map<std::string, DepartmentView> a = Departments(before);
  std::map<std::string, DepartmentView> b = Departments(after);
  std::set<std::string> ids;
  for (const auto& [id, view] : a) ids.insert(id);
  for (const auto& [id, view] : b) ids.insert(id);
  std::vector<std::string> grades;
  for (const Term& term : after.scale().scale.terms()) grades.push_back(term.id);
  for (const Term& term : before.scale().scale.terms()) {
    if (!after.scale().scale.Find(term.id)) grades.push_back(term.id);
  }
  std::vector<DepartmentChange> changes;
  for (const std::string& id : ids) {
    const DepartmentView& va = a[id];
    const DepartmentView& vb = b[id];
    DepartmentChange change;
    change.department = id;
    change.base_before = va.base;
    change.base_after = vb.base;
    bool changed = va.base != vb.base;
    for (const std::string& grade : grades) {
      DepartmentChange::GradeLine line;
      line.grade = grade;
      if (auto it = va.caps.find(grade); it != va.caps.end()) line.cap_before = it->second;
      if (auto it = vb.caps.find(grade); it != vb.caps.end()) line.cap_after = it->second;
      if (auto it = va.proposed.find(grade); it != va.proposed.end()) line.proposed_before = it->second;
      if (auto it = vb.proposed.find(grade); it != vb.proposed.end()) line.proposed_after = it->second;
      changed = changed || line.cap_before != line.cap_after ||
                line.proposed_before != line.proposed_after;
      change.grades.push_back(std::move(line));
    }
    std::set<std::string> rules;
    for (const auto& [rule, status] : va.rules) rules.insert(rule);
    for (const auto& [rule, status] : vb.rules) rules.insert(rule);
    for (const std::string& rule : rules) {
      const auto ia = va.rules.find(rule);
      const auto ib = vb.rules.find(rule);
      DepartmentChange::RuleLine line{rule, ia == va.rules.end() ? "" : ia->second,
                                      ib == vb.rules.end() ? "" : ib->second};
      if (line.status_before != line.status_after) change.rules.push_back(std::move(line));
    }
    changed = changed || !change.rules.empty();
    if (changed) changes.push_back(std::move(change));
  }
  return changes;
}

}  // namespace

std::vector<ParameterChange> DiffParameters(const Policy& before, const Policy& after) {
  std::vector<ParameterChange> changes;
  simdjson::dom::parser parser_a, parser_b;
  element a, b;
  if (parser_a.parse(before.canonical_json()).get(a) != simdjson::SUCCESS ||
      parser_b.parse(after.canonical_json()).get(b) != simdjson::SUCCESS) {
    return changes;  // canonical JSON always parses
  }
  CompareJson("$", a, b, changes);
  return changes;
}

absl::StatusOr<PolicyDiff> DiffPolicies(const Policy& before, const Policy& after,
                                        std::string_view records_json, absl::CivilDay as_of) {
  // The records' year, read under the policy that covers it (either will do
  // for the year alone; the before-policy is tried first).
  int year = static_cast<int>(as_of.year());
  {
    simdjson::dom::parser parser;
    element root;
    std::int64_t value = 0;
    if (parser.parse(records_json.data(), records_json.size()).get(root) == simdjson::SUCCESS &&
        root["year"].get_int64().get(value) == simdjson::SUCCESS && value > 0 && value < 10000) {
      year = static_cast<int>(value);
    }
  }
  PolicyDiff diff(before, after);
  diff.year = year;
  diff.as_of = as_of;
  absl::StatusOr<Policy> placed_before = ForYear(before, year, diff.before_applied_to_year);
  if (!placed_before.ok()) return placed_before.status();
  absl::StatusOr<Policy> placed_after = ForYear(after, year, diff.after_applied_to_year);
  if (!placed_after.ok()) return placed_after.status();
  Side side_before(*placed_before), side_after(*placed_after);
  if (absl::Status status = side_before.Run(records_json, as_of); !status.ok()) return status;
  if (absl::Status status = side_after.Run(records_json, as_of); !status.ok()) return status;

  diff.parameters = DiffParameters(before, after);
  diff.summary.cadres = static_cast<int>(side_before.batch.cadres.size());
  for (std::size_t entry = 0; entry < side_before.batch.cadres.size(); ++entry) {
    CadreChange change = CompareCadre(side_before, side_after, entry, diff.summary);
    if (Changed(change)) diff.cadres.push_back(std::move(change));
  }
  diff.summary.cadres_changed = static_cast<int>(diff.cadres.size());
  diff.departments = CompareDepartments(side_before, side_after);
  diff.summary.departments_changed = static_cast<int>(diff.departments.size());
  return diff;
}

namespace {

void WriteOptionalString(json::JsonWriter& w, const std::string& text) {
  if (text.empty()) {
    w.Null();
  } else {
    w.String(text);
  }
}

void WriteOutcome(json::JsonWriter& w, const std::optional<RuleOutcome>& outcome) {
  if (!outcome) {
    w.Null();
    return;
  }
  w.BeginObject();
  w.Key("status");
  w.String(outcome->status);
  w.Key("required");
  w.Int(outcome->required);
  w.Key("actual");
  w.Int(outcome->actual);
  w.EndObject();
}

void WritePair(json::JsonWriter& w, std::string_view key, const std::string& before,
               const std::string& after) {
  if (before == after) return;
  w.Key(key);
  w.BeginObject();
  w.Key("before");
  WriteOptionalString(w, before);
  w.Key("after");
  WriteOptionalString(w, after);
  w.EndObject();
}

void WritePolicy(json::JsonWriter& w, const Policy& policy, bool applied, int year) {
  w.BeginObject();
  w.Key("id");
  w.String(policy.id());
  w.Key("version");
  w.String(policy.document().version);
  w.Key("fingerprint");
  w.String(policy.fingerprint());
  w.Key("applied_to_year");
  if (applied) {
    w.Int(year);
  } else {
    w.Null();
  }
  w.EndObject();
}

}  // namespace

std::string EncodePolicyDiff(const PolicyDiff& diff, JsonStyle style) {
  std::string out;
  json::JsonWriter w(out, style == JsonStyle::kPretty ? json::Layout::kPretty
                                                     : json::Layout::kCompact);
  w.BeginObject();
  w.Key("schema");
  w.String("liaison.policy-diff/1");
  w.Key("library_version");
  w.String(LIAISON_VERSION_STRING);
  w.Key("before");
  WritePolicy(w, diff.before, diff.before_applied_to_year, diff.year);
  w.Key("after");
  WritePolicy(w, diff.after, diff.after_applied_to_year, diff.year);
  w.Key("year");
  w.Int(diff.year);
  w.Key("as_of");
  w.Date(diff.as_of);
  w.Key("summary");
  w.BeginObject();
  w.Key("parameters_changed");
  w.Int(static_cast<std::int64_t>(diff.parameters.size()));
  w.Key("cadres");
  w.Int(diff.summary.cadres);
  w.Key("cadres_changed");
  w.Int(diff.summary.cadres_changed);
  w.Key("rule_changes");
  w.Int(diff.summary.rule_changes);
  w.Key("eligibility_changes");
  w.Int(diff.summary.eligibility_changes);
  w.Key("proposed_better");
  w.Int(diff.summary.proposed_better);
  w.Key("proposed_worse");
  w.Int(diff.summary.proposed_worse);
  w.Key("departments_changed");
  w.Int(diff.summary.departments_changed);
  w.EndObject();
  w.Key("parameters");
  w.BeginArray();
  for (const ParameterChange& change : diff.parameters) {
    w.BeginObject();
    w.Key("path");
    w.String(change.path);
    w.Key("before");
    if (change.before) {
      w.String(*change.before);
    } else {
      w.Null();
    }
    w.Key("after");
    if (change.after) {
      w.String(*change.after);
    } else {
      w.Null();
    }
    w.EndObject();
  }
  w.EndArray();
  w.Key("cadres");
  w.BeginArray();
  for (const CadreChange& change : diff.cadres) {
    w.BeginObject();
    w.Key("cadre");
    w.String(change.cadre);
    w.Key("department");
    w.String(change.department);
    WritePair(w, "participation", change.participation_before, change.participation_after);
    WritePair(w, "error", change.error_before, change.error_after);
    w.Key("score");
    w.BeginObject();
    w.Key("before");
    if (change.score_before) {
      w.Double(*change.score_before);
    } else {
      w.Null();
    }
    w.Key("after");
    if (change.score_after) {
      w.Double(*change.score_after);
    } else {
      w.Null();
    }
    w.EndObject();
    WritePair(w, "eligible_grade", change.eligible_before, change.eligible_after);
    WritePair(w, "proposed_grade", change.proposed_before, change.proposed_after);
    w.Key("rules");
    w.BeginArray();
    for (const RuleChange& rule : change.rules) {
      w.BeginObject();
      w.Key("rule");
      w.String(rule.rule);
      w.Key("before");
      WriteOutcome(w, rule.before);
      w.Key("after");
      WriteOutcome(w, rule.after);
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
  w.Key("departments");
  w.BeginArray();
  for (const DepartmentChange& change : diff.departments) {
    w.BeginObject();
    w.Key("department");
    w.String(change.department);
    w.Key("base");
    w.BeginObject();
    w.Key("before");
    w.Int(change.base_before);
    w.Key("after");
    w.Int(change.base_after);
    w.EndObject();
    w.Key("grades");
    w.BeginArray();
    for (const DepartmentChange::GradeLine& line : change.grades) {
      w.BeginObject();
      w.Key("grade");
      w.String(line.grade);
      w.Key("cap_before");
      if (line.cap_before) {
        w.Int(*line.cap_before);
      } else {
        w.Null();
      }
      w.Key("cap_after");
      if (line.cap_after) {
        w.Int(*line.cap_after);
      } else {
        w.Null();
      }
      w.Key("proposed_before");
      w.Int(line.proposed_before);
      w.Key("proposed_after");
      w.Int(line.proposed_after);
      w.EndObject();
    }
    w.EndArray();
    w.Key("rules");
    w.BeginArray();
    for (const DepartmentChange::RuleLine& rule : change.rules) {
      w.BeginObject();
      w.Key("rule");
      w.String(rule.rule);
      w.Key("before");
      WriteOptionalString(w, rule.status_before);
      w.Key("after");
      WriteOptionalString(w, rule.status_after);
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  if (style == JsonStyle::kPretty) out += '\n';
  return out;
}

}  // namespace liaison
