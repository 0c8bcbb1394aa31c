// The C ABI's overhead (issue: the stable C ABI): the same department file
// evaluated and encoded as JSON through the C++ API (EvaluateRecordsJson) and
// through libliaison.so's liaison_evaluate_json, loaded with dlopen as an OA
// system would load it. Target: the C ABI within 5% of the C++ API.
//
// BM_CAbiDepartment* are the C figures the Java and PHP bindings are compared
// with (bench/bindings_bench.py runs all three): examples/department.json
// evaluated under the embedded "hunan" policy as of 2026-12-31, and the typed
// grade caps for a base of 10, each call as a C program makes it.
//
// BM_CAbiBatch is the batch as it grows (issue 17: cost per cadre within 1.3×
// from 1,000 to 300,000 cadres), BM_CAbiStream the same inputs through the
// C stream (liaison_stream_*), fed by 1 MiB pieces, its output taken after
// each; both report per cadre the CPU time in user space and in the kernel,
// the fresh pages, and the process's peak memory (run one size a process:
// --benchmark_filter='BM_CAbiBatch/cadres:1000/'). BM_CAbiBatchReusing is the
// batch into one buffer kept from call to call (liaison_evaluate_json_reusing),
// as a server evaluating batch after batch would call it: the evaluation
// without the fresh pages of a new result each call. LIAISON_LIBRARY=/path/to/libliaison.so
// measures another build's library with the same program, e.g.
//   LIAISON_LIBRARY=../before/capi/libliaison.so c_abi_bench --benchmark_filter=Batch
#include <dlfcn.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <string>

#include "benchmark/benchmark.h"
#include "liaison.h"
#include "liaison/report_json.h"
#include "process_usage.h"
#include "synthetic_records.h"

namespace liaison {
namespace {

using PolicyEmbedded = decltype(&liaison_policy_embedded);
using EvaluateJson = decltype(&liaison_evaluate_json);
using EvaluateJsonReusing = decltype(&liaison_evaluate_json_reusing);
using Free = decltype(&liaison_free);
using GradeCaps = decltype(&liaison_grade_caps);
using GradeCheck = decltype(&liaison_grade_check);
using StreamNew = decltype(&liaison_stream_new);
using StreamFeed = decltype(&liaison_stream_feed);
using StreamFinish = decltype(&liaison_stream_finish);
using StreamNext = decltype(&liaison_stream_next);
using StreamFree = decltype(&liaison_stream_free);

// libliaison.so's entry points, resolved once.
struct SharedLibrary {
  SharedLibrary() {
    const char* path = std::getenv("LIAISON_LIBRARY");
    handle = dlopen(path != nullptr ? path : LIAISON_SHARED_LIBRARY, RTLD_NOW | RTLD_LOCAL);
    if (handle == nullptr) {
      std::fprintf(stderr, "dlopen: %s\n", dlerror());
      std::abort();
    }
    policy_embedded = reinterpret_cast<PolicyEmbedded>(dlsym(handle, "liaison_policy_embedded"));
    evaluate_json = reinterpret_cast<EvaluateJson>(dlsym(handle, "liaison_evaluate_json"));
    // NULL in a library older than the call.
    evaluate_json_reusing =
        reinterpret_cast<EvaluateJsonReusing>(dlsym(handle, "liaison_evaluate_json_reusing"));
    free_document = reinterpret_cast<Free>(dlsym(handle, "liaison_free"));
    grade_caps = reinterpret_cast<GradeCaps>(dlsym(handle, "liaison_grade_caps"));
    grade_check = reinterpret_cast<GradeCheck>(dlsym(handle, "liaison_grade_check"));
    stream_new = reinterpret_cast<StreamNew>(dlsym(handle, "liaison_stream_new"));
    stream_feed = reinterpret_cast<StreamFeed>(dlsym(handle, "liaison_stream_feed"));
    stream_finish = reinterpret_cast<StreamFinish>(dlsym(handle, "liaison_stream_finish"));
    stream_next = reinterpret_cast<StreamNext>(dlsym(handle, "liaison_stream_next"));
    stream_free = reinterpret_cast<StreamFree>(dlsym(handle, "liaison_stream_free"));
    if (policy_embedded("hunan", 5, &policy, nullptr) != LIAISON_OK) std::abort();
  }
  void* handle = nullptr;
  PolicyEmbedded policy_embedded = nullptr;
  EvaluateJson evaluate_json = nullptr;
  EvaluateJsonReusing evaluate_json_reusing = nullptr;
  Free free_document = nullptr;
  GradeCaps grade_caps = nullptr;
  GradeCheck grade_check = nullptr;
  StreamNew stream_new = nullptr;
  StreamFeed stream_feed = nullptr;
  StreamFinish stream_finish = nullptr;
  StreamNext stream_next = nullptr;
  StreamFree stream_free = nullptr;
  liaison_policy* policy = nullptr;
};

const SharedLibrary& Library() {
  static const SharedLibrary library;
  return library;
}

const std::string& DepartmentFile() {
  static const std::string text = bench::SyntheticRecords(100, 60);
  return text;
}

void BM_CxxApiEvaluateJson(benchmark::State& state) {
  const Policy policy = *Policy::Embedded("hunan");
  const std::string& text = DepartmentFile();
  for (auto _ : state) {
    absl::StatusOr<std::string> out = EvaluateRecordsJson(policy, text, absl::CivilDay(2026, 12, 31));
    benchmark::DoNotOptimize(out);
  }
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(text.size()));
}
BENCHMARK(BM_CxxApiEvaluateJson);

// liaison_evaluate_json of `text` and liaison_free of its document, each
// iteration; with `copy`, the document copied out before the free.
void EvaluateThroughCAbi(benchmark::State& state, const std::string& text, bool copy) {
  const SharedLibrary& library = Library();
  size_t length = 0;
  for (auto _ : state) {
    char* result = nullptr;
    if (library.evaluate_json(library.policy, text.data(), text.size(), "2026-12-31", 10, &result,
                              &length, nullptr) != LIAISON_OK) {
      state.SkipWithError("liaison_evaluate_json failed");
      break;
    }
    if (copy) {
      std::string out(result, length);
      benchmark::DoNotOptimize(out.data());
    }
    benchmark::DoNotOptimize(result);
    library.free_document(result);
  }
  state.counters["result_bytes"] = static_cast<double>(length);
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(text.size()));
}

