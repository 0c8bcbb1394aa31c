// libFuzzer target: any bytes as a policy document. Parsing must return a
// policy or an error naming where the problem is — never crash, never hang.
// A policy that parses must survive its canonical form unchanged.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "liaison/policy.h"
#include "liaison/problem.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  absl::StatusOr<liaison::Policy> policy = liaison::Policy::FromJson(text);
  if (!policy.ok()) {
    if (liaison::ProblemsOf(policy.status()).empty()) std::abort();  // every error has a path
    return 0;
  }
  absl::StatusOr<liaison::Policy> again = liaison::Policy::FromJson(policy->canonical_json());
  if (!again.ok() || again->fingerprint() != policy->fingerprint()) std::abort();
  return 0;
}
