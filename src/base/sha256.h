// SHA-256 content fingerprints for policy documents.
//
// Every policy is identified, besides its id, by the SHA-256 digest of its
// canonical JSON text. That fingerprint is stamped into every result the
// library produces, so that a recorded decision can later be audited against
// the exact policy text that produced it: two results carrying the same
// fingerprint were decided by byte-for-byte the same policy.
//
// The digest is implemented here (FIPS 180-4, portable C++17) rather than
// taken from a cryptographic library because a fingerprint is all that is
// needed, and a crypto dependency would be a heavy price for it. It is NOT
// used for security: nothing here authenticates, signs or keeps secrets, and
// no attempt is made to resist side channels.

#ifndef LIAISON_SRC_SHA256_H_
#define LIAISON_SRC_SHA256_H_

#include <string>
#include <string_view>

namespace liaison {

// Returns the SHA-256 digest of `data` (treated as raw bytes) as 64 lowercase
// hexadecimal digits, e.g.
//
//   Sha256Hex("abc") ==
//       "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
//
// The result depends only on the bytes of `data`, never on the platform.
std::string Sha256Hex(std::string_view data);

}  // namespace liaison

#endif  // LIAISON_SRC_SHA256_H_
