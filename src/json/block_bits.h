// BlockBits: 64 bytes of JSON text as bit masks, bit k for byte k: where
// its quotes, backslashes, brackets and colons are. With PrefixXor of the
// quotes, the bytes inside strings: json::ExtentScanner walks a text a block
// at a time with them, looking only at the brackets outside strings and
// counting the colons between them (after simdjson's first stage, "Parsing Gigabytes of JSON per
// Second", Langdale and Lemire, without its carry-less multiply).
//
//   const BlockBits bits = Classify(text);  // 64 bytes from text on
//   const std::uint64_t inside = PrefixXor(bits.quote);  // when no backslash
#ifndef LIAISON_SRC_JSON_BLOCK_BITS_H_
#define LIAISON_SRC_JSON_BLOCK_BITS_H_

#include <cstdint>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace liaison::json {

// The bits of a block of 64 bytes, bit k for byte k.
struct BlockBits {
  std::uint64_t quote = 0;
  std::uint64_t backslash = 0;
  std::uint64_t bracket = 0;  // { } [ ]
  std::uint64_t colon = 0;
};

inline BlockBits Classify(const char* bytes) {
  BlockBits bits;
#if defined(__SSE2__)
  // SSE2, which every x86-64 processor has: sixteen bytes at a time. '{' and
  // '}' are '[' and ']' with bit 0x20 set.
  for (int part = 0; part < 4; ++part) {
    const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes + 16 * part));
    const __m128i folded = _mm_or_si128(chunk, _mm_set1_epi8(0x20));
    const __m128i brackets = _mm_or_si128(_mm_cmpeq_epi8(folded, _mm_set1_epi8('{')),
                                          _mm_cmpeq_epi8(folded, _mm_set1_epi8('}')));
    const auto bits_of = [](__m128i matches) {
      return static_cast<std::uint64_t>(static_cast<std::uint16_t>(_mm_movemask_epi8(matches)));
    };
    bits.quote |= bits_of(_mm_cmpeq_epi8(chunk, _mm_set1_epi8('"'))) << (16 * part);
    bits.backslash |= bits_of(_mm_cmpeq_epi8(chunk, _mm_set1_epi8('\\'))) << (16 * part);
    bits.bracket |= bits_of(brackets) << (16 * part);
    bits.colon |= bits_of(_mm_cmpeq_epi8(chunk, _mm_set1_epi8(':'))) << (16 * part);
  }
#else
  for (int k = 0; k < 64; ++k) {
    const char c = bytes[k];
    const std::uint64_t bit = std::uint64_t{1} << k;
    if (c == '"') bits.quote |= bit;
    if (c == '\\') bits.backslash |= bit;
    if (c == '{' || c == '}' || c == '[' || c == ']') bits.bracket |= bit;
    if (c == ':') bits.colon |= bit;
  }
#endif
  return bits;
}

// Bit k of the result: the parity of bits 0 to k of `bits`.
inline std::uint64_t PrefixXor(std::uint64_t bits) {
  bits ^= bits << 1;
  bits ^= bits << 2;
  bits ^= bits << 4;
  bits ^= bits << 8;
  bits ^= bits << 16;
  bits ^= bits << 32;
  return bits;
}

// How many bits of `bits` are set, one step a bit: the colons between two
// brackets are a few, and without a popcnt instruction assumed
// __builtin_popcountll is a call.
inline std::uint32_t BitsSet(std::uint64_t bits) {
  std::uint32_t count = 0;
  for (; bits != 0; bits &= bits - 1) ++count;
  return count;
}

}  // namespace liaison::json

#endif  // LIAISON_SRC_JSON_BLOCK_BITS_H_
