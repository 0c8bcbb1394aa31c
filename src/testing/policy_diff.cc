// DiffPolicies (liaison/policy_diff.h): the same records evaluated and graded
// under both policies, compared cadre by cadre and department by department.
#include "liaison/policy_diff.h"

#include <cmath>
#include <map>
#include <set>

#include "base/absl_compat.h"
#include "base/cadre_identity.h"
#include "liaison/batch_grading.h"
#include "liaison/evaluate.h"
#include "liaison/grade_proposal.h"
#include "liaison/incomplete_result.h"
#include "simdjson.h"

namespace liaison {
namespace {

using simdjson::dom::element;

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
  BatchReport batch;
  BatchGrading grading;
  std::optional<GradeProposal> proposal;
  std::vector<std::optional<std::size_t>> input_of_entry;  // batch entry → grading input

  absl::Status Run(std::string_view records_json, absl::CivilDay as_of) {
    absl::StatusOr<BatchReport> evaluated = EvaluateRecords(policy, records_json, as_of);
    if (!evaluated.ok()) return evaluated.status();
    batch = *std::move(evaluated);
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

  // The grade proposed to batch entry `entry`, if any.
  std::optional<std::string> Proposed(std::size_t entry) const {
    if (!proposal || !input_of_entry[entry]) return std::nullopt;
    const std::optional<TermId> grade = proposal->cadres[*input_of_entry[entry]].grade;
    if (!grade) return std::nullopt;
    return scale().scale[*grade].id;
  }
};

// The outcome of each rule of `report` by rule id; none when it has an error.
std::map<std::string, RuleOutcome> Outcomes(const absl::StatusOr<CadreReport>& report) {
  std::map<std::string, RuleOutcome> outcomes;
  if (!report.ok()) return outcomes;
  for (const Finding& finding : report->findings) {
    outcomes.emplace(std::string(finding.RuleId(report->policy)),
                     RuleOutcome{finding.status, finding.required, finding.actual});
  }
  return outcomes;
}

bool operator!=(const RuleOutcome& a, const RuleOutcome& b) {
  return a.status != b.status || a.required != b.required || a.actual != b.actual;
}

// The rules whose outcome differs between reports `a` and `b` of one cadre: the
// rules of `a` in its order, then those only in `b`.
std::vector<RuleChange> CompareRules(const absl::StatusOr<CadreReport>& a,
                                     const absl::StatusOr<CadreReport>& b) {
  const std::map<std::string, RuleOutcome> outcomes_a = Outcomes(a);
  const std::map<std::string, RuleOutcome> outcomes_b = Outcomes(b);
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
  std::vector<RuleChange> changes;
  for (const std::string& rule : rules) {
    auto ia = outcomes_a.find(rule);
    auto ib = outcomes_b.find(rule);
    std::optional<RuleOutcome> oa =
        ia == outcomes_a.end() ? std::nullopt : std::optional<RuleOutcome>(ia->second);
    std::optional<RuleOutcome> ob =
        ib == outcomes_b.end() ? std::nullopt : std::optional<RuleOutcome>(ib->second);
    if (oa.has_value() != ob.has_value() || (oa && *oa != *ob)) {
      changes.push_back({rule, oa, ob});
    }
  }
  return changes;
}

// How the proposed grade moved: a better grade is one higher on the
// after-policy's scale (where none is worse than any).
GradeMove ProposedMove(const CadreChange& change, const TermList& after_scale) {
  if (change.proposed_before == change.proposed_after) return GradeMove::kNone;
  std::optional<TermId> was =
      change.proposed_before ? after_scale.Find(*change.proposed_before) : std::nullopt;
  std::optional<TermId> is =
      change.proposed_after ? after_scale.Find(*change.proposed_after) : std::nullopt;
  if (was && is) return *is < *was ? GradeMove::kBetter : GradeMove::kWorse;
  if (is) return GradeMove::kBetter;
  if (was) return GradeMove::kWorse;
  return GradeMove::kNone;
}

// Counts `change` in the summary.
void Count(const CadreChange& change, DiffSummary& summary) {
  summary.rule_changes += static_cast<int>(change.rules.size());
  if (change.eligible_before != change.eligible_after) ++summary.eligibility_changes;
  if (change.proposed_move == GradeMove::kBetter) ++summary.proposed_better;
  if (change.proposed_move == GradeMove::kWorse) ++summary.proposed_worse;
}

// Batch entry `entry` under both policies: what differs, or not.
CadreChange CompareCadre(const Side& before, const Side& after, std::size_t entry) {
  CadreChange change;
  const absl::StatusOr<CadreReport>& a = before.batch.cadres[entry];
  const absl::StatusOr<CadreReport>& b = after.batch.cadres[entry];
  const CadreReport* known = a.ok() ? &*a : (b.ok() ? &*b : nullptr);
  const CadreIdentity identity = CadreIdentityOf(a.ok() ? b.status() : a.status());
  change.cadre = known ? known->cadre_id
                       : (identity.id.empty() ? StrCat("$.cadres[", entry, "]") : identity.id);
  if (known) change.name = known->name;
  change.department = known ? known->department : identity.department;
  if (!a.ok()) change.error_before = std::string(a.status().message());
  if (!b.ok()) change.error_after = std::string(b.status().message());
  if (!a.ok() || !b.ok()) change.error_problems = ProblemsOf(a.ok() ? b.status() : a.status());
  if (a.ok()) {
    change.participation_before = a->participation.status;
    if (!a->findings.empty()) change.score_before = a->score;
    if (a->eligible_grade) change.eligible_before = before.scale().scale[*a->eligible_grade].id;
  }
  if (b.ok()) {
    change.participation_after = b->participation.status;
    if (!b->findings.empty()) change.score_after = b->score;
    if (b->eligible_grade) change.eligible_after = after.scale().scale[*b->eligible_grade].id;
  }
  change.proposed_before = before.Proposed(entry);
  change.proposed_after = after.Proposed(entry);
  change.rules = CompareRules(a, b);
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
  std::map<std::string, FindingStatus> rules;
};

std::map<std::string, DepartmentView> Departments(const Side& side) {
  std::map<std::string, DepartmentView> views;
  for (const DepartmentReport& report : side.batch.departments) {
    for (const DepartmentFinding& finding : report.findings) {
      views[report.department].rules[side.policy.document().department_rules[finding.rule].id] =
          finding.status;
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
      DepartmentChange::RuleLine line{rule, std::nullopt, std::nullopt};
      if (ia != va.rules.end()) line.status_before = ia->second;
      if (ib != vb.rules.end()) line.status_after = ib->second;
      if (line.status_before != line.status_after) change.rules.push_back(std::move(line));
    }
    changed = changed || !change.rules.empty();
    if (changed) changes.push_back(std::move(change));
  }
  return changes;
}

}  // namespace

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
    CadreChange change = CompareCadre(side_before, side_after, entry);
    change.proposed_move = ProposedMove(change, side_after.scale().scale);
    Count(change, diff.summary);
    // A bad record is always listed, even when it is bad alike under both.
    const bool bad = change.error_before || change.error_after;
    if (bad) ++diff.summary.errors;
    if (Changed(change)) ++diff.summary.cadres_changed;
    if (bad || Changed(change)) diff.cadres.push_back(std::move(change));
  }
  diff.departments = CompareDepartments(side_before, side_after);
  diff.summary.departments_changed = static_cast<int>(diff.departments.size());
  return diff;
}

absl::Status IncompleteDiff(const PolicyDiff& diff) {
  std::vector<BadCadre> bad;
  for (const CadreChange& change : diff.cadres) {
    if (!change.error_before && !change.error_after) continue;
    bad.push_back({change.cadre, change.error_before ? *change.error_before : *change.error_after,
                   "", change.error_problems});
  }
  return IncompleteResult({"政策差异比较", "the policy diff"}, static_cast<std::size_t>(diff.summary.cadres), bad);
}

}  // namespace liaison
