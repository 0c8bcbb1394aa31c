// Grading as JSON documents: what the `liaison` command prints and the C ABI
// returns for caps, proposals, checks of assigned grades and apportionment.
//
//   absl::StatusOr<std::string> caps = CapsJson(policy, 10);
//   // {"schema": "liaison.caps/1", …, "caps": [{"grade": "excellent", "cap": 3,
//   //   "text": {"zh": "优 上限 3 = floor(0.30 × 10)", …}}, …]}
//
// Proposals and checks are typed results first (batch_grading.h); the
// encoders here write them, and the *RecordsJson entry points go from a
// records document's text to the document in one call. Like every result,
// each document is stamped with the policy and the library version; cadres
// whose records could not be evaluated appear as error entries, so nothing is
// dropped. docs/grading.md describes the documents field by field.
#ifndef LIAISON_GRADING_JSON_H_
#define LIAISON_GRADING_JSON_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "absl/status/statusor.h"
#include "absl/time/civil_time.h"
#include "liaison/batch_grading.h"
#include "liaison/json_style.h"
#include "liaison/policy.h"

namespace liaison {

// The caps for a quota base of `base` cadres (schema liaison.caps/1).
absl::StatusOr<std::string> CapsJson(const Policy& policy, std::int32_t base,
                                     JsonStyle style = JsonStyle::kCompact);

// Proposed grades (schema liaison.proposal/1): the quota units with their
// caps, and per input cadre its rank, proposed grade and explanation.
std::string EncodeProposal(const BatchProposal& proposal, JsonStyle style = JsonStyle::kCompact);

// Assigned grades checked (schema liaison.grade-check/1): per quota unit each
// cap against its count, and every violation explained; "passed" is
// BatchGradeCheck::passed().
std::string EncodeGradeCheck(const BatchGradeCheck& check, JsonStyle style = JsonStyle::kCompact);

// A records document's text decoded, evaluated as of `as_of`, graded and
// encoded. Fail only when the document as a whole is unusable (as
// EvaluateRecords) or the policy's grading cannot be applied.
absl::StatusOr<std::string> ProposalRecordsJson(const Policy& policy,
                                                std::string_view records_json,
                                                absl::CivilDay as_of,
                                                JsonStyle style = JsonStyle::kCompact);
struct GradeCheckDocument {
  std::string json;
  bool passed = false;  // BatchGradeCheck::passed()
};
absl::StatusOr<GradeCheckDocument> GradeCheckRecordsJson(const Policy& policy,
                                                         std::string_view records_json,
                                                         absl::CivilDay as_of,
                                                         JsonStyle style = JsonStyle::kCompact);

// Places split by largest remainder (schema liaison.apportionment/1) for a
// request {"places": 10, "units": [{"id": "a", "base": 6}, …]}: each unit's
// share, an audit line per place, and any Alabama paradox between `places`
// and `places` + 1.
absl::StatusOr<std::string> ApportionmentJson(std::string_view request,
                                              JsonStyle style = JsonStyle::kCompact);

}  // namespace liaison

#endif  // LIAISON_GRADING_JSON_H_
