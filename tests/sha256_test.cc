#include "base/sha256.h"

#include <cstddef>
#include <string>
#include <string_view>

#include <gtest/gtest.h>

namespace liaison {
namespace {

// Published test vectors: FIPS 180-4 examples (NIST CSRC "SHA256.pdf",
// "SHA2_Additional.pdf") and FIPS 180-2 Appendix B.

TEST(Sha256HexTest, EmptyString) {
  EXPECT_EQ(Sha256Hex(""),
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

TEST(Sha256HexTest, Abc) {
  EXPECT_EQ(Sha256Hex("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST(Sha256HexTest, TwoBlockMessage448Bits) {
  EXPECT_EQ(
      Sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

TEST(Sha256HexTest, TwoBlockMessage896Bits) {
  EXPECT_EQ(
      Sha256Hex("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmn"
                "hijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu"),
      "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1");
}

TEST(Sha256HexTest, OneMillionA) {
  EXPECT_EQ(Sha256Hex(std::string(1000000, 'a')),
            "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

// Lengths around the padding boundaries: 55 bytes is the longest message
// whose padding fits in one block, 56 the shortest that needs a second one;
// 63, 64 and 65 straddle a full block. The input is the first `n` bytes of
// "0123456789" repeated. Expected digests were computed with coreutils:
//
//   for n in 55 56 63 64 65; do
//     yes 0123456789 | tr -d '\n' | head -c $n | sha256sum
//   done
std::string Digits(std::size_t n) {
  std::string s;
  for (std::size_t i = 0; i < n; ++i) {
    s.push_back(static_cast<char>('0' + i % 10));
  }
  return s;
}

TEST(Sha256HexTest, Length55) {
  EXPECT_EQ(Sha256Hex(Digits(55)),
            "f34d5a0f80c0cbf84c8c0b90218c22637abd199965249da736a20143c8c9c9d9");
}

TEST(Sha256HexTest, Length56) {
  EXPECT_EQ(Sha256Hex(Digits(56)),
            "83aa034bda83e458a0dc9cbce0d4e354716aa0ff770ed37ac0ed2b292052e4af");
}

TEST(Sha256HexTest, Length63) {
  EXPECT_EQ(Sha256Hex(Digits(63)),
            "074f6e9ac301d5d1b6df6f1dfb8c6f89c187ea945d352ce6a29279a9c630680b");
}

TEST(Sha256HexTest, Length64) {
  EXPECT_EQ(Sha256Hex(Digits(64)),
            "9674d9e078535b7cec43284387a6ee39956188e735a85452b0050b55341cda56");
}

TEST(Sha256HexTest, Length65) {
  EXPECT_EQ(Sha256Hex(Digits(65)),
            "52774b57c10e45040a61c14d35c1c8ebefe880082313aa0a21ebb077734cd067");
}

// Non-ASCII input is hashed as its UTF-8 bytes, including bytes >= 0x80
// (which are negative if char is signed). The string is "策略文档的内容指纹"
// ("content fingerprint of a policy document"), 27 bytes, spelled out as
// escapes so the test does not depend on the source character set:
//
//   printf '%s' '策略文档的内容指纹' | sha256sum
TEST(Sha256HexTest, Utf8Chinese) {
  constexpr std::string_view kText =
      "\xe7\xad\x96\xe7\x95\xa5\xe6\x96\x87\xe6\xa1\xa3\xe7\x9a\x84"
      "\xe5\x86\x85\xe5\xae\xb9\xe6\x8c\x87\xe7\xba\xb9";
  ASSERT_EQ(kText.size(), 27u);
  EXPECT_EQ(Sha256Hex(kText),
            "7d255d3201e572dd4d9a8bdd2cc96961ac6aad7cdc9d60f00761b5dc55fc026f");
}

// Embedded NUL bytes are data, not terminators.
TEST(Sha256HexTest, EmbeddedNulIsHashed) {
  EXPECT_NE(Sha256Hex(std::string_view("a\0b", 3)), Sha256Hex("a"));
}

TEST(Sha256HexTest, OutputIsSixtyFourLowercaseHexDigits) {
  const std::string hex = Sha256Hex("policy");
  ASSERT_EQ(hex.size(), 64u);
  for (const char c : hex) {
    EXPECT_TRUE((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')) << c;
  }
}

}  // namespace
}  // namespace liaison
