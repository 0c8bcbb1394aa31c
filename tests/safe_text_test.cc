// Input quoted in messages, made safe (src/base/safe_text.h), and the JUnit
// XML of case results, well formed whatever the names and messages hold
// (src/testing/junit_xml.cc). Expected texts are spelt out by hand from the
// escaping rules: JSON escapes for control characters, "…" after a cut,
// U+FFFD for what is not UTF-8 or not an XML 1.0 character.
#include <gtest/gtest.h>

#include <string>

#include "absl/status/status.h"
#include "base/safe_text.h"
#include "liaison/case_results.h"
#include "liaison/case_runner.h"
#include "liaison/problem.h"

namespace liaison {
namespace {

TEST(SafeText, EscapesEveryControlCharacter) {
  EXPECT_EQ(SafeText(std::string("hunan\0", 6)), "hunan\\u0000");
  EXPECT_EQ(SafeText("a\nb\tc\rd"), "a\\nb\\tc\\rd");
  EXPECT_EQ(SafeText("\x1b[31mred\x7f"), "\\u001b[31mred\\u007f");
  EXPECT_EQ(SafeText("湖南 \"quoted\""), "湖南 \"quoted\"");  // text as it was
}

TEST(SafeText, MakesUtf8) { EXPECT_EQ(SafeText("a\xff" "b"), "a\xEF\xBF\xBD" "b"); }

TEST(SafeText, CutsAtACharacterAndMarksTheCut) {
  EXPECT_EQ(SafeText("abcdef", 4), "abcd…");
  EXPECT_EQ(SafeText("abcd", 4), "abcd");  // nothing cut, no mark
  // 湖 is three bytes: a cut at byte 4 finishes it rather than splitting it.
  EXPECT_EQ(SafeText("a湖南", 2), "a湖…");
  EXPECT_EQ(SafeText(std::string(10000, 'k')).size(), kMaxSafeTextBytes + std::string("…").size());
}

TEST(SafeText, ProblemsLeaveTheLibraryEscaped) {
  const absl::Status status = InvalidInput("records", {{"$[\"a\nb\"]", "unknown field"}});
  EXPECT_EQ(ProblemsOf(status)[0].path, "$[\"a\\nb\"]");
  EXPECT_EQ(std::string(status.message()).find('\n'), std::string::npos);
}

TEST(JUnitXml, ControlCharactersAndNonCharactersAreEscaped) {
  CaseResult result;
  result.name = "bell\a escape\x1b tab\t nonchar\xEF\xBF\xBF bad\xff";
  result.source = "<inline>";
  result.failures.push_back({"$.expect", "", "", "a\x01" "b"});
  const std::string xml = CaseResultsJUnitXml({result});
  EXPECT_NE(xml.find("name=\"bell\\u0007 escape\\u001b tab&#9; nonchar\xEF\xBF\xBD bad\xEF\xBF\xBD\""),
            std::string::npos)
      << xml;
  EXPECT_NE(xml.find("$.expect: a\\u0001b"), std::string::npos) << xml;
  for (char c : xml) {
    const auto byte = static_cast<unsigned char>(c);
    EXPECT_TRUE(byte >= 0x20 || c == '\n') << "raw control character " << int{byte};
  }
}

}  // namespace
}  // namespace liaison
