// CaseResultsJUnitXml (liaison/case_results.h): the results for CI systems.
#include "base/absl_compat.h"
#include "liaison/case_results.h"

namespace liaison {
namespace {

// `text` with the characters XML reserves in attributes and text escaped.
std::string XmlEscaped(std::string_view text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

void AppendTestCase(std::string& out, const CaseResult& result) {
  StrAppend(&out, "  <testcase classname=\"", XmlEscaped(result.source), "\" name=\"",
            XmlEscaped(result.name), "\">\n");
  if (!result.error.ok()) {
    StrAppend(&out, "    <error message=\"", XmlEscaped(std::string(result.error.message())), "\"/>\n");
  } else if (!result.failures.empty()) {
    StrAppend(&out, "    <failure message=\"", result.failures.size(),
              " expectation(s) failed\">");
    for (const CaseFailure& failure : result.failures) {
      StrAppend(&out, XmlEscaped(failure.path), ": ", XmlEscaped(failure.message), "\n");
    }
    out += "</failure>\n";
  }
  out += "  </testcase>\n";
}

}  // namespace

std::string CaseResultsJUnitXml(absl::Span<const CaseResult> results) {
  int failures = 0, errors = 0;
  for (const CaseResult& result : results) {
    if (!result.error.ok()) {
      ++errors;
    } else if (!result.failures.empty()) {
      ++failures;
    }
  }
  std::string out = StrCat("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
                           "<testsuite name=\"liaison cases\" tests=\"", results.size(),
                           "\" failures=\"", failures, "\" errors=\"", errors, "\">\n");
  for (const CaseResult& result : results) AppendTestCase(out, result);
  out += "</testsuite>\n";
  return out;
}

}  // namespace liaison
