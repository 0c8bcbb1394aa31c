// BadArgument: the InvalidArgument status of a grading input that cannot be
// used (a negative base, a grade outside the scale), its message in English
// and Chinese.
#ifndef LIAISON_SRC_GRADING_BAD_ARGUMENT_H_
#define LIAISON_SRC_GRADING_BAD_ARGUMENT_H_

#include <string>
#include <utility>

#include "liaison/problem.h"

namespace liaison {

inline absl::Status BadArgument(std::string zh, std::string en) {
  return LocalizedError(absl::StatusCode::kInvalidArgument, {std::move(zh), std::move(en)});
}

}  // namespace liaison

#endif  // LIAISON_SRC_GRADING_BAD_ARGUMENT_H_
