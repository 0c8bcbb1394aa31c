// The lean result form's encoder, a piece at a time (the whole document:
// liaison/lean_report.h), for writers that produce a document cadre by cadre:
//
//   BeginLeanDocument(w, policy, year, as_of, departments);
//   for (…each cadre…) WriteLeanEntry(w, i, &report, absl::OkStatus());
//   w.EndArray();
//   w.EndObject();
#ifndef LIAISON_SRC_EVALUATE_LEAN_REPORT_JSON_H_
#define LIAISON_SRC_EVALUATE_LEAN_REPORT_JSON_H_

#include <vector>

#include "absl/status/status.h"
#include "absl/time/civil_time.h"
#include "json/json_writer.h"
#include "liaison/cadre_report.h"
#include "liaison/evaluate.h"
#include "liaison/lean_report.h"
#include "liaison/policy.h"

namespace liaison {

// Writes the lean document's opening, up to and including the '[' of
// "results": schema, policy stamp, year, as_of and the departments.
void BeginLeanDocument(json::JsonWriter& w, const Policy& policy, int year, absl::CivilDay as_of,
                       const std::vector<DepartmentReport>& departments);

// Writes one entry of a lean document's "results": {"ok": true, "report": …}
// when `report` is not null, else {"ok": false, "error": …} for `error`.
void WriteLeanEntry(json::JsonWriter& w, std::size_t index, const CadreReport* report,
                    const absl::Status& error);

}  // namespace liaison

#endif  // LIAISON_SRC_EVALUATE_LEAN_REPORT_JSON_H_
