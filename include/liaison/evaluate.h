// Evaluate: a cadre's year (and a department's) against a policy, as of a date.
//
// Evaluation is a pure function of (policy, record, as-of date): no globals,
// no I/O, safe from any number of threads sharing one Policy. Activities dated
// after `as_of` are not yet counted, so the same record can be asked about at
// the mid-year review (06-30) and at year end.
//
//   absl::StatusOr<CadreReport> report =
//       Evaluate(policy, cadre, absl::CivilDay(2026, 6, 30));
//
// A record for a year the policy does not cover is an error, not a report.
#ifndef LIAISON_EVALUATE_H_
#define LIAISON_EVALUATE_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/time/civil_time.h"
#include "liaison/cadre_record.h"
#include "liaison/cadre_report.h"
#include "liaison/policy.h"

namespace liaison {

absl::StatusOr<CadreReport> Evaluate(const Policy& policy, const CadreYear& cadre,
                                     absl::CivilDay as_of);

// Evaluate, into `report`: the same report, made in the memory `report` holds
// from an earlier evaluation (of any cadre, under any policy; a moved-from
// report too). Its findings and their lists are reused rather than made
// anew, which is what a loop over many cadres that encodes or summarises
// each report before the next is after. When the policy does not cover the
// cadre's year, the error is returned and `report` is left as it was.
//
//   CadreReport report(policy);
//   for (const CadreYear& cadre : cadres) {
//     if (EvaluateInto(policy, cadre, as_of, report).ok()) Store(report);
//   }
absl::Status EvaluateInto(const Policy& policy, const CadreYear& cadre, absl::CivilDay as_of,
                          CadreReport& report);

// One department-level rule (三.1: the department's own plan by 10-31).
struct DepartmentFinding {
  std::uint16_t rule = 0;  // index into PolicyDocument::department_rules
  FindingStatus status = FindingStatus::kMet;
  absl::CivilDay due;
  std::optional<absl::CivilDay> submitted;
  bool names_contact_points = false;
};

struct DepartmentReport {
  std::string department;
  std::string name;
  std::vector<DepartmentFinding> findings;
};

DepartmentReport EvaluateDepartment(const Policy& policy, const Department& department,
                                    int year, absl::CivilDay as_of);

// EvaluateDepartment for each department of `batch`, in order.
std::vector<DepartmentReport> EvaluateDepartments(const Policy& policy, const RecordBatch& batch,
                                                 absl::CivilDay as_of);

// A whole records document evaluated: one entry per input cadre, in input
// order, each a report or the error that kept it from being evaluated.
struct BatchReport {
  explicit BatchReport(Policy made_under) : policy(std::move(made_under)) {}

  Policy policy;
  int year = 0;
  absl::CivilDay as_of;
  std::vector<DepartmentReport> departments;
  std::vector<absl::StatusOr<CadreReport>> cadres;
};

BatchReport EvaluateBatch(const Policy& policy, const RecordBatch& batch,
                          absl::CivilDay as_of);

// A records document (its text) decoded against `policy` (DecodeRecords) and
// evaluated as of `as_of`. Fails only when the document as a whole is
// unusable; a bad cadre is an error entry of the batch.
absl::StatusOr<BatchReport> EvaluateRecords(const Policy& policy, std::string_view records_json,
                                            absl::CivilDay as_of);

}  // namespace liaison

#endif  // LIAISON_EVALUATE_H_
