// The evaluation documents of liaison_evaluate_json and
// liaison_evaluate_json_lean written straight into the buffer handed to the
// caller: each cadre is read, evaluated and written in turn
// (StreamedEvaluation), and what is written is moved into the malloc'd
// result every few hundred kilobytes, while it is still in the processor's
// cache. No second whole copy of the output is made, and the only fresh
// memory a call takes is the result the caller keeps.
#ifndef LIAISON_CAPI_EVALUATION_BUFFER_H_
#define LIAISON_CAPI_EVALUATION_BUFFER_H_

#include <cstddef>
#include <string_view>

#include "absl/time/civil_time.h"
#include "liaison.h"
#include "liaison/policy.h"

namespace liaison::capi {

// The compact liaison.evaluation/1 document (liaison.evaluation-lean/1 when
// `lean`) of `records`, byte for byte what EvaluateRecordsJson (or
// EvaluateRecordsLeanJson) gives, in a malloc'd NUL-terminated *result of
// *result_length bytes; fails as they do.
liaison_status EvaluateIntoBuffer(const Policy& policy, std::string_view records,
                                  absl::CivilDay as_of, bool lean, char** result,
                                  size_t* result_length, liaison_error** error);

}  // namespace liaison::capi

#endif  // LIAISON_CAPI_EVALUATION_BUFFER_H_
