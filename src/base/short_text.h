// Word-at-a-time reads and comparisons of short strings.
//
// Keys, ids and vocabulary terms are a few bytes long. These compare them
// inline with overlapping word loads, with no call to memcmp (which an
// equality test of std::string or std::string_view of unknown length
// becomes), and read no byte outside either string.
//
//   SameText("cp1", point.id);             // true when the bytes are equal
//   LoadWord<std::uint64_t>(text.data());  // eight bytes, any alignment
#ifndef LIAISON_SRC_SHORT_TEXT_H_
#define LIAISON_SRC_SHORT_TEXT_H_

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace liaison {

// The `sizeof(Word)` bytes at `from`, at any alignment, in the machine's
// byte order.
template <typename Word>
Word LoadWord(const char* from) {
  Word word;
  std::memcpy(&word, from, sizeof word);
  return word;
}

// Whether the `size` bytes at `a` and at `b` are the same.
inline bool SameBytes(const char* a, const char* b, std::size_t size) {
  if (size >= 8) {
    for (std::size_t i = 0; i + 8 < size; i += 8) {
      if (LoadWord<std::uint64_t>(a + i) != LoadWord<std::uint64_t>(b + i)) return false;
    }
    return LoadWord<std::uint64_t>(a + size - 8) == LoadWord<std::uint64_t>(b + size - 8);
  }
  if (size >= 4) {
    return LoadWord<std::uint32_t>(a) == LoadWord<std::uint32_t>(b) &&
           LoadWord<std::uint32_t>(a + size - 4) == LoadWord<std::uint32_t>(b + size - 4);
  }
  for (std::size_t i = 0; i < size; ++i) {
    if (a[i] != b[i]) return false;
  }
  return true;
}

// Whether `a` and `b` are the same string.
inline bool SameText(std::string_view a, std::string_view b) {
  return a.size() == b.size() && SameBytes(a.data(), b.data(), a.size());
}

}  // namespace liaison

#endif  // LIAISON_SRC_SHORT_TEXT_H_
