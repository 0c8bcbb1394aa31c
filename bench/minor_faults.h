// MinorFaults: pages the process has taken from the kernel so far. On a
// virtual machine a fresh page costs microseconds, so the benchmarks of
// memory reuse report these per call or per cadre.
#ifndef LIAISON_BENCH_MINOR_FAULTS_H_
#define LIAISON_BENCH_MINOR_FAULTS_H_

#include <sys/resource.h>

#include <cstdint>

namespace liaison::bench {

inline std::int64_t MinorFaults() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_minflt;
}

}  // namespace liaison::bench

#endif  // LIAISON_BENCH_MINOR_FAULTS_H_
