// What the fuzzers over the C ABI share: how their input is laid out, and the
// contract every call is held to.
//
// An input is a header line of words, then a body of sections separated by a
// line holding only a form feed:
//
//   hunan-2018 hunan 2026-06-30
//   {"schema": "liaison.records/1", …}
//
// Each fuzzer says what its words mean (policies, an as-of date, a mode). A
// policy word is an embedded id ("hunan") or "#N": section N of the body read
// as a policy document. Keeping the layout textual lets the seeds be the
// shipped examples with a line in front, and lets mutations reach the
// policies, the dates and the records alike.
//
// The contract (CheckCall): a call that succeeds returns a document that is
// well-formed JSON and no error; a call that fails returns no document, and
// an error with a status and a message. A broken contract aborts the fuzzer.
#ifndef LIAISON_TESTS_FUZZ_FUZZ_SUPPORT_H_
#define LIAISON_TESTS_FUZZ_FUZZ_SUPPORT_H_

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "liaison.h"

namespace liaison::fuzz {

struct FuzzInput {
  std::vector<std::string_view> words;     // the header line, split at spaces
  std::vector<std::string_view> sections;  // the body, split at "\n\f\n"
};

FuzzInput SplitInput(const std::uint8_t* data, std::size_t size);

// The i-th word, or "" when the header has fewer.
std::string_view Word(const FuzzInput& input, std::size_t i);

// The i-th section, or "" when the body has fewer.
std::string_view Section(const FuzzInput& input, std::size_t i);

// A policy handle that frees itself; null when the word names no usable
// policy (the failed call is still held to the contract).
class PolicyHandle {
 public:
  PolicyHandle(std::string_view word, const FuzzInput& input);
  PolicyHandle(const PolicyHandle&) = delete;
  PolicyHandle& operator=(const PolicyHandle&) = delete;
  ~PolicyHandle();
  const liaison_policy* get() const { return policy_; }

 private:
  liaison_policy* policy_ = nullptr;
};

// Checks a call that returns a JSON document against the contract above,
// then frees the document and the error. Returns whether the call succeeded.
bool CheckCall(liaison_status status, char* result, std::size_t length, liaison_error* error);

// The out-parameters of a call that returns a document, and CheckCall on them.
struct DocumentOut {
  char* result = nullptr;
  std::size_t length = 0;
  liaison_error* error = nullptr;
  bool Check(liaison_status status) { return CheckCall(status, result, length, error); }
};

// Checks a call that returns no document (the error alone).
bool CheckStatus(liaison_status status, liaison_error* error);

// Whether `text` is one well-formed JSON document.
bool IsWellFormedJson(std::string_view text);

}  // namespace liaison::fuzz

#endif  // LIAISON_TESTS_FUZZ_FUZZ_SUPPORT_H_