void BM_CAbiEvaluateJson(benchmark::State& state) {
  EvaluateThroughCAbi(state, DepartmentFile(), false);
}
BENCHMARK(BM_CAbiEvaluateJson);

// A synthetic organ of state.range(0) cadres of 30 activities (4 KB a cadre)
// through liaison_evaluate_json, one call an iteration. Reported per cadre:
// the CPU time, its split between user space and the kernel, the pages
// freshly taken from the kernel, and the peak memory.
void BM_CAbiBatch(benchmark::State& state) {
  const auto cadres = static_cast<int>(state.range(0));
  const std::string text = bench::SyntheticRecords(cadres, 30);
  const bench::ProcessUsage before = bench::ProcessUsage::Now();
  EvaluateThroughCAbi(state, text, false);
  bench::ReportPerCadre(state, before, static_cast<double>(state.iterations()) * cadres);
}
// The sizes of the organ, 1,000 to 300,000 cadres.
void OrganSizes(benchmark::internal::Benchmark* benchmark) {
  benchmark->ArgName("cadres")
      ->Arg(1000)
      ->Arg(10000)
      ->Arg(100000)
      ->Arg(300000)
      ->Unit(benchmark::kMillisecond)
      ->MeasureProcessCPUTime();
}
BENCHMARK(BM_CAbiBatch)->Apply(OrganSizes);

// The same organ through liaison_evaluate_json_reusing into one buffer, filled
// once before the timing.
void BM_CAbiBatchReusing(benchmark::State& state) {
  const SharedLibrary& library = Library();
  if (library.evaluate_json_reusing == nullptr) {
    state.SkipWithError("the library has no liaison_evaluate_json_reusing");
    return;
  }
  const auto cadres = static_cast<int>(state.range(0));
  const std::string text = bench::SyntheticRecords(cadres, 30);
  char* buffer = nullptr;
  std::size_t capacity = 0;
  std::size_t length = 0;
  const auto evaluate = [&] {
    return library.evaluate_json_reusing(library.policy, text.data(), text.size(), "2026-12-31",
                                         10, LIAISON_STREAM_DOCUMENT, &buffer, &capacity, &length,
                                         nullptr) == LIAISON_OK;
  };
  const bool filled = evaluate();
  const bench::ProcessUsage before = bench::ProcessUsage::Now();
  for (auto _ : state) {
    if (!filled || !evaluate()) {
      state.SkipWithError("liaison_evaluate_json_reusing failed");
      break;
    }
    benchmark::DoNotOptimize(buffer);
  }
  library.free_document(buffer);
  state.counters["result_bytes"] = static_cast<double>(length);
  bench::ReportPerCadre(state, before, static_cast<double>(state.iterations()) * cadres);
}
BENCHMARK(BM_CAbiBatchReusing)->Apply(OrganSizes);

