// The C ABI (liaison.h) over the C++ API: a thin, boring layer. Each entry
// point checks its pointers, converts, calls the C++ API, and turns a failed
// absl::Status or an exception into a status code and an error object.
#include <cstdlib>
#include <cstring>
#include <new>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "bridge.h"
#include "evaluation_buffer.h"
#include "liaison.h"
#include "liaison/case_results.h"
#include "liaison/case_runner.h"
#include "liaison/dates.h"
#include "liaison/grade_check.h"
#include "liaison/grading_json.h"
#include "liaison/incomplete_result.h"
#include "liaison/huge_pages.h"
#include "liaison/lean_report.h"
#include "liaison/policy.h"
#include "liaison/policy_diff.h"
#include "liaison/policy_diff_json.h"
#include "liaison/policy_warnings.h"
#include "liaison/problem.h"
#include "liaison/progress.h"
#include "liaison/progress_json.h"
#include "liaison/quota_caps.h"
#include "liaison/report_json.h"
#include "liaison/thread_buffers.h"

namespace {

using namespace liaison::capi;  // the handles and helpers of bridge.h
using liaison::Language;
using liaison::LocalizedText;
using liaison::Policy;

liaison_status MakePolicy(absl::StatusOr<Policy> policy, liaison_policy** out,
                          liaison_error** error) {
  if (!policy.ok()) return Fail(policy.status(), error);
  *out = reinterpret_cast<liaison_policy*>(new PolicyObject{*std::move(policy)});
  return Succeed(error);
}

// The evaluation document in `form`, written into a fresh buffer for the
// caller (*result is NULL on entry, and again on failure).
auto FreshEvaluationInto(uint32_t form) {
  return [form](const Policy& under, std::string_view text, absl::CivilDay day, char** result,
                size_t* result_length, liaison_error** error) {
    size_t capacity = 0;
    const liaison_status status =
        EvaluateIntoBuffer(under, text, day, form, result, &capacity, result_length, error);
    if (status != LIAISON_OK) {
      std::free(*result);
      *result = nullptr;
    }
    return status;
  };
}

// The `make` of WithRecords for a batch result that refuses bad cadres: the
// records evaluated, LIAISON_INCOMPLETE (naming `what`) when a cadre's record
// is bad, else `encode(batch)`.
template <typename Encode>
auto WholeBatch(liaison::LocalizedText what, Encode encode) {
  return [what, encode](const Policy& under, std::string_view text,
                        absl::CivilDay day) -> absl::StatusOr<std::string> {
    absl::StatusOr<liaison::BatchReport> batch = liaison::EvaluateRecords(under, text, day);
    if (!batch.ok()) return batch.status();
    absl::Status whole = liaison::IncompleteBatch(what, *batch);
    if (!whole.ok()) return whole;
    return encode(*batch);
  };
}

// Whether a batch result with bad cadres is refused (LIAISON_INCOMPLETE) or
// returned with them listed (the *_allowing_errors calls).
enum class RecordErrors { kRefused, kListed };

liaison_status DiffJson(const liaison_policy* before, const liaison_policy* after,
                        const char* records, size_t records_length, const char* as_of,
                        size_t as_of_length, char** result, size_t* result_length,
                        RecordErrors record_errors, liaison_error** error) {
  return Guarded(error, [&] {
    if (before == nullptr || after == nullptr || !Valid(records, records_length) ||
        result == nullptr) {
      return Fail(LIAISON_INVALID_ARGUMENT,
                  NotNull("policy、records 和 result ", "policies, records and result"), error);
    }
    *result = nullptr;
    if (result_length != nullptr) *result_length = 0;
    absl::StatusOr<absl::CivilDay> day = Date(as_of, as_of_length);
    if (!day.ok()) return Fail(day.status(), error);
    absl::StatusOr<liaison::PolicyDiff> diff = liaison::DiffPolicies(
        Object(before)->policy, Object(after)->policy,
        std::string_view(records == nullptr ? "" : records, records_length), *day);
    if (!diff.ok()) return Fail(diff.status(), error);
    if (record_errors == RecordErrors::kRefused) {
      absl::Status whole = liaison::IncompleteDiff(*diff);
      if (!whole.ok()) return Fail(whole, error);
    }
    return Output(liaison::EncodePolicyDiff(*diff), result, result_length, error);
  });
}

}  // namespace

