// Replays a fuzzer's inputs without libFuzzer: linked with one fuzzer's
// LLVMFuzzerTestOneInput, it runs every file named on the command line, and
// every file of every directory named, in name order (a path that does not
// exist is passed over). A finding shows as it
// did under libFuzzer: the fuzzer aborts (or, in the sanitize build, a
// sanitizer reports). Fails when it found nothing to replay, so a test that
// lost its inputs cannot pass.
//   replay_policy_fuzzer tests/data/fuzz-regressions/policy_fuzzer tests/fuzz/corpus/policy_fuzzer
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

int main(int argc, char** argv) {
  namespace fs = std::filesystem;
  std::vector<fs::path> inputs;
  for (int i = 1; i < argc; ++i) {
    const fs::path named(argv[i]);
    if (!fs::exists(named)) continue;  // a fuzzer without regressions (yet)
    if (!fs::is_directory(named)) {
      inputs.push_back(named);
      continue;
    }
    std::vector<fs::path> files;
    for (const fs::directory_entry& entry : fs::directory_iterator(named)) {
      if (entry.is_regular_file()) files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    inputs.insert(inputs.end(), files.begin(), files.end());
  }
  for (const fs::path& input : inputs) {
    std::ifstream in(input, std::ios::binary);
    if (!in) {
      std::cerr << "cannot read " << input << "\n";
      return 1;
    }
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
  }
  std::cout << "replayed " << inputs.size() << " inputs\n";
  return inputs.empty() ? 1 : 0;
}
