// StringIndex: numbers strings in the order they are first seen.
//
// The record decoder asks, for every activity of a cadre, whether its id was
// used before, and for every person met, which number that person has. A
// general hash table costs more for these short ids than the rest of
// decoding an activity; this one is made for them: it keeps views, not
// copies (the strings must outlive the index, as a parsed document does),
// hashes a word at a time, and Clear empties it without freeing or touching
// its slots, so one index serves cadre after cadre.
//
//   StringIndex people;
//   people.Insert("y12");  // {0, true}: new, numbered 0
//   people.Insert("y7");   // {1, true}
//   people.Insert("y12");  // {0, false}: seen before
//   people.Clear();        // empty again; the memory is kept
#ifndef LIAISON_SRC_STRING_INDEX_H_
#define LIAISON_SRC_STRING_INDEX_H_

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

#include "base/short_text.h"

namespace liaison {

class StringIndex {
 public:
  // The number of `key` and whether it is new: a new key gets the next
  // number, size() before the call.
  std::pair<std::uint32_t, bool> Insert(std::string_view key) {
    if (2 * (size_ + 1) > slots_.size()) Grow();
    const std::uint64_t hash = Hash(key);
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
      Slot& slot = slots_[i];
      if (slot.generation != generation_) {
        slot = Slot{key, hash, static_cast<std::uint32_t>(size_), generation_};
        return {static_cast<std::uint32_t>(size_++), true};
      }
      if (slot.hash == hash && SameText(slot.key, key)) return {slot.number, false};
    }
  }

  std::size_t size() const { return size_; }

  // Forgets every key; the slots are kept for the next use.
  void Clear() {
    size_ = 0;
    if (++generation_ == 0) {  // after 2^32 uses: no slot may look current
      for (Slot& slot : slots_) slot.generation = 0;
      generation_ = 1;
    }
  }

 private:
  struct Slot {
    std::string_view key;
    std::uint64_t hash = 0;
    std::uint32_t number = 0;
    std::uint32_t generation = 0;  // the slot holds a key when it equals generation_
  };

  // Mixes the key a word at a time (the last word overlapping the one before,
  // a key under eight bytes as its ShortTextWord), each word multiplied in as
  // in splitmix64's finaliser.
  static std::uint64_t Hash(std::string_view key) {
    const char* data = key.data();
    const std::size_t size = key.size();
    std::uint64_t hash = size * 0x9e3779b97f4a7c15;
    const auto mix = [&hash](std::uint64_t word) {
      hash = (hash ^ word) * 0xbf58476d1ce4e5b9;
      hash ^= hash >> 31;
    };
    if (size >= 8) {
      for (std::size_t i = 0; i + 8 < size; i += 8) mix(LoadWord<std::uint64_t>(data + i));
      mix(LoadWord<std::uint64_t>(data + size - 8));
    } else {
      mix(ShortTextWord(key));
    }
    return hash * 0x94d049bb133111eb ^ hash >> 29;
  }

  // Doubles the slots (16 at first) and places the current keys anew.
  void Grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 16 : 2 * old.size(), Slot{});
    const std::uint32_t old_generation = generation_;
    generation_ = 1;
    const std::size_t mask = slots_.size() - 1;
    for (const Slot& slot : old) {
      if (slot.generation != old_generation) continue;
      std::size_t i = slot.hash & mask;
      while (slots_[i].generation == generation_) i = (i + 1) & mask;
      slots_[i] = slot;
      slots_[i].generation = generation_;
    }
  }

  std::vector<Slot> slots_;
  std::size_t size_ = 0;
  std::uint32_t generation_ = 1;  // slots start at 0: empty
};

}  // namespace liaison

#endif  // LIAISON_SRC_STRING_INDEX_H_
