// libFuzzer target: two policies and a records document, diffed
// (liaison_diff_json). The header line names the policies before and after
// and the as-of date ("hunan-2018 hunan 2026-06-30"); the body's first
// section is the records, and a policy word "#1" or "#2" reads that section
// as a policy document (fuzz_support.h), so the policies are fuzzed too.
#include <cstddef>
#include <cstdint>

#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace liaison::fuzz;
  const FuzzInput input = SplitInput(data, size);
  const PolicyHandle before(Word(input, 0), input);
  const PolicyHandle after(Word(input, 1), input);
  if (before.get() == nullptr || after.get() == nullptr) return 0;
  const std::string_view as_of = Word(input, 2);
  const std::string_view records = Section(input, 0);
  DocumentOut out;
  out.Check(liaison_diff_json(before.get(), after.get(), records.data(), records.size(),
                              as_of.data(), as_of.size(), &out.result, &out.length, &out.error));
  return 0;
}
