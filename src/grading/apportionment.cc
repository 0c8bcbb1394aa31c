#include "liaison/apportionment.h"

#include <algorithm>
#include <cstdint>
#include <numeric>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "grading/bad_argument.h"

namespace liaison {
namespace {

constexpr std::int64_t kLimit = std::int64_t{1} << 31;

// numerator / denominator to 4 decimals, rounded half up, with trailing zeros
// dropped down to 2 decimals: 30/14 → "2.1429", 3/2 → "1.50".
std::string FormatFraction(std::int64_t numerator, std::int64_t denominator) {
  std::int64_t whole = numerator / denominator;
  const std::int64_t rest = numerator % denominator;
  std::int64_t fraction = (rest * 20000 + denominator) / (2 * denominator);
  if (fraction == 10000) {
    ++whole;
    fraction = 0;
  }
  std::string digits = absl::StrFormat("%04d", fraction);
  while (digits.size() > 2 && digits.back() == '0') digits.pop_back();
  return absl::StrCat(whole, ".", digits);
}

// The remainder order: larger remainder, then larger base, then smaller id.
bool RemainderFirst(const ApportionedShare& a, std::int64_t remainder_a, const ApportionedShare& b,
                    std::int64_t remainder_b) {
  if (remainder_a != remainder_b) return remainder_a > remainder_b;
  if (a.base != b.base) return a.base > b.base;
  return a.id < b.id;
}

// The shares' indices in the order of their ids; an error naming an id two
// shares claim.
absl::StatusOr<std::vector<std::size_t>> OrderById(const std::vector<ApportionedShare>& shares) {
  std::vector<std::size_t> by_id(shares.size());
  std::iota(by_id.begin(), by_id.end(), std::size_t{0});
  std::sort(by_id.begin(), by_id.end(),
            [&](std::size_t a, std::size_t b) { return shares[a].id < shares[b].id; });
  for (std::size_t i = 1; i < by_id.size(); ++i) {
    const std::string& id = shares[by_id[i]].id;
    if (id == shares[by_id[i - 1]].id) {
      return BadArgument(absl::StrCat("“", id, "”重复申领名额"),
                         absl::StrCat("\"", id, "\" claims places twice"));
    }
  }
  return by_id;
}

}  // namespace

absl::StatusOr<Apportionment> ApportionLargestRemainder(
    std::int64_t places, absl::Span<const ApportionmentClaim> claims) {
  if (places < 0 || places >= kLimit) {
    return BadArgument(absl::StrCat("待分配名额须在 [0, 2^31) 之内，实为 ", places),
                       absl::StrCat("places to apportion must be in [0, 2^31), got ", places));
  }
  Apportionment result;
  result.places = places;
  result.shares.reserve(claims.size());
  for (const ApportionmentClaim& claim : claims) {
    if (claim.base < 0 || claim.base >= kLimit) {
      return BadArgument(
          absl::StrCat("“", claim.id, "”的基数须在 [0, 2^31) 之内，实为 ", claim.base),
          absl::StrCat("the base of \"", claim.id, "\" must be in [0, 2^31), got ", claim.base));
    }
    result.total_base += claim.base;
    ApportionedShare share;
    share.id = claim.id;
    share.base = claim.base;
    result.shares.push_back(std::move(share));
  }
  absl::StatusOr<std::vector<std::size_t>> by_id = OrderById(result.shares);
  if (!by_id.ok()) return by_id.status();
  if (result.total_base == 0) {
    if (places > 0) {
      return BadArgument(
          absl::StrCat("基数合计为 0，无法分配 ", places, " 个名额"),
          absl::StrCat("cannot apportion ", places, " places over a total base of 0"));
    }
    return result;
  }

  std::vector<std::int64_t> remainders(claims.size());
  std::vector<std::size_t> with_remainder;
  std::int64_t given = 0;
  for (std::size_t i = 0; i < result.shares.size(); ++i) {
    ApportionedShare& share = result.shares[i];
    share.quota_numerator = places * share.base;
    share.whole_part = share.quota_numerator / result.total_base;
    share.places = share.whole_part;
    remainders[i] = share.quota_numerator % result.total_base;
    given += share.whole_part;
    if (remainders[i] > 0) with_remainder.push_back(i);
  }
  std::sort(with_remainder.begin(), with_remainder.end(), [&](std::size_t a, std::size_t b) {
    return RemainderFirst(result.shares[a], remainders[a], result.shares[b], remainders[b]);
  });
  // The remainders sum to (places − given) × total_base and each is below
  // total_base, so fewer places are left than units with a remainder.
  const std::int64_t left = places - given;
  for (std::size_t r = 0; r < with_remainder.size(); ++r) {
    ApportionedShare& share = result.shares[with_remainder[r]];
    share.remainder_rank = static_cast<std::int64_t>(r) + 1;
    if (static_cast<std::int64_t>(r) < left) {
      share.remainder_place = true;
      ++share.places;
    }
  }

  result.audit.reserve(static_cast<std::size_t>(places));
  std::int64_t place = 0;
  for (std::size_t i : *by_id) {
    for (std::int64_t k = 0; k < result.shares[i].whole_part; ++k) {
      result.audit.push_back({++place, i, PlaceAudit::Kind::kWholePart});
    }
  }
  for (std::int64_t r = 0; r < left; ++r) {
    result.audit.push_back(
        {++place, with_remainder[static_cast<std::size_t>(r)], PlaceAudit::Kind::kRemainder});
  }
  return result;
}

LocalizedText DescribePlace(const Apportionment& apportionment, const PlaceAudit& line) {
  const ApportionedShare& share = apportionment.shares[line.share];
  const std::string quota_text =
      absl::StrCat(apportionment.places, " × ", share.base, " / ", apportionment.total_base, " = ",
                   FormatFraction(share.quota_numerator, apportionment.total_base));
  if (line.kind == PlaceAudit::Kind::kWholePart) {
    return {absl::StrCat("第 ", line.place, " 个名额 → ", share.id, "：份额 ", quota_text,
                         " 的整数部分 ", share.whole_part),
            absl::StrCat("place ", line.place, " → ", share.id, ": whole part ", share.whole_part,
                         " of quota ", quota_text)};
  }
  std::int64_t ranked = 0;
  const ApportionedShare* first_without = nullptr;
  for (const ApportionedShare& other : apportionment.shares) {
    if (other.remainder_rank > 0) ++ranked;
    if (other.remainder_rank > 0 && !other.remainder_place &&
        (first_without == nullptr || other.remainder_rank < first_without->remainder_rank)) {
      first_without = &other;
    }
  }
  const std::int64_t total = apportionment.total_base;
  const std::int64_t remainder = share.quota_numerator % total;
  LocalizedText text{absl::StrCat("第 ", line.place, " 个名额 → ", share.id, "：份额 ", quota_text,
                                  " 的余数 ", FormatFraction(remainder, total), " 排第 ",
                                  share.remainder_rank, "（共 ", ranked, " 个余数）"),
                     absl::StrCat("place ", line.place, " → ", share.id, ": remainder ",
                                  FormatFraction(remainder, total), " of quota ", quota_text,
                                  ", rank ", share.remainder_rank, " of ", ranked, " remainders")};
  if (first_without != nullptr && first_without->quota_numerator % total == remainder) {
    if (share.base != first_without->base) {
      absl::StrAppend(&text.zh, "；与 ", first_without->id, " 余数相同，基数较大者优先");
      absl::StrAppend(&text.en, "; ties with ", first_without->id, ", larger base first");
    } else {
      absl::StrAppend(&text.zh, "；与 ", first_without->id, " 余数、基数均相同，按编号先后");
      absl::StrAppend(&text.en, "; ties with ", first_without->id,
                      " in remainder and base, smaller id first");
    }
  }
  return text;
}

absl::StatusOr<std::vector<AlabamaParadox>> FindAlabamaParadox(
    std::int64_t places, absl::Span<const ApportionmentClaim> claims) {
  absl::StatusOr<Apportionment> before = ApportionLargestRemainder(places, claims);
  if (!before.ok()) return before.status();
  absl::StatusOr<Apportionment> after = ApportionLargestRemainder(places + 1, claims);
  if (!after.ok()) return after.status();
  std::vector<AlabamaParadox> paradoxes;
  for (std::size_t i = 0; i < claims.size(); ++i) {
    if (after->shares[i].places < before->shares[i].places) {
      paradoxes.push_back(
          {claims[i].id, places, before->shares[i].places, after->shares[i].places});
    }
  }
  return paradoxes;
}

LocalizedText DescribeAlabamaParadox(const AlabamaParadox& paradox) {
  return {absl::StrCat("阿拉巴马悖论：", paradox.id, " 在 ", paradox.places, " 个名额中得 ",
                       paradox.share_before, " 个，在 ", paradox.places + 1, " 个名额中只得 ",
                       paradox.share_after, " 个"),
          absl::StrCat("Alabama paradox: ", paradox.id, " gets ", paradox.share_before, " of ",
                       paradox.places, " places but ", paradox.share_after, " of ",
                       paradox.places + 1)};
}

}  // namespace liaison
