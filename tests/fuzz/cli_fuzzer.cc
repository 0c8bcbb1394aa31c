// libFuzzer target: the `liaison` command's option parsing, inputs and
// tables. Each line of the input is one argument ("evaluate", "--policy",
// "hunan", …), handed to the command's dispatcher (RunCommand,
// bindings/cli/commands.h) as if typed, run inside the scratch directory of
// the examples (scratch_directory.h) with standard input empty and the
// output thrown away. Any exit status is an answer; a crash, a sanitizer
// report or an abort is not.
#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <streambuf>
#include <string>
#include <string_view>
#include <vector>

#include "commands.h"
#include "scratch_directory.h"

namespace {

// Swallows what the command prints.
class NullBuffer : public std::streambuf {
 protected:
  int overflow(int c) override { return c == EOF ? 0 : c; }
  std::streamsize xsputn(const char*, std::streamsize n) override { return n; }
};

std::vector<std::string> Arguments(std::string_view text) {
  std::vector<std::string> arguments;
  while (!text.empty()) {
    const std::size_t end = std::min(text.find('\n'), text.size());
    arguments.emplace_back(text.substr(0, end));
    text.remove_prefix(std::min(end + 1, text.size()));
  }
  return arguments;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const int home = [] {
    if (std::freopen("/dev/null", "r", stdin) == nullptr) std::abort();
    return open(".", O_RDONLY | O_DIRECTORY);
  }();
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  if (liaison::fuzz::MayLeaveScratchDirectory(text)) return 0;
  const std::vector<std::string> arguments = Arguments(text);
  static NullBuffer null_buffer;
  std::streambuf* const out = std::cout.rdbuf(&null_buffer);
  std::streambuf* const err = std::cerr.rdbuf(&null_buffer);
  std::cin.clear();
  if (chdir(liaison::fuzz::ScratchDirectory().c_str()) != 0) std::abort();
  (void)liaison::cli::RunCommand(arguments);
  if (fchdir(home) != 0) std::abort();
  std::cout.rdbuf(out);
  std::cerr.rdbuf(err);
  liaison::fuzz::RestoreScratchDirectory();
  return 0;
}
