// The records stream and the incremental results writer, per cadre, at 1k,
// 10k and 100k cadres of 60 activities (bench/synthetic_records.h):
//  - BM_StreamRead: the records fed in 64 KiB pieces, each cadre read
//    (RecordsStream), nothing evaluated;
//  - BM_StreamEvaluate: the same, each cadre evaluated and written to a
//    ResultsWriter (StreamedEvaluation) whose output is taken and dropped
//    after each piece (what `liaison_stream_*` does), in the full document
//    form.
// Counters: time per cadre (`per_cadre`, in seconds; Google Benchmark prints
// it as a rate's inverse), and minor page faults per cadre (`minflt_per_cadre`,
// getrusage): fresh memory taken from the kernel, which should be near 0 once
// the reused buffers have grown. The stream and writer are made once and
// reused across iterations, as a long-running caller does.
//
//   build/release/bench/records_stream_bench --benchmark_min_time=1
#include <sys/resource.h>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "benchmark/benchmark.h"
#include "evaluate/streamed_evaluation.h"
#include "liaison/policy.h"
#include "records/records_stream.h"
#include "synthetic_records.h"

namespace liaison {
namespace {

constexpr absl::CivilDay kAsOf(2026, 12, 31);
constexpr std::size_t kPiece = 64 << 10;

const Policy& Hunan() {
  static const Policy policy = *Policy::Embedded("hunan");
  return policy;
}

long MinorFaults() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_minflt;
}

template <typename Body>
void PerCadre(benchmark::State& state, Body body) {
  const int cadres = static_cast<int>(state.range(0));
  const std::string text = bench::SyntheticRecords(cadres, 60);
  body(text);  // the buffers grown once, before the count
  const long faults_before = MinorFaults();
  for (auto _ : state) body(text);
  const double runs = static_cast<double>(state.iterations()) * cadres;
  state.counters["per_cadre"] =
      benchmark::Counter(runs, benchmark::Counter::kIsRate | benchmark::Counter::kInvert);
  state.counters["minflt_per_cadre"] = static_cast<double>(MinorFaults() - faults_before) / runs;
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
}

void BM_StreamRead(benchmark::State& state) {
  RecordsStream stream(Hunan());
  CadreYear cadre;
  PerCadre(state, [&](std::string_view text) {
    stream.Reset();
    std::size_t read = 0;
    for (std::size_t at = 0; at < text.size(); at += kPiece) {
      (void)stream.Feed(text.substr(at, kPiece));
      while (std::optional<absl::Status> entry = stream.Next(cadre)) read += entry->ok();
    }
    (void)stream.Finish();
    while (std::optional<absl::Status> entry = stream.Next(cadre)) read += entry->ok();
    benchmark::DoNotOptimize(read);
  });
}

void BM_StreamEvaluate(benchmark::State& state) {
  StreamedEvaluation evaluation(Hunan(), kAsOf, JsonStyle::kCompact, ResultsForm::kDocument);
  PerCadre(state, [&](std::string_view text) {
    evaluation.Reset();
    std::size_t written = 0;
    for (std::size_t at = 0; at < text.size(); at += kPiece) {
      (void)evaluation.Feed(text.substr(at, kPiece));
      written += evaluation.pending().size();
      evaluation.Clear();
    }
    (void)evaluation.Finish();
    written += evaluation.pending().size();
    evaluation.Clear();
    benchmark::DoNotOptimize(written);
  });
}

BENCHMARK(BM_StreamRead)->Arg(1000)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_StreamEvaluate)->Arg(1000)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace liaison

BENCHMARK_MAIN();
