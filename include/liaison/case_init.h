// InitCase: a case file (liaison.case/1) that pins what a policy makes of
// some records today, for a person to edit down to what they worked out.
//
// `liaison test --init POLICY RECORDS --as-of DATE -o FILE` writes it. It
// expects, per cadre, the participation and, for each finding, the status,
// required and actual values, then the binding findings met and the eligible
// grade; per department, the quota base, the caps and the grades proposed;
// and the records that are bad. Every value is today's, so the case passes as
// written; the author deletes what they did not work out by hand and keeps
// the rest as the change's promise (docs/testing-policies.md).
#ifndef LIAISON_CASE_INIT_H_
#define LIAISON_CASE_INIT_H_

#include <string>
#include <string_view>

#include "absl/status/statusor.h"
#include "absl/time/civil_time.h"
#include "liaison/cadre_record.h"
#include "liaison/policy.h"

namespace liaison {

// How the case file names its policy and records: an embedded policy's id or
// a path relative to the case file.
struct CaseSources {
  std::string policy;
  std::string records;
};

// The case, as indented JSON, named `name`. Fails only when the policy's
// grading cannot be applied to the records.
absl::StatusOr<std::string> InitCase(const Policy& policy, const RecordBatch& records,
                                     absl::CivilDay as_of, const CaseSources& sources,
                                     std::string_view name);

}  // namespace liaison

#endif  // LIAISON_CASE_INIT_H_
