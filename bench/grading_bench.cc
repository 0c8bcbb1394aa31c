// Grading at OA-system scale.
//
//   BM_ProposeGrades       1,000,000 cadres in 10,000 departments of 100,
//                          target ≤ 300 ms on one core
//   BM_ProposeGradesInto   the same into one proposal kept from call to call:
//                          no fresh memory per call (issue 17)
//   BM_CapsAndIndexCheck   caps for one department plus the typed check of
//                          its grades (the C ABI's hot call), target ≤ 100 ns
//   BM_CheckGrades         the full check of one department, with strings
//   BM_DescribeProposal    rendering one cadre's explanation on demand
//
// Inputs are generated from a fixed seed, so every run grades the same organ.
#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "benchmark/benchmark.h"
#include "hunan_grading.h"
#include "liaison/grade_check.h"
#include "liaison/grade_proposal.h"
#include "liaison/grading_input.h"
#include "liaison/grading_policy.h"
#include "liaison/quota_caps.h"
#include "minor_faults.h"

namespace liaison {
namespace {

GradingPolicy HunanGrading(TiePolicy ties) {
  GradingPolicy policy = testing::HunanGrading();
  policy.ties = ties;
  policy.tie_keys = {{TieKey::Type::kBindingMet, ""}};
  return policy;
}

// `departments` × `per_department` cadres; scores at 3 decimals, so ties
// occur; one in ten is eligible for 良 at best; one in fifty is outside the base.
std::vector<GradingInput> Organ(int departments, int per_department) {
  std::mt19937 random(2018);
  std::uniform_int_distribution<int> score(0, 1000);
  std::uniform_int_distribution<int> binding(0, 8);
  std::uniform_int_distribution<int> tenth(0, 9);
  std::uniform_int_distribution<int> fiftieth(0, 49);
  std::vector<GradingInput> cadres;
  cadres.reserve(static_cast<std::size_t>(departments) * per_department);
  for (int d = 0; d < departments; ++d) {
    const std::string department = absl::StrCat("d", d);
    for (int i = 0; i < per_department; ++i) {
      GradingInput cadre;
      cadre.cadre_id = absl::StrCat("c", d * per_department + i);
      cadre.department = department;
      cadre.score = score(random) / 1000.0;
      cadre.binding_met = binding(random);
      cadre.all_binding_met = cadre.binding_met == 8;
      cadre.eligible_grade = tenth(random) == 0 ? 1 : 0;
      cadre.in_base = fiftieth(random) != 0;
      cadres.push_back(std::move(cadre));
    }
  }
  return cadres;
}

// Proposes grades for the organ, ties as state.range(0) says, with
// `propose(policy, cadres)` each iteration; reports the pages freshly taken
// from the kernel per call.
template <typename Propose>
void MeasureProposals(benchmark::State& state, Propose propose) {
  const GradingPolicy policy = HunanGrading(static_cast<TiePolicy>(state.range(0)));
  const std::vector<GradingInput> cadres = Organ(10000, 100);
  if (!propose(policy, cadres)) state.SkipWithError("proposal failed");
  const std::int64_t faults_before = bench::MinorFaults();
  for (auto _ : state) {
    if (!propose(policy, cadres)) state.SkipWithError("proposal failed");
  }
  state.counters["faults_per_call"] =
      benchmark::Counter(static_cast<double>(bench::MinorFaults() - faults_before),
                         benchmark::Counter::kAvgIterations);
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(cadres.size()));
}

// A new proposal each call.
void BM_ProposeGrades(benchmark::State& state) {
  MeasureProposals(state, [](const GradingPolicy& policy, const std::vector<GradingInput>& cadres) {
    absl::StatusOr<GradeProposal> proposal = ProposeGrades(policy, cadres);
    benchmark::DoNotOptimize(proposal);
    return proposal.ok();
  });
}
BENCHMARK(BM_ProposeGrades)
    ->ArgName("hold")
    ->Arg(static_cast<int>(TiePolicy::kBreakByKeys))
    ->Arg(static_cast<int>(TiePolicy::kHoldForCommittee))
    ->Unit(benchmark::kMillisecond)
    ->MinTime(3.0);

// One proposal kept from call to call, as a grading service holds it.
void BM_ProposeGradesInto(benchmark::State& state) {
  GradeProposal proposal;
  MeasureProposals(state, [&](const GradingPolicy& policy, const std::vector<GradingInput>& cadres) {
    const bool ok = ProposeGradesInto(policy, cadres, proposal).ok();
    benchmark::DoNotOptimize(proposal);
    return ok;
  });
}
BENCHMARK(BM_ProposeGradesInto)
    ->ArgName("hold")
    ->Arg(static_cast<int>(TiePolicy::kBreakByKeys))
    ->Arg(static_cast<int>(TiePolicy::kHoldForCommittee))
    ->Unit(benchmark::kMillisecond)
    ->MinTime(3.0);

// A department of n cadres graded up to its caps: floor(0.3 n) 优, floor(0.5 n)
// 良, the rest 中.
std::vector<std::int32_t> DepartmentGrades(std::int32_t n) {
  std::vector<std::int32_t> grades;
  for (std::int32_t i = 0; i < n; ++i) {
    grades.push_back(i < n * 3 / 10 ? 0 : i < n * 3 / 10 + n / 2 ? 1 : 2);
  }
  return grades;
}

void BM_CapsAndIndexCheck(benchmark::State& state) {
  const GradingPolicy policy = HunanGrading(TiePolicy::kBreakByKeys);
  const auto n = static_cast<std::int32_t>(state.range(0));
  const std::vector<std::int32_t> grades = DepartmentGrades(n);
  const std::vector<std::int32_t> eligible(grades.size(), 0);
  for (auto _ : state) {
    absl::StatusOr<QuotaCaps> caps = ComputeQuotaCaps(policy, n);
    absl::StatusOr<GradeIndexCheck> check = CheckGradeIndices(policy, *caps, grades, eligible);
    if (!check.ok() || !check->ok()) state.SkipWithError("check failed");
    benchmark::DoNotOptimize(check);
  }
}
BENCHMARK(BM_CapsAndIndexCheck)->Arg(10)->Arg(30)->Arg(100);

void BM_CheckGrades(benchmark::State& state) {
  const GradingPolicy policy = HunanGrading(TiePolicy::kBreakByKeys);
  const auto n = static_cast<std::int32_t>(state.range(0));
  std::vector<GradingInput> cadres = Organ(1, n);
  std::int32_t base = 0;
  for (const GradingInput& cadre : cadres) base += cadre.in_base;
  const std::vector<std::int32_t> grades = DepartmentGrades(base);
  std::size_t next = 0;
  for (GradingInput& cadre : cadres) {
    cadre.eligible_grade = 0;
    if (cadre.in_base) cadre.assigned_grade = policy.scale[static_cast<TermId>(grades[next++])].id;
  }
  for (auto _ : state) {
    absl::StatusOr<QuotaCaps> caps = ComputeQuotaCaps(policy, base);
    absl::StatusOr<GradeCheck> check = CheckGrades(policy, *caps, cadres);
    if (!check.ok() || !check->ok()) state.SkipWithError("check failed");
    benchmark::DoNotOptimize(check);
  }
}
BENCHMARK(BM_CheckGrades)->Arg(10)->Arg(30);

void BM_DescribeProposal(benchmark::State& state) {
  const GradingPolicy policy = HunanGrading(TiePolicy::kBreakByKeys);
  const std::vector<GradingInput> cadres = Organ(1, 30);
  const GradeProposal proposal = *ProposeGrades(policy, cadres);
  std::size_t i = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(DescribeProposal(policy, proposal, cadres, i));
    i = (i + 1) % cadres.size();
  }
}
BENCHMARK(BM_DescribeProposal);

}  // namespace
}  // namespace liaison

BENCHMARK_MAIN();
