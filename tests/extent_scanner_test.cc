// ExtentScanner: each element of the streamed array found with exactly its
// own bytes, and held to the limits, wherever its quotes, backslashes and
// brackets fall against the 64-byte blocks the scanner tests at once, and in
// pieces of any size. The expected extents are the elements the test put
// into the document, so they are known without the scanner; the expected
// limits follow from the lengths the test chose.
#include "json/extent_scanner.h"

#include "json/block_bits.h"

#include <optional>
#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace liaison::json {
namespace {

struct Found {
  std::string text;
  std::size_t index = 0;
  std::optional<ValueLimit> over;
};

std::string Document(const std::vector<std::string>& elements) {
  std::string text = "{\"schema\":\"s\",\"cadres\":[";
  for (std::size_t i = 0; i < elements.size(); ++i) text += (i ? ",\n " : "") + elements[i];
  return text + "],\"after\":{\"x\":\"]\"}}";
}

// The elements the scanner finds in `text`, given whole (`piece` 0) or in
// pieces of `piece` bytes; fails the test on anything but elements and the
// document's own members.
std::vector<Found> Scan(const std::string& text, std::size_t piece, const ValueLimits& limits) {
  ExtentScanner scanner("cadres", limits);
  std::vector<Found> found;
  const auto drain = [&](bool at_end) {
    for (;;) {
      const ExtentScanner::Extent extent = scanner.Next(at_end);
      switch (extent.kind) {
        case ExtentScanner::Kind::kElement:
          found.push_back({std::string(extent.text), extent.index, extent.over});
          break;
        case ExtentScanner::Kind::kMember:
        case ExtentScanner::Kind::kArrayStart:
        case ExtentScanner::Kind::kObjectEnd:
          break;
        case ExtentScanner::Kind::kNeedMore:
        case ExtentScanner::Kind::kEnd:
          return;
        default:
          ADD_FAILURE() << "unexpected extent, error: " << scanner.error().MessageEn();
          return;
      }
    }
  };
  if (piece == 0) {
    scanner.Borrow(text);
  } else {
    for (std::size_t at = 0; at < text.size(); at += piece) {
      scanner.Append(std::string_view(text).substr(at, piece));
      drain(false);
    }
  }
  drain(true);
  return found;
}

// Elements whose strings, escapes and brackets stand at every offset
// against a block: `pad` bytes of padding shift the rest.
std::vector<std::string> ShiftedElements() {
  std::vector<std::string> elements = {
      R"({"a":"x\"}]","b":[1,{"c":"\\"}],"d":"\\\""})",
      "\"a string alone, with } and ] in it\"",
      "[[[]],{}]",
      "{\"long\":\"" + std::string(200, 'y') + "{[:]}\"}",
  };
  for (int pad = 0; pad < 140; ++pad) {
    elements.push_back("{\"p\":\"" + std::string(pad, 'p') + R"(","k":"a\\\"b{","e":[]})");
    elements.push_back("{\"p\":\"" + std::string(pad, 'p') + "\",\"q\":\"" +
                       std::string(70, 'q') + "\",\"r\":[{\"s\":\"]\"}]}");
  }
  return elements;
}

TEST(ExtentScanner, EveryElementIsFoundWithItsOwnBytes) {
  const std::vector<std::string> elements = ShiftedElements();
  const std::string text = Document(elements);
  for (const std::size_t piece : {0, 1, 7, 64, 65, 1000}) {
    const std::vector<Found> found = Scan(text, piece, ValueLimits{});
    ASSERT_EQ(found.size(), elements.size()) << "pieces of " << piece;
    for (std::size_t i = 0; i < elements.size(); ++i) {
      EXPECT_EQ(found[i].text, elements[i]) << "element " << i << ", pieces of " << piece;
      EXPECT_EQ(found[i].index, i);
      EXPECT_FALSE(found[i].over) << "element " << i;
    }
  }
}

TEST(ExtentScanner, AStringOverTheLimitIsFoundWhereverItFalls) {
  // A limit of 100 bytes: each string of exactly 100 bytes is within it, of
  // 101 is over; a few strings of 70 (more than a block's worth of them
  // outside the long one) stay within.
  ValueLimits limits;
  limits.string_bytes = 100;
  std::vector<std::string> elements;
  std::vector<bool> over;
  for (int pad = 0; pad < 70; ++pad) {
    for (const int length : {100, 101}) {
      elements.push_back("{\"p\":\"" + std::string(pad, 'p') + "\",\"n\":\"" +
                         std::string(length, 'n') + "\",\"m\":\"" + std::string(70, 'm') + "\"}");
      over.push_back(length > 100);
    }
  }
  // With an escape inside, counted as written: 98 letters and "\\" are 100.
  elements.push_back("{\"n\":\"" + std::string(98, 'n') + "\\\\\"}");
  over.push_back(false);
  elements.push_back("{\"n\":\"" + std::string(99, 'n') + "\\\\\"}");
  over.push_back(true);
  const std::string text = Document(elements);
  for (const std::size_t piece : {0, 3, 64}) {
    const std::vector<Found> found = Scan(text, piece, limits);
    ASSERT_EQ(found.size(), elements.size());
    for (std::size_t i = 0; i < elements.size(); ++i) {
      EXPECT_EQ(found[i].text, elements[i]);
      EXPECT_EQ(found[i].over == ValueLimit::kStringBytes, over[i])
          << "element " << i << ", pieces of " << piece;
    }
  }
}

