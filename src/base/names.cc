// The spellings of the library's enums in documents and results. Each name is
// part of the document formats and never changes.
#include "base/enum_names.h"
#include "liaison/cadre_category.h"
#include "liaison/cadre_report.h"
#include "liaison/task_rule.h"

namespace liaison {

std::string_view CadreCategoryName(CadreCategory category) {
  return NameOf(kCadreCategoryNames, category);
}

std::optional<CadreCategory> ParseCadreCategory(std::string_view name) {
  return ValueOf(kCadreCategoryNames, name);
}

std::string_view RuleKindName(RuleKind kind) { return NameOf(kRuleKindNames, kind); }

std::string_view FindingStatusName(FindingStatus status) {
  switch (status) {
    case FindingStatus::kMet: return "met";
    case FindingStatus::kShort: return "short";
    case FindingStatus::kPending: return "pending";
    case FindingStatus::kOverdue: return "overdue";
    case FindingStatus::kLate: return "late";
    case FindingStatus::kOver: return "over";
    case FindingStatus::kNotApplicable: return "not_applicable";
    case FindingStatus::kAdvisory: return "advisory";
  }
  return "met";
}

std::string_view PaceName(Pace pace) {
  switch (pace) {
    case Pace::kNotTracked: return "not_tracked";
    case Pace::kDone: return "done";
    case Pace::kOnPace: return "on_pace";
    case Pace::kBehind: return "behind";
  }
  return "not_tracked";
}

std::string_view SetAsideReasonName(SetAsideReason reason) {
  switch (reason) {
    case SetAsideReason::kOutsidePeriod: return "outside_period";
    case SetAsideReason::kAfterAsOf: return "after_as_of";
    case SetAsideReason::kAfterDue: return "after_due";
    case SetAsideReason::kLevelRule: return "level_rule";
    case SetAsideReason::kNotOwnContactPoint: return "not_own_contact_point";
    case SetAsideReason::kMode: return "mode";
    case SetAsideReason::kContactPointKind: return "contact_point_kind";
  }
  return "outside_period";
}

std::string_view ParticipationStatusName(ParticipationStatus status) {
  switch (status) {
    case ParticipationStatus::kParticipating: return "participating";
    case ParticipationStatus::kNotParticipating: return "not_participating";
    case ParticipationStatus::kExempt: return "exempt";
    case ParticipationStatus::kNotRated: return "not_rated";
  }
  return "participating";
}

std::string_view Finding::RuleId(const Policy& policy) const {
  switch (subject) {
    case FindingSubject::kTaskRule: return policy.rules()[rule].rule->id;
    case FindingSubject::kContactPointCount: return "contact_points.count";
    case FindingSubject::kContactPointKinds: return "contact_points.kinds";
    case FindingSubject::kContactPointHome: return "contact_points.home_share";
    case FindingSubject::kContactPointLevel: return "contact_points.level";
  }
  return "";
}

}  // namespace liaison
