#include "liaison/case_results.h"

#include "json/json_writer.h"
#include "json/problems_json.h"
#include "liaison/problem.h"
#include "liaison/version.h"

namespace liaison {
namespace {

void WriteFailure(json::JsonWriter& w, const CaseFailure& failure, Language language) {
  w.BeginObject();
  w.Field("path", failure.path);
  w.Field("expected", failure.expected);
  w.Field("actual", failure.actual);
  w.Field("message", failure.MessageIn(language));
  w.EndObject();
}

void WriteCase(json::JsonWriter& w, const CaseResult& result, Language language) {
  w.BeginObject();
  w.Field("name", result.name);
  w.Field("source", result.source);
  w.Field("passed", result.passed());
  w.Field("checks", result.checks);
  if (!result.error.ok()) {
    w.Key("error");
    w.BeginObject();
    w.Field("message", StatusMessageIn(result.error, language));
    w.Key("problems");
    WriteProblems(w, ProblemsOf(result.error), language);
    w.EndObject();
  }
  w.Key("failures");
  w.BeginArray();
  for (const CaseFailure& failure : result.failures) WriteFailure(w, failure, language);
  w.EndArray();
  w.EndObject();
}

}  // namespace

std::string CaseResultsJson(absl::Span<const CaseResult> results) {
  return CaseResultsJson(results, Language::kEnglish);
}

std::string CaseResultsJson(absl::Span<const CaseResult> results, Language language) {
  std::string out;
  json::JsonWriter w(out, json::Layout::kPretty);
  int passed = 0;
  for (const CaseResult& result : results) passed += result.passed() ? 1 : 0;
  w.BeginObject();
  w.Field("schema", "liaison.case-results/1");
  w.Field("library_version", LIAISON_VERSION_STRING);
  w.Field("passed", passed);
  w.Field("failed", static_cast<std::int64_t>(results.size()) - passed);
  w.Key("cases");
  w.BeginArray();
  for (const CaseResult& result : results) WriteCase(w, result, language);
  w.EndArray();
  w.EndObject();
  out += '\n';
  return out;
}

}  // namespace liaison
