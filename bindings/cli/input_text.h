// InputText: the bytes of an input file, or of standard input, read without
// an extra copy where the system allows it.
//
// A regular file (standard input redirected from one included) is mapped
// into memory, read-only, and read straight from the page cache: a
// 4 GB records file costs no 4 GB of the command's own memory beside the
// pages the kernel already holds. A pipe, a terminal or any other stream is
// read by blocks into one buffer that grows as it fills.
//
//   absl::StatusOr<InputText> input = InputText::Open("records.json");  // "-": stdin
//   std::string_view text = input->text();
//
// InputBlocks: the same bytes a block at a time into one reused buffer, for a
// reader that keeps none of them (a stream of records): memory stays at one
// block whatever the input's size.
//
//   absl::StatusOr<InputBlocks> blocks = InputBlocks::Open("records.jsonl");
//   while (absl::StatusOr<std::string_view> block = blocks->Next()) {
//     if (block->empty()) break;  // the end
//     …
//   }
#ifndef LIAISON_CLI_INPUT_TEXT_H_
#define LIAISON_CLI_INPUT_TEXT_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "absl/status/statusor.h"

namespace liaison::cli {

class InputText {
 public:
  // The file at `path`, or standard input when `path` is "-". Errors, in
  // Chinese and English: "is a directory, not a file", "cannot open the
  // file: <why>" (why in each language: SystemErrorText), "cannot read the
  // file".
  static absl::StatusOr<InputText> Open(const std::string& path);

  InputText(InputText&& other) noexcept;
  InputText& operator=(InputText&& other) noexcept;
  InputText(const InputText&) = delete;
  InputText& operator=(const InputText&) = delete;
  ~InputText();

  // Valid while this object lives.
  std::string_view text() const {
    return mapping_ != nullptr ? std::string_view(static_cast<const char*>(mapping_), size_)
                               : std::string_view(read_);
  }

 private:
  InputText() = default;

  void* mapping_ = nullptr;  // a regular file mapped whole, or null
  std::size_t size_ = 0;     // the mapping's length
  std::string read_;         // what was read when nothing is mapped
};

class InputBlocks {
 public:
  // The size of a block: large enough that a system call's cost is lost in
  // the copy, small enough to stay in the processor's cache.
  static constexpr std::size_t kBlockSize = 1 << 20;

  // As InputText::Open.
  static absl::StatusOr<InputBlocks> Open(const std::string& path);

  InputBlocks(InputBlocks&& other) noexcept;
  InputBlocks& operator=(InputBlocks&& other) noexcept;
  InputBlocks(const InputBlocks&) = delete;
  InputBlocks& operator=(const InputBlocks&) = delete;
  ~InputBlocks();

  // The next block, valid until the next call; empty at the end.
  absl::StatusOr<std::string_view> Next();
  // The input's size when it is a regular file, else 0.
  std::uint64_t size() const { return size_; }
  // The bytes given so far.
  std::uint64_t read() const { return read_; }

 private:
  InputBlocks() = default;

  int fd_ = -1;
  std::uint64_t size_ = 0;
  std::uint64_t read_ = 0;
  std::string block_;
};

}  // namespace liaison::cli

#endif  // LIAISON_CLI_INPUT_TEXT_H_