extern "C" {

const char* liaison_version(void) { return LIAISON_VERSION_STRING; }

uint32_t liaison_abi_version(void) { return LIAISON_ABI_VERSION; }

liaison_status liaison_error_code(const liaison_error* error) {
  return error == nullptr ? LIAISON_INVALID_ARGUMENT : Object(error)->code;
}

const char* liaison_error_message(const liaison_error* error) {
  return error == nullptr ? "" : Object(error)->message.c_str();
}

const char* liaison_error_path(const liaison_error* error) {
  return error == nullptr ? "" : Object(error)->path.c_str();
}

const char* liaison_error_problems_json(const liaison_error* error) {
  return error == nullptr || Object(error)->problems_json.empty()
             ? "[]"
             : Object(error)->problems_json.c_str();
}

const char* liaison_error_message_in(const liaison_error* error, int32_t language) {
  const std::optional<Language> chosen = LanguageOf(language);
  if (error == nullptr || !chosen) return "";
  return *chosen == Language::kChinese ? Object(error)->message_zh.c_str()
                                       : Object(error)->message.c_str();
}

const char* liaison_error_problems_json_in(const liaison_error* error, int32_t language) {
  const std::optional<Language> chosen = LanguageOf(language);
  if (error == nullptr || !chosen) return "[]";
  const std::string& json = *chosen == Language::kChinese ? Object(error)->problems_json_zh
                                                          : Object(error)->problems_json;
  return json.empty() ? "[]" : json.c_str();
}

void liaison_error_free(liaison_error* error) { delete reinterpret_cast<ErrorObject*>(error); }

void liaison_free(void* document) { std::free(document); }

liaison_status liaison_policy_from_json(const char* json, size_t length, liaison_policy** policy,
                                        liaison_error** error) {
  return Guarded(error, [&] {
    if (policy == nullptr || !Valid(json, length)) {
      return Fail(LIAISON_INVALID_ARGUMENT, NotNull("json 和 policy ", "json and policy"), error);
    }
    *policy = nullptr;
    return MakePolicy(Policy::FromJson(std::string_view(json == nullptr ? "" : json, length)),
                      policy, error);
  });
}

liaison_status liaison_policy_embedded(const char* id, size_t length, liaison_policy** policy,
                                       liaison_error** error) {
  return Guarded(error, [&] {
    if (policy == nullptr || !Valid(id, length)) {
      return Fail(LIAISON_INVALID_ARGUMENT, NotNull("id 和 policy ", "id and policy"), error);
    }
    *policy = nullptr;
    return MakePolicy(Policy::Embedded(std::string_view(id == nullptr ? "" : id, length)),
                      policy, error);
  });
}

liaison_status liaison_policy_embedded_ids(char** json, size_t* length, liaison_error** error) {
  return Guarded(error, [&] {
    if (json == nullptr) return Fail(LIAISON_INVALID_ARGUMENT, NotNull("json ", "json"), error);
    return Output(Policy::EmbeddedIdsJson(), json, length, error);
  });
}

void liaison_policy_free(liaison_policy* policy) {
  delete reinterpret_cast<PolicyObject*>(policy);
}

liaison_status liaison_policy_canonical_json(const liaison_policy* policy, char** json,
                                             size_t* length, liaison_error** error) {
  return Guarded(error, [&] {
    if (policy == nullptr || json == nullptr) {
      return Fail(LIAISON_INVALID_ARGUMENT, NotNull("policy 和 json ", "policy and json"), error);
    }
    return Output(Object(policy)->policy.canonical_json(), json, length, error);
  });
}

liaison_status liaison_policy_warnings_json(const liaison_policy* policy, char** json,
                                            size_t* length, liaison_error** error) {
  return Guarded(error, [&] {
    if (policy == nullptr || json == nullptr) {
      return Fail(LIAISON_INVALID_ARGUMENT, NotNull("policy 和 json ", "policy and json"), error);
    }
    return Output(PolicyWarningsJson(PolicyWarnings(Object(policy)->policy)), json, length,
                  error);
  });
}

const char* liaison_policy_id(const liaison_policy* policy) {
  return policy == nullptr ? "" : Object(policy)->policy.id().c_str();
}

const char* liaison_policy_fingerprint(const liaison_policy* policy) {
  return policy == nullptr ? "" : Object(policy)->policy.fingerprint().c_str();
}

int32_t liaison_policy_year(const liaison_policy* policy) {
  return policy == nullptr ? 0 : Object(policy)->policy.year();
}

liaison_status liaison_evaluate_json(const liaison_policy* policy, const char* records,
                                     size_t records_length, const char* as_of,
                                     size_t as_of_length, char** result, size_t* result_length,
                                     liaison_error** error) {
  return WithRecordsInto(policy, records, records_length, as_of, as_of_length, result,
                         result_length, error, FreshEvaluationInto(LIAISON_STREAM_DOCUMENT));
}

liaison_status liaison_evaluate_json_indexed(const liaison_policy* policy, const char* records,
                                             size_t records_length, const char* as_of,
                                             size_t as_of_length, char** result,
                                             size_t* result_length, size_t** spans,
                                             size_t* entry_count, liaison_error** error) {
  return Guarded(error, [&] {
    if (spans != nullptr) *spans = nullptr;
    if (entry_count != nullptr) *entry_count = 0;
    if (spans == nullptr || entry_count == nullptr) {
      if (result != nullptr) *result = nullptr;
      if (result_length != nullptr) *result_length = 0;
      return Fail(LIAISON_INVALID_ARGUMENT,
                  NotNull("spans 和 entry_count ", "spans and entry_count"), error);
    }
    std::vector<liaison::EntrySpan> entries;
    const liaison_status status = WithRecords(
        policy, records, records_length, as_of, as_of_length, result, result_length, error,
        [&entries](const Policy& under, std::string_view text, absl::CivilDay day) {
          return liaison::EvaluateRecordsJson(under, text, day, liaison::JsonStyle::kCompact,
                                              &entries);
        });
    if (status != LIAISON_OK || entries.empty()) return status;
    auto* pairs = static_cast<size_t*>(std::malloc(2 * entries.size() * sizeof(size_t)));
    if (pairs == nullptr) {
      std::free(*result);
      *result = nullptr;
      if (result_length != nullptr) *result_length = 0;
      return Fail(LIAISON_OUT_OF_MEMORY, kOutOfMemory, error);
    }
    for (std::size_t i = 0; i < entries.size(); ++i) {
      pairs[2 * i] = entries[i].offset;
      pairs[2 * i + 1] = entries[i].length;
    }
    *spans = pairs;
    *entry_count = entries.size();
    return status;
  });
}

liaison_status liaison_evaluate_json_lean(const liaison_policy* policy, const char* records,
                                          size_t records_length, const char* as_of,
                                          size_t as_of_length, char** result,
                                          size_t* result_length, liaison_error** error) {
  return WithRecordsInto(policy, records, records_length, as_of, as_of_length, result,
                         result_length, error, FreshEvaluationInto(LIAISON_STREAM_LEAN));
}

liaison_status liaison_render_json(const liaison_policy* policy, const char* lean,
                                   size_t lean_length, char** result, size_t* result_length,
                                   liaison_error** error) {
  return Guarded(error, [&] {
    if (result != nullptr) *result = nullptr;
    if (result_length != nullptr) *result_length = 0;
    if (policy == nullptr || !Valid(lean, lean_length) || result == nullptr) {
      return Fail(LIAISON_INVALID_ARGUMENT,
                  NotNull("policy、lean 和 result ", "policy, lean and result"), error);
    }
    absl::StatusOr<std::string> text = liaison::RenderLeanJson(
        Object(policy)->policy, std::string_view(lean == nullptr ? "" : lean, lean_length));
    if (!text.ok()) return Fail(text.status(), error);
    return Output(*text, result, result_length, error);
  });
}

liaison_status liaison_progress_json(const liaison_policy* policy, const char* records,
                                     size_t records_length, const char* as_of,
                                     size_t as_of_length, char** result, size_t* result_length,
                                     liaison_error** error) {
  const auto encode = [](const liaison::BatchReport& batch) -> absl::StatusOr<std::string> {
    return liaison::EncodeProgress(batch.policy, liaison::SummarizeProgress(batch));
  };
  return WithRecords(policy, records, records_length, as_of, as_of_length, result, result_length,
                     error, WholeBatch({"进度总览", "the progress overview"}, encode));
}

liaison_status liaison_progress_json_allowing_errors(const liaison_policy* policy,
                                                     const char* records, size_t records_length,
                                                     const char* as_of, size_t as_of_length,
                                                     char** result, size_t* result_length,
                                                     liaison_error** error) {
  return WithRecords(policy, records, records_length, as_of, as_of_length, result, result_length,
                     error, [](const Policy& under, std::string_view text, absl::CivilDay day) {
                       return liaison::ProgressRecordsJson(under, text, day);
                     });
}

int32_t liaison_policy_grade_count(const liaison_policy* policy) {
  return policy == nullptr
             ? 0
             : static_cast<int32_t>(Object(policy)->policy.document().grading.scale.size());
}

const char* liaison_policy_grade_id(const liaison_policy* policy, int32_t grade) {
  if (policy == nullptr || grade < 0 || grade >= liaison_policy_grade_count(policy)) return "";
  return Object(policy)->policy.document().grading.scale[static_cast<liaison::TermId>(grade)].id.c_str();
}

liaison_status liaison_grade_caps(const liaison_policy* policy, int32_t base, int32_t* caps,
                                  size_t caps_length, liaison_error** error) {
  return Guarded(error, [&] {
    if (policy == nullptr || caps == nullptr) {
      return Fail(LIAISON_INVALID_ARGUMENT, NotNull("policy 和 caps ", "policy and caps"), error);
    }
    const liaison::GradingPolicy& grading = Object(policy)->policy.document().grading;
    if (caps_length < grading.scale.size()) {
      return Fail(LIAISON_INVALID_ARGUMENT,
                  {"caps_length 小于政策等次表中的等次数",
                   "caps_length is smaller than the number of grades in the policy's scale"},
                  error);
    }
    absl::StatusOr<liaison::QuotaCaps> computed = liaison::ComputeQuotaCaps(grading, base);
    if (!computed.ok()) return Fail(computed.status(), error);
    for (size_t g = 0; g < grading.scale.size(); ++g) caps[g] = -1;
    for (const liaison::QuotaCap& cap : computed->caps) caps[cap.grade] = cap.cap;
    return Succeed(error);
  });
}

liaison_status liaison_grade_check(const liaison_policy* policy, const int32_t* grades,
                                   size_t count, const int32_t* eligible, int32_t* over_cap,
                                   int32_t* above_eligible, int32_t* not_in_scale,
                                   int32_t* missing, liaison_error** error) {
  return Guarded(error, [&] {
    if (policy == nullptr || (grades == nullptr && count > 0)) {
      return Fail(LIAISON_INVALID_ARGUMENT, NotNull("policy 和 grades ", "policy and grades"),
                  error);
    }
    if (count > static_cast<size_t>(INT32_MAX)) {
      return Fail(LIAISON_INVALID_ARGUMENT, {"count 过大", "count is too large"}, error);
    }
    const liaison::GradingPolicy& grading = Object(policy)->policy.document().grading;
    absl::StatusOr<liaison::QuotaCaps> caps =
        liaison::ComputeQuotaCaps(grading, static_cast<int32_t>(count));
    if (!caps.ok()) return Fail(caps.status(), error);
    absl::StatusOr<liaison::GradeIndexCheck> check = liaison::CheckGradeIndices(
        grading, *caps, absl::Span<const int32_t>(grades, count),
        eligible == nullptr ? absl::Span<const int32_t>()
                            : absl::Span<const int32_t>(eligible, count));
    if (!check.ok()) return Fail(check.status(), error);
    if (over_cap != nullptr) *over_cap = check->over_cap;
    if (above_eligible != nullptr) *above_eligible = check->above_eligible;
    if (not_in_scale != nullptr) *not_in_scale = check->not_in_scale;
    if (missing != nullptr) *missing = check->missing;
    return Succeed(error);
  });
}

liaison_status liaison_caps_json(const liaison_policy* policy, int32_t base, char** result,
                                 size_t* result_length, liaison_error** error) {
  return Guarded(error, [&] {
    if (policy == nullptr || result == nullptr) {
      return Fail(LIAISON_INVALID_ARGUMENT, NotNull("policy 和 result ", "policy and result"),
                  error);
    }
    *result = nullptr;
    absl::StatusOr<std::string> json = liaison::CapsJson(Object(policy)->policy, base);
    if (!json.ok()) return Fail(json.status(), error);
    return Output(*json, result, result_length, error);
  });
}

liaison_status liaison_propose_json(const liaison_policy* policy, const char* records,
                                    size_t records_length, const char* as_of,
                                    size_t as_of_length, char** result, size_t* result_length,
                                    liaison_error** error) {
  const auto encode = [](const liaison::BatchReport& batch) -> absl::StatusOr<std::string> {
    absl::StatusOr<liaison::BatchProposal> proposal = liaison::ProposeBatchGrades(batch);
    if (!proposal.ok()) return proposal.status();
    return liaison::EncodeProposal(*proposal);
  };
  return WithRecords(policy, records, records_length, as_of, as_of_length, result, result_length,
                     error, WholeBatch({"等次建议", "the grade proposal"}, encode));
}

liaison_status liaison_propose_json_allowing_errors(const liaison_policy* policy,
                                                    const char* records, size_t records_length,
                                                    const char* as_of, size_t as_of_length,
                                                    char** result, size_t* result_length,
                                                    liaison_error** error) {
  return WithRecords(policy, records, records_length, as_of, as_of_length, result, result_length,
                     error, [](const Policy& under, std::string_view text, absl::CivilDay day) {
                       return liaison::ProposalRecordsJson(under, text, day);
                     });
}

liaison_status liaison_check_json(const liaison_policy* policy, const char* records,
                                  size_t records_length, const char* as_of, size_t as_of_length,
                                  char** result, size_t* result_length, int32_t* passed,
                                  liaison_error** error) {
  if (passed != nullptr) *passed = 0;
  return WithRecords(
      policy, records, records_length, as_of, as_of_length, result, result_length, error,
      [passed](const Policy& under, std::string_view text,
               absl::CivilDay day) -> absl::StatusOr<std::string> {
        absl::StatusOr<liaison::GradeCheckDocument> document =
            liaison::GradeCheckRecordsJson(under, text, day);
        if (!document.ok()) return document.status();
        if (passed != nullptr) *passed = document->passed ? 1 : 0;
        return std::move(document->json);
      });
}

liaison_status liaison_apportion_json(const char* request, size_t request_length, char** result,
                                      size_t* result_length, liaison_error** error) {
  return Guarded(error, [&] {
    if (!Valid(request, request_length) || result == nullptr) {
      return Fail(LIAISON_INVALID_ARGUMENT, NotNull("request 和 result ", "request and result"),
                  error);
    }
    *result = nullptr;
    absl::StatusOr<std::string> json = liaison::ApportionmentJson(
        std::string_view(request == nullptr ? "" : request, request_length));
    if (!json.ok()) return Fail(json.status(), error);
    return Output(*json, result, result_length, error);
  });
}

liaison_status liaison_run_case_json(const char* case_json, size_t case_length,
                                     const char* base_directory, size_t base_directory_length,
                                     char** result, size_t* result_length, int32_t* passed,
                                     liaison_error** error) {
  return liaison_run_case_json_in(case_json, case_length, base_directory, base_directory_length,
                                  LIAISON_LANGUAGE_EN, result, result_length, passed, error);
}

liaison_status liaison_run_case_json_in(const char* case_json, size_t case_length,
                                        const char* base_directory, size_t base_directory_length,
                                        int32_t language, char** result, size_t* result_length,
                                        int32_t* passed, liaison_error** error) {
  return Guarded(error, [&] {
    if (passed != nullptr) *passed = 0;
    if (!Valid(case_json, case_length) || !Valid(base_directory, base_directory_length) ||
        result == nullptr) {
      return Fail(LIAISON_INVALID_ARGUMENT, NotNull("case_json 和 result ", "case_json and result"),
                  error);
    }
    *result = nullptr;
    const std::optional<Language> chosen = LanguageOf(language);
    if (!chosen) {
      return Fail(LIAISON_INVALID_ARGUMENT,
                  {"language 须为 LIAISON_LANGUAGE_ZH 或 LIAISON_LANGUAGE_EN",
                   "language must be LIAISON_LANGUAGE_ZH or LIAISON_LANGUAGE_EN"},
                  error);
    }
    const liaison::CaseResult run = liaison::RunCase(
        std::string_view(case_json == nullptr ? "" : case_json, case_length),
        std::string_view(base_directory == nullptr ? "" : base_directory, base_directory_length));
    if (passed != nullptr) *passed = run.passed() ? 1 : 0;
    return Output(liaison::CaseResultsJson({run}, *chosen), result, result_length, error);
  });
}

liaison_status liaison_diff_json(const liaison_policy* before, const liaison_policy* after,
                                 const char* records, size_t records_length, const char* as_of,
                                 size_t as_of_length, char** result, size_t* result_length,
                                 liaison_error** error) {
  return DiffJson(before, after, records, records_length, as_of, as_of_length, result,
                  result_length, RecordErrors::kRefused, error);
}

liaison_status liaison_diff_json_allowing_errors(const liaison_policy* before,
                                                 const liaison_policy* after, const char* records,
                                                 size_t records_length, const char* as_of,
                                                 size_t as_of_length, char** result,
                                                 size_t* result_length, liaison_error** error) {
  return DiffJson(before, after, records, records_length, as_of, as_of_length, result,
                  result_length, RecordErrors::kListed, error);
}

const char* liaison_status_name(liaison_status status) {
  switch (status) {
    case LIAISON_OK: return "LIAISON_OK";
    case LIAISON_INVALID_ARGUMENT: return "LIAISON_INVALID_ARGUMENT";
    case LIAISON_INVALID_DOCUMENT: return "LIAISON_INVALID_DOCUMENT";
    case LIAISON_NOT_FOUND: return "LIAISON_NOT_FOUND";
    case LIAISON_OUT_OF_MEMORY: return "LIAISON_OUT_OF_MEMORY";
    case LIAISON_INTERNAL: return "LIAISON_INTERNAL";
    case LIAISON_INCOMPLETE: return "LIAISON_INCOMPLETE";
    default: return "";
  }
}

const char* liaison_policy_grade_label(const liaison_policy* policy, int32_t grade,
                                       int32_t language) {
  if (policy == nullptr || grade < 0 || grade >= liaison_policy_grade_count(policy)) return "";
  const liaison::LocalizedText& label =
      Object(policy)->policy.document().grading.scale[static_cast<liaison::TermId>(grade)].label;
  switch (language) {
    case LIAISON_LANGUAGE_ZH: return label.In(liaison::Language::kChinese).c_str();
    case LIAISON_LANGUAGE_EN: return label.In(liaison::Language::kEnglish).c_str();
    default: return "";
  }
}

void liaison_thread_buffers_release(void) { liaison::ReleaseThreadBuffers(); }

void liaison_embedded_policies_release(void) { liaison::Policy::ReleaseEmbedded(); }

}  // extern "C"
