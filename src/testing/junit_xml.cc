// CaseResultsJUnitXml (liaison/case_results.h): the results for CI systems.
#include "absl/strings/str_format.h"
#include "base/absl_compat.h"
#include "base/valid_utf8.h"
#include "liaison/case_results.h"

namespace liaison {
namespace {

// `text` as XML 1.0 attribute or element text: the characters XML reserves
// escaped; what XML does not allow at all (control characters other than
// tab, newline and return, U+FFFE and U+FFFF, bytes that are not UTF-8)
// shown as "\u0001" or U+FFFD, so the document stays well-formed whatever a
// case file's names and values hold.
std::string XmlEscaped(std::string_view text) {
  const std::string valid = ValidUtf8(text);
  std::string out;
  for (std::size_t i = 0; i < valid.size(); ++i) {
    const char c = valid[i];
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\t': case '\n': case '\r': out += c; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          out += absl::StrFormat("\\u%04x", static_cast<int>(c));
        } else if (valid.compare(i, 2, "\xEF\xBF") == 0 && i + 2 < valid.size() &&
                   (valid[i + 2] == '\xBE' || valid[i + 2] == '\xBF')) {
          out += "\uFFFD";  // U+FFFE, U+FFFF: not characters in XML
          i += 2;
        } else {
          out += c;
        }
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
