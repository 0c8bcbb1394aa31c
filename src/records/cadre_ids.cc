// CadreIds: the hash, the buckets and their splitting (cadre_ids.h).
#include "records/cadre_ids.h"

#include <cstring>
#include <new>
#include <utility>

namespace liaison {
namespace {

constexpr std::uint32_t kRoomStep = 4;  // a bucket's room grows by this many entries
constexpr std::size_t kEntryBytes = sizeof(std::uint64_t) + sizeof(std::uint32_t);

std::uint32_t RoomFor(std::uint32_t entries) {
  return (entries + kRoomStep - 1) / kRoomStep * kRoomStep;
}

}  // namespace

CadreIds::Bucket::Bucket(std::uint32_t capacity)
    : storage_(capacity == 0 ? nullptr : ::operator new(capacity * kEntryBytes)),
      capacity_(capacity) {}

CadreIds::Bucket::Bucket(Bucket&& other) noexcept
    : storage_(std::exchange(other.storage_, nullptr)),
      size_(std::exchange(other.size_, 0)),
      capacity_(std::exchange(other.capacity_, 0)) {}

CadreIds::Bucket& CadreIds::Bucket::operator=(Bucket&& other) noexcept {
  if (this != &other) {
    ::operator delete(storage_);
    storage_ = std::exchange(other.storage_, nullptr);
    size_ = std::exchange(other.size_, 0);
    capacity_ = std::exchange(other.capacity_, 0);
  }
  return *this;
}

CadreIds::Bucket::~Bucket() { ::operator delete(storage_); }

void CadreIds::Bucket::Append(std::uint64_t hash, std::uint32_t index) {
  if (size_ == capacity_) {
    Bucket larger(capacity_ + kRoomStep);
    if (size_ > 0) {
      std::memcpy(larger.hashes(), hashes(), size_ * sizeof(std::uint64_t));
      std::memcpy(larger.indexes(), indexes(), size_ * sizeof(std::uint32_t));
    }
    larger.size_ = size_;
    *this = std::move(larger);
  }
  hashes()[size_] = hash;
  indexes()[size_] = index;
  ++size_;
}

CadreIds::CadreIds() { buckets_.emplace_back(); }

std::uint64_t CadreIds::Hash(std::string_view id) {
  std::uint64_t h = 0xcbf29ce484222325u;
  for (char c : id) h = (h ^ static_cast<unsigned char>(c)) * 0x100000001b3u;
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdu;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53u;
  h ^= h >> 33;
  return h;
}

std::size_t CadreIds::Home(std::uint64_t hash) const {
  const std::size_t low = static_cast<std::size_t>(hash & ((std::uint64_t{1} << level_) - 1));
  if (low >= split_) return low;
  return static_cast<std::size_t>(hash & ((std::uint64_t{2} << level_) - 1));
}

std::optional<std::size_t> CadreIds::Insert(std::string_view id, std::size_t index) {
  const std::uint64_t hash = Hash(id);
  Bucket& bucket = buckets_[Home(hash)];
  const std::uint64_t* hashes = bucket.hashes();
  for (std::uint32_t i = 0; i < bucket.size(); ++i) {
    if (hashes[i] != hash) continue;
    const std::uint32_t first = bucket.indexes()[i];
    if (first != kWide) return first;
    return wide_.find(hash)->second;
  }
  std::uint32_t packed = kWide;
  if (index < kWide) {
    packed = static_cast<std::uint32_t>(index);
  } else {
    wide_.emplace(hash, index);
  }
  const std::uint32_t room = bucket.capacity();
  try {
    bucket.Append(hash, packed);
  } catch (...) {  // out of memory: the id is not recorded, nor its wide index
    if (packed == kWide) wide_.erase(hash);
    throw;
  }
  bucket_bytes_ += (bucket.capacity() - room) * kEntryBytes;
  if (++size_ > kIdsPerBucket * buckets_.size()) SplitNext();
  return std::nullopt;
}

// Bucket split_ keeps the entries whose hash has bit level_ clear and gives
// the others to a new last bucket, split_ + 2^level_, each sized anew.
void CadreIds::SplitNext() {
  const Bucket& old = buckets_[split_];
  const std::uint64_t bit = std::uint64_t{1} << level_;
  std::uint32_t moving = 0;
  for (std::uint32_t i = 0; i < old.size(); ++i) moving += (old.hashes()[i] & bit) != 0;
  Bucket kept(RoomFor(old.size() - moving));
  Bucket moved(RoomFor(moving));
  for (std::uint32_t i = 0; i < old.size(); ++i) {
    Bucket& to = (old.hashes()[i] & bit) != 0 ? moved : kept;
    to.Append(old.hashes()[i], old.indexes()[i]);
  }
  const std::size_t old_bytes = old.capacity() * kEntryBytes;
  // The new bucket first: if it cannot be added, the old one is still whole.
  buckets_.push_back(std::move(moved));  // `old` may dangle from here
  bucket_bytes_ += (kept.capacity() + buckets_.back().capacity()) * kEntryBytes - old_bytes;
  buckets_[split_] = std::move(kept);
  if (++split_ == bit) {
    ++level_;
    split_ = 0;
  }
}

void CadreIds::Clear() {
  std::vector<Bucket>().swap(buckets_);
  buckets_.emplace_back();
  level_ = 0;
  split_ = 0;
  size_ = 0;
  bucket_bytes_ = 0;
  absl::flat_hash_map<std::uint64_t, std::size_t>().swap(wide_);
}

std::size_t CadreIds::HeapBytes() const {
  return bucket_bytes_ + buckets_.capacity() * sizeof(Bucket) +
         wide_.capacity() * (sizeof(std::pair<std::uint64_t, std::size_t>) + 1);
}

}  // namespace liaison
