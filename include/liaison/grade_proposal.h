// Grade proposal: grades for an organ's cadres that respect caps and eligibility.
//
// Within each quota unit (department_pooling.h) the cadres of the quota base
// are ranked and graded in rank order:
//
//   1. Rank by score, higher first; then by the policy's tie keys, each higher
//      first (kBindingMet: binding rules met; kRuleCompletion: that rule's
//      completion); then by cadre id (byte order, smaller first). The order is
//      total, so the proposal does not depend on the order of the input.
//   2. Floors: for each GradeFloor, the bottom rounding(bottom_share × n) of the
//      ranking (rounded as the caps, without minimum-one) get at best the
//      floor's grade ("bottom 20% are 差").
//   3. Each cadre, in rank order, gets the best grade it is eligible for (and
//      a floor allows) whose caps still admit one more (quota_caps.h, with
//      pass-down); a cadre eligible for no grade, or finding every grade it may
//      have full, gets none.
//
// The tie policy decides what happens when cadres with equal scores (compared
// at 9 decimal places) straddle a boundary:
//
//   kBreakByKeys       the ranking of step 1 decides.
//   kHoldForCommittee  the tie keys are not used to decide. When the tied
//                      cadres seeking a grade outnumber its remaining places,
//                      none of them gets it: the places stay open (held for
//                      the committee, counted against the cap so no one ranked
//                      lower takes them) and the tied cadres are flagged and
//                      go on to the next grade provisionally. Within a tie
//                      group the grades are settled best first. A tie group
//                      straddling a floor's boundary goes under the floor as a
//                      whole, flagged. Either way the provisional proposal
//                      errs to the worse grade, and the committee lifts.
//
//   const GradingPolicy& grading = policy.document().grading;
//   absl::StatusOr<GradeProposal> proposal = ProposeGrades(grading, cadres);
//   for (std::size_t i = 0; i < cadres.size(); ++i)
//     std::cout << DescribeProposal(grading, *proposal, cadres, i).en;
//   // rank 4 of 10; excellent cap 3 reached; proposed good
//
// The per-cadre result is compact data (no strings); text is rendered only on
// request, so a million cadres are graded without a million allocations.
#ifndef LIAISON_GRADE_PROPOSAL_H_
#define LIAISON_GRADE_PROPOSAL_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

#include "absl/container/inlined_vector.h"
#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/types/span.h"
#include "liaison/department_pooling.h"
#include "liaison/grading_input.h"
#include "liaison/grading_policy.h"
#include "liaison/localized_text.h"
#include "liaison/vocabulary.h"

namespace liaison {

// One cadre's proposal, and the facts that explain it.
struct CadreProposal {
  std::uint32_t unit = 0;       // index into GradeProposal::units
  std::uint32_t rank = 0;       // 1-based within the unit; 0 outside the quota base
  std::optional<TermId> grade;  // the proposed grade; nullopt: none
  // The best grade the cadre was eligible for (and a floor allowed) that it
  // did not get for want of room, and the cap that had none.
  std::optional<TermId> full_grade;
  std::optional<TermId> full_cap;
  std::optional<TermId> floor;  // the floor grade that bounded the cadre
  // Hold: the grade whose places the cadre's tie group contested and left
  // open for the committee, and whether the group straddled a floor's
  // boundary. The group holds the ranks tie_first_rank … tie_first_rank +
  // tie_size − 1.
  std::optional<TermId> held_grade;
  bool tied_at_floor = false;
  std::uint32_t tie_first_rank = 0;
  std::uint32_t tie_size = 0;
};

// One quota unit's proposal.
struct UnitProposal {
  std::int32_t ranked = 0;                      // cadres in the quota base
  absl::InlinedVector<std::int32_t, 8> counts;  // proposed, per grade of the scale
  absl::InlinedVector<std::int32_t, 8> held;    // places held for the committee
};

struct GradeProposal {
  QuotaPlan plan;                     // the quota units and their caps
  std::vector<UnitProposal> units;    // units[i] for plan.units[i]
  std::vector<CadreProposal> cadres;  // cadres[i] for the i-th input
};

// Proposes grades for `cadres` under `policy`. InvalidArgument when a cadre id
// appears twice, a score is not finite or |score| ≥ 10⁹, an eligible grade is
// outside the scale, a cadre's tie_rule_completions does not match the
// policy's kRuleCompletion keys, or the caps or floors are invalid.
absl::StatusOr<GradeProposal> ProposeGrades(const GradingPolicy& policy,
                                            absl::Span<const GradingInput> cadres);

// ProposeGrades, into `proposal`: the same proposal, made in the memory
// `proposal` holds from an earlier call (of any size). A caller grading
// again and again (an OA system's grading service) keeps one GradeProposal
// and takes no fresh memory per call once the largest organ has been seen;
// the working memory inside is kept per thread either way. On an error
// `proposal` holds nothing of use.
absl::Status ProposeGradesInto(const GradingPolicy& policy, absl::Span<const GradingInput> cadres,
                               GradeProposal& proposal);

// The proposal of cadres[cadre] explained: "rank 4 of 10; excellent cap 3
// reached; proposed good" / "排名 4/10；优 上限 3 已满；建议 良". `cadres` as
// proposed.
LocalizedText DescribeProposal(const GradingPolicy& policy, const GradeProposal& proposal,
                               absl::Span<const GradingInput> cadres, std::size_t cadre);

}  // namespace liaison

#endif  // LIAISON_GRADE_PROPOSAL_H_
