// The grades of a batch per quota unit, against the caps: the grades the
// records assign (checked, CheckBatchGrades) when any cadre of the quota base
// has one, else the grades proposed (ProposeBatchGrades).
#ifndef LIAISON_SRC_REPORT_GRADE_DISTRIBUTION_H_
#define LIAISON_SRC_REPORT_GRADE_DISTRIBUTION_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "liaison/evaluate.h"
#include "liaison/quota_caps.h"

namespace liaison::report {

struct UnitGrades {
  std::vector<std::string> departments;  // by id; several when pooled
  std::int32_t base = 0;                 // cadres in the unit's quota base
  std::vector<std::int32_t> counts;      // per grade of the scale
  QuotaCaps caps;
};

struct GradeDistribution {
  bool assigned = false;  // the records' grades; false: proposed
  std::vector<UnitGrades> units;
  // The grade of each batch entry (index as in BatchReport::cadres): assigned
  // or proposed; nullopt for none, or a grade outside the scale.
  std::vector<std::optional<TermId>> grades;
};

// Fails when the policy's grading cannot be applied.
absl::StatusOr<GradeDistribution> DistributeGrades(const BatchReport& batch);

}  // namespace liaison::report

#endif  // LIAISON_SRC_REPORT_GRADE_DISTRIBUTION_H_
