// Grading an evaluated batch: from reports to proposals and checks.
//
// Grading (grade_check.h, grade_proposal.h) works from a flat GradingInput per
// cadre. GradingInputsOf distils it from evaluated reports: the cadre is in
// its department's quota base when it takes part and is rated; its score,
// binding rules met, best eligible grade and assigned grade come from the
// report; the completion of each rule named by a "rule:<id>" tie key is that
// finding's. ProposeBatchGrades and CheckBatchGrades grade a whole batch and
// return typed results that carry what their encoders (grading_json.h) and
// the tables need, so a caller neither keeps the records beside the reports
// nor grades twice to both print and encode.
//
//   BatchReport batch = EvaluateBatch(policy, records, as_of);
//   absl::StatusOr<BatchGradeCheck> check = CheckBatchGrades(batch);
//   if (check.ok() && !check->passed()) { … check->check.units[u].violations … }
#ifndef LIAISON_BATCH_GRADING_H_
#define LIAISON_BATCH_GRADING_H_

#include <cstddef>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/time/civil_time.h"
#include "liaison/cadre_report.h"
#include "liaison/evaluate.h"
#include "liaison/grade_check.h"
#include "liaison/grade_proposal.h"
#include "liaison/grading_input.h"
#include "liaison/policy.h"

namespace liaison {

// The grading input of one evaluated cadre.
GradingInput GradingInputOf(const CadreReport& report);

// Why a cadre is outside the quota base: "not_participating", "exempt",
// "not_rated:<reason>"; "" for a cadre in the base.
std::string OutsideBaseReason(const CadreReport& report);

// The same for people: 批准免除 / exempt, 不参加 / not taking part, or the
// not-rated reason (新录用人员（试用期） / not rated: probation); empty in the base.
LocalizedText OutsideBaseLabel(const CadreReport& report);

// An entry of a batch that could not be graded: its cadre's record could not
// be evaluated.
struct BatchEntryError {
  std::size_t entry = 0;  // index in the batch (and in the records document)
  absl::Status status;
};

struct BatchGrading {
  std::vector<GradingInput> inputs;        // one per cadre evaluated without error
  std::vector<std::size_t> batch_entries;  // inputs[i] is batch.cadres[batch_entries[i]]
  std::vector<BatchEntryError> errors;     // the other entries, in input order

  // How many entries the batch had: the graded ones and the errors.
  std::size_t entry_count() const { return inputs.size() + errors.size(); }
};

// The inputs of every cadre of `batch` that was evaluated, and the errors of
// the others.
BatchGrading GradingInputsOf(const BatchReport& batch);

// Grades proposed for a whole evaluated batch, with what they rest on.
struct BatchProposal {
  Policy policy;
  absl::CivilDay as_of;
  BatchGrading grading;
  GradeProposal proposal;  // proposal.cadres[i] is grading.inputs[i]'s
};

// Proposes grades for every evaluated cadre of `batch` under its policy's
// quotas. Fails only when the policy's grading cannot be applied.
absl::StatusOr<BatchProposal> ProposeBatchGrades(const BatchReport& batch);

// The grades a batch's records assign, checked against the quotas.
struct BatchGradeCheck {
  Policy policy;
  absl::CivilDay as_of;
  BatchGrading grading;
  OrganGradeCheck check;  // violations name cadres by their index in grading.inputs

  // No violation, and every cadre's record could be evaluated (a cadre that
  // could not be is a grade that could not be checked).
  bool passed() const { return check.ok() && grading.errors.empty(); }
};

// Checks the assigned grades of every evaluated cadre of `batch`.
absl::StatusOr<BatchGradeCheck> CheckBatchGrades(const BatchReport& batch);

}  // namespace liaison

#endif  // LIAISON_BATCH_GRADING_H_
