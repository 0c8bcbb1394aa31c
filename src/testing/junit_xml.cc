// CaseResultsJUnitXml (liaison/case_results.h): the results for CI systems.
#include "base/absl_compat.h"
#include "base/safe_text.h"
#include "base/valid_utf8.h"
#include "liaison/case_results.h"
#include "liaison/problem.h"

namespace liaison {
namespace {

// `text` as XML 1.0 character data, well formed whatever it holds: UTF-8
// (each ill-formed byte U+FFFD), the characters XML reserves escaped, tab,
// newline and carriage return as character references (kept in attributes
// too), and the characters XML 1.0 cannot hold at all — the other control
// characters and U+FFFE, U+FFFF — spelt as their "\u001b" escape, visibly.
std::string XmlEscaped(std::string_view text) {
  const std::string utf8 = ValidUtf8(text);
  std::string out;
  for (std::size_t at = 0; at < utf8.size(); ++at) {
    const char c = utf8[at];
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\t': out += "&#9;"; break;
      case '\n': out += "&#10;"; break;
      case '\r': out += "&#13;"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          out += SafeText(std::string_view(&c, 1));
        } else if (utf8.compare(at, 2, "\xEF\xBF") == 0 && at + 2 < utf8.size() &&
                   (utf8[at + 2] == '\xBE' || utf8[at + 2] == '\xBF')) {
          out += "\xEF\xBF\xBD";  // U+FFFE and U+FFFF are no XML characters
          at += 2;
        } else {
          out += c;
        }
    }
  }
  return out;
}

void AppendTestCase(std::string& out, const CaseResult& result, Language language) {
  const bool zh = language == Language::kChinese;
  StrAppend(&out, "  <testcase classname=\"", XmlEscaped(result.source), "\" name=\"",
            XmlEscaped(result.name), "\">\n");
  if (!result.error.ok()) {
    StrAppend(&out, "    <error message=\"", XmlEscaped(StatusMessageIn(result.error, language)),
              "\"/>\n");
  } else if (!result.failures.empty()) {
    StrAppend(&out, "    <failure message=\"", result.failures.size(),
              zh ? " 项预期未满足\">" : " expectation(s) failed\">");
    for (const CaseFailure& failure : result.failures) {
      StrAppend(&out, XmlEscaped(failure.path), zh ? "：" : ": ",
                XmlEscaped(failure.MessageIn(language)), "\n");
    }
    out += "</failure>\n";
  }
  out += "  </testcase>\n";
}

}  // namespace

std::string CaseResultsJUnitXml(absl::Span<const CaseResult> results) {
  return CaseResultsJUnitXml(results, Language::kEnglish);
}

std::string CaseResultsJUnitXml(absl::Span<const CaseResult> results, Language language) {
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
  for (const CaseResult& result : results) AppendTestCase(out, result, language);
  out += "</testsuite>\n";
  return out;
}

}  // namespace liaison
