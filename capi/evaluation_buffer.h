// The evaluation documents of liaison_evaluate_json, liaison_evaluate_json_lean
// and liaison_evaluate_json_reusing written straight into the buffer handed to
// the caller: each cadre is read, evaluated and written in turn
// (StreamedEvaluation), and what is written is moved into the malloc'd
// result every few hundred kilobytes, while it is still in the processor's
// cache. No second whole copy of the output is made. The only fresh memory
// a call takes is the result the caller keeps, and none when the caller
// hands back a buffer an earlier call filled that is large enough.
#ifndef LIAISON_CAPI_EVALUATION_BUFFER_H_
#define LIAISON_CAPI_EVALUATION_BUFFER_H_

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "absl/time/civil_time.h"
#include "liaison.h"
#include "liaison/policy.h"

namespace liaison::capi {

// The compact document of `records` in `form`, a LIAISON_STREAM_* value
// (liaison.evaluation/1, the JSON Lines form, or
// liaison.evaluation-lean/1), byte for byte what
// EvaluateRecordsJson (or the stream, or EvaluateRecordsLeanJson) gives,
// NUL-terminated in the malloc'd *buffer of *capacity bytes, *result_length
// bytes long. *buffer is NULL (then *capacity is taken as 0) or a buffer of
// *capacity bytes from malloc, used when large enough and reallocated when
// not; both are updated, and the buffer stays the caller's whatever the
// outcome (on failure it holds the empty text, when it is not NULL). Fails as
// EvaluateRecordsJson does, or with LIAISON_INVALID_ARGUMENT for an unknown
// `form`; never throws. liaison_evaluate_json_reusing is defined with it.
liaison_status EvaluateIntoBuffer(const Policy& policy, std::string_view records,
                                  absl::CivilDay as_of, uint32_t form, char** buffer,
                                  size_t* capacity, size_t* result_length, liaison_error** error);

}  // namespace liaison::capi

#endif  // LIAISON_CAPI_EVALUATION_BUFFER_H_
