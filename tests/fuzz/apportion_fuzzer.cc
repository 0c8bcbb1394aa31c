// libFuzzer target: any bytes as an apportionment request
// (liaison_apportion_json: {"places": 10, "units": [{"id": "a", "base": 6}]}).
// A request that reads must give shares that add up to the places, each the
// whole part of its quota or one more, with one audit line per place; one
// that does not must fail with a status and a message (fuzz_support.h).
//
// The audit has a line per place, so a request for 10^9 places asks for
// gigabytes by design. The library refuses places of 2^31 and more; below
// that, requests for more than kMostPlaces places are skipped so that a run
// measures the parser and the arithmetic, not the allocator.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "fuzz_support.h"
#include "simdjson.h"

namespace {

constexpr double kMostPlaces = 20000;
constexpr double kLibraryLimit = 2147483648.0;  // 2^31

// Whether any top-level "places" is a number the library would expand.
bool AsksForHugeAudit(simdjson::dom::element root) {
  simdjson::dom::object top;
  if (root.get_object().get(top) != simdjson::SUCCESS) return false;
  for (simdjson::dom::key_value_pair field : top) {
    if (field.key != "places" || !field.value.is_number()) continue;
    double places = 0;
    if (field.value.is_uint64()) return true;  // ≥ 2^63: refused, but not worth the risk
    if (field.value.is_int64()) {
      places = static_cast<double>(int64_t(field.value));
    } else {
      places = double(field.value);
    }
    if (places > kMostPlaces && places < kLibraryLimit) return true;
  }
  return false;
}

// The shares of a successful answer: they sum to the places, each is its
// whole part or one more, and the audit has one line per place.
void CheckShares(std::string_view document) {
  simdjson::dom::parser parser;
  const simdjson::padded_string padded(document);
  simdjson::dom::element root;
  if (parser.parse(padded).get(root) != simdjson::SUCCESS) std::abort();
  int64_t places = 0;
  simdjson::dom::array shares, audit;
  if (root["places"].get(places) || root["shares"].get(shares) || root["audit"].get(audit)) {
    std::abort();
  }
  int64_t given = 0;
  for (simdjson::dom::element share : shares) {
    int64_t whole = 0, share_places = 0;
    if (share["whole_part"].get(whole) || share["places"].get(share_places)) std::abort();
    if (share_places != whole && share_places != whole + 1) std::abort();
    given += share_places;
  }
  if (given != places || static_cast<int64_t>(audit.size()) != places) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view request(reinterpret_cast<const char*>(data), size);
  {
    simdjson::dom::parser parser;
    const simdjson::padded_string padded(request);
    simdjson::dom::element root;
    if (parser.parse(padded).get(root) == simdjson::SUCCESS && AsksForHugeAudit(root)) return 0;
  }
  liaison::fuzz::DocumentOut out;
  const liaison_status status = liaison_apportion_json(request.data(), request.size(),
                                                       &out.result, &out.length, &out.error);
  if (status == LIAISON_OK && out.result != nullptr) {
    CheckShares(std::string_view(out.result, out.length));
  }
  out.Check(status);
  return 0;
}
