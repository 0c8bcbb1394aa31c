// Reports as JSON documents (schema `liaison.evaluation/1`).
//
// This is the wire form of evaluation: what the `liaison evaluate --json`
// command prints and what the C ABI returns. Every document names the policy
// (id, version, year, fingerprint) and the library version, so a result can be
// audited and reproduced; the same input gives byte-identical output.
//
//   absl::StatusOr<std::string> json =
//       EvaluateRecordsJson(policy, records_text, absl::CivilDay(2026, 12, 31));
//
// A batch has one entry in "results" per input cadre, in input order:
// {"ok": true, "report": {…}} or {"ok": false, "error": {"message", "path",
// "problems"}}. docs/records.md describes every field.
#ifndef LIAISON_REPORT_JSON_H_
#define LIAISON_REPORT_JSON_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/time/civil_time.h"
#include "liaison/evaluate.h"
#include "liaison/json_style.h"

namespace liaison {

// The batch as a liaison.evaluation/1 document. When `entries` is not null it
// receives one span per entry of "results", in input order.
std::string EncodeBatchReport(const BatchReport& report, JsonStyle style = JsonStyle::kCompact,
                              std::vector<EntrySpan>* entries = nullptr);

// Decodes `records_json` against `policy`, evaluates every cadre as of
// `as_of` and encodes the batch. Fails only when the document as a whole is
// unusable (not JSON, wrong schema, a year the policy does not cover).
// `entries` as for EncodeBatchReport (emptied when the call fails).
absl::StatusOr<std::string> EvaluateRecordsJson(const Policy& policy,
                                                std::string_view records_json,
                                                absl::CivilDay as_of,
                                                JsonStyle style = JsonStyle::kCompact,
                                                std::vector<EntrySpan>* entries = nullptr);

}  // namespace liaison

#endif  // LIAISON_REPORT_JSON_H_
