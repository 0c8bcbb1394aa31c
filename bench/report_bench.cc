// The organ report (liaison report, docs/report.md) at scale.
//
//   BM_OrganReport       the whole organ's report of 1,000 cadres in 100
//                        departments of 10, 60 activities each, from the
//                        records text to the HTML: decode, evaluate, grade,
//                        write. Target: under 1 s and under 10 MB
//                        (counter html_bytes).
//   BM_OrganReportOnly   the same report from the evaluated batch: what the
//                        HTML itself costs.
//
// Year end (2026-12-31), so no mid-year review section; BM_OrganReport/mid
// is as of 06-30, with it.
#include <cstdint>
#include <string>

#include "benchmark/benchmark.h"
#include "liaison/evaluate.h"
#include "liaison/policy.h"
#include "liaison/report_html.h"
#include "synthetic_records.h"

namespace liaison {
namespace {

const Policy& Hunan() {
  static const Policy policy = *Policy::Embedded("hunan");
  return policy;
}

const std::string& OrganFile() {
  static const std::string text = bench::SyntheticRecords(1000, 60);
  return text;
}

void BM_OrganReport(benchmark::State& state, absl::CivilDay as_of) {
  std::size_t bytes = 0;
  for (auto _ : state) {
    absl::StatusOr<std::string> html = ReportRecordsHtml(Hunan(), OrganFile(), as_of, {});
    if (!html.ok()) {
      state.SkipWithError(std::string(html.status().message()).c_str());
      return;
    }
    bytes = html->size();
    benchmark::DoNotOptimize(html);
  }
  state.counters["html_bytes"] = static_cast<double>(bytes);
  state.counters["records_bytes"] = static_cast<double>(OrganFile().size());
}
BENCHMARK_CAPTURE(BM_OrganReport, year_end, absl::CivilDay(2026, 12, 31))
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_OrganReport, mid, absl::CivilDay(2026, 6, 30))
    ->Unit(benchmark::kMillisecond);

void BM_OrganReportOnly(benchmark::State& state) {
  const BatchReport batch = *EvaluateRecords(Hunan(), OrganFile(), absl::CivilDay(2026, 12, 31));
  for (auto _ : state) {
    absl::StatusOr<std::string> html = ReportHtml(batch, {});
    benchmark::DoNotOptimize(html);
  }
}
BENCHMARK(BM_OrganReportOnly)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace liaison

BENCHMARK_MAIN();
