// Diffing two policies over 100,000 cadres (issue: unit-testing policy
// changes): the yearly Hunan policy against the same with the 良 cap at 40%,
// on synthetic records of 100,000 cadres with 20 activities each in
// departments of 10 — decoding, evaluating and grading both sides, and
// comparing every cadre and department.
#include <string>

#include "benchmark/benchmark.h"
#include "liaison/policy_diff.h"
#include "synthetic_records.h"

namespace liaison {
namespace {

void BM_DiffPolicies(benchmark::State& state) {
  const int cadres = static_cast<int>(state.range(0));
  const std::string records = bench::SyntheticRecords(cadres, 20);
  const Policy before = *Policy::Embedded("hunan");
  std::string text = before.canonical_json();
  text.replace(text.find(R"("share":0.5)"), 11, R"("share":0.4)");
  const Policy after = *Policy::FromJson(text);
  for (auto _ : state) {
    absl::StatusOr<PolicyDiff> diff =
        DiffPolicies(before, after, records, absl::CivilDay(2026, 12, 31));
    if (!diff.ok()) {
      state.SkipWithError("diff failed");
      break;
    }
    state.counters["cadres_changed"] = diff->summary.cadres_changed;
    benchmark::DoNotOptimize(diff);
  }
  state.SetItemsProcessed(state.iterations() * cadres);
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(records.size()));
}
BENCHMARK(BM_DiffPolicies)->Arg(100000)->Unit(benchmark::kMillisecond)->Iterations(3);

}  // namespace
}  // namespace liaison

BENCHMARK_MAIN();
