// SameBytes, SameText and ComesBefore: every length from 0 to 40, with a
// difference at every position, on heap copies of exactly the compared size,
// so that AddressSanitizer (the sanitize preset) sees any read past either
// string. ComesBefore's order is shortlex: the shorter string first, then
// the first byte that differs, taken as unsigned (0xE5 after 'z').
#include "base/short_text.h"

#include <cstring>
#include <memory>
#include <string>
#include <string_view>

#include "gtest/gtest.h"

namespace liaison {
namespace {

// `text` in a heap block of exactly its size: a read past its end is caught.
std::unique_ptr<char[]> ExactCopy(const std::string& text) {
  auto copy = std::make_unique<char[]>(text.size());
  std::memcpy(copy.get(), text.data(), text.size());
  return copy;
}

std::string Sample(std::size_t size) {
  std::string text;
  for (std::size_t i = 0; i < size; ++i) text += static_cast<char>('a' + i % 26);
  return text;
}

TEST(ShortTextTest, EqualBytesOfEveryLengthAreTheSame) {
  for (std::size_t size = 0; size <= 40; ++size) {
    const std::string text = Sample(size);
    const auto a = ExactCopy(text);
    const auto b = ExactCopy(text);
    EXPECT_TRUE(SameBytes(a.get(), b.get(), size)) << size;
    EXPECT_TRUE(SameText(std::string_view(a.get(), size), std::string_view(b.get(), size)))
        << size;
  }
}

TEST(ShortTextTest, ADifferenceAtAnyPositionIsSeen) {
  for (std::size_t size = 1; size <= 40; ++size) {
    const std::string text = Sample(size);
    for (std::size_t at = 0; at < size; ++at) {
      // A high-bit byte, and one that differs from the sample in the lowest bit.
      for (const char other : {static_cast<char>(0xE5), static_cast<char>(text[at] ^ 1)}) {
        std::string changed = text;
        changed[at] = other;
        const auto a = ExactCopy(text);
        const auto b = ExactCopy(changed);
        EXPECT_FALSE(SameBytes(a.get(), b.get(), size)) << size << " at " << at;
        EXPECT_FALSE(SameBytes(b.get(), a.get(), size)) << size << " at " << at;
      }
    }
  }
}

TEST(ShortTextTest, StringsOfDifferentLengthsAreNotTheSame) {
  EXPECT_FALSE(SameText("cp1", "cp10"));
  EXPECT_FALSE(SameText("", "a"));
  EXPECT_TRUE(SameText("", ""));
  EXPECT_TRUE(SameText("activity-10", std::string("activity-10")));
  // Views inside a larger text compare only their own bytes.
  const std::string_view whole = "league_branch_league";
  EXPECT_TRUE(SameText(whole.substr(0, 6), whole.substr(14, 6)));
  EXPECT_FALSE(SameText(whole.substr(0, 7), whole.substr(14, 6)));
}

TEST(ShortTextTest, LoadWordReadsAnyAlignment) {
  const char bytes[] = "0123456789abcdef";
  for (std::size_t offset = 0; offset + 8 <= 16; ++offset) {
    std::uint64_t expected;
    std::memcpy(&expected, bytes + offset, sizeof expected);
    EXPECT_EQ(LoadWord<std::uint64_t>(bytes + offset), expected) << offset;
  }
}

TEST(ShortTextTest, ComesBeforeOrdersTheShorterFirst) {
  EXPECT_TRUE(ComesBefore("a9", "a10"));
  EXPECT_FALSE(ComesBefore("a10", "a9"));
  EXPECT_TRUE(ComesBefore("z", "ab"));
  EXPECT_TRUE(ComesBefore("", "a"));
  EXPECT_FALSE(ComesBefore("", ""));
  EXPECT_TRUE(ComesBefore("activity-9", "activity-10"));
}

TEST(ShortTextTest, ComesBeforeOrdersOneLengthByTheFirstDifferentByte) {
  for (std::size_t size = 1; size <= 40; ++size) {
    const std::string text = Sample(size);
    const auto a = ExactCopy(text);
    const std::string_view same(a.get(), size);
    EXPECT_FALSE(ComesBefore(same, same)) << size;
    for (std::size_t at = 0; at < size; ++at) {
      // Raised at `at` and lowered at every byte after it, or a high-bit
      // byte (unsigned: after every letter): either way after the sample,
      // since the first difference decides.
      std::string raised = text;
      raised[at] = static_cast<char>(text[at] + 1);
      for (std::size_t after = at + 1; after < size; ++after) raised[after] = 'a' - 1;
      std::string high = text;
      high[at] = static_cast<char>(0xE5);
      for (const std::string& later : {raised, high}) {
        const auto b = ExactCopy(later);
        const std::string_view other(b.get(), size);
        EXPECT_TRUE(ComesBefore(same, other)) << size << " at " << at;
        EXPECT_FALSE(ComesBefore(other, same)) << size << " at " << at;
      }
    }
  }
}

}  // namespace
}  // namespace liaison
