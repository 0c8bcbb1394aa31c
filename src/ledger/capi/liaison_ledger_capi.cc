// The C API of libliaison_ledger.so (liaison_ledger.h) over the ledger
// module: each entry point checks its pointers, parses the policy's JSON,
// calls the module and turns a failed status or an exception into a status
// code and a liaison_ledger_error, as capi/liaison_capi.cc does for liaison.h.
#include "ledger/capi/liaison_ledger.h"

#include <cstdlib>
#include <cstring>
#include <new>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "ledger/import_json.h"
#include "ledger/ledger_import.h"
#include "ledger/result_workbook.h"
#include "liaison/dates.h"
#include "liaison/policy.h"
#include "liaison/problem.h"

namespace {

struct ErrorObject {
  liaison_status code = LIAISON_INTERNAL;
  std::string message;
  std::string path;
  std::string problems_json;
};

const ErrorObject* Object(const liaison_ledger_error* error) {
  return reinterpret_cast<const ErrorObject*>(error);
}

liaison_status CodeOf(const absl::Status& status) {
  switch (status.code()) {
    case absl::StatusCode::kInvalidArgument:
      return liaison::ProblemsOf(status).empty() ? LIAISON_INVALID_ARGUMENT
                                                 : LIAISON_INVALID_DOCUMENT;
    case absl::StatusCode::kNotFound: return LIAISON_NOT_FOUND;
    case absl::StatusCode::kResourceExhausted: return LIAISON_OUT_OF_MEMORY;
    default: return LIAISON_INTERNAL;
  }
}

// Stores an error in *error (when error is not NULL) and returns `code`.
liaison_status Fail(liaison_status code, std::string message, std::string path,
                    std::string problems_json, liaison_ledger_error** error) {
  if (error == nullptr) return code;
  *error = nullptr;
  try {
    auto* made = new ErrorObject{code, std::move(message), std::move(path),
                                 std::move(problems_json)};
    *error = reinterpret_cast<liaison_ledger_error*>(made);
  } catch (...) {
  }
  return code;
}

liaison_status Fail(const absl::Status& status, liaison_ledger_error** error) {
  const std::vector<liaison::Problem> problems = liaison::ProblemsOf(status);
  return Fail(CodeOf(status), std::string(status.message()),
              problems.empty() ? "" : problems.front().path, liaison::ProblemsJson(problems),
              error);
}

// A ledger refused for its problems: the error carries each in full.
liaison_status FailLedger(const std::string& what,
                          const std::vector<liaison::ledger::LedgerError>& errors,
                          liaison_ledger_error** error) {
  const absl::Status status = liaison::ledger::LedgerErrorsStatus(what, errors);
  return Fail(LIAISON_INVALID_DOCUMENT, std::string(status.message()),
              errors.empty() ? "" : errors.front().Place(true),
              liaison::ledger::LedgerErrorsJson(errors), error);
}

liaison_status Succeed(liaison_ledger_error** error) {
  if (error != nullptr) *error = nullptr;
  return LIAISON_OK;
}

template <typename Body>
liaison_status Guarded(liaison_ledger_error** error, Body body) {
  try {
    return body();
  } catch (const std::bad_alloc&) {
    return Fail(LIAISON_OUT_OF_MEMORY, "out of memory", "", "[]", error);
  } catch (const std::exception& e) {
    return Fail(LIAISON_INTERNAL, e.what(), "", "[]", error);
  } catch (...) {
    return Fail(LIAISON_INTERNAL, "unknown exception", "", "[]", error);
  }
}

liaison_status BadArgument(const char* message, liaison_ledger_error** error) {
  return Fail(LIAISON_INVALID_ARGUMENT, message, "", "[]", error);
}

liaison_status Output(const std::string& text, char** out, size_t* length,
                      liaison_ledger_error** error) {
  char* buffer = static_cast<char*>(std::malloc(text.size() + 1));
  if (buffer == nullptr) return Fail(LIAISON_OUT_OF_MEMORY, "out of memory", "", "[]", error);
  std::memcpy(buffer, text.data(), text.size());
  buffer[text.size()] = '\0';
  *out = buffer;
  if (length != nullptr) *length = text.size();
  return Succeed(error);
}

// Imports the ledger under `policy`; strictness and the refusal of a ledger
// of which nothing usable was read are decided here, so that the error
// carries every problem in full.
liaison_status Import(const liaison::Policy& policy, const std::string& path, bool strict,
                      char** result, size_t* result_length, liaison_ledger_error** error) {
  std::vector<std::string> notes;
  absl::StatusOr<liaison::ledger::Workbook> book = liaison::ledger::ReadLedgerFile(path, &notes);
  if (!book.ok()) {
    // A file that is there but is no readable spreadsheet is a bad document,
    // not a bad argument of the call.
    const absl::Status& status = book.status();
    if (status.code() != absl::StatusCode::kInvalidArgument) return Fail(status, error);
    const std::vector<liaison::Problem> problems = liaison::ProblemsOf(status);
    return Fail(LIAISON_INVALID_DOCUMENT, std::string(status.message()),
                problems.empty() ? "" : problems.front().path, liaison::ProblemsJson(problems),
                error);
  }
  absl::StatusOr<liaison::ledger::LedgerImport> imported =
      liaison::ledger::ImportLedger(policy, *book, {});
  if (!imported.ok()) return Fail(imported.status(), error);
  if (strict && !imported->errors.empty()) {
    return FailLedger("ledger (strict)", imported->errors, error);
  }
  if (!imported->errors.empty() && imported->cadres_refused == imported->cadres_read) {
    return FailLedger("ledger (no cadre could be read)", imported->errors, error);
  }
  return Output(liaison::ledger::LedgerImportJson(*imported, notes), result, result_length,
                error);
}

}  // namespace

