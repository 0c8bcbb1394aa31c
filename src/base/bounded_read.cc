#include "base/bounded_read.h"

#include <algorithm>

#include "absl/status/status.h"
#include "base/absl_compat.h"
#include "liaison/problem.h"

namespace liaison {

absl::StatusOr<std::string> ReadBounded(std::istream& in, std::size_t max_bytes,
                                        const LocalizedText& limit) {
  constexpr std::size_t kPiece = std::size_t{1} << 20;
  std::string text;
  while (in) {
    const std::size_t had = text.size();
    if (had > max_bytes) {
      return LocalizedError(absl::StatusCode::kResourceExhausted,
                            {StrCat("超过 ", max_bytes >> 20, " MiB，即", limit.zh),
                             StrCat("longer than ", max_bytes >> 20, " MiB, ", limit.en)});
    }
    if (text.capacity() < had + kPiece) {
      // Grow as a string does, by doubling, but never far past the limit.
      text.reserve(std::min(std::max(2 * text.capacity(), had + kPiece), max_bytes + kPiece));
    }
    text.resize(had + kPiece);
    in.read(text.data() + had, static_cast<std::streamsize>(kPiece));
    text.resize(had + static_cast<std::size_t>(in.gcount()));
  }
  if (in.bad()) {
    return LocalizedError(absl::StatusCode::kDataLoss, {"无法读取输入", "cannot read the input"});
  }
  return text;
}

}  // namespace liaison
