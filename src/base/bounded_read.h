// ReadBounded: the whole of a stream, read no further than a limit.
//
// A path such as /dev/zero, or a pipe that never ends, would otherwise grow a
// string until memory runs out. ReadBounded reads in pieces of a mebibyte and
// stops one piece past `max_bytes` with an error naming the limit:
//
//   std::ifstream file(path, std::ios::binary);
//   absl::StatusOr<std::string> text =
//       ReadBounded(file, kMaxCaseDocumentBytes, {"测试用例文件的上限", "the limit for a case file"});
//   // ResourceExhausted: "longer than 256 MiB, the limit for a case file"
//   // (in Chinese "超过 256 MiB，即测试用例文件的上限")
//
// SystemErrorText: a system error number (errno) as a person reads it, in
// both languages.
#ifndef LIAISON_SRC_BASE_BOUNDED_READ_H_
#define LIAISON_SRC_BASE_BOUNDED_READ_H_

#include <cstddef>
#include <istream>
#include <string>

#include "absl/status/statusor.h"
#include "liaison/localized_text.h"

namespace liaison {

// All of `in`; ResourceExhausted "longer than <max_bytes in MiB> MiB, <limit>"
// past `max_bytes`, DataLoss when the stream fails; both in both languages.
absl::StatusOr<std::string> ReadBounded(std::istream& in, std::size_t max_bytes,
                                        const LocalizedText& limit);

// Why a file could not be opened or read, from the system's error number:
// the system's own text (strerror) in English, and in Chinese for the common
// ones (ENOENT 文件不存在, EACCES 没有读取权限, EISDIR 是目录 …); another is
// "系统错误 N：<the English text>".
LocalizedText SystemErrorText(int error);

}  // namespace liaison

#endif  // LIAISON_SRC_BASE_BOUNDED_READ_H_
