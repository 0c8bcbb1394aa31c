// ValueLimits: how large one value of a streamed document may be.
//
// A streamed document has no size limit but memory; each of its elements (a
// records document's cadre, one line of JSON Lines) is read alone, and held
// to these limits so that one element can neither exhaust memory nor hold a
// thread for long. An element over a limit becomes an error naming the
// limit, in words, at its path; it never makes valid JSON "invalid", and the
// other elements are read as usual. docs/records.md lists them.
#ifndef LIAISON_SRC_JSON_VALUE_LIMITS_H_
#define LIAISON_SRC_JSON_VALUE_LIMITS_H_

#include <cstdint>
#include <string>

namespace liaison::json {

enum class ValueLimit { kElementBytes, kStringBytes, kDepth, kKeys };

struct ValueLimits {
  std::uint64_t element_bytes = std::uint64_t{4} << 20;  // one element, as written
  std::uint64_t string_bytes = std::uint64_t{64} << 10;  // one string, as written
  std::uint64_t depth = 1024;  // objects and arrays open at once, the element's own counted
  std::uint64_t keys = 1000;   // keys of one object
};

// "the string is longer than 65536 bytes, the limit for one string", in
// English and in Chinese.
std::string LimitReasonEn(ValueLimit limit, const ValueLimits& limits);
std::string LimitReasonZh(ValueLimit limit, const ValueLimits& limits);

}  // namespace liaison::json

#endif  // LIAISON_SRC_JSON_VALUE_LIMITS_H_
