// Grading as JSON documents: what the `liaison` command prints and the C ABI
// returns for caps, proposals, checks of assigned grades and apportionment.
//
//   absl::StatusOr<std::string> caps = CapsJson(policy, 10);
//   // {"schema": "liaison.caps/1", …, "caps": [{"grade": "excellent", "cap": 3,
//   //   "text": {"zh": "优 上限 3 = floor(0.30 × 10)", …}}, …]}
//
// Proposals and checks start from an evaluated batch, so every cadre's grade
// rests on the same reports `evaluate` shows. Like every result, each document
// is stamped with the policy and the library version; cadres whose records
// could not be evaluated appear as error entries, so nothing is dropped.
// docs/grading.md describes the documents field by field.
#ifndef LIAISON_GRADING_JSON_H_
#define LIAISON_GRADING_JSON_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "absl/status/statusor.h"
#include "liaison/evaluate.h"
#include "liaison/policy.h"
#include "liaison/record_decoder.h"
#include "liaison/report_json.h"

namespace liaison {

// The caps for a quota base of `base` cadres (schema liaison.caps/1).
absl::StatusOr<std::string> CapsJson(const Policy& policy, std::int32_t base,
                                     JsonStyle style = JsonStyle::kCompact);

// Proposed grades for an evaluated batch (schema liaison.proposal/1): the
// quota units with their caps, and per input cadre its rank, proposed grade
// and explanation.
absl::StatusOr<std::string> ProposalJson(const BatchReport& batch, const RecordBatch& records,
                                         JsonStyle style = JsonStyle::kCompact);

// The grades the records assign, checked (schema liaison.grade-check/1): per
// quota unit each cap against its count, and every violation explained.
// `passed` is false when there is any violation or any record could not be
// evaluated (its cadre's grade could not be checked).
struct GradeCheckDocument {
  std::string json;
  bool passed = false;
};
absl::StatusOr<GradeCheckDocument> GradeCheckJson(const BatchReport& batch,
                                                  const RecordBatch& records,
                                                  JsonStyle style = JsonStyle::kCompact);

// Places split by largest remainder (schema liaison.apportionment/1) for a
// request {"places": 10, "units": [{"id": "a", "base": 6}, …]}: each unit's
// share, an audit line per place, and any Alabama paradox between `places`
// and `places` + 1.
absl::StatusOr<std::string> ApportionmentJson(std::string_view request,
                                              JsonStyle style = JsonStyle::kCompact);

}  // namespace liaison

#endif  // LIAISON_GRADING_JSON_H_