TEST(ExtentScanner, DepthAndKeysCountOnlyOutsideStrings) {
  ValueLimits limits;
  limits.depth = 3;
  limits.keys = 2;
  const std::string padding = "\"" + std::string(60, 'z') + "[{:\"";  // brackets in a string
  const std::vector<std::string> elements = {
      "[[[1]]]",                                                  // depth 3: within
      "[[[[1]]]]",                                                // depth 4: over
      "{\"a\":" + padding + ",\"b\":\"x:y:z\"}",                  // two keys: within
      "{\"a\":1,\"b\":" + padding + ",\"c\":3}",                  // three: over
      "[" + padding + ",[" + padding + ",[" + padding + "]]]",   // depth 3: within
  };
  const std::vector<std::optional<ValueLimit>> expected = {
      std::nullopt, ValueLimit::kDepth, std::nullopt, ValueLimit::kKeys, std::nullopt};
  const std::vector<Found> found = Scan(Document(elements), 0, limits);
  ASSERT_EQ(found.size(), elements.size());
  for (std::size_t i = 0; i < elements.size(); ++i) {
    EXPECT_EQ(found[i].text, elements[i]);
    EXPECT_EQ(found[i].over, expected[i]) << "element " << i;
  }
}

TEST(ExtentScanner, KeysCountInTheirOwnContainerWithinABlock) {
  // The keys before the padding all stand in the element's first 64 bytes.
  ValueLimits limits;
  limits.keys = 2;
  const std::string padding = "\"" + std::string(70, 'z') + "\"";
  const std::vector<std::string> elements = {
      "{\"a\":{\"b\":1,\"c\":2},\"d\":" + padding + "}",          // two in each: within
      "{\"a\":{\"b\":1},\"c\":2,\"d\":" + padding + "}",          // three outside: over
      "{\"a\":{\"b\":1,\"c\":2,\"e\":3},\"d\":" + padding + "}",  // three inside: over
      "[{\"a\":1,\"b\":2},{\"c\":3,\"d\":4}," + padding + "]",      // two in each: within
  };
  const std::vector<std::optional<ValueLimit>> expected = {
      std::nullopt, ValueLimit::kKeys, ValueLimit::kKeys, std::nullopt};
  for (const std::size_t piece : {0, 3, 64}) {
    const std::vector<Found> found = Scan(Document(elements), piece, limits);
    ASSERT_EQ(found.size(), elements.size());
    for (std::size_t i = 0; i < elements.size(); ++i) {
      EXPECT_EQ(found[i].over, expected[i]) << "element " << i << ", pieces of " << piece;
    }
  }
}

// The block masks on 64 bytes written for the test: the places of each
// kind of byte counted by hand (from 0), and the bytes inside strings.
TEST(BlockBits, EachByteOfABlockIsMarked) {
  //                 0         1         2         3
  //                 0123456789012345678901234567890
  std::string text = R"({"a":[1,{"b":"x\\y"}],"c":":]"})";
  text.resize(64, ' ');
  const BlockBits bits = Classify(text.data());
  const auto at = [](std::initializer_list<int> places) {
    std::uint64_t mask = 0;
    for (const int k : places) mask |= std::uint64_t{1} << k;
    return mask;
  };
  EXPECT_EQ(bits.quote, at({1, 3, 9, 11, 13, 18, 22, 24, 26, 29}));
  EXPECT_EQ(bits.backslash, at({15, 16}));
  EXPECT_EQ(bits.bracket, at({0, 5, 8, 19, 20, 28, 30}));
  EXPECT_EQ(bits.colon, at({4, 12, 25, 27}));
  EXPECT_EQ(BitsSet(bits.colon), 4u);
  // Inside strings: from each opening quote up to its closing one.
  EXPECT_EQ(PrefixXor(at({1, 3, 26, 29})), at({1, 2, 26, 27, 28}));
}

}  // namespace
}  // namespace liaison::json
