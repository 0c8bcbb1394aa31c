#include "evaluation_buffer.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <new>

#include "bridge.h"
#include "evaluate/streamed_evaluation.h"
#include "liaison/huge_pages.h"
#include "results_form.h"

namespace liaison::capi {
namespace {

// What the writer holds is moved into the result past this much: small
// enough to stay in the cache between being written and being copied.
constexpr std::size_t kChunk = 256 << 10;

// The caller's malloc'd text, grown by realloc when it is too small. Whatever
// happens, even an exception, the buffer goes back to the caller's pointers
// when this ends, NUL-terminated: the text written, or the empty text unless
// Keep was called.
class CallerText {
 public:
  // Makes sure of `wanted` bytes at least: a buffer too small is replaced by
  // a fresh one (its text is not needed), advised for huge pages.
  CallerText(char** data, std::size_t* capacity, std::size_t wanted)
      : data_ref_(data), capacity_ref_(capacity), data_(*data),
        capacity_(*data == nullptr ? 0 : *capacity) {
    if (capacity_ >= wanted) return;
    std::free(data_);
    *data_ref_ = nullptr;  // the destructor does not run if this throws
    *capacity_ref_ = 0;
    data_ = static_cast<char*>(std::malloc(wanted));
    if (data_ == nullptr) throw std::bad_alloc();
    capacity_ = wanted;
    AdviseHugePages(data_, capacity_);
  }
  ~CallerText() {
    if (data_ != nullptr) data_[kept_ ? size_ : 0] = '\0';
    *data_ref_ = data_;
    *capacity_ref_ = capacity_;
  }
  CallerText(const CallerText&) = delete;
  CallerText& operator=(const CallerText&) = delete;

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

  // The text written is the result.
  std::size_t Keep() {
    kept_ = true;
    return size_;
  }

 private:
  char** data_ref_;
  std::size_t* capacity_ref_;
  char* data_;
  std::size_t capacity_;
  std::size_t size_ = 0;
  bool kept_ = false;
};

}  // namespace

liaison_status EvaluateIntoBuffer(const Policy& policy, std::string_view records,
                                  absl::CivilDay as_of, uint32_t form_value, char** buffer,
                                  size_t* capacity, size_t* result_length,
                                  liaison_error** error) {
  if (result_length != nullptr) *result_length = 0;
  const std::optional<ResultsForm> form = ResultsFormOf(form_value);
  if (!form) return Fail(LIAISON_INVALID_ARGUMENT, kUnknownForm, error);
  return Guarded(error, [&] {
    // About 3 bytes out for each byte in, full; 1 lean.
    CallerText out(buffer, capacity,
                   records.size() * (*form == ResultsForm::kLean ? 1 : 3) + 4096);
    StreamedEvaluation evaluation(policy, as_of, JsonStyle::kCompact, *form);
    evaluation.ObserveEntries([&](std::size_t, const absl::Status&) {
      if (evaluation.pending().size() < kChunk) return;
      out.Append(evaluation.pending());
      evaluation.Clear();
    });
    if (absl::Status done = evaluation.FeedWhole(records); !done.ok()) return Fail(done, error);
    out.Append(evaluation.pending());
    const std::size_t length = out.Keep();
    if (result_length != nullptr) *result_length = length;
    return Succeed(error);
  });
}

}  // namespace liaison::capi

liaison_status liaison_evaluate_json_reusing(const liaison_policy* policy, const char* records,
                                             size_t records_length, const char* as_of,
                                             size_t as_of_length, uint32_t form, char** buffer,
                                             size_t* capacity, size_t* result_length,
                                             liaison_error** error) {
  using namespace liaison::capi;  // the handles and helpers of bridge.h
  return Guarded(error, [&] {
    if (result_length != nullptr) *result_length = 0;
    if (buffer == nullptr || capacity == nullptr) {
      return Fail(LIAISON_INVALID_ARGUMENT, NotNull("buffer 和 capacity ", "buffer and capacity"),
                  error);
    }
    // Whatever fails next, the last call's result is not left for this one's.
    if (*buffer != nullptr) (*buffer)[0] = '\0';
    if (policy == nullptr || !Valid(records, records_length)) {
      return Fail(LIAISON_INVALID_ARGUMENT, NotNull("policy 和 records ", "policy and records"),
                  error);
    }
    absl::StatusOr<absl::CivilDay> day = Date(as_of, as_of_length);
    if (!day.ok()) return Fail(day.status(), error);
    return EvaluateIntoBuffer(Object(policy)->policy,
                              std::string_view(records == nullptr ? "" : records, records_length),
                              *day, form, buffer, capacity, result_length, error);
  });
}
