// CadreIds: which cadre ids a records stream has seen, and where first.
//
// A stream of a million cadres must not keep a million id strings to find
// the one given twice. The table keeps a 64-bit hash of each id (FNV-1a,
// finished with MurmurHash3's mixer) and the index of the cadre that first
// had it. Two different ids that hash alike would be reported as one id
// given twice; for n ids the chance is about n²/2⁶⁵ (3·10⁻⁸ at a million):
// the whole 64-bit hash is kept and compared, so the odds are the hash's.
//
// It is built to hold few bytes a cadre at any count and never two tables at
// once:
// - An entry is 12 bytes: the hash and the index as 32 bits. An index of
//   2³²−1 or more is kept whole in a side map (`wide_`), and its entry says
//   so, so there is no limit on the count, only a cost past four billion.
// - The entries are in buckets chosen by the hash's low bits (linear
//   hashing). Each bucket is its own allocation, sized to its entries
//   rounded up to 4, and is scanned whole. When the entries pass
//   kIdsPerBucket a bucket on average, the next bucket in turn splits in two
//   by one more bit of the hash: the table grows one bucket at a time, and
//   the most it holds at once is one bucket's entries twice.
// So a cadre costs 13.3 bytes at a million, 13.7 at ten million (12 for the
// entry; the rest is the buckets' unused room and the bucket list), at the
// table's peak as at its end: docs/performance.md, "With the streaming
// reader and writer in the command".
//
//   CadreIds ids;
//   if (std::optional<std::size_t> first = ids.Insert("c01", 7)) … // given before, at *first
#ifndef LIAISON_SRC_RECORDS_CADRE_IDS_H_
#define LIAISON_SRC_RECORDS_CADRE_IDS_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"

namespace liaison {

class CadreIds {
 public:
  // The average bucket's entries past which the next bucket splits.
  static constexpr std::size_t kIdsPerBucket = 32;

  CadreIds();

  // Records `id` at `index`; the index it was first recorded at, if it was.
  std::optional<std::size_t> Insert(std::string_view id, std::size_t index);
  // Forgets every id and gives back the memory.
  void Clear();

  std::size_t size() const { return size_; }
  std::size_t bucket_count() const { return buckets_.size(); }
  // The bytes the table holds on the heap: the buckets' room, the bucket
  // list's, and the side map's.
  std::size_t HeapBytes() const;

  // The id's 64-bit hash, the one kept and compared.
  static std::uint64_t Hash(std::string_view id);

 private:
  // A bucket's entries: `capacity` hashes, then as many 32-bit indexes, in
  // one allocation; the first `size` of each are in use.
  class Bucket {
   public:
    Bucket() = default;
    explicit Bucket(std::uint32_t capacity);
    Bucket(Bucket&& other) noexcept;
    Bucket& operator=(Bucket&& other) noexcept;
    ~Bucket();

    std::uint64_t* hashes() const { return static_cast<std::uint64_t*>(storage_); }
    std::uint32_t* indexes() const {
      return reinterpret_cast<std::uint32_t*>(hashes() + capacity_);
    }
    std::uint32_t size() const { return size_; }
    std::uint32_t capacity() const { return capacity_; }
    void Append(std::uint64_t hash, std::uint32_t index);

   private:
    void* storage_ = nullptr;
    std::uint32_t size_ = 0;
    std::uint32_t capacity_ = 0;
  };

  // An index this large or larger is kept in `wide_`.
  static constexpr std::uint32_t kWide = 0xffffffffu;

  std::size_t Home(std::uint64_t hash) const;
  void SplitNext();

  std::vector<Bucket> buckets_;    // 2^level_ + split_ of them
  unsigned level_ = 0;             // buckets below split_ take level_ + 1 bits, the rest level_
  std::size_t split_ = 0;          // the next bucket to split
  std::size_t size_ = 0;           // entries
  std::size_t bucket_bytes_ = 0;   // the buckets' allocations
  absl::flat_hash_map<std::uint64_t, std::size_t> wide_;  // hash → an index ≥ kWide
};

}  // namespace liaison

#endif  // LIAISON_SRC_RECORDS_CADRE_IDS_H_
