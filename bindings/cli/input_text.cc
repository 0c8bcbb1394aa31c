#include "input_text.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <utility>

#include "absl/status/status.h"
#include "liaison/problem.h"

namespace liaison::cli {
namespace {

// What a stream is read by: large enough that a system call's cost is lost
// in the copy, small enough to stay in the processor's cache.
constexpr std::size_t kBlockSize = 1 << 20;

absl::Status CannotOpen(int why) {
  const std::string reason = why != 0 ? std::strerror(why) : "";
  return LocalizedError(absl::StatusCode::kNotFound,
                        {"无法打开文件" + (reason.empty() ? "" : "：" + reason),
                         "cannot open the file" + (reason.empty() ? "" : ": " + reason)});
}

absl::Status CannotRead() {
  return LocalizedError(absl::StatusCode::kDataLoss, {"无法读取文件", "cannot read the file"});
}

// Every byte of `fd` until its end, appended to `out` a block at a time.
absl::Status ReadBlocks(int fd, std::string& out) {
  std::size_t filled = out.size();
  for (;;) {
    if (out.size() < filled + kBlockSize) out.resize(filled + kBlockSize);
    const ssize_t got = ::read(fd, out.data() + filled, kBlockSize);
    if (got == 0) break;
    if (got < 0) {
      if (errno == EINTR) continue;
      out.resize(filled);
      return CannotRead();
    }
    filled += static_cast<std::size_t>(got);
  }
  out.resize(filled);
  return absl::OkStatus();
}

// Closes the descriptor it holds when it goes out of scope.
struct Descriptor {
  int fd = -1;
  ~Descriptor() {
    if (fd > STDERR_FILENO) ::close(fd);
  }
};

}  // namespace

absl::StatusOr<InputText> InputText::Open(const std::string& path) {
  Descriptor file;
  if (path == "-") {
    file.fd = STDIN_FILENO;
  } else {
    file.fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (file.fd < 0) return CannotOpen(errno);
  }
  struct stat status {};
  if (::fstat(file.fd, &status) != 0) return CannotRead();
  if (S_ISDIR(status.st_mode)) {
    return LocalizedError(absl::StatusCode::kInvalidArgument,
                          {"是目录，不是文件", "is a directory, not a file"});
  }

  InputText input;
  if (S_ISREG(status.st_mode) && status.st_size > 0) {
    const auto size = static_cast<std::size_t>(status.st_size);
    void* mapping = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE, file.fd, 0);
    if (mapping != MAP_FAILED) {
      // Read front to back, once: let the kernel read ahead and drop behind.
      ::madvise(mapping, size, MADV_SEQUENTIAL);
      input.mapping_ = mapping;
      input.size_ = size;
      return input;
    }
  }
  // Standard input from a pipe or a terminal, a device, a file that would not map.
  if (absl::Status read = ReadBlocks(file.fd, input.read_); !read.ok()) return read;
  return input;
}

InputText::InputText(InputText&& other) noexcept
    : mapping_(std::exchange(other.mapping_, nullptr)),
      size_(std::exchange(other.size_, 0)),
      read_(std::move(other.read_)) {}

InputText& InputText::operator=(InputText&& other) noexcept {
  if (this != &other) {
    if (mapping_ != nullptr) ::munmap(mapping_, size_);
    mapping_ = std::exchange(other.mapping_, nullptr);
    size_ = std::exchange(other.size_, 0);
    read_ = std::move(other.read_);
  }
  return *this;
}

InputText::~InputText() {
  if (mapping_ != nullptr) ::munmap(mapping_, size_);
}

}  // namespace liaison::cli
