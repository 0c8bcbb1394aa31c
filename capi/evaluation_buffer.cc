#include "evaluation_buffer.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <new>

#include "bridge.h"
#include "evaluate/streamed_evaluation.h"
#include "liaison/huge_pages.h"

namespace liaison::capi {
namespace {

// What the writer holds is moved into the result past this much: small
// enough to stay in the cache between being written and being copied.
constexpr std::size_t kChunk = 256 << 10;

// A malloc'd text grown by realloc, handed to the caller or freed.
class MallocText {
 public:
  explicit MallocText(std::size_t capacity) : capacity_(capacity) {
    data_ = static_cast<char*>(std::malloc(capacity_));
    if (data_ == nullptr) throw std::bad_alloc();
    AdviseHugePages(data_, capacity_);
  }
  ~MallocText() { std::free(data_); }
  MallocText(const MallocText&) = delete;
  MallocText& operator=(const MallocText&) = delete;

  void Append(std::string_view text) {
    if (size_ + text.size() + 1 > capacity_) {
      const std::size_t wanted = std::max(capacity_ + capacity_ / 2, size_ + text.size() + 1);
      char* grown = static_cast<char*>(std::realloc(data_, wanted));
      if (grown == nullptr) throw std::bad_alloc();
      data_ = grown;
      capacity_ = wanted;
    }
    std::memcpy(data_ + size_, text.data(), text.size());
    size_ += text.size();
  }

  // The NUL-terminated text, now the caller's.
  char* Release(std::size_t* length) {
    data_[size_] = '\0';
    if (length != nullptr) *length = size_;
    char* text = data_;
    data_ = nullptr;
    return text;
  }

 private:
  char* data_ = nullptr;
  std::size_t size_ = 0;
  std::size_t capacity_ = 0;
};

}  // namespace

liaison_status EvaluateIntoBuffer(const Policy& policy, std::string_view records,
                                  absl::CivilDay as_of, bool lean, char** result,
                                  size_t* result_length, liaison_error** error) {
  // About 3 bytes out for each byte in, full; 1 lean.
  MallocText out(records.size() * (lean ? 1 : 3) + 4096);
  StreamedEvaluation evaluation(policy, as_of, JsonStyle::kCompact,
                                lean ? ResultsForm::kLean : ResultsForm::kDocument);
  evaluation.ObserveEntries([&](std::size_t, const absl::Status&) {
    if (evaluation.pending().size() < kChunk) return;
    out.Append(evaluation.pending());
    evaluation.Clear();
  });
  if (absl::Status done = evaluation.FeedWhole(records); !done.ok()) return Fail(done, error);
  out.Append(evaluation.pending());
  *result = out.Release(result_length);
  return Succeed(error);
}

}  // namespace liaison::capi
