// ParticipationPolicy: who takes part in the liaison mechanism (二.1).
//
// Full-time organ cadres take part unless the Party group approved an
// exemption for their post; part-time and seconded cadres take part when their
// department decides so. Cadres who do not take part, and those not rated this
// year for a reason the policy names (probation, long leave …), are outside
// every quota base.
#ifndef LIAISON_PARTICIPATION_POLICY_H_
#define LIAISON_PARTICIPATION_POLICY_H_

#include <string>

#include "liaison/cadre_category.h"

namespace liaison {

enum class CategoryRule {
  kRequired,           // takes part (unless exempt with approval)
  kDepartmentDecides,  // the record must say whether the department chose so
  kExcluded,           // never takes part
};

struct ParticipationPolicy {
  std::string basis;
  CategoryRule full_time = CategoryRule::kRequired;
  CategoryRule part_time = CategoryRule::kDepartmentDecides;
  CategoryRule seconded = CategoryRule::kDepartmentDecides;
  // An exemption counts only with a recorded approval (approver and date).
  bool exemption_requires_approval = true;

  CategoryRule For(CadreCategory category) const {
    switch (category) {
      case CadreCategory::kFullTime: return full_time;
      case CadreCategory::kPartTime: return part_time;
      case CadreCategory::kSeconded: return seconded;
    }
    return full_time;
  }

  friend bool operator==(const ParticipationPolicy& a, const ParticipationPolicy& b) {
    return a.basis == b.basis && a.full_time == b.full_time &&
           a.part_time == b.part_time && a.seconded == b.seconded &&
           a.exemption_requires_approval == b.exemption_requires_approval;
  }
};

}  // namespace liaison

#endif  // LIAISON_PARTICIPATION_POLICY_H_
