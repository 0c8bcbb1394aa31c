#include "evaluate/participation.h"

namespace liaison {

Participation DecideParticipation(const ParticipationPolicy& policy, const CadreYear& cadre) {
  Participation participation;
  switch (policy.For(cadre.category)) {
    case CategoryRule::kExcluded:
      participation.status = ParticipationStatus::kNotParticipating;
      return participation;
    case CategoryRule::kDepartmentDecides:
      if (!cadre.participates.value_or(false)) {
        participation.status = ParticipationStatus::kNotParticipating;
        return participation;
      }
      break;
    case CategoryRule::kRequired:
      break;
  }
  if (cadre.exemption) {
    const bool approved = !cadre.exemption->approved_by.empty() &&
                          cadre.exemption->approved_on.has_value();
    if (approved || !policy.exemption_requires_approval) {
      participation.status = ParticipationStatus::kExempt;
      return participation;
    }
    participation.exemption_without_approval = true;
  }
  if (cadre.not_rated) {
    participation.status = ParticipationStatus::kNotRated;
    participation.not_rated_reason = cadre.not_rated;
  }
  return participation;
}

}  // namespace liaison