extern "C" {

uint32_t liaison_ledger_abi_version(void) { return LIAISON_LEDGER_ABI_VERSION; }

liaison_status liaison_ledger_error_code(const liaison_ledger_error* error) {
  return error == nullptr ? LIAISON_OK : Object(error)->code;
}
const char* liaison_ledger_error_message(const liaison_ledger_error* error) {
  return error == nullptr ? "" : Object(error)->message.c_str();
}
const char* liaison_ledger_error_path(const liaison_ledger_error* error) {
  return error == nullptr ? "" : Object(error)->path.c_str();
}
const char* liaison_ledger_error_problems_json(const liaison_ledger_error* error) {
  return error == nullptr ? "[]" : Object(error)->problems_json.c_str();
}
void liaison_ledger_error_free(liaison_ledger_error* error) {
  delete reinterpret_cast<ErrorObject*>(error);
}

void liaison_ledger_free(void* document) { std::free(document); }

liaison_status liaison_ledger_import(const char* policy_json, size_t policy_length,
                                     const char* path, size_t path_length, int32_t strict,
                                     char** result, size_t* result_length,
                                     liaison_ledger_error** error) {
  return Guarded(error, [&] {
    if (policy_json == nullptr || path == nullptr || result == nullptr) {
      return BadArgument("policy_json, path and result must not be NULL", error);
    }
    *result = nullptr;
    absl::StatusOr<liaison::Policy> policy =
        liaison::Policy::FromJson(std::string_view(policy_json, policy_length));
    if (!policy.ok()) return Fail(policy.status(), error);
    return Import(*policy, std::string(path, path_length), strict != 0, result, result_length,
                  error);
  });
}

liaison_status liaison_ledger_write_results_xlsx(
    const char* policy_json, size_t policy_length, const char* records, size_t records_length,
    const char* as_of, size_t as_of_length, const char* kind, size_t kind_length,
    int32_t language, const char* path, size_t path_length, liaison_ledger_error** error) {
  return Guarded(error, [&] {
    if (policy_json == nullptr || records == nullptr || as_of == nullptr || kind == nullptr ||
        path == nullptr) {
      return BadArgument("policy_json, records, as_of, kind and path must not be NULL", error);
    }
    if (language != LIAISON_LANGUAGE_ZH && language != LIAISON_LANGUAGE_EN) {
      return BadArgument("language must be LIAISON_LANGUAGE_ZH (0) or LIAISON_LANGUAGE_EN (1)",
                         error);
    }
    absl::StatusOr<absl::CivilDay> day =
        liaison::ParseAsOfDate(std::string_view(as_of, as_of_length));
    if (!day.ok()) return Fail(day.status(), error);
    absl::StatusOr<liaison::Policy> policy =
        liaison::Policy::FromJson(std::string_view(policy_json, policy_length));
    if (!policy.ok()) return Fail(policy.status(), error);
    const absl::Status written = liaison::ledger::WriteResultWorkbook(
        *policy, std::string_view(records, records_length), *day,
        std::string_view(kind, kind_length),
        language == LIAISON_LANGUAGE_EN ? liaison::Language::kEnglish
                                        : liaison::Language::kChinese,
        std::string(path, path_length));
    return written.ok() ? Succeed(error) : Fail(written, error);
  });
}

}  // extern "C"
