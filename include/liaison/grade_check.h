// Grade check: are the grades a department assigned within the policy?
//
// An OA system runs this on every save of a department's grade sheet. For one
// quota unit (a department, or a pool of small departments) it counts each
// grade against its cap and lists every violation, each explained in Chinese
// and English:
//
//   kOverCap            more cadres hold a grade than its cap (plus any places
//                       passed down) allows: "优：已评 4 人，上限 3 =
//                       floor(0.30 × 10)；超出 1 人"
//   kAboveEligible      a cadre graded better than it is eligible for (e.g. 优
//                       with a binding task unmet)
//   kNotInScale         a grade that is not in the policy's scale
//   kMissingGrade       a cadre of the quota base without a grade
//   kGradedTwice        the same cadre id listed again (the first entry counts;
//                       the repeat is reported and not counted)
//   kGradedOutsideBase  a grade for a cadre outside the quota base (exempt, not
//                       rated …), which must not be graded
//
//   const GradingPolicy& grading = policy.document().grading;
//   absl::StatusOr<QuotaCaps> caps = ComputeQuotaCaps(grading, 10);
//   absl::StatusOr<GradeCheck> check = CheckGrades(grading, *caps, cadres);
//   for (const GradeViolation& v : check->violations)
//     std::cout << DescribeViolation(grading, *check, cadres, v).zh;
//
// `CheckOrganGrades` checks a whole organ: it forms the quota units
// (department_pooling.h) and checks each. `CheckGradeIndices` is the fast path
// behind the C ABI: one unit's grades as indices, no strings, no allocation
// for a scale of up to 8 grades and 4 caps.
//
// Malformed input (caps for a different base, an eligible grade outside the
// scale) is an error status; a violation is a finding about valid input.
#ifndef LIAISON_GRADE_CHECK_H_
#define LIAISON_GRADE_CHECK_H_

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "absl/container/inlined_vector.h"
#include "absl/status/statusor.h"
#include "absl/types/span.h"
#include "liaison/department_pooling.h"
#include "liaison/grading_input.h"
#include "liaison/grading_policy.h"
#include "liaison/localized_text.h"
#include "liaison/quota_caps.h"

namespace liaison {

enum class GradeViolationKind {
  kOverCap,
  kAboveEligible,
  kNotInScale,
  kMissingGrade,
  kGradedTwice,
  kGradedOutsideBase,
};

// "over_cap", "above_eligible", "not_in_scale", "missing_grade",
// "graded_twice", "graded_outside_base".
std::string_view GradeViolationKindName(GradeViolationKind kind);

struct GradeViolation {
  GradeViolationKind kind = GradeViolationKind::kOverCap;
  // The offending entry (index into the cadres checked); nullopt for kOverCap,
  // which is about a grade, not a cadre.
  std::optional<std::uint32_t> cadre;
  // kGradedTwice: the entry that counts, listed first.
  std::uint32_t first_entry = 0;
  // kOverCap: the capped grade; kAboveEligible: the grade assigned.
  TermId grade = 0;
};

// One quota unit's grades checked.
struct GradeCheck {
  QuotaCaps caps;
  absl::InlinedVector<std::int32_t, 8> counts;  // per grade of the scale
  absl::InlinedVector<CapUse, 4> cap_uses;      // per cap, as caps.caps
  std::vector<GradeViolation> violations;       // over-cap first, then by entry
  std::vector<std::uint32_t> outside_base;      // entries outside the quota base
  bool ok() const { return violations.empty(); }
};

// Checks the grades assigned to `cadres`, one quota unit, against `caps`.
// InvalidArgument when caps.unit_base differs from the number of distinct
// cadres in the quota base, a cap's grade is outside the scale, or an
// eligible_grade is outside the scale.
absl::StatusOr<GradeCheck> CheckGrades(const GradingPolicy& policy, const QuotaCaps& caps,
                                       absl::Span<const GradingInput> cadres);

// A whole organ's grades: the quota units (pooling, organ quota) and each
// unit's check, units[i] for plan.units[i]. Indices in violations and
// outside_base refer to `cadres`; a cadre id repeated in another department
// is a kGradedTwice in the repeat's unit.
struct OrganGradeCheck {
  QuotaPlan plan;
  std::vector<GradeCheck> units;
  bool ok() const;
};

absl::StatusOr<OrganGradeCheck> CheckOrganGrades(const GradingPolicy& policy,
                                                 absl::Span<const GradingInput> cadres);

// What DescribeViolation adds to an above-eligible grade when a binding rule
// is unmet; a caller that names the rules puts them in its place.
inline const LocalizedText kBindingUnmetNote{"（有约束性任务未完成）", " (a binding task is unmet)"};

// The violation explained: "c07: graded excellent but eligible for good at
// best (a binding task is unmet)" / "c07：评为 优，但最高只可评 良（有约束性任务
// 未完成）". `cadres` as checked.
LocalizedText DescribeViolation(const GradingPolicy& policy, const GradeCheck& check,
                                absl::Span<const GradingInput> cadres,
                                const GradeViolation& violation);

// "excellent: 4 assigned, cap 3 = floor(0.30 × 10)" / "优：已评 4 人，上限 3 =
// floor(0.30 × 10)", with the places passed down when there are any.
LocalizedText DescribeCapUse(const GradingPolicy& policy, const QuotaCaps& caps, const CapUse& use);

// The fast path: one unit's grades as indices into the scale.
inline constexpr std::int32_t kNoGrade = -1;

struct GradeIndexCheck {
  absl::InlinedVector<std::int32_t, 8> counts;  // per grade of the scale
  absl::InlinedVector<CapUse, 4> cap_uses;
  std::int32_t over_cap = 0;        // caps exceeded
  std::int32_t above_eligible = 0;  // cadres graded better than eligible
  std::int32_t not_in_scale = 0;    // indices outside the scale
  std::int32_t missing = 0;         // kNoGrade entries
  bool ok() const {
    return over_cap == 0 && above_eligible == 0 && not_in_scale == 0 && missing == 0;
  }
};

// `grades[i]` is the grade of the i-th cadre of the unit's quota base
// (kNoGrade: none). `eligible` is empty (eligibility not checked) or holds the
// best grade each cadre is eligible for (kNoGrade: none). InvalidArgument when
// grades.size() differs from caps.unit_base, `eligible` has another size, or a
// cap's grade is outside the scale.
absl::StatusOr<GradeIndexCheck> CheckGradeIndices(const GradingPolicy& policy,
                                                  const QuotaCaps& caps,
                                                  absl::Span<const std::int32_t> grades,
                                                  absl::Span<const std::int32_t> eligible);

}  // namespace liaison

#endif  // LIAISON_GRADE_CHECK_H_
