// Participation: whether a cadre takes part in the liaison work this year,
// and so is evaluated and counted in the department's quota base (二.2,
// docs/policy.md §4).
#ifndef LIAISON_SRC_EVALUATE_PARTICIPATION_H_
#define LIAISON_SRC_EVALUATE_PARTICIPATION_H_

#include "liaison/cadre_record.h"
#include "liaison/cadre_report.h"
#include "liaison/participation_policy.h"

namespace liaison {

// By the cadre's category, then the department's decision, an approved
// exemption, and a not-rated reason, in that order.
Participation DecideParticipation(const ParticipationPolicy& policy, const CadreYear& cadre);

}  // namespace liaison

#endif  // LIAISON_SRC_EVALUATE_PARTICIPATION_H_
