// ProcessUsage: what the process has used so far, from getrusage: CPU time
// in user space and in the kernel, pages taken from the kernel, and its
// peak resident memory. The benchmarks of batches that grow report these
// per cadre (the kernel's share is where fresh memory's cost shows) and
// the peak once per size, each size run in a process of its own.
#ifndef LIAISON_BENCH_PROCESS_USAGE_H_
#define LIAISON_BENCH_PROCESS_USAGE_H_

#include <sys/resource.h>

#include <cstdint>

#include "benchmark/benchmark.h"

namespace liaison::bench {

struct ProcessUsage {
  double user_seconds = 0;
  double kernel_seconds = 0;
  std::int64_t minor_faults = 0;
  double peak_mib = 0;  // the process's peak so far: not a difference

  static ProcessUsage Now() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto seconds = [](timeval t) { return t.tv_sec + t.tv_usec / 1e6; };
    return {seconds(usage.ru_utime), seconds(usage.ru_stime), usage.ru_minflt,
            usage.ru_maxrss / 1024.0};
  }
};

// Counters per cadre since `before`, `cadres` cadres done in all: the
// benchmark's time, CPU time in µs split into user space and kernel, fresh
// pages, and the peak resident memory in MiB.
inline void ReportPerCadre(benchmark::State& state, const ProcessUsage& before, double cadres) {
  const ProcessUsage after = ProcessUsage::Now();
  state.counters["per_cadre"] =
      benchmark::Counter(cadres, benchmark::Counter::kIsRate | benchmark::Counter::kInvert);
  state.counters["user_us_per_cadre"] = (after.user_seconds - before.user_seconds) * 1e6 / cadres;
  state.counters["kernel_us_per_cadre"] =
      (after.kernel_seconds - before.kernel_seconds) * 1e6 / cadres;
  state.counters["faults_per_cadre"] =
      static_cast<double>(after.minor_faults - before.minor_faults) / cadres;
  state.counters["peak_mib"] = after.peak_mib;
}

}  // namespace liaison::bench

#endif  // LIAISON_BENCH_PROCESS_USAGE_H_
