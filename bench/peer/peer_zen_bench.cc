// liaison's side of the comparison with GoRules Zen (run-zen-comparison in
// this folder runs both): the records document the peer's converter wrote,
// evaluated through libliaison.so's batch calls as of 2026-12-31 under the
// embedded "hunan" policy, one call per iteration:
//
//   BM_EvaluateJsonFull         liaison_evaluate_json, the full result form
//   BM_EvaluateJsonLean         liaison_evaluate_json_lean, the lean form
//   BM_EvaluateJsonFullReusing  liaison_evaluate_json_reusing, the full form
//                               into one buffer kept from call to call (filled
//                               once before the timing, as a server's would be)
//   BM_EvaluateJsonLeanReusing  the same, lean
//
// Each reports the CPU time of one call on the whole document (the runner
// divides by the number of cadres it generated) and the result's size. A
// fresh result is some 33 MB of new pages for the kernel to clear at every
// call; the reusing calls show the evaluation without them.
//
//   peer_zen_bench RECORDS.json [--write-result=FULL.json]
//                  [--write-lean-result=LEAN.json] [benchmark flags]
//
// --write-result writes the full result of the same call first, for the
// runner's check that both engines compute the same counts;
// --write-lean-result the lean one. With --benchmark_list_tests=true
// nothing else is run: one call of each, e.g. for callgrind
// (--toggle-collect=liaison_evaluate_json) to count its instructions.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iterator>
#include <string>
#include <string_view>
#include <utility>

#include "benchmark/benchmark.h"
#include "liaison.h"

namespace {

constexpr std::string_view kAsOf = "2026-12-31";

struct Input {
  liaison_policy* policy = nullptr;
  std::string records;
};

Input& TheInput() {
  static Input input;
  return input;
}

using EvaluateCall = decltype(&liaison_evaluate_json);

// The whole document through `evaluate`; aborts on failure, which would make
// any figure meaningless.
std::size_t EvaluateOnce(EvaluateCall evaluate, std::string* keep) {
  const Input& input = TheInput();
  char* result = nullptr;
  std::size_t length = 0;
  liaison_error* error = nullptr;
  if (evaluate(input.policy, input.records.data(), input.records.size(), kAsOf.data(),
               kAsOf.size(), &result, &length, &error) != LIAISON_OK) {
    std::fprintf(stderr, "evaluation failed: %s\n", liaison_error_message(error));
    std::exit(1);
  }
  if (keep != nullptr) keep->assign(result, length);
  liaison_free(result);
  return length;
}

void Run(benchmark::State& state, EvaluateCall evaluate) {
  std::size_t bytes = 0;
  for (auto _ : state) bytes = EvaluateOnce(evaluate, nullptr);
  state.counters["result_bytes"] = static_cast<double>(bytes);
}

// The whole document in `form` into the kept *buffer; aborts on failure.
std::size_t EvaluateReusing(uint32_t form, char** buffer, std::size_t* capacity) {
  const Input& input = TheInput();
  std::size_t length = 0;
  liaison_error* error = nullptr;
  if (liaison_evaluate_json_reusing(input.policy, input.records.data(), input.records.size(),
                                    kAsOf.data(), kAsOf.size(), form, buffer, capacity, &length,
                                    &error) != LIAISON_OK) {
    std::fprintf(stderr, "evaluation failed: %s\n", liaison_error_message(error));
    std::exit(1);
  }
  return length;
}

void RunReusing(benchmark::State& state, uint32_t form) {
  char* buffer = nullptr;
  std::size_t capacity = 0;
  std::size_t bytes = EvaluateReusing(form, &buffer, &capacity);
  for (auto _ : state) bytes = EvaluateReusing(form, &buffer, &capacity);
  liaison_free(buffer);
  state.counters["result_bytes"] = static_cast<double>(bytes);
}

void BM_EvaluateJsonFull(benchmark::State& state) { Run(state, liaison_evaluate_json); }
void BM_EvaluateJsonLean(benchmark::State& state) { Run(state, liaison_evaluate_json_lean); }
void BM_EvaluateJsonFullReusing(benchmark::State& state) {
  RunReusing(state, LIAISON_STREAM_DOCUMENT);
}
void BM_EvaluateJsonLeanReusing(benchmark::State& state) { RunReusing(state, LIAISON_STREAM_LEAN); }
BENCHMARK(BM_EvaluateJsonFull)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_EvaluateJsonLean)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_EvaluateJsonFullReusing)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_EvaluateJsonLeanReusing)->Unit(benchmark::kMillisecond);

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  std::string records_path;
  std::string result_path;
  std::string lean_path;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg.rfind("--write-result=", 0) == 0) {
      result_path = arg.substr(std::strlen("--write-result="));
    } else if (arg.rfind("--write-lean-result=", 0) == 0) {
      lean_path = arg.substr(std::strlen("--write-lean-result="));
    } else if (records_path.empty()) {
      records_path = arg;
    } else {
      std::fprintf(stderr, "unexpected argument %s\n", argv[i]);
      return 2;
    }
  }
  if (records_path.empty()) {
    std::fprintf(stderr,
                 "usage: %s RECORDS.json [--write-result=FULL.json] "
                 "[--write-lean-result=LEAN.json] [benchmark flags]\n",
                 argv[0]);
    return 2;
  }
  Input& input = TheInput();
  std::ifstream in(records_path, std::ios::binary);
  input.records.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  if (!in.good() && !in.eof()) {
    std::fprintf(stderr, "cannot read %s\n", records_path.c_str());
    return 1;
  }
  if (liaison_policy_embedded("hunan", 5, &input.policy, nullptr) != LIAISON_OK) return 1;
  for (const auto& [path, evaluate] :
       {std::pair{result_path, liaison_evaluate_json}, std::pair{lean_path, liaison_evaluate_json_lean}}) {
    if (path.empty()) continue;
    std::string result;
    EvaluateOnce(evaluate, &result);
    std::ofstream(path, std::ios::binary) << result;
  }
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  liaison_policy_free(input.policy);
  return 0;
}
