// CadreIds: which cadre ids a records stream has seen, and where first.
//
// A stream of a million cadres must not keep a million id strings to find
// the one given twice. The table keeps a 64-bit hash of each id (FNV-1a,
// finished with MurmurHash3's mixer) and the index of the cadre that first
// had it: 16 bytes a cadre in an open-addressing table, about 32 MiB at a
// million cadres. Two different ids that hash alike would be reported as
// one id given twice; for n ids the chance is about n²/2⁶⁵ (3·10⁻⁸ at a
// million).
//
//   CadreIds ids;
//   if (std::optional<std::size_t> first = ids.Insert("c01", 7)) … // given before, at *first
#ifndef LIAISON_SRC_RECORDS_CADRE_IDS_H_
#define LIAISON_SRC_RECORDS_CADRE_IDS_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "absl/container/flat_hash_map.h"

namespace liaison {

class CadreIds {
 public:
  // Records `id` at `index`; the index it was first recorded at, if it was.
  std::optional<std::size_t> Insert(std::string_view id, std::size_t index) {
    auto [it, inserted] = first_.emplace(Hash(id), index);
    if (inserted) return std::nullopt;
    return it->second;
  }
  void Clear() { first_.clear(); }

 private:
  static std::uint64_t Hash(std::string_view id) {
    std::uint64_t h = 0xcbf29ce484222325u;
    for (char c : id) h = (h ^ static_cast<unsigned char>(c)) * 0x100000001b3u;
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdu;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53u;
    h ^= h >> 33;
    return h;
  }

  // Already a good hash: the table takes it as it is.
  struct Identity {
    std::size_t operator()(std::uint64_t h) const { return static_cast<std::size_t>(h); }
  };
  absl::flat_hash_map<std::uint64_t, std::size_t, Identity> first_;
};

}  // namespace liaison

#endif  // LIAISON_SRC_RECORDS_CADRE_IDS_H_
