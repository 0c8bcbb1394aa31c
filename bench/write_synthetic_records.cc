// write_synthetic_records: writes the synthetic organ of synthetic_records.h
// to a file, for measuring the command on inputs of any size.
//
//   write_synthetic_records [--lines] [--activities K] CADRES FILE
//
// Without --lines the file is one records document (liaison.records/1);
// with --lines it is the JSON Lines form (liaison.records.lines/1): a header
// line, then one cadre a line. Either holds the same cadres. Written as generated, a cadre at a time, so a million cadres take
// no more memory than one.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include "synthetic_records.h"

namespace {

constexpr char kUsage[] = "usage: write_synthetic_records [--lines] [--activities K] CADRES FILE\n";

bool Write(std::FILE* file, const std::string& text) {
  return std::fwrite(text.data(), 1, text.size(), file) == text.size();
}

}  // namespace

int main(int argc, char** argv) {
  bool lines = false;
  int activities = 60;
  int arg = 1;
  for (; arg < argc && std::strncmp(argv[arg], "--", 2) == 0; ++arg) {
    if (std::strcmp(argv[arg], "--lines") == 0) {
      lines = true;
    } else if (std::strcmp(argv[arg], "--activities") == 0 && arg + 1 < argc) {
      activities = std::atoi(argv[++arg]);
    } else {
      std::fputs(kUsage, stderr);
      return 2;
    }
  }
  if (argc - arg != 2 || std::atoi(argv[arg]) <= 0 || activities <= 0) {
    std::fputs(kUsage, stderr);
    return 2;
  }
  const int cadres = std::atoi(argv[arg]);
  std::FILE* file = std::fopen(argv[arg + 1], "wb");
  if (file == nullptr) {
    std::perror(argv[arg + 1]);
    return 1;
  }
  liaison::bench::SyntheticCadres generator(activities, /*department_size=*/10);
  std::string text = lines ? std::string(liaison::bench::kSyntheticRecordsLinesHeader) + "\n"
                           : std::string(liaison::bench::kSyntheticRecordsHead) + R"(,"cadres":[)";
  bool written = true;
  for (int c = 0; c < cadres && written; ++c) {
    if (c > 0 && !lines) text += ',';
    generator.AppendNext(text);
    if (lines) text += '\n';
    written = Write(file, text);
    text.clear();
  }
  if (!lines) text += "]}";
  written = written && Write(file, text);
  if (std::fclose(file) != 0 || !written) {
    std::perror(argv[arg + 1]);
    return 1;
  }
  return 0;
}
