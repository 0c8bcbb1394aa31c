// libFuzzer target: any bytes as a case file (inline policies and records
// only: the runner may read files, the fuzzer should not steer it to any).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "liaison/case_runner.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  if (text.find("\"path\"") != std::string_view::npos) return 0;
  (void)liaison::RunCase(text, "/nonexistent");
  return 0;
}
