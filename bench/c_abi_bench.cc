// The C ABI's overhead (issue: the stable C ABI): the same department file
// evaluated and encoded as JSON through the C++ API (EvaluateRecordsJson) and
// through libliaison.so's liaison_evaluate_json, loaded with dlopen as an OA
// system would load it. Target: the C ABI within 5% of the C++ API.
#include <dlfcn.h>

#include <cstdio>
#include <cstdlib>
#include <string>

#include "benchmark/benchmark.h"
#include "liaison.h"
#include "liaison/report_json.h"
#include "synthetic_records.h"

namespace liaison {
namespace {

using PolicyEmbedded = decltype(&liaison_policy_embedded);
using EvaluateJson = decltype(&liaison_evaluate_json);
using Free = decltype(&liaison_free);

// libliaison.so's entry points, resolved once.
struct SharedLibrary {
  SharedLibrary() {
    handle = dlopen(LIAISON_SHARED_LIBRARY, RTLD_NOW | RTLD_LOCAL);
    if (handle == nullptr) {
      std::fprintf(stderr, "dlopen: %s\n", dlerror());
      std::abort();
    }
    policy_embedded = reinterpret_cast<PolicyEmbedded>(dlsym(handle, "liaison_policy_embedded"));
    evaluate_json = reinterpret_cast<EvaluateJson>(dlsym(handle, "liaison_evaluate_json"));
    free_document = reinterpret_cast<Free>(dlsym(handle, "liaison_free"));
    if (policy_embedded("hunan", 5, &policy, nullptr) != LIAISON_OK) std::abort();
  }
  void* handle = nullptr;
  PolicyEmbedded policy_embedded = nullptr;
  EvaluateJson evaluate_json = nullptr;
  Free free_document = nullptr;
  liaison_policy* policy = nullptr;
};

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

void BM_CAbiEvaluateJson(benchmark::State& state) {
  static const SharedLibrary library;
  const std::string& text = DepartmentFile();
  for (auto _ : state) {
    char* result = nullptr;
    size_t length = 0;
    if (library.evaluate_json(library.policy, text.data(), text.size(), "2026-12-31", 10, &result,
                              &length, nullptr) != LIAISON_OK) {
      state.SkipWithError("liaison_evaluate_json failed");
      break;
    }
    benchmark::DoNotOptimize(result);
    library.free_document(result);
  }
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(text.size()));
}
BENCHMARK(BM_CAbiEvaluateJson);

}  // namespace
}  // namespace liaison

BENCHMARK_MAIN();
