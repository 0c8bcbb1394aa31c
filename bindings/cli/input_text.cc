#include "input_text.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <utility>

#include "absl/status/status.h"
#include "base/bounded_read.h"
#include "inputs.h"
#include "liaison/problem.h"

namespace liaison::cli {
namespace {

absl::Status CannotOpen(int why) {
  if (why == 0) {
    return LocalizedError(absl::StatusCode::kNotFound, {"无法打开文件", "cannot open the file"});
  }
  const LocalizedText reason = SystemErrorText(why);
  return LocalizedError(absl::StatusCode::kNotFound,
                        {"无法打开文件：" + reason.zh, "cannot open the file: " + reason.en});
}

absl::Status CannotRead() {
  return LocalizedError(absl::StatusCode::kDataLoss, {"无法读取文件", "cannot read the file"});
}

// Every byte of `fd` until its end, appended to `out` a block at a time; an
// error naming the limit past kMaxInputBytes (a pipe that never ends).
absl::Status ReadBlocks(int fd, std::string& out) {
  std::size_t filled = out.size();
  for (;;) {
    if (filled > kMaxInputBytes) {
      return LocalizedError(absl::StatusCode::kResourceExhausted,
                            {"超过 1024 MiB，即命令从单个输入读取的上限",
                             "longer than 1024 MiB, the most the command reads from one input"});
    }
    constexpr std::size_t kBlockSize = InputBlocks::kBlockSize;
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

// Opens `path` ("-": standard input) into `file` and describes it in
// `status`; refuses a directory.
absl::Status OpenInput(const std::string& path, Descriptor& file, struct stat& status) {
  if (path == "-") {
    file.fd = STDIN_FILENO;
  } else {
    file.fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (file.fd < 0) return CannotOpen(errno);
  }
  if (::fstat(file.fd, &status) != 0) return CannotRead();
  if (S_ISDIR(status.st_mode)) {
    return LocalizedError(absl::StatusCode::kInvalidArgument,
                          {"是目录，不是文件", "is a directory, not a file"});
  }
  return absl::OkStatus();
}

}  // namespace

absl::StatusOr<InputText> InputText::Open(const std::string& path) {
  Descriptor file;
  struct stat status {};
  if (absl::Status opened = OpenInput(path, file, status); !opened.ok()) return opened;

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

absl::StatusOr<InputBlocks> InputBlocks::Open(const std::string& path) {
  Descriptor file;
  struct stat status {};
  if (absl::Status opened = OpenInput(path, file, status); !opened.ok()) return opened;
  InputBlocks blocks;
  if (S_ISREG(status.st_mode)) {
    blocks.size_ = static_cast<std::uint64_t>(status.st_size);
    ::posix_fadvise(file.fd, 0, 0, POSIX_FADV_SEQUENTIAL);
  }
  blocks.fd_ = std::exchange(file.fd, -1);
  blocks.block_.resize(kBlockSize);
  return blocks;
}

absl::StatusOr<std::string_view> InputBlocks::Next() {
  for (;;) {
    const ssize_t got = ::read(fd_, block_.data(), block_.size());
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) return CannotRead();
    read_ += static_cast<std::uint64_t>(got);
    return std::string_view(block_.data(), static_cast<std::size_t>(got));
  }
}

InputBlocks::InputBlocks(InputBlocks&& other) noexcept
    : fd_(std::exchange(other.fd_, -1)),
      size_(other.size_),
      read_(other.read_),
      block_(std::move(other.block_)) {}

InputBlocks& InputBlocks::operator=(InputBlocks&& other) noexcept {
  if (this != &other) {
    if (fd_ > STDERR_FILENO) ::close(fd_);
    fd_ = std::exchange(other.fd_, -1);
    size_ = other.size_;
    read_ = other.read_;
    block_ = std::move(other.block_);
  }
  return *this;
}

InputBlocks::~InputBlocks() {
  if (fd_ > STDERR_FILENO) ::close(fd_);
}

}  // namespace liaison::cli
