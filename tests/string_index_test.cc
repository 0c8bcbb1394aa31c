// StringIndex: strings numbered in the order first seen, through growth,
// clearing and many reuses, checked against std::map.
#include "base/string_index.h"

#include <map>
#include <random>
#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace liaison {
namespace {

TEST(StringIndexTest, NumbersStringsInTheOrderFirstSeen) {
  StringIndex index;
  EXPECT_EQ(index.Insert("y12"), std::make_pair(0u, true));
  EXPECT_EQ(index.Insert("y7"), std::make_pair(1u, true));
  EXPECT_EQ(index.Insert("y12"), std::make_pair(0u, false));
  EXPECT_EQ(index.Insert(""), std::make_pair(2u, true));
  EXPECT_EQ(index.Insert(""), std::make_pair(2u, false));
  EXPECT_EQ(index.size(), 3u);
}

TEST(StringIndexTest, TellsApartKeysThatShareTheirOverlappingWords) {
  // Keys of 9 to 15 bytes are hashed as two overlapping words, keys of 5 to
  // 7 as two overlapping halves: these differ only where the words overlap
  // or in their length.
  StringIndex index;
  const std::vector<std::string> keys = {"abcdefgh1", "abcdefgh2", "abcdefghi", "abcdefgh",
                                         "abcde",     "abcdf",     "abcd",      "abc",
                                         "ab",        "a",         "ba",        "activity-1",
                                         "activity-10"};
  for (const bool first_time : {true, false}) {
    for (std::uint32_t i = 0; i < keys.size(); ++i) {
      EXPECT_EQ(index.Insert(keys[i]), std::make_pair(i, first_time)) << keys[i];
    }
  }
}

TEST(StringIndexTest, AgreesWithAMapThroughGrowthAndReuse) {
  std::mt19937 random(7);
  StringIndex index;
  std::vector<std::string> pool;
  for (int i = 0; i < 3000; ++i) {
    pool.push_back(std::string(1 + random() % 40, 'p') + std::to_string(random() % 2000));
  }
  // 50 rounds of up to 3000 keys each, the index cleared between rounds:
  // rounds larger and smaller than the one before.
  for (int round = 0; round < 50; ++round) {
    index.Clear();
    std::map<std::string, std::uint32_t> expected;
    const int inserts = static_cast<int>(random() % 3000);
    for (int i = 0; i < inserts; ++i) {
      const std::string& key = pool[random() % pool.size()];
      const auto [it, added] = expected.emplace(key, static_cast<std::uint32_t>(expected.size()));
      ASSERT_EQ(index.Insert(key), std::make_pair(it->second, added))
          << "round " << round << ", key " << key;
    }
    EXPECT_EQ(index.size(), expected.size());
  }
}

}  // namespace
}  // namespace liaison