// The same organ through the C stream: one stream made, fed the text by
// 1 MiB pieces with its output taken (and dropped) after each, finished
// and freed, each iteration.
void BM_CAbiStream(benchmark::State& state) {
  const SharedLibrary& library = Library();
  const auto cadres = static_cast<int>(state.range(0));
  const std::string text = bench::SyntheticRecords(cadres, 30);
  constexpr std::size_t kPiece = 1 << 20;
  const bench::ProcessUsage before = bench::ProcessUsage::Now();
  std::size_t out_bytes = 0;
  for (auto _ : state) {
    liaison_stream* stream = nullptr;
    if (library.stream_new(library.policy, "2026-12-31", 10, LIAISON_STREAM_DOCUMENT, &stream,
                           nullptr) != LIAISON_OK) {
      state.SkipWithError("liaison_stream_new failed");
      break;
    }
    out_bytes = 0;
    const auto take = [&] {
      const char* output = nullptr;
      size_t length = 0;
      library.stream_next(stream, &output, &length, nullptr);
      benchmark::DoNotOptimize(output);
      out_bytes += length;
    };
    bool ok = true;
    for (std::size_t at = 0; ok && at < text.size(); at += kPiece) {
      const std::size_t length = std::min(kPiece, text.size() - at);
      ok = library.stream_feed(stream, text.data() + at, length, nullptr) == LIAISON_OK;
      take();
    }
    ok = ok && library.stream_finish(stream, nullptr) == LIAISON_OK;
    take();
    library.stream_free(stream);
    if (!ok) {
      state.SkipWithError("liaison_stream_feed or _finish failed");
      break;
    }
  }
  state.counters["result_bytes"] = static_cast<double>(out_bytes);
  bench::ReportPerCadre(state, before, static_cast<double>(state.iterations()) * cadres);
}
BENCHMARK(BM_CAbiStream)->Apply(OrganSizes);

// examples/department.json (13 cadres, 66 KB), read before timing as the
// bindings' benchmarks read it.
const std::string& ExampleDepartment() {
  static const std::string text = [] {
    std::ifstream in(LIAISON_SOURCE_DIR "/examples/department.json", std::ios::binary);
    if (!in) std::abort();
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }();
  return text;
}

// One liaison_evaluate_json call and the liaison_free of its document: what
// Policy.evaluateJson (Java) and Liaison::evaluate (PHP) wrap.
void BM_CAbiDepartmentEvaluate(benchmark::State& state) {
  EvaluateThroughCAbi(state, ExampleDepartment(), false);
}
BENCHMARK(BM_CAbiDepartmentEvaluate);

// The same, and the document copied out of the library's buffer before it is
// freed, as every binding must (into a Java String or a PHP string): the
// floor for a binding that returns the document as its language's string.
void BM_CAbiDepartmentEvaluateCopied(benchmark::State& state) {
  EvaluateThroughCAbi(state, ExampleDepartment(), true);
}
BENCHMARK(BM_CAbiDepartmentEvaluateCopied);

// The typed caps for a quota base of 10: Policy.gradeCaps(10), $policy->gradeCaps(10).
void BM_CAbiDepartmentGradeCaps(benchmark::State& state) {
  const SharedLibrary& library = Library();
  for (auto _ : state) {
    int32_t caps[4];
    if (library.grade_caps(library.policy, 10, caps, 4, nullptr) != LIAISON_OK) {
      state.SkipWithError("liaison_grade_caps failed");
      break;
    }
    benchmark::DoNotOptimize(caps);
  }
}
BENCHMARK(BM_CAbiDepartmentGradeCaps);

// The typed check of a department of 10 graded 3 优, 5 良, 1 中, 1 none:
// Policy.checkGrades(grades, null), $policy->checkGrades($grades).
void BM_CAbiDepartmentGradeCheck(benchmark::State& state) {
  const SharedLibrary& library = Library();
  const int32_t grades[10] = {0, 0, 0, 1, 1, 1, 1, 1, 2, -1};
  for (auto _ : state) {
    int32_t counts[4];
    if (library.grade_check(library.policy, grades, 10, nullptr, &counts[0], &counts[1],
                            &counts[2], &counts[3], nullptr) != LIAISON_OK) {
      state.SkipWithError("liaison_grade_check failed");
      break;
    }
    benchmark::DoNotOptimize(counts);
  }
}
BENCHMARK(BM_CAbiDepartmentGradeCheck);

}  // namespace
}  // namespace liaison

BENCHMARK_MAIN();
