// KeyList::Find (json/object_reader.h), which matches each key of an object
// a decoder reads to its place in the list: every key of a list found at
// its place, and keys that are not in it refused, among them keys that
// agree with one of the list in all that its summary holds (the first four
// and last four bytes) or differ only in length.
#include <string>
#include <string_view>

#include "gtest/gtest.h"
#include "json/object_reader.h"

namespace liaison::json {
namespace {

// The activity's keys and a few more: lengths 0 to 16, the two of 13 bytes
// alike in their first four and last four ("partner_level", "partner_xevel").
constexpr KeyList kKeys{"id",   "date",  "days",          "kind",          "also",
                        "",     "x",     "contact_point", "mode",          "headcount",
                        "ab",   "abc",   "people",        "partner_level", "area",
                        "evidence", "activity_record1"};

TEST(KeyListTest, FindsEveryKeyAtItsPlace) {
  for (std::size_t i = 0; i < kKeys.size(); ++i) {
    // A copy elsewhere in memory: found by its bytes, not its address.
    const std::string copy(kKeys[i]);
    EXPECT_EQ(kKeys.Find(copy), i) << copy;
  }
  EXPECT_EQ(kKeys.Find("headcount"), 9u);
  EXPECT_EQ(kKeys.Find(""), 5u);
}

TEST(KeyListTest, RefusesKeysThatAreNotInTheList) {
  for (const char* key :
       {"partner_xevel",  // first four and last four as "partner_level"
        "contact_pXint", "activity_rXcord1", "evidencf", "Evidence", "dat", "datee", "dates",
        "i", "idd", "y", "a", "abd", "acc", "people ", "headcounT", "kindkind", "ida"}) {
    EXPECT_EQ(kKeys.Find(key), KeyList::kNone) << key;
  }
  constexpr KeyList kEmpty{};
  EXPECT_EQ(kEmpty.Find("id"), KeyList::kNone);
  EXPECT_EQ(kEmpty.Find(""), KeyList::kNone);
}

}  // namespace
}  // namespace liaison::json
