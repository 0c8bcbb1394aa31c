// Grading an evaluated batch: from reports to the inputs of grading.
//
// Grading (grade_check.h, grade_proposal.h) works from a flat GradingInput per
// cadre. These functions distil it from evaluated reports: the cadre is in its
// department's quota base when it takes part and is rated; its score, binding
// rules met and best eligible grade come from the report; the completion of
// each rule named by a "rule:<id>" tie key is that finding's; the assigned
// grade is the record's "grade".
//
//   BatchReport batch = EvaluateBatch(policy, records, as_of);
//   BatchGrading grading = GradingInputsOf(batch, records);
//   absl::StatusOr<GradeProposal> proposal =
//       ProposeGrades(policy.document().grading, grading.inputs);
#ifndef LIAISON_BATCH_GRADING_H_
#define LIAISON_BATCH_GRADING_H_

#include <cstddef>
#include <string>
#include <vector>

#include "liaison/cadre_report.h"
#include "liaison/evaluate.h"
#include "liaison/grading_input.h"
#include "liaison/record_decoder.h"

namespace liaison {

// The grading input of one evaluated cadre; `assigned_grade` is the grade its
// department recorded ("" for none).
GradingInput GradingInputOf(const CadreReport& report, const std::string& assigned_grade);

// Why a cadre is outside the quota base: "not_participating", "exempt",
// "not_rated:<reason>"; "" for a cadre in the base.
std::string OutsideBaseReason(const CadreReport& report);

// The same for people: 批准免除 / exempt, 不参加 / not taking part, or the
// not-rated reason (新录用人员（试用期） / not rated: probation); empty in the base.
LocalizedText OutsideBaseLabel(const CadreReport& report);

struct BatchGrading {
  std::vector<GradingInput> inputs;        // one per cadre evaluated without error
  std::vector<std::size_t> batch_entries;  // inputs[i] is batch.cadres[batch_entries[i]]
};

// The inputs of every cadre of `batch` that was evaluated; `records` is the
// batch the reports were evaluated from (for the assigned grades).
BatchGrading GradingInputsOf(const BatchReport& batch, const RecordBatch& records);

}  // namespace liaison

#endif  // LIAISON_BATCH_GRADING_H_
