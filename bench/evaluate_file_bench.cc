// Evaluating a records file through the C++ API: the C++ side of
// bench/python_bench.py, which writes the file (100,000 cadres), names it in
// LIAISON_BENCH_RECORDS and times Policy.evaluate from Python on the same bytes.
//  - BM_EvaluateRecordsJson: the file's text in memory → the evaluation
//    document as JSON text (what liaison_evaluate_json, and so Python, gets);
//  - BM_DecodeAndEvaluate: the text → a typed BatchReport (what a C++ program
//    that reads the reports directly gets: no JSON out).
// Reading the file is not timed, on either side.
//
//   LIAISON_BENCH_RECORDS=records.json ./evaluate_file_bench
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include "benchmark/benchmark.h"
#include "liaison/evaluate.h"
#include "liaison/record_decoder.h"
#include "liaison/report_json.h"

namespace liaison {
namespace {

constexpr absl::CivilDay kAsOf(2026, 12, 31);

const Policy& Hunan() {
  static const Policy policy = *Policy::Embedded("hunan");
  return policy;
}

// The file named by LIAISON_BENCH_RECORDS, read once.
const std::string& RecordsText() {
  static const std::string text = [] {
    const char* path = std::getenv("LIAISON_BENCH_RECORDS");
    if (path == nullptr || *path == '\0') {
      std::fprintf(stderr, "set LIAISON_BENCH_RECORDS to a records file (bench/python_bench.py "
                           "writes one)\n");
      std::exit(2);
    }
    std::ifstream file(path, std::ios::binary);
    if (!file) {
      std::fprintf(stderr, "cannot read %s\n", path);
      std::exit(2);
    }
    std::ostringstream contents;
    contents << file.rdbuf();
    return contents.str();
  }();
  return text;
}

void BM_EvaluateRecordsJson(benchmark::State& state) {
  const std::string& text = RecordsText();
  for (auto _ : state) {
    absl::StatusOr<std::string> out = EvaluateRecordsJson(Hunan(), text, kAsOf);
    if (!out.ok()) {
      state.SkipWithError(std::string(out.status().message()).c_str());
      break;
    }
    benchmark::DoNotOptimize(out->data());
  }
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(text.size()));
}
BENCHMARK(BM_EvaluateRecordsJson)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_DecodeAndEvaluate(benchmark::State& state) {
  const std::string& text = RecordsText();
  for (auto _ : state) {
    absl::StatusOr<RecordBatch> batch = DecodeRecords(Hunan(), text);
    if (!batch.ok()) {
      state.SkipWithError(std::string(batch.status().message()).c_str());
      break;
    }
    BatchReport report = EvaluateBatch(Hunan(), *batch, kAsOf);
    benchmark::DoNotOptimize(report);
  }
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(text.size()));
}
BENCHMARK(BM_DecodeAndEvaluate)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace
}  // namespace liaison

BENCHMARK_MAIN();
