// CadreReport: the evaluation of one cadre's year as of a date.
//
// A report is data first: one Finding per rule of the policy (task rules in
// document order, then the contact-point checks), each with its status,
// required and actual values, shortfall, due date, basis and pace. Text in
// Chinese and English is rendered from it (finding_message.h), so an OA system
// can show its own wording from the same facts.
//
// A report holds its Policy handle, so it always knows the policy id, year and
// fingerprint it was made under.
#ifndef LIAISON_CADRE_REPORT_H_
#define LIAISON_CADRE_REPORT_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "absl/time/civil_time.h"
#include "liaison/policy.h"
#include "liaison/vocabulary.h"

namespace liaison {

enum class FindingStatus {
  kMet,            // the minimum is reached (and the maximum not passed)
  kShort,          // the due date has passed below the minimum
  kPending,        // below the minimum, the due date not yet passed
  kOverdue,        // a submission not made by its due date
  kLate,           // a submission made after its due date
  kOver,           // above a range's maximum
  kNotApplicable,  // the rule does not apply to this cadre
  kAdvisory,       // an advisory rule: reported, never binding
};

// "met", "short", "pending", "overdue", "late", "over", "not_applicable",
// "advisory".
std::string_view FindingStatusName(FindingStatus status);

// Where the cadre stands against the pro-rata pace of a rule (二.4.(1)).
enum class Pace {
  kNotTracked,  // deadlines, advisory and inapplicable rules
  kDone,        // the minimum is already reached
  kOnPace,      // actual ≥ minimum × share of the period elapsed
  kBehind,      // actual below that
};

std::string_view PaceName(Pace pace);

// Why an activity that matched a rule's kinds was not counted.
enum class SetAsideReason {
  kOutsidePeriod,       // dated outside the policy period (never counts)
  kAfterAsOf,           // dated after the evaluation date
  kAfterDue,            // dated after the rule's due date (a rule due before the period ends)
  kLevelRule,           // a talk that breaks "下跨一级"
  kNotOwnContactPoint,  // at a point that is not the cadre's own
  kMode,                // online where the rule wants face to face, or the reverse
  kContactPointKind,    // at a point of a kind the rule does not take
};

std::string_view SetAsideReasonName(SetAsideReason reason);

struct SetAside {
  std::uint32_t activity = 0;  // index into CadreYear::activities
  std::string activity_id;
  SetAsideReason reason = SetAsideReason::kOutsidePeriod;
};

// What a finding is about: a task rule, or one of the contact-point checks.
enum class FindingSubject {
  kTaskRule,
  kContactPointCount,  // "contact_points.count": 3–4 points
  kContactPointKinds,  // "contact_points.kinds": per-kind minimums, allowed kinds
  kContactPointHome,   // "contact_points.home_share": mainly inside the home region
  kContactPointLevel,  // "contact_points.level": every point at the levels the policy names
};

struct Finding {
  // Every member starts at its default below. Written out rather than
  // "= default" so that a new finding is not zero-filled whole first: a
  // report makes one per rule, and the fill cost a sixth of an evaluation.
  Finding() noexcept {}  // NOLINT(modernize-use-equals-default)

  FindingSubject subject = FindingSubject::kTaskRule;
  std::uint16_t rule = 0;  // kTaskRule: index into Policy::rules()
  FindingStatus status = FindingStatus::kMet;
  bool binding = true;
  std::int64_t required = 0;
  std::optional<std::int64_t> maximum;
  std::int64_t actual = 0;
  std::int64_t shortfall = 0;  // max(0, required − actual)
  std::optional<absl::CivilDay> due;
  std::optional<absl::CivilDay> submitted;  // kDeadline: the submission's date
  double completion = 0.0;  // in [0, 1], the finding's share of the score
  Pace pace = Pace::kNotTracked;
  double expected_by_now = 0.0;  // minimum × share of the period elapsed
  std::vector<SetAside> set_aside;
  std::vector<TermId> missing;  // kCoverage: areas; contact-point kinds: kinds short
  // Contact points of kinds the policy does not take; for kContactPointLevel,
  // the points at a level outside the policy's range (or with none recorded).
  std::vector<std::string> not_allowed;

  // "lectures", "contact_points.count", …
  std::string_view RuleId(const Policy& policy) const;

  // Every field back to its default above, the lists emptied but keeping
  // their memory: how EvaluateInto reuses a finding.
  void Reset() noexcept {
    subject = FindingSubject::kTaskRule;
    rule = 0;
    status = FindingStatus::kMet;
    binding = true;
    required = 0;
    maximum.reset();
    actual = 0;
    shortfall = 0;
    due.reset();
    submitted.reset();
    completion = 0.0;
    pace = Pace::kNotTracked;
    expected_by_now = 0.0;
    set_aside.clear();
    missing.clear();
    not_allowed.clear();
  }
};

enum class ParticipationStatus {
  kParticipating,
  kNotParticipating,  // the department decided so, or the category never takes part
  kExempt,            // exempt with approval
  kNotRated,          // takes part, but not rated this year (a policy reason)
};

std::string_view ParticipationStatusName(ParticipationStatus status);

struct Participation {
  ParticipationStatus status = ParticipationStatus::kParticipating;
  std::optional<TermId> not_rated_reason;
  // An exemption recorded without the approval the policy requires: the cadre
  // is treated as participating and the report says why.
  bool exemption_without_approval = false;
  bool InQuotaBase() const { return status == ParticipationStatus::kParticipating; }
};

// One weighted part of the score.
struct ScoreComponent {
  std::string component;
  double weight = 0.0;
  double value = 0.0;
  bool recorded = true;  // false: missing from the record, counted as 0
};

// An expense claim that cannot be reimbursed as liaison work (二.5).
struct RejectedExpense {
  std::uint32_t claim = 0;  // index into CadreYear::expenses
  std::string claim_id;
  enum class Reason { kNoSuchActivity, kOutsidePeriod } reason = Reason::kNoSuchActivity;
};

struct CadreReport {
  explicit CadreReport(Policy made_under) : policy(std::move(made_under)) {}

  Policy policy;
  std::string cadre_id;
  std::string name;
  std::string department;
  int year = 0;
  // The grade the department assigned, as the record has it
  // (CadreYear::assigned_grade): an id of the policy's scale or not, checked
  // only when grades are checked (grade_check.h); empty: not graded yet.
  std::string assigned_grade;
  absl::CivilDay as_of;
  Participation participation;
  std::vector<Finding> findings;  // empty unless the cadre participates or is not rated
  int binding_rules = 0;
  int binding_met = 0;
  double task_completion = 0.0;  // weighted mean completion of binding findings
  std::vector<ScoreComponent> score_components;
  double score = 0.0;  // Σ weight × value over score_components
  std::optional<TermId> eligible_grade;  // best grade of the policy's scale eligible for
  int accepted_expenses = 0;
  std::vector<RejectedExpense> rejected_expenses;
};

}  // namespace liaison

#endif  // LIAISON_CADRE_REPORT_H_
