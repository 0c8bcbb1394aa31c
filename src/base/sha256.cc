// SHA-256 as specified in FIPS 180-4, section 6.2.
//
// All arithmetic is on std::uint32_t / std::uint64_t, which wrap modulo 2^32
// and 2^64. Bytes are widened to std::uint32_t before any shift, so no
// operand is ever promoted to a (signed) int, and rotation counts are always
// in [1, 31], so no shift is by the full width of its operand.

#include "base/sha256.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace liaison {
namespace {

constexpr std::size_t kBlockSize = 64;  // bytes in one message block

// First 32 bits of the fractional parts of the cube roots of the first 64
// primes (FIPS 180-4, 4.2.2).
constexpr std::array<std::uint32_t, 64> kRoundConstants = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1,
    0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3,
    0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
    0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147,
    0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
    0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b,
    0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
    0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
    0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

// First 32 bits of the fractional parts of the square roots of the first 8
// primes (FIPS 180-4, 5.3.3).
constexpr std::array<std::uint32_t, 8> kInitialHash = {
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
    0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
};

using State = std::array<std::uint32_t, 8>;

// Rotate right; `n` must be in [1, 31].
constexpr std::uint32_t Rotr(std::uint32_t x, unsigned n) {
  return (x >> n) | (x << (32U - n));
}

constexpr std::uint32_t Ch(std::uint32_t x, std::uint32_t y,
                           std::uint32_t z) {
  return (x & y) ^ (~x & z);
}

constexpr std::uint32_t Maj(std::uint32_t x, std::uint32_t y,
                            std::uint32_t z) {
  return (x & y) ^ (x & z) ^ (y & z);
}

constexpr std::uint32_t BigSigma0(std::uint32_t x) {
  return Rotr(x, 2) ^ Rotr(x, 13) ^ Rotr(x, 22);
}

constexpr std::uint32_t BigSigma1(std::uint32_t x) {
  return Rotr(x, 6) ^ Rotr(x, 11) ^ Rotr(x, 25);
}

constexpr std::uint32_t SmallSigma0(std::uint32_t x) {
  return Rotr(x, 7) ^ Rotr(x, 18) ^ (x >> 3);
}

constexpr std::uint32_t SmallSigma1(std::uint32_t x) {
  return Rotr(x, 17) ^ Rotr(x, 19) ^ (x >> 10);
}

// Reads a big-endian 32-bit word from `p[0..3]`.
std::uint32_t LoadBigEndian32(const unsigned char* p) {
  return (static_cast<std::uint32_t>(p[0]) << 24) |
         (static_cast<std::uint32_t>(p[1]) << 16) |
         (static_cast<std::uint32_t>(p[2]) << 8) |
         static_cast<std::uint32_t>(p[3]);
}

// Applies the compression function to one 64-byte block (FIPS 180-4, 6.2.2).
void CompressBlock(State& state, const unsigned char* block) {
  std::array<std::uint32_t, 64> w;
  for (std::size_t t = 0; t < 16; ++t) {
    w[t] = LoadBigEndian32(block + 4 * t);
  }
  for (std::size_t t = 16; t < 64; ++t) {
    w[t] = SmallSigma1(w[t - 2]) + w[t - 7] + SmallSigma0(w[t - 15]) +
           w[t - 16];
  }

  std::uint32_t a = state[0];
  std::uint32_t b = state[1];
  std::uint32_t c = state[2];
  std::uint32_t d = state[3];
  std::uint32_t e = state[4];
  std::uint32_t f = state[5];
  std::uint32_t g = state[6];
  std::uint32_t h = state[7];
  for (std::size_t t = 0; t < 64; ++t) {
    const std::uint32_t t1 =
        h + BigSigma1(e) + Ch(e, f, g) + kRoundConstants[t] + w[t];
    const std::uint32_t t2 = BigSigma0(a) + Maj(a, b, c);
    h = g;
    g = f;
    f = e;
    e = d + t1;
    d = c;
    c = b;
    b = a;
    a = t1 + t2;
  }
  state[0] += a;
  state[1] += b;
  state[2] += c;
  state[3] += d;
  state[4] += e;
  state[5] += f;
  state[6] += g;
  state[7] += h;
}

}  // namespace

std::string Sha256Hex(std::string_view data) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(data.data());
  const std::size_t size = data.size();

  State state = kInitialHash;

  // All complete blocks are hashed straight from the input.
  const std::size_t full_size = size - size % kBlockSize;
  for (std::size_t offset = 0; offset < full_size; offset += kBlockSize) {
    CompressBlock(state, bytes + offset);
  }

  // Padding (FIPS 180-4, 5.1.1): the remaining 0..63 bytes, a 0x80 byte,
  // zeros, and the message length in bits as a 64-bit big-endian integer.
  // This fits in one block if the remainder is at most 55 bytes, else two.
  const std::size_t rest = size - full_size;
  std::array<unsigned char, 2 * kBlockSize> tail{};
  if (rest != 0) std::memcpy(tail.data(), bytes + full_size, rest);
  tail[rest] = 0x80;
  const std::size_t tail_size = rest + 1 + 8 <= kBlockSize ? kBlockSize
                                                           : 2 * kBlockSize;
  // The length is taken modulo 2^64, as the standard specifies.
  const std::uint64_t bit_length = static_cast<std::uint64_t>(size) * 8U;
  for (std::size_t i = 0; i < 8; ++i) {
    tail[tail_size - 1 - i] =
        static_cast<unsigned char>((bit_length >> (8 * i)) & 0xffU);
  }
  for (std::size_t offset = 0; offset < tail_size; offset += kBlockSize) {
    CompressBlock(state, tail.data() + offset);
  }

  static constexpr char kHexDigits[] = "0123456789abcdef";
  std::string hex;
  hex.reserve(2 * 4 * state.size());
  for (const std::uint32_t word : state) {
    for (int shift = 28; shift >= 0; shift -= 4) {
      hex.push_back(kHexDigits[(word >> shift) & 0xfU]);
    }
  }
  return hex;
}

}  // namespace liaison
