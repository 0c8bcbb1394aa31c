// ActivityIds (records/activity_ids.h): whether each activity id of a cadre
// is new, for ids in rising order (where it keeps them aside), ids that stop
// rising part way (where it must still find a repeat of one kept aside), and
// random ids, checked against a std::set of the ids seen.
#include "records/activity_ids.h"

#include <algorithm>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace liaison {
namespace {

// Inserts `ids` in order after a Clear; the answers, and a set's.
void ExpectAsASet(ActivityIds& ids, const std::vector<std::string>& sequence) {
  ids.Clear();
  std::set<std::string> seen;
  for (const std::string& id : sequence) {
    EXPECT_EQ(ids.Insert(id), seen.insert(id).second) << id;
  }
}

TEST(ActivityIdsTest, RisingIdsAreAllNew) {
  StringIndex index;
  ActivityIds ids(index);
  ids.Clear();
  for (const char* id : {"a0", "a2", "a9", "a10", "a11", "a100", "b1", "b10"}) {
    EXPECT_TRUE(ids.Insert(id)) << id;
  }
}

TEST(ActivityIdsTest, FindsARepeatAfterTheIdsStopRising) {
  StringIndex index;
  ActivityIds ids(index);
  ids.Clear();
  EXPECT_TRUE(ids.Insert("a1"));
  EXPECT_TRUE(ids.Insert("a2"));
  EXPECT_TRUE(ids.Insert("a10"));
  EXPECT_FALSE(ids.Insert("a2"));   // does not rise: the three are looked up
  EXPECT_TRUE(ids.Insert("a3"));
  EXPECT_FALSE(ids.Insert("a10"));
  EXPECT_FALSE(ids.Insert("a1"));
  EXPECT_TRUE(ids.Insert("a11"));
  // The same id twice in a row does not rise either.
  ids.Clear();
  EXPECT_TRUE(ids.Insert("x"));
  EXPECT_FALSE(ids.Insert("x"));
  // A cadre after: the ids before are forgotten, rising again.
  ids.Clear();
  EXPECT_TRUE(ids.Insert("a2"));
  EXPECT_TRUE(ids.Insert("a1"));
  EXPECT_FALSE(ids.Insert("a2"));
}

TEST(ActivityIdsTest, AgreesWithASetOnRandomIds) {
  std::mt19937 random(17);
  StringIndex index;
  ActivityIds ids(index);
  for (int round = 0; round < 200; ++round) {
    // Mostly rising with a repeat or a step back here and there: the part
    // before the first and the part after both exercised.
    std::vector<std::string> sequence;
    int next = static_cast<int>(random() % 5);
    const int count = static_cast<int>(random() % 80);
    for (int i = 0; i < count; ++i) {
      const int step = random() % 20 == 0 ? -static_cast<int>(random() % 30)
                                          : static_cast<int>(random() % 3);
      next = std::max(0, next + step);
      sequence.push_back((random() % 50 == 0 ? "b" : "a") + std::to_string(next));
    }
    ExpectAsASet(ids, sequence);
  }
}

}  // namespace
}  // namespace liaison
