// CadreIdSet: the cadre ids seen so far while grading, to find an id listed
// twice among a million cadres.
//
// The set holds, per cadre, its index into the caller's cadres and 32 more
// bits of its id's hash, in an open-addressing table with linear probing
// whose memory is kept from call to call: Reset refills the table instead of
// making a new one. A new table for each call would take fresh pages from
// the kernel every time (16 MiB for a million cadres), which costs more
// than grading them. The hash bits settle almost every probe without
// reading another cadre's id, which would be a cache miss of its own.
//
// Cadres are inserted in index order; each insertion starts bringing the
// slot of a cadre kAhead places later into the cache, so that the table,
// larger than the caches, is not waited for.
//
//   CadreIdSet ids;  // kept, e.g. per thread
//   ids.Reset(cadres);
//   for (std::uint32_t i = 0; i < cadres.size(); ++i)
//     if (!ids.Insert(i)) …;  // cadres[i].cadre_id was listed before
#ifndef LIAISON_SRC_GRADING_CADRE_ID_SET_H_
#define LIAISON_SRC_GRADING_CADRE_ID_SET_H_

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <vector>

#include "absl/hash/hash.h"
#include "absl/numeric/bits.h"
#include "absl/types/span.h"
#include "base/absl_compat.h"
#include "liaison/grading_input.h"

namespace liaison {

class CadreIdSet {
 public:
  // Empties the set, for the ids of `cadres` (fewer than 2^32 − 1; they must
  // outlive its use).
  void Reset(absl::Span<const GradingInput> cadres) {
    cadres_ = cadres;
    // At most half full, so a probe ends after a slot or two.
    const std::size_t capacity = absl::bit_ceil(std::max<std::size_t>(16, cadres.size() * 2));
    slots_.assign(capacity, kEmpty);
    mask_ = capacity - 1;
    for (std::uint32_t i = 0; i < kAhead && i < cadres.size(); ++i) Fetch(i);
  }

  // Adds cadres[cadre], the cadre after the one added last (0 first); false
  // (and nothing added) when a cadre added before has the same id.
  bool Insert(std::uint32_t cadre) {
    const std::uint64_t hash = ahead_[cadre % kAhead];
    if (cadre + kAhead < cadres_.size()) Fetch(cadre + kAhead);
    const std::uint64_t entry = (hash & kTagBits) | cadre;
    for (std::size_t slot = hash & mask_;; slot = (slot + 1) & mask_) {
      const std::uint64_t held = slots_[slot];
      if (held == kEmpty) {
        slots_[slot] = entry;
        return true;
      }
      if ((held & kTagBits) == (hash & kTagBits) &&
          cadres_[static_cast<std::uint32_t>(held)].cadre_id == cadres_[cadre].cadre_id) {
        return false;
      }
    }
  }

 private:
  static constexpr std::uint32_t kAhead = 8;
  static constexpr std::uint64_t kEmpty = std::numeric_limits<std::uint64_t>::max();
  // The upper half of an entry: the hash's upper 32 bits (the lower ones
  // pick the slot); the lower half: the cadre's index.
  static constexpr std::uint64_t kTagBits = 0xFFFF'FFFF'0000'0000;

  // Hashes cadres[cadre]'s id and starts loading the slot its probe begins at.
  void Fetch(std::uint32_t cadre) {
    const std::uint64_t hash = absl::Hash<absl::string_view>()(AbslView(cadres_[cadre].cadre_id));
    ahead_[cadre % kAhead] = hash;
    __builtin_prefetch(&slots_[hash & mask_]);
  }

  absl::Span<const GradingInput> cadres_;
  std::vector<std::uint64_t> slots_;  // entries, kEmpty where free
  std::size_t mask_ = 0;
  std::array<std::uint64_t, kAhead> ahead_{};  // hashes of the next kAhead cadres
};

}  // namespace liaison

#endif  // LIAISON_SRC_GRADING_CADRE_ID_SET_H_
