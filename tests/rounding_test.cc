// Rounding (rounding.h): RoundRatio's three modes, and ShareIn, the one way
// a policy's share becomes whole parts.
#include <cmath>
#include <cstdint>

#include "gtest/gtest.h"
#include "liaison/rounding.h"

namespace liaison {
namespace {

TEST(RoundRatioTest, ThreeModes) {
  // 10 × 1 / 3 = 3.33…; 10 × 1 / 4 = 2.5.
  EXPECT_EQ(RoundRatio(10, 1, 3, Rounding::kFloor), 3);
  EXPECT_EQ(RoundRatio(10, 1, 3, Rounding::kCeil), 4);
  EXPECT_EQ(RoundRatio(10, 1, 3, Rounding::kHalfUp), 3);
  EXPECT_EQ(RoundRatio(10, 1, 4, Rounding::kHalfUp), 3);
  EXPECT_EQ(RoundRatio(12, 1, 4, Rounding::kCeil), 3);  // exact: no rounding up
}

TEST(ShareInTest, PartsOfADenominatorRoundedToTheNearest) {
  EXPECT_EQ(ShareIn(0.3, 10000), 3000);
  EXPECT_EQ(ShareIn(0.125, 100), 13);  // 12.5: halves up
  EXPECT_EQ(ShareIn(0.5, 1000000), 500000);
  EXPECT_EQ(ShareIn(0.0, 10000), 0);
  EXPECT_EQ(ShareIn(1.0, 10000), 10000);
  EXPECT_EQ(ShareIn(0.00005, 10000), 1);  // 0.5 part: up
}

// Every share written with up to six decimals gives the part std::llround
// gives, per ten thousand and per million; so do its neighbouring doubles,
// but for the one product below.
TEST(ShareInTest, AgreesWithLlroundOnSharesAPolicyWrites) {
  for (std::int64_t k = 0; k <= 1000000; ++k) {
    const double share = static_cast<double>(k) / 1e6;
    for (std::int64_t denominator : {std::int64_t{10000}, std::int64_t{1000000}}) {
      for (double s : {share, std::nextafter(share, 0.0), std::nextafter(share, 1.0)}) {
        const double product = s * static_cast<double>(denominator);
        if (s != share && product == std::nextafter(0.5, 0.0)) continue;
        ASSERT_EQ(ShareIn(s, denominator), std::llround(product)) << s << " per " << denominator;
      }
    }
  }
}

// The one product where adding ½ and truncating differs from llround: the
// double just below ½, whose sum with ½ rounds to 1. The double just below
// 0.00005 gives it per ten thousand.
TEST(ShareInTest, TheOneProductWhereItDiffersFromLlround) {
  const double below_half = std::nextafter(0.5, 0.0);
  EXPECT_EQ(ShareIn(below_half, 1), 1);
  EXPECT_EQ(std::llround(below_half), 0);
  const double share = std::nextafter(0.00005, 0.0);
  EXPECT_EQ(ShareIn(share, 10000), 1);
  EXPECT_EQ(std::llround(share * 10000.0), 0);
}

// The home-share minimum of a contact-point set: ceil(share × points).
TEST(ShareInTest, CeilingOfAShareOfACount) {
  const auto required = [](double share, std::int64_t points) {
    return RoundRatio(points, ShareIn(share, 1000000), 1000000, Rounding::kCeil);
  };
  EXPECT_EQ(required(0.5, 3), 2);
  EXPECT_EQ(required(0.5, 4), 2);
  EXPECT_EQ(required(0.07, 100), 7);  // 0.07 × 100 is 7.000000000000001 in doubles
  EXPECT_EQ(required(0.0, 4), 0);
}

}  // namespace
}  // namespace liaison
