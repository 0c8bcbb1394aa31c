// libFuzzer target: a policy, an as-of date and a records document, as the
// progress overview (liaison_progress_json) takes them. The header line names
// the policy and the
// date ("hunan 2026-06-30", or "#1 2026-06-30" with a policy document as the
// body's second section, fuzz_support.h); the first section is the records.
// The overview must be well-formed JSON or a status with a message.
#include <cstddef>
#include <cstdint>

#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace liaison::fuzz;
  const FuzzInput input = SplitInput(data, size);
  const PolicyHandle policy(Word(input, 0), input);
  if (policy.get() == nullptr) return 0;
  const std::string_view as_of = Word(input, 1);
  const std::string_view records = Section(input, 0);
  DocumentOut out;
  out.Check(liaison_progress_json(policy.get(), records.data(), records.size(), as_of.data(),
                                  as_of.size(), &out.result, &out.length, &out.error));
  return 0;
}
