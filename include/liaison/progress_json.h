// The progress overview (progress.h) as a JSON document, schema
// `liaison.progress/1`: per department and for the organ ("*"), each rule's
// cadres done, on pace and behind, the count of each status, and who to
// follow up.
//
//   std::cout << EncodeProgress(batch.policy, SummarizeProgress(batch), JsonStyle::kPretty);
#ifndef LIAISON_PROGRESS_JSON_H_
#define LIAISON_PROGRESS_JSON_H_

#include <string>
#include <string_view>

#include "absl/status/statusor.h"
#include "absl/time/civil_time.h"
#include "liaison/json_style.h"
#include "liaison/policy.h"
#include "liaison/progress.h"

namespace liaison {

// The overview as a JSON document, stamped with the policy and library
// version like every result.
std::string EncodeProgress(const Policy& policy, const ProgressOverview& overview,
                           JsonStyle style = JsonStyle::kCompact);

// A records document's text decoded, evaluated as of `as_of` (EvaluateRecords),
// summarised and encoded. Fails only when the document as a whole is unusable.
absl::StatusOr<std::string> ProgressRecordsJson(const Policy& policy,
                                                std::string_view records_json,
                                                absl::CivilDay as_of,
                                                JsonStyle style = JsonStyle::kCompact);

}  // namespace liaison

#endif  // LIAISON_PROGRESS_JSON_H_
