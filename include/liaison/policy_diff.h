// Policy diff: what a new version of a policy changes, and for whom.
//
// Committees change their policies every year — a minimum here, a cap or a
// rounding rule there. Before a change goes live its author needs two views:
//
//   - the parameters: which values of the document changed, old → new
//     ("$.grading.caps[grade=excellent].share: 0.3 → 0.2");
//   - the people: evaluating the same records under both versions, which
//     cadres' rule statuses, scores, eligibility and proposed grades change,
//     and how each department's caps and grade distribution move.
//
//   absl::StatusOr<PolicyDiff> diff =
//       DiffPolicies(current, proposed, records_text, absl::CivilDay(2026, 12, 31));
//   std::string json = EncodePolicyDiff(*diff, JsonStyle::kPretty);  // policy_diff_json.h
//
// When a policy does not cover the records' year (comparing the 2018
// transitional rules with the yearly ones on 2018 records, say), it is applied
// to that year for the comparison — its period placed in that year — and the
// diff says so (`applied_to_year`). A diff of a policy against itself is empty.
#ifndef LIAISON_POLICY_DIFF_H_
#define LIAISON_POLICY_DIFF_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/time/civil_time.h"
#include "liaison/cadre_report.h"
#include "liaison/policy.h"
#include "liaison/problem.h"

namespace liaison {

// One value of the policy documents that differs. Arrays of objects with an
// "id" (or "grade", "rule", "component", "kind") are matched by it, so a
// reordered list is not a change and paths name the entry:
// "$.rules[id=lectures].min".
struct ParameterChange {
  std::string path;
  std::optional<std::string> before;  // JSON text; nullopt: added
  std::optional<std::string> after;   // JSON text; nullopt: removed

  // Whether the value is text that moves no result: a title, a label
  // ("zh"/"en"), the issuer, source, basis or version.
  bool TextOnly() const;
};

// Whether a proposed grade moved up or down the after-policy's scale (where
// none is worse than any grade).
enum class GradeMove { kNone, kBetter, kWorse };

// One rule of one cadre under one of the two policies.
struct RuleOutcome {
  FindingStatus status = FindingStatus::kMet;
  std::int64_t required = 0;
  std::int64_t actual = 0;
};

// A rule whose outcome differs; nullopt: the cadre has no finding for the
// rule under that policy.
struct RuleChange {
  std::string rule;
  std::optional<RuleOutcome> before;
  std::optional<RuleOutcome> after;
};

// What changes for one cadre; a field whose before and after are equal did
// not change. nullopt stands for "none": no report (the record has an error),
// no error, no score (nothing evaluated), no grade.
struct CadreChange {
  std::string cadre;
  std::string name;  // as recorded; empty when the record is bad under both
  std::string department;
  std::optional<ParticipationStatus> participation_before, participation_after;
  std::optional<std::string> error_before, error_after;  // the record's error under each policy
  std::vector<Problem> error_problems;  // that error's problems (before's, else after's), with paths
  std::optional<double> score_before, score_after;
  std::optional<std::string> eligible_before, eligible_after;  // grade ids of each policy's scale
  std::optional<std::string> proposed_before, proposed_after;
  GradeMove proposed_move = GradeMove::kNone;
  std::vector<RuleChange> rules;  // only rules whose status, required or actual changed
};

// How one department's quota unit moves.
struct DepartmentChange {
  std::string department;
  std::int32_t base_before = 0, base_after = 0;
  // Per grade id of the after-policy's scale (then any only in the before one).
  struct GradeLine {
    std::string grade;
    std::optional<std::int32_t> cap_before, cap_after;  // nullopt: not capped
    std::int32_t proposed_before = 0, proposed_after = 0;
  };
  std::vector<GradeLine> grades;
  // Department-level rules (三.1) whose status differs; nullopt for no such rule.
  struct RuleLine {
    std::string rule;
    std::optional<FindingStatus> status_before, status_after;
  };
  std::vector<RuleLine> rules;
};

struct DiffSummary {
  int cadres = 0;            // cadres in the records
  int cadres_changed = 0;    // with any change
  int rule_changes = 0;      // cadre × rule pairs that changed
  int proposed_better = 0;   // cadres proposed a better grade after
  int proposed_worse = 0;    // … a worse grade
  int eligibility_changes = 0;
  int departments_changed = 0;
  int errors = 0;            // cadres whose record is bad under either policy
};

struct PolicyDiff {
  PolicyDiff(Policy before_policy, Policy after_policy)
      : before(std::move(before_policy)), after(std::move(after_policy)) {}

  Policy before;
  Policy after;
  int year = 0;
  absl::CivilDay as_of;
  // The policies applied to a year they do not cover, for the comparison.
  bool before_applied_to_year = false;
  bool after_applied_to_year = false;
  std::vector<ParameterChange> parameters;
  // Only cadres with a change or a bad record, in input order.
  std::vector<CadreChange> cadres;
  std::vector<DepartmentChange> departments;  // only departments with a change, by id
  DiffSummary summary;

  bool empty() const { return parameters.empty() && cadres.empty() && departments.empty(); }
};

// Compares `before` and `after` on `records_json` as of `as_of`. Fails when
// the records document is unusable under either policy as a whole.
absl::StatusOr<PolicyDiff> DiffPolicies(const Policy& before, const Policy& after,
                                        std::string_view records_json, absl::CivilDay as_of);

// IncompleteResult (liaison/incomplete_result.h) for the cadres of `diff`
// whose record is bad under either policy: OK when there is none.
absl::Status IncompleteDiff(const PolicyDiff& diff);

// The structural diff of two policy documents alone.
std::vector<ParameterChange> DiffParameters(const Policy& before, const Policy& after);

// The diff as a document (schema liaison.policy-diff/1): liaison/policy_diff_json.h.

}  // namespace liaison

#endif  // LIAISON_POLICY_DIFF_H_
