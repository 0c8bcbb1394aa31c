// Contact points: the checks on a cadre's contact points (二.3.(4)): how
// many are active as of the evaluation date, of which kinds, and how many
// lie in the home region. They follow the task rules' findings, as
// "contact_points.count", "contact_points.kinds",
// "contact_points.home_share" and "contact_points.level".
#ifndef LIAISON_SRC_EVALUATE_CONTACT_POINTS_H_
#define LIAISON_SRC_EVALUATE_CONTACT_POINTS_H_

#include "evaluate/activity_sets.h"
#include "evaluate/findings.h"

namespace liaison {

// Takes one finding from `findings` per check the policy's contact-point
// rules make of the cadre's set (none without such rules or a set for the
// cadre's rank).
void EvaluateContactPoints(const Context& context, FindingSlots& findings);

}  // namespace liaison

#endif  // LIAISON_SRC_EVALUATE_CONTACT_POINTS_H_
