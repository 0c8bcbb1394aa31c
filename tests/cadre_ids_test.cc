// CadreIds: a repeated id named at the index it was first given, across
// every growth step of the table, for ids whose hashes share the bits that
// choose their bucket, and for indexes past 32 bits.
//
// The expected indexes are those the tests give: id i is first given at an
// index worked out from i, so the answer for a repeat is known beforehand.
// The hashes expected were computed apart from the program (FNV-1a of the
// UTF-8 bytes, then MurmurHash3's fmix64, in a few lines of Python).
#include "records/cadre_ids.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace liaison {
namespace {

std::string Id(std::size_t i) { return "c" + std::to_string(i); }

TEST(CadreIdsTest, HashesAsBefore) {
  EXPECT_EQ(CadreIds::Hash(""), 0xefd01f60ba992926u);
  EXPECT_EQ(CadreIds::Hash("c01"), 0x0c74e871b219211eu);
  EXPECT_EQ(CadreIds::Hash("组织部-01"), 0x698d80ad610e78d4u);
}

TEST(CadreIdsTest, NamesTheFirstIndexOfARepeat) {
  CadreIds ids;
  EXPECT_EQ(ids.Insert("c01", 0), std::nullopt);
  EXPECT_EQ(ids.Insert("c02", 1), std::nullopt);
  EXPECT_EQ(ids.Insert("c01", 2), 0u);
  EXPECT_EQ(ids.Insert("c01", 3), 0u);  // the first place, not the last repeat's
  EXPECT_EQ(ids.Insert("", 4), std::nullopt);
  EXPECT_EQ(ids.Insert("", 5), 4u);
  EXPECT_EQ(ids.size(), 3u);
}

// Id i is given at 2i, and after it the id i/2 again at 2i + 1: a repeat at
// every insert, from one bucket to more than a thousand, so at every split.
TEST(CadreIdsTest, RepeatsAcrossEveryGrowthStep) {
  CadreIds ids;
  const std::size_t n = 40000;
  for (std::size_t i = 0; i < n; ++i) {
    ASSERT_EQ(ids.Insert(Id(i), 2 * i), std::nullopt) << i;
    ASSERT_EQ(ids.Insert(Id(i / 2), 2 * i + 1), 2 * (i / 2)) << i;
  }
  EXPECT_EQ(ids.size(), n);
  // 40,000 ids at 32 a bucket: the table grew to 1,250 buckets.
  EXPECT_EQ(ids.bucket_count(), n / CadreIds::kIdsPerBucket);
}

// A table of n ids for n just around each count where the table grows a
// round (to 2, 4, 8 … buckets): each id again names its index, and ids not
// given are not reported.
TEST(CadreIdsTest, CountsAroundEachRoundOfGrowth) {
  for (std::size_t buckets = 1; buckets <= 1024; buckets *= 2) {
    const std::size_t grows_at = CadreIds::kIdsPerBucket * buckets + 1;
    for (std::size_t n = grows_at - 2; n <= grows_at + 1; ++n) {
      CadreIds ids;
      for (std::size_t i = 0; i < n; ++i) ASSERT_EQ(ids.Insert(Id(i), i), std::nullopt) << n;
      EXPECT_EQ(ids.bucket_count(), n < grows_at ? buckets : buckets + 1) << n;
      for (std::size_t i = 0; i < n; ++i) ASSERT_EQ(ids.Insert(Id(i), n + i), i) << n;
      for (std::size_t i = 0; i < n; ++i) {
        ASSERT_EQ(ids.Insert("other" + std::to_string(i), 2 * n + i), std::nullopt) << n;
      }
    }
  }
}

TEST(CadreIdsTest, ManyIds) {
  CadreIds ids;
  const std::size_t n = std::size_t{1} << 20;
  for (std::size_t i = 0; i < n; ++i) ASSERT_EQ(ids.Insert(Id(i), i), std::nullopt) << i;
  for (std::size_t i = 0; i < n; i += 7) ASSERT_EQ(ids.Insert(Id(i), n), i) << i;
  EXPECT_EQ(ids.size(), n);
  // 12 bytes an entry, and under 4 more for the buckets' room and the list.
  EXPECT_GE(ids.HeapBytes(), 12 * n);
  EXPECT_LT(ids.HeapBytes(), 16 * n);
}

// Ids whose hashes have the same low 12 bits share a bucket until the table
// has 4,096 buckets: over a table of 20,000 other ids (625 buckets), they
// all fall in one, yet differ in their whole hash and are not reported.
TEST(CadreIdsTest, IdsSharingTheirBucketBitsAreTold) {
  std::vector<std::string> crowded;
  std::set<std::uint64_t> hashes;
  for (std::size_t i = 0; crowded.size() < 200; ++i) {
    const std::string id = "h" + std::to_string(i);
    const std::uint64_t hash = CadreIds::Hash(id);
    if ((hash & 0xfff) != 0) continue;
    crowded.push_back(id);
    hashes.insert(hash);
  }
  ASSERT_EQ(hashes.size(), crowded.size());  // whole hashes all differ
  CadreIds ids;
  const std::size_t others = 20000;
  for (std::size_t i = 0; i < others; ++i) ASSERT_EQ(ids.Insert(Id(i), i), std::nullopt);
  for (std::size_t i = 0; i < crowded.size(); ++i) {
    ASSERT_EQ(ids.Insert(crowded[i], others + i), std::nullopt) << crowded[i];
  }
  for (std::size_t i = 0; i < crowded.size(); ++i) {
    ASSERT_EQ(ids.Insert(crowded[i], 0), others + i) << crowded[i];
  }
  EXPECT_LT(ids.bucket_count(), 4096u);
}

TEST(CadreIdsTest, IndexesPast32Bits) {
  static_assert(sizeof(std::size_t) == 8, "the indexes below need 64 bits");
  const std::size_t four_billion = std::size_t{1} << 32;
  CadreIds ids;
  EXPECT_EQ(ids.Insert("last 32-bit", four_billion - 2), std::nullopt);
  EXPECT_EQ(ids.Insert("2^32 - 1", four_billion - 1), std::nullopt);
  EXPECT_EQ(ids.Insert("2^32", four_billion), std::nullopt);
  EXPECT_EQ(ids.Insert("largest", SIZE_MAX), std::nullopt);
  // Enough ids after them that their buckets split several rounds.
  for (std::size_t i = 0; i < 5000; ++i) {
    ASSERT_EQ(ids.Insert(Id(i), four_billion + 7 * i), std::nullopt);
  }
  EXPECT_EQ(ids.Insert("last 32-bit", 1), four_billion - 2);
  EXPECT_EQ(ids.Insert("2^32 - 1", 2), four_billion - 1);
  EXPECT_EQ(ids.Insert("2^32", 3), four_billion);
  EXPECT_EQ(ids.Insert("largest", 4), SIZE_MAX);
  for (std::size_t i = 0; i < 5000; ++i) ASSERT_EQ(ids.Insert(Id(i), 5), four_billion + 7 * i);
}

TEST(CadreIdsTest, ClearForgetsAndGivesBackMemory) {
  CadreIds ids;
  for (std::size_t i = 0; i < 10000; ++i) ids.Insert(Id(i), (std::size_t{1} << 32) + i);
  ids.Clear();
  EXPECT_EQ(ids.size(), 0u);
  EXPECT_EQ(ids.bucket_count(), 1u);
  EXPECT_LT(ids.HeapBytes(), 64u);
  EXPECT_EQ(ids.Insert(Id(3), 9), std::nullopt);
  EXPECT_EQ(ids.Insert(Id(3), 10), 9u);
}

}  // namespace
}  // namespace liaison
