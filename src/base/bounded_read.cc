#include "base/bounded_read.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <string_view>

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

LocalizedText SystemErrorText(int error) {
  const std::string english = std::strerror(error);
  std::string_view chinese;
  switch (error) {
    case ENOENT: chinese = "文件不存在"; break;
    case EACCES: chinese = "没有读取权限"; break;
    case EPERM: chinese = "不允许此操作"; break;
    case EISDIR: chinese = "是目录"; break;
    case ENOTDIR: chinese = "路径中有一段不是目录"; break;
    case ELOOP: chinese = "符号链接层数过多"; break;
    case ENAMETOOLONG: chinese = "文件名过长"; break;
    case EMFILE:
    case ENFILE: chinese = "打开的文件过多"; break;
    case ENXIO:
    case ENODEV: chinese = "设备不存在"; break;
    case EIO: chinese = "输入输出错误"; break;
    case ENOMEM: chinese = "内存不足"; break;
    case EOVERFLOW:
    case EFBIG: chinese = "文件过大"; break;
    case EBUSY:
    case ETXTBSY: chinese = "文件正被占用"; break;
    default: return {StrCat("系统错误 ", error, "：", english), english};
  }
  return {std::string(chinese), english};
}

}  // namespace liaison
