// The C ABI's bridge helpers (liaison.h), shared by its source files: what
// the opaque handles point to, and how a status, an exception or an output
// document crosses the ABI.
#ifndef LIAISON_CAPI_BRIDGE_H_
#define LIAISON_CAPI_BRIDGE_H_

#include <cstdlib>
#include <cstring>
#include <new>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/time/civil_time.h"
#include "liaison.h"
#include "liaison/dates.h"
#include "liaison/huge_pages.h"
#include "liaison/localized_text.h"
#include "liaison/policy.h"
#include "liaison/problem.h"

namespace liaison::capi {

using liaison::Language;
using liaison::LocalizedText;

// What the opaque handles point to. liaison_error and liaison_policy stay
// incomplete types, so the ABI (and its baseline, capi/abi/) is made of C
// types alone; a handle is a pointer to one of these, cast.
struct ErrorObject {
  liaison_status code = LIAISON_INTERNAL;
  std::string message;
  std::string message_zh;
  std::string path;
  std::string problems_json;
  std::string problems_json_zh;
};

struct PolicyObject {
  liaison::Policy policy;
};

inline const ErrorObject* Object(const liaison_error* error) {
  return reinterpret_cast<const ErrorObject*>(error);
}
inline const PolicyObject* Object(const liaison_policy* policy) {
  return reinterpret_cast<const PolicyObject*>(policy);
}

inline liaison_status CodeOf(const absl::Status& status) {
  switch (status.code()) {
    case absl::StatusCode::kOk: return LIAISON_OK;
    case absl::StatusCode::kInvalidArgument:
      return liaison::ProblemsOf(status).empty() ? LIAISON_INVALID_ARGUMENT
                                                 : LIAISON_INVALID_DOCUMENT;
    case absl::StatusCode::kNotFound: return LIAISON_NOT_FOUND;
    case absl::StatusCode::kFailedPrecondition: return LIAISON_INCOMPLETE;
    case absl::StatusCode::kResourceExhausted: return LIAISON_OUT_OF_MEMORY;
    default: return LIAISON_INTERNAL;
  }
}

// Stores an error for `status` in *error (when error is not NULL) and returns
// its code. Allocation failure here leaves *error NULL: the code still tells.
inline liaison_status Fail(const absl::Status& status, liaison_error** error) {
  const liaison_status code = CodeOf(status);
  if (error == nullptr) return code;
  *error = nullptr;
  try {
    auto* made = new ErrorObject;
    made->code = code;
    made->message = std::string(status.message());
    made->message_zh = liaison::StatusMessageIn(status, Language::kChinese);
    std::vector<liaison::Problem> problems = liaison::ProblemsOf(status);
    if (!problems.empty()) made->path = problems.front().path;
    made->problems_json = liaison::ProblemsJson(problems);
    made->problems_json_zh = liaison::ProblemsJson(problems, Language::kChinese);
    *error = reinterpret_cast<liaison_error*>(made);
  } catch (...) {
  }
  return code;
}

inline liaison_status Fail(liaison_status code, const LocalizedText& message,
                           liaison_error** error) {
  switch (code) {
    case LIAISON_INVALID_ARGUMENT:
      return Fail(liaison::LocalizedError(absl::StatusCode::kInvalidArgument, message), error);
    case LIAISON_OUT_OF_MEMORY:
      return Fail(liaison::LocalizedError(absl::StatusCode::kResourceExhausted, message), error);
    default: return Fail(liaison::LocalizedError(absl::StatusCode::kInternal, message), error);
  }
}

inline const LocalizedText kOutOfMemory{"内存不足", "out of memory"};

// "a and b must not be NULL", in both languages, for the pointers `names`.
inline LocalizedText NotNull(const char* names_zh, const char* names_en) {
  return {std::string(names_zh) + "不得为 NULL", std::string(names_en) + " must not be NULL"};
}

// The language of a language argument, when it is one.
inline std::optional<Language> LanguageOf(int32_t language) {
  if (language == LIAISON_LANGUAGE_ZH) return Language::kChinese;
  if (language == LIAISON_LANGUAGE_EN) return Language::kEnglish;
  return std::nullopt;
}

inline liaison_status Succeed(liaison_error** error) {
  if (error != nullptr) *error = nullptr;
  return LIAISON_OK;
}

// Runs `body` (which returns a status code) with every exception turned into
// a status: nothing C++ crosses the ABI.
template <typename Body>
liaison_status Guarded(liaison_error** error, Body body) {
  try {
    return body();
  } catch (const std::bad_alloc&) {
    return Fail(LIAISON_OUT_OF_MEMORY, kOutOfMemory, error);
  } catch (const std::exception& e) {
    return Fail(LIAISON_INTERNAL, {std::string("库内部异常：") + e.what(), e.what()}, error);
  } catch (...) {
    return Fail(LIAISON_INTERNAL, {"未知的内部异常", "unknown exception"}, error);
  }
}

// Copies `text` into a malloc'd NUL-terminated buffer for the caller.
inline liaison_status Output(const std::string& text, char** out, size_t* length,
                             liaison_error** error) {
  char* buffer = static_cast<char*>(std::malloc(text.size() + 1));
  if (buffer == nullptr) return Fail(LIAISON_OUT_OF_MEMORY, kOutOfMemory, error);
  liaison::AdviseHugePages(buffer, text.size() + 1);
  std::memcpy(buffer, text.data(), text.size());
  buffer[text.size()] = '\0';
  *out = buffer;
  if (length != nullptr) *length = text.size();
  return Succeed(error);
}

inline bool Valid(const char* text, size_t length) { return text != nullptr || length == 0; }

inline absl::StatusOr<absl::CivilDay> Date(const char* text, size_t length) {
  if (text == nullptr) {
    return liaison::LocalizedError(absl::StatusCode::kInvalidArgument,
                                   {"as_of 为 NULL", "as_of is NULL"});
  }
  absl::StatusOr<absl::CivilDay> day = liaison::ParseAsOfDate(std::string_view(text, length));
  if (!day.ok()) {
    return liaison::LocalizedError(
        absl::StatusCode::kInvalidArgument,
        {"as_of " + liaison::StatusMessageIn(day.status(), Language::kChinese),
         "as_of " + std::string(day.status().message())});
  }
  return day;
}

// Checks the arguments of a call on a records document as of a date, and
// returns what `write(policy, records_text, as_of, result, result_length,
// error)` returns.
template <typename Write>
liaison_status WithRecordsInto(const liaison_policy* policy, const char* records,
                               size_t records_length, const char* as_of, size_t as_of_length,
                               char** result, size_t* result_length, liaison_error** error,
                               Write write) {
  return Guarded(error, [&] {
    if (result != nullptr) *result = nullptr;
    if (result_length != nullptr) *result_length = 0;
    if (policy == nullptr || !Valid(records, records_length) || result == nullptr) {
      return Fail(LIAISON_INVALID_ARGUMENT,
                  NotNull("policy、records 和 result ", "policy, records and result"), error);
    }
    absl::StatusOr<absl::CivilDay> day = Date(as_of, as_of_length);
    if (!day.ok()) return Fail(day.status(), error);
    return write(Object(policy)->policy,
                 std::string_view(records == nullptr ? "" : records, records_length), *day,
                 result, result_length, error);
  });
}

// The same, for a document `make(policy, records_text, as_of)` makes (a
// StatusOr<std::string>), copied out.
template <typename Make>
liaison_status WithRecords(const liaison_policy* policy, const char* records,
                           size_t records_length, const char* as_of, size_t as_of_length,
                           char** result, size_t* result_length, liaison_error** error,
                           Make make) {
  return WithRecordsInto(policy, records, records_length, as_of, as_of_length, result,
                         result_length, error,
                         [&](const liaison::Policy& under, std::string_view text, absl::CivilDay day,
                             char** out, size_t* length, liaison_error** failed) {
                           absl::StatusOr<std::string> made = make(under, text, day);
                           if (!made.ok()) return Fail(made.status(), failed);
                           return Output(*made, out, length, failed);
                         });
}

}  // namespace liaison::capi

#endif  // LIAISON_CAPI_BRIDGE_H_
