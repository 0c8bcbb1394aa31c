// ElementCount: an array's length, also past the 16,777,215 at which
// simdjson's array::size() stops counting (a records document with more
// cadres than that must not lose the rest).
#include <string>

#include "gtest/gtest.h"
#include "json/object_reader.h"

namespace liaison::json {
namespace {

std::size_t CountOf(std::size_t elements) {
  std::string text = "[";
  text.reserve(2 * elements + 1);
  for (std::size_t i = 0; i < elements; ++i) text += i == 0 ? "0" : ",0";
  text += "]";
  simdjson::dom::parser parser;
  simdjson::dom::array array;
  EXPECT_EQ(parser.parse(text).get(array), simdjson::SUCCESS);
  return ElementCount(array);
}

TEST(ElementCountTest, CountsShortArrays) {
  EXPECT_EQ(CountOf(0), 0u);
  EXPECT_EQ(CountOf(1), 1u);
  EXPECT_EQ(CountOf(1000), 1000u);
}

TEST(ElementCountTest, CountsPastWhereSimdjsonStops) {
  constexpr std::size_t kSimdjsonLargest = 0xFFFFFF;
  EXPECT_EQ(CountOf(kSimdjsonLargest - 1), kSimdjsonLargest - 1);
  EXPECT_EQ(CountOf(kSimdjsonLargest), kSimdjsonLargest);
  EXPECT_EQ(CountOf(kSimdjsonLargest + 2), kSimdjsonLargest + 2);
}

}  // namespace
}  // namespace liaison::json
