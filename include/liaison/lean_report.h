// The lean result form (schema `liaison.evaluation-lean/1`) and its renderer.
//
// A lean document is the evaluation document (liaison.evaluation/1,
// report_json.h) without the text the policy already holds: each finding
// keeps its rule id, status and numbers but has no kind, title, basis or
// message; a participation has no message; a department finding has no
// title, basis or message. Error entries are as in the full form. A caller
// that stores or forwards results carries about a third of the bytes and
// renders the text later, from the same policy:
//
//   absl::StatusOr<std::string> lean = EvaluateRecordsLeanJson(policy, records, as_of);
//   absl::StatusOr<std::string> full = RenderLeanJson(policy, *lean);
//   // *full is byte for byte what EvaluateRecordsJson(policy, records, as_of) gives.
//
// Rendering reads the lean document back into reports and encodes them with
// the full encoder (EncodeBatchReport), so the text comes from the one
// renderer there is (finding_message.h). A lean document made under another
// policy (a different fingerprint) is refused, naming the path.
// docs/records.md describes the form.
#ifndef LIAISON_LEAN_REPORT_H_
#define LIAISON_LEAN_REPORT_H_

#include <string>
#include <string_view>

#include "absl/status/statusor.h"
#include "absl/time/civil_time.h"
#include "liaison/json_style.h"
#include "liaison/policy.h"

namespace liaison {

inline constexpr std::string_view kLeanEvaluationSchema = "liaison.evaluation-lean/1";

// Decodes `records_json` against `policy`, evaluates every cadre as of
// `as_of` and writes the lean document; fails as EvaluateRecordsJson does.
absl::StatusOr<std::string> EvaluateRecordsLeanJson(const Policy& policy,
                                                    std::string_view records_json,
                                                    absl::CivilDay as_of,
                                                    JsonStyle style = JsonStyle::kCompact);

// The full evaluation document of a lean one made under `policy`. Fails with
// the problems of the lean document (each with its JSON path) when it is not
// JSON, not liaison.evaluation-lean/1, made under another policy, or holds a
// rule, status or term the policy does not have.
absl::StatusOr<std::string> RenderLeanJson(const Policy& policy, std::string_view lean_json,
                                           JsonStyle style = JsonStyle::kCompact);

}  // namespace liaison

#endif  // LIAISON_LEAN_REPORT_H_
