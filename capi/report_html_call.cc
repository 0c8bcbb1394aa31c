// The C ABI's department report (liaison_report_html,
// liaison_report_html_filtered and liaison_report_html_allowing_errors,
// capi/liaison.h): the arguments checked and turned into ReportOptions, the
// records evaluated, the report refused (LIAISON_INCOMPLETE, naming the bad
// cadres) when a cadre's record is bad unless errors are allowed, else made by
// ReportHtml and copied out. The filtered calls take comma-separated lists of
// department and cadre ids, as `liaison report --department --cadre` does.
#include <string>
#include <string_view>
#include <vector>

#include "bridge.h"
#include "liaison.h"
#include "liaison/evaluate.h"
#include "liaison/incomplete_result.h"
#include "liaison/report_html.h"

namespace {

using namespace liaison::capi;  // the handles and helpers of bridge.h

// A text argument of the C ABI: its bytes and length (NULL with length 0:
// none).
struct TextArgument {
  const char* text = nullptr;
  size_t length = 0;
};

// "org,pub" to {"org", "pub"}; empty items are dropped.
std::vector<std::string> CommaList(const TextArgument& list) {
  std::vector<std::string> ids;
  const std::string_view text(list.text == nullptr ? "" : list.text, list.length);
  for (std::size_t start = 0; start <= text.size();) {
    std::size_t comma = text.find(',', start);
    if (comma == std::string_view::npos) comma = text.size();
    if (comma > start) ids.emplace_back(text.substr(start, comma - start));
    start = comma + 1;
  }
  return ids;
}

// Whether the arguments are one department id or comma-separated lists, and
// whether a batch with bad cadres is refused or reported with them listed.
struct ReportCall {
  bool lists = false;
  bool allow_errors = false;
};

// Every call: `departments` is one id, or with `call.lists` a comma-separated
// list as `cadres` is.
liaison_status ReportInto(const liaison_policy* policy, const char* records,
                          size_t records_length, const char* as_of, size_t as_of_length,
                          const TextArgument& departments, const TextArgument& cadres,
                          int32_t language, char** html, size_t* html_length,
                          liaison_error** error, ReportCall call) {
  const bool lists = call.lists;
  return Guarded(error, [&] {
    if (!Valid(departments.text, departments.length) || !Valid(cadres.text, cadres.length) ||
        !LanguageOf(language)) {
      if (html != nullptr) *html = nullptr;
      if (html_length != nullptr) *html_length = 0;
      return Fail(LIAISON_INVALID_ARGUMENT,
                  lists ? LocalizedText{"departments 和 cadres 有长度时不得为 NULL，language 须为 "
                                        "LIAISON_LANGUAGE_ZH 或 LIAISON_LANGUAGE_EN",
                                        "departments and cadres must not be NULL with a length, "
                                        "and language must be LIAISON_LANGUAGE_ZH or "
                                        "LIAISON_LANGUAGE_EN"}
                        : LocalizedText{"department 有长度时不得为 NULL，language 须为 "
                                        "LIAISON_LANGUAGE_ZH 或 LIAISON_LANGUAGE_EN",
                                        "department must not be NULL with a length, and language "
                                        "must be LIAISON_LANGUAGE_ZH or LIAISON_LANGUAGE_EN"},
                  error);
    }
    liaison::ReportOptions options;
    if (lists) {
      options.departments = CommaList(departments);
      options.cadres = CommaList(cadres);
    } else {
      options.department.assign(departments.text == nullptr ? "" : departments.text,
                                departments.length);
    }
    options.language = *LanguageOf(language);
    return WithRecords(policy, records, records_length, as_of, as_of_length, html, html_length,
                       error, [&options, call](const liaison::Policy& under, std::string_view text,
                                               absl::CivilDay day) -> absl::StatusOr<std::string> {
                         absl::StatusOr<liaison::BatchReport> batch =
                             liaison::EvaluateRecords(under, text, day);
                         if (!batch.ok()) return batch.status();
                         if (!call.allow_errors) {
                           absl::Status whole =
                               liaison::IncompleteBatch({"部门报告", "the report"}, *batch);
                           if (!whole.ok()) return whole;
                         }
                         return liaison::ReportHtml(*batch, options);
                       });
  });
}

}  // namespace

extern "C" {

liaison_status liaison_report_html(const liaison_policy* policy, const char* records,
                                   size_t records_length, const char* as_of, size_t as_of_length,
                                   const char* department, size_t department_length,
                                   int32_t language, char** html, size_t* html_length,
                                   liaison_error** error) {
  return ReportInto(policy, records, records_length, as_of, as_of_length,
                    {department, department_length}, {}, language, html, html_length, error,
                    {/*lists=*/false, /*allow_errors=*/false});
}

liaison_status liaison_report_html_filtered(const liaison_policy* policy, const char* records,
                                            size_t records_length, const char* as_of,
                                            size_t as_of_length, const char* departments,
                                            size_t departments_length, const char* cadres,
                                            size_t cadres_length, int32_t language, char** html,
                                            size_t* html_length, liaison_error** error) {
  return ReportInto(policy, records, records_length, as_of, as_of_length,
                    {departments, departments_length}, {cadres, cadres_length}, language, html,
                    html_length, error, {/*lists=*/true, /*allow_errors=*/false});
}

liaison_status liaison_report_html_allowing_errors(
    const liaison_policy* policy, const char* records, size_t records_length, const char* as_of,
    size_t as_of_length, const char* departments, size_t departments_length, const char* cadres,
    size_t cadres_length, int32_t language, char** html, size_t* html_length,
    liaison_error** error) {
  return ReportInto(policy, records, records_length, as_of, as_of_length,
                    {departments, departments_length}, {cadres, cadres_length}, language, html,
                    html_length, error, {/*lists=*/true, /*allow_errors=*/true});
}

}  // extern "C"
