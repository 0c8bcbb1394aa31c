// The table of a records stream's cadre ids (records/cadre_ids.h) against
// the table it replaced, an absl::flat_hash_map from the 64-bit hash to the
// index (16 bytes and a control byte a slot, doubling), at 1M and 10M ids:
//  - BM_CadreIds / BM_HashMapOfHashes: ids "c0000000", "c0000001", … (the
//    synthetic records' form) inserted in turn, all distinct, into a fresh
//    table, as a stream of that many cadres does.
// Counters: time an id (`per_id`, seconds; printed as a rate's inverse);
// the heap held at the end (`bytes_per_id`) and at its most during the
// inserts (`peak_bytes_per_id`), a cadre's share, counted by this program's
// operator new and delete (the sizes malloc gives, malloc_usable_size), so
// the two tables are counted alike, rehashes and all.
//
//   build/release/bench/cadre_ids_bench    (one pass at each size)
#include <malloc.h>

#include <algorithm>
#include <charconv>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <new>
#include <string_view>

#include "absl/container/flat_hash_map.h"
#include "benchmark/benchmark.h"
#include "records/cadre_ids.h"

namespace {

std::size_t heap_now = 0;
std::size_t heap_peak = 0;

}  // namespace

void* operator new(std::size_t size) {
  void* memory = std::malloc(size == 0 ? 1 : size);
  if (memory == nullptr) throw std::bad_alloc();
  heap_now += malloc_usable_size(memory);
  heap_peak = std::max(heap_peak, heap_now);
  return memory;
}
void operator delete(void* memory) noexcept {
  if (memory == nullptr) return;
  heap_now -= malloc_usable_size(memory);
  std::free(memory);
}
void operator delete(void* memory, std::size_t) noexcept { operator delete(memory); }

namespace liaison {
namespace {

// The table before: the hash, already mixed, taken as it is.
class HashMapOfHashes {
 public:
  std::optional<std::size_t> Insert(std::string_view id, std::size_t index) {
    auto [it, inserted] = first_.emplace(CadreIds::Hash(id), index);
    if (inserted) return std::nullopt;
    return it->second;
  }

 private:
  struct Identity {
    std::size_t operator()(std::uint64_t h) const { return static_cast<std::size_t>(h); }
  };
  absl::flat_hash_map<std::uint64_t, std::size_t, Identity> first_;
};

// "c" and the index in 7 digits, as the synthetic records name their cadres.
std::string_view IdOf(std::size_t i, char (&buffer)[24]) {
  buffer[0] = 'c';
  char* end = std::to_chars(buffer + 1, buffer + sizeof buffer, i).ptr;
  const std::size_t digits = static_cast<std::size_t>(end - buffer - 1);
  const std::size_t width = 7;
  if (digits < width) {
    std::copy_backward(buffer + 1, end, buffer + 1 + width);
    std::fill(buffer + 1, buffer + 1 + width - digits, '0');
    end = buffer + 1 + width;
  }
  return std::string_view(buffer, static_cast<std::size_t>(end - buffer));
}

template <typename Table>
void InsertDistinct(benchmark::State& state) {
  const std::size_t n = static_cast<std::size_t>(state.range(0));
  std::size_t held = 0;
  std::size_t peak = 0;
  for (auto _ : state) {
    const std::size_t before = heap_now;
    heap_peak = heap_now;
    {
      Table table;
      char buffer[24];
      for (std::size_t i = 0; i < n; ++i) {
        if (table.Insert(IdOf(i, buffer), i)) state.SkipWithError("a distinct id reported");
      }
      held = heap_now - before;
      peak = heap_peak - before;
      benchmark::DoNotOptimize(table);
    }
  }
  state.counters["per_id"] = benchmark::Counter(
      static_cast<double>(n), benchmark::Counter::kIsIterationInvariantRate |
                                  benchmark::Counter::kInvert);
  state.counters["bytes_per_id"] = static_cast<double>(held) / static_cast<double>(n);
  state.counters["peak_bytes_per_id"] = static_cast<double>(peak) / static_cast<double>(n);
}

void BM_CadreIds(benchmark::State& state) { InsertDistinct<CadreIds>(state); }
void BM_HashMapOfHashes(benchmark::State& state) { InsertDistinct<HashMapOfHashes>(state); }

BENCHMARK(BM_CadreIds)->ArgName("ids")->Arg(1000000)->Arg(3000000)->Arg(10000000)
    ->Iterations(1)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_HashMapOfHashes)->ArgName("ids")->Arg(1000000)->Arg(3000000)->Arg(10000000)
    ->Iterations(1)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace liaison

BENCHMARK_MAIN();
