// ValidUtf8: well-formed text kept as it is, each ill-formed byte (RFC 3629
// table 3-7) replaced by U+FFFD; and the problems of a document whose keys are
// not UTF-8 leave the library as UTF-8, with their paths (a policy fuzzer find).
#include "base/valid_utf8.h"

#include <string>

#include "gtest/gtest.h"
#include "liaison/policy.h"
#include "liaison/problem.h"
#include "simdjson.h"
#include "test_support.h"

namespace liaison {
namespace {

constexpr char kReplacement[] = "\xEF\xBF\xBD";

TEST(ValidUtf8Test, WellFormedTextIsKept) {
  for (const std::string text : {"", "abc", "团课", "\xF0\x9F\x98\x80", "\x7F", "\xF4\x8F\xBF\xBF"}) {
    EXPECT_EQ(ValidUtf8(text), text);
  }
}

TEST(ValidUtf8Test, EachIllFormedByteBecomesOneReplacement) {
  const std::string r = kReplacement;
  EXPECT_EQ(ValidUtf8("\x80"), r);                      // a continuation byte alone
  EXPECT_EQ(ValidUtf8("a\xC0\xAF" "b"), "a" + r + r + "b");  // overlong '/'
  EXPECT_EQ(ValidUtf8("\xED\xA0\x80"), r + r + r);      // a surrogate, U+D800
  EXPECT_EQ(ValidUtf8("\xF4\x90\x80\x80"), r + r + r + r);  // above U+10FFFF
  EXPECT_EQ(ValidUtf8("\xE5\x9B"), r + r);              // 团 cut short
  EXPECT_EQ(ValidUtf8("\xFF"), r);
}

TEST(ValidUtf8Test, ProblemsQuotingBytesThatAreNotUtf8KeepTheirPaths) {
  const std::string text = testing::ReadSourceFile(
      "tests/data/fuzz-regressions/policy_fuzzer/policy-key-not-utf8.json");
  absl::StatusOr<Policy> policy = Policy::FromJson(text);
  ASSERT_FALSE(policy.ok());
  const std::vector<Problem> problems = ProblemsOf(policy.status());
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].path.rfind("$[", 0), 0u) << problems[0].path;
  EXPECT_NE(problems[0].path.find(kReplacement), std::string::npos);
  EXPECT_NE(problems[0].message.find("line 7, column 23"), std::string::npos);
  EXPECT_TRUE(simdjson::validate_utf8(problems[0].path.data(), problems[0].path.size()));
  EXPECT_TRUE(simdjson::validate_utf8(std::string(policy.status().message()).data(),
                                      policy.status().message().size()));
}

}  // namespace
}  // namespace liaison
