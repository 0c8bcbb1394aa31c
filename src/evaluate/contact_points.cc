#include "evaluate/contact_points.h"

#include <algorithm>

#include "absl/container/inlined_vector.h"
#include "liaison/rounding.h"

namespace liaison {
namespace {

bool PointCovers(const ContactPoint& point, absl::CivilDay day) {
  return (!point.from || *point.from <= day) && (!point.to || day <= *point.to);
}

const ContactPointSet* SetFor(const ContactPointPolicy& policy, const CadreYear& cadre) {
  const ContactPointSet* fallback = nullptr;
  for (const ContactPointSet& set : policy.sets) {
    if (set.ranks.empty()) {
      if (fallback == nullptr) fallback = &set;
    } else if (cadre.rank &&
               std::find(set.ranks.begin(), set.ranks.end(), *cadre.rank) != set.ranks.end()) {
      return &set;
    }
  }
  return fallback;
}

void FillContactPointFinding(Finding& finding, FindingSubject subject,
                             const ContactPointPolicy& policy, std::int64_t required,
                             std::int64_t actual) {
  finding.subject = subject;
  finding.binding = policy.binding;
  finding.required = required;
  finding.actual = actual;
  finding.shortfall = std::max<std::int64_t>(0, required - actual);
  finding.status = actual >= required ? FindingStatus::kMet : FindingStatus::kShort;
  finding.completion = Completion(actual, required);
  if (!policy.binding) finding.status = FindingStatus::kAdvisory;
}

// The cadre's points active on the evaluation date (or the period end).
using ActivePoints = absl::InlinedVector<const ContactPoint*, 8>;

bool In(const std::vector<TermId>& list, TermId term) {
  return std::find(list.begin(), list.end(), term) != list.end();
}

// "contact_points.count": between the set's minimum and maximum points
// active, of kinds the policy allows (the others are listed, not counted).
ActivePoints CheckCount(const Context& context, const ContactPointPolicy& policy,
                        const ContactPointSet& set, Finding& finding) {
  const absl::CivilDay day = std::min(context.as_of, context.period_end);
  ActivePoints active;
  for (const ContactPoint& point : context.cadre.contact_points) {
    if (!PointCovers(point, day)) continue;
    if (!policy.allowed_kinds.empty() && !In(policy.allowed_kinds, point.kind)) {
      finding.not_allowed.push_back(point.id);
      continue;
    }
    active.push_back(&point);
  }
  const auto count = static_cast<std::int64_t>(active.size());
  FillContactPointFinding(finding, FindingSubject::kContactPointCount, policy, set.min, count);
  finding.maximum = set.max;
  if (count > set.max) {
    finding.status = policy.binding ? FindingStatus::kOver : FindingStatus::kAdvisory;
    finding.completion = 1.0;
  }
  return active;
}

// "contact_points.kinds": at least so many points of each kind the set names.
void CheckKinds(const ContactPointPolicy& policy, const ContactPointSet& set,
                const ActivePoints& active, Finding& finding) {
  std::int64_t required = 0, actual = 0;
  for (const KindMinimum& minimum : set.kind_minimums) {
    const auto have = std::count_if(active.begin(), active.end(), [&](const ContactPoint* p) {
      return p->kind == minimum.kind;
    });
    required += minimum.min;
    actual += std::min<std::int64_t>(have, minimum.min);
    if (have < minimum.min) finding.missing.push_back(minimum.kind);
  }
  FillContactPointFinding(finding, FindingSubject::kContactPointKinds, policy, required, actual);
}

// "contact_points.home_share": at least the policy's share of the points in
// the home region, online points counted as the policy says.
void CheckHomeShare(const ContactPointPolicy& policy, const ActivePoints& active,
                    Finding& finding) {
  std::int64_t base = 0, home = 0;
  for (const ContactPoint* point : active) {
    const bool online = In(policy.online_kinds, point->kind);
    if (online && policy.online == OnlinePoints::kExcluded) continue;
    ++base;
    if (online ? policy.online == OnlinePoints::kCountAsHome
               : point->region == policy.home_region) {
      ++home;
    }
  }
  // ceil(share × base) without floating-point surprises at exact multiples.
  const std::int64_t required =
      RoundRatio(base, ShareIn(policy.min_home_share, 1000000), 1000000, Rounding::kCeil);
  FillContactPointFinding(finding, FindingSubject::kContactPointHome, policy, required, home);
}

// "contact_points.level": every active point at a level the policy allows,
// counted down from the cadre's organ; the others are listed, a point whose
// level is not recorded among them.
void CheckLevels(const Context& context, const ContactPointPolicy& policy,
                 const ActivePoints& active, Finding& finding) {
  std::int64_t at_level = 0;
  const TermId organ = context.cadre.organ_level;
  for (const ContactPoint* point : active) {
    // value_or and &, so that no branch reads the storage of an unset level.
    if (point->level.has_value() &
        LevelsBelowWithin(organ, point->level.value_or(organ),
                          policy.min_levels_below.value_or(0), policy.max_levels_below)) {
      ++at_level;
    } else {
      finding.not_allowed.push_back(point->id);
    }
  }
  FillContactPointFinding(finding, FindingSubject::kContactPointLevel, policy,
                          static_cast<std::int64_t>(active.size()), at_level);
}

}  // namespace

void EvaluateContactPoints(const Context& context, FindingSlots& findings) {
  if (!context.document.contact_points) return;
  const ContactPointPolicy& policy = *context.document.contact_points;
  const ContactPointSet* set = SetFor(policy, context.cadre);
  if (set == nullptr) return;
  const ActivePoints active = CheckCount(context, policy, *set, findings.Next());
  if (!set->kind_minimums.empty()) CheckKinds(policy, *set, active, findings.Next());
  if (!policy.home_region.empty()) CheckHomeShare(policy, active, findings.Next());
  if (policy.ChecksLevels()) CheckLevels(context, policy, active, findings.Next());
}

}  // namespace liaison
