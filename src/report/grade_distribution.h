// The grades of a batch per quota unit, against the caps: the grades the
// records assign (checked, CheckBatchGrades) when any cadre of the quota base
// has one, else the grades proposed (ProposeBatchGrades). Assigned grades
// carry the check's violations as `liaison check` words them: each with its
// next step (grade_next_step.h).
#ifndef LIAISON_SRC_REPORT_GRADE_DISTRIBUTION_H_
#define LIAISON_SRC_REPORT_GRADE_DISTRIBUTION_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "liaison/evaluate.h"
#include "liaison/localized_text.h"
#include "liaison/quota_caps.h"

namespace liaison::report {

struct UnitGrades {
  std::vector<std::string> departments;  // by id; several when pooled
  std::int32_t base = 0;                 // cadres in the unit's quota base
  std::vector<std::int32_t> counts;      // per grade of the scale
  QuotaCaps caps;
  std::vector<std::int32_t> over;        // per grade: cadres above its cap (assigned only)
  std::vector<LocalizedText> problems;   // the unit's over-cap violations, with next steps
};

struct GradeDistribution {
  bool assigned = false;  // the records' grades; false: proposed
  std::vector<UnitGrades> units;
  // The grade of each batch entry (index as in BatchReport::cadres): assigned
  // or proposed; nullopt for none, or a grade outside the scale.
  std::vector<std::optional<TermId>> grades;
  // Per batch entry: the check's violations about that cadre (graded above
  // its eligible grade …), each with its next step; empty when none.
  std::vector<std::vector<LocalizedText>> problems;
};

// Fails when the policy's grading cannot be applied.
absl::StatusOr<GradeDistribution> DistributeGrades(const BatchReport& batch);

}  // namespace liaison::report

#endif  // LIAISON_SRC_REPORT_GRADE_DISTRIBUTION_H_
