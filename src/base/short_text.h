// Word-at-a-time reads and comparisons of short strings.
//
// Keys, ids and vocabulary terms are a few bytes long. These compare them
// inline with overlapping word loads, with no call to memcmp (which an
// equality test of std::string or std::string_view of unknown length
// becomes), and read no byte outside either string.
//
//   SameText("cp1", point.id);             // true when the bytes are equal
//   ShortTextWord("kind");                 // up to eight bytes as one number
//   ComesBefore("a9", "a10");              // true: the shorter first
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

// The `sizeof(Word)` bytes at `from` as a number whose most significant
// byte is the first: comparing two such numbers compares their bytes in
// order, as memcmp does.
template <typename Word>
Word LoadWordInOrder(const char* from) {
  const Word word = LoadWord<Word>(from);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  if constexpr (sizeof(Word) == 8) return __builtin_bswap64(word);
  if constexpr (sizeof(Word) == 4) return __builtin_bswap32(word);
#endif
  return word;
}

// Up to eight bytes of `text` in one number: its first four and last four
// (overlapping when it is shorter than eight), or of a text under four its
// first, middle and last byte (all three of three bytes). Two texts of one
// length up to eight bytes are the same exactly when their words are.
// Composed byte by byte to be a constant expression (KeyList's keys); the
// compiler makes it two loads.
constexpr std::uint64_t ShortTextWord(std::string_view text) {
  const std::size_t size = text.size();
  const auto byte = [&text](std::size_t i) {
    return std::uint64_t{static_cast<unsigned char>(text[i])};
  };
  const auto four = [&byte](std::size_t i) {
    return byte(i) | byte(i + 1) << 8 | byte(i + 2) << 16 | byte(i + 3) << 24;
  };
  if (size >= 4) return four(0) | four(size - 4) << 32;
  if (size == 0) return 0;
  return byte(0) | byte(size / 2) << 8 | byte(size - 1) << 16;
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

// Whether `a` comes before `b` in shortlex order: the shorter first, and
// strings of one length byte by byte, as memcmp orders them.
inline bool ComesBefore(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return a.size() < b.size();
  const std::size_t size = a.size();
  const char* x = a.data();
  const char* y = b.data();
  if (size >= 8) {
    for (std::size_t i = 0; i + 8 < size; i += 8) {
      const auto u = LoadWordInOrder<std::uint64_t>(x + i);
      const auto v = LoadWordInOrder<std::uint64_t>(y + i);
      if (u != v) return u < v;
    }
    return LoadWordInOrder<std::uint64_t>(x + size - 8) <
           LoadWordInOrder<std::uint64_t>(y + size - 8);
  }
  // Shorter: two overlapping halves, or the first, middle and last byte
  // (all of three bytes), in order in one number.
  const auto in_order = [size](const char* s) -> std::uint64_t {
    if (size >= 4) {
      return std::uint64_t{LoadWordInOrder<std::uint32_t>(s)} << 32 |
             LoadWordInOrder<std::uint32_t>(s + size - 4);
    }
    if (size == 0) return 0;
    const auto byte = [s](std::size_t i) { return std::uint64_t{static_cast<unsigned char>(s[i])}; };
    return byte(0) << 16 | byte(size / 2) << 8 | byte(size - 1);
  };
  return in_order(x) < in_order(y);
}

}  // namespace liaison

#endif  // LIAISON_SRC_SHORT_TEXT_H_
