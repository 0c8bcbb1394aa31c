// Apportionment: a number of places split across units by largest remainder.
//
// When a policy sets an organ-wide quota (`GradingPolicy::organ_quota`), the
// organ's places of a grade are split across its departments in proportion to
// their quota bases by the largest-remainder method (Hamilton's method): each
// unit first gets the whole part of its exact quota places × base / total, and
// the places left over go one each to the units with the largest remainders.
//
//   absl::StatusOr<Apportionment> split =
//       ApportionLargestRemainder(10, {{"a", 6}, {"b", 6}, {"c", 2}});
//   // quotas 4.29, 4.29, 1.43: whole parts 4, 4, 1; the 10th place goes to
//   // "c", whose remainder 0.43 is the largest: a 4, b 4, c 2.
//
// Quotas are exact fractions (never floating point), so remainders compare
// exactly. Equal remainders are broken deterministically: the larger remainder
// first, then the larger base, then the smaller unit id (byte order). The result
// therefore depends only on the set of units, not on the order they are given.
//
// Every place given has an audit line saying why it went where it did. The
// method has a known flaw, the Alabama paradox: a unit can lose a place when
// the number of places grows by one (a 4, b 4, c 2 at 10 places become 5, 5, 1
// at 11). `FindAlabamaParadox` reports it, so it is never hidden.
#ifndef LIAISON_APPORTIONMENT_H_
#define LIAISON_APPORTIONMENT_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/types/span.h"
#include "liaison/localized_text.h"

namespace liaison {

// A unit claiming places in proportion to its base (its quota base).
struct ApportionmentClaim {
  std::string id;
  std::int64_t base = 0;
};

// One unit's part of the places.
struct ApportionedShare {
  std::string id;
  std::int64_t base = 0;
  // The exact quota is quota_numerator / Apportionment::total_base, where
  // quota_numerator = places × base.
  std::int64_t quota_numerator = 0;
  std::int64_t whole_part = 0;      // floor of the quota
  std::int64_t remainder_rank = 0;  // 1 = largest remainder; 0 when the quota is whole
  bool remainder_place = false;     // got one of the places left after whole parts
  std::int64_t places = 0;          // whole_part + (remainder_place ? 1 : 0)
};

// Why one place went to one unit.
struct PlaceAudit {
  enum class Kind {
    kWholePart,  // one of the whole part of the unit's quota
    kRemainder,  // left over after the whole parts, by largest remainder
  };
  std::int64_t place = 0;  // 1-based, in the order places were given
  std::size_t share = 0;   // index into Apportionment::shares
  Kind kind = Kind::kWholePart;
};

struct Apportionment {
  std::int64_t places = 0;
  std::int64_t total_base = 0;
  std::vector<ApportionedShare> shares;  // in the order the claims were given
  // One line per place: first the whole parts, unit by unit in id order, then
  // the remainder places in remainder order.
  std::vector<PlaceAudit> audit;
  // How many units have a remainder, and the one ranked best among those whose
  // remainder got no place (an index into shares, or shares.size() when every
  // ranked remainder got one): what each remainder place's audit line cites.
  std::int64_t remainders_ranked = 0;
  std::size_t first_without_place = 0;
};

// Splits `places` across `claims` by largest remainder. InvalidArgument when
// places or a base is negative or ≥ 2³¹, when two claims share an id, or when
// places > 0 but every base is 0.
absl::StatusOr<Apportionment> ApportionLargestRemainder(
    std::int64_t places, absl::Span<const ApportionmentClaim> claims);

// "place 10 → c: remainder 0.4286 of quota 10 × 2 / 14 = 1.4286, rank 1 of 3
// remainders" (with the tie-break used, if any) and the same in Chinese.
LocalizedText DescribePlace(const Apportionment& apportionment, const PlaceAudit& line);

// A unit that gets fewer places when the places grow from `places` to
// `places` + 1.
struct AlabamaParadox {
  std::string id;
  std::int64_t places = 0;        // the smaller number of places
  std::int64_t share_before = 0;  // the unit's places out of `places`
  std::int64_t share_after = 0;   // its places out of `places` + 1: fewer
};

// Every unit that loses a place when the places grow from `places` to
// `places` + 1, in the order the claims were given; empty when none does.
// Errors as ApportionLargestRemainder.
absl::StatusOr<std::vector<AlabamaParadox>> FindAlabamaParadox(
    std::int64_t places, absl::Span<const ApportionmentClaim> claims);

// "Alabama paradox: c gets 2 of 10 places but 1 of 11" and the same in Chinese.
LocalizedText DescribeAlabamaParadox(const AlabamaParadox& paradox);

}  // namespace liaison

#endif  // LIAISON_APPORTIONMENT_H_
