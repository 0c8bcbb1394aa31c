// Evaluation speed (issue: policies, records and evaluation):
//  - BM_EvaluateOneCadre: one cadre-year of 60 activities through the C++ API
//    (target ≤ 1 µs);
//  - BM_DepartmentFileRoundTrip: a department file decoded, evaluated and
//    re-encoded as JSON, in bytes per second, next to BM_SimdjsonParse, the
//    simdjson DOM parse of the same bytes (target ≥ 25% of its rate);
//    BM_SimdjsonParseAndVisit, that parse and a walk reading every key and
//    value, and BM_SimdjsonOnDemandVisit, the same walk with the On-Demand
//    API (each labelled with the simdjson kernel it ran);
//    BM_DecodeOnly and BM_EncodeOnly, the round trip's two ends;
//    BM_DepartmentFileRoundTripAfterMallocTrim, the same with freed memory
//    handed back to the kernel before each call.
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

#include "benchmark/benchmark.h"
#include "liaison/evaluate.h"
#include "liaison/record_decoder.h"
#include "liaison/report_json.h"
#include "simdjson.h"
#include "synthetic_records.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace liaison {
namespace {

const Policy& Hunan() {
  static const Policy policy = *Policy::Embedded("hunan");
  return policy;
}

void BM_EvaluateOneCadre(benchmark::State& state) {
  const int activities = static_cast<int>(state.range(0));
  const RecordBatch batch = *DecodeRecords(Hunan(), bench::SyntheticRecords(1, activities));
  const CadreYear& cadre = *batch.cadres[0];
  const absl::CivilDay as_of(2026, 12, 31);
  for (auto _ : state) {
    absl::StatusOr<CadreReport> report = Evaluate(Hunan(), cadre, as_of);
    benchmark::DoNotOptimize(report);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_EvaluateOneCadre)->Arg(60)->Arg(200);

// The same, into one report reused from call to call (EvaluateInto), as a
// loop over many cadres that handles each report before the next runs.
void BM_EvaluateOneCadreIntoReusedReport(benchmark::State& state) {
  const int activities = static_cast<int>(state.range(0));
  const RecordBatch batch = *DecodeRecords(Hunan(), bench::SyntheticRecords(1, activities));
  const CadreYear& cadre = *batch.cadres[0];
  const absl::CivilDay as_of(2026, 12, 31);
  CadreReport report(Hunan());
  for (auto _ : state) {
    absl::Status status = EvaluateInto(Hunan(), cadre, as_of, report);
    benchmark::DoNotOptimize(status);
    benchmark::DoNotOptimize(report);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_EvaluateOneCadreIntoReusedReport)->Arg(60)->Arg(200);

// A department file of 100 cadres with 60 activities each (770 KB).
const std::string& DepartmentFile() {
  static const std::string text = bench::SyntheticRecords(100, 60);
  return text;
}

// The name of the kernel simdjson's DOM parser picked for this processor.
std::string DomKernel() {
  return std::string(simdjson::get_active_implementation()->name());
}

void BM_SimdjsonParse(benchmark::State& state) {
  const std::string& text = DepartmentFile();
  simdjson::dom::parser parser;
  for (auto _ : state) {
    simdjson::dom::element root;
    benchmark::DoNotOptimize(parser.parse(text.data(), text.size()).get(root));
  }
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(text.size()));
  state.SetLabel(DomKernel());
}
BENCHMARK(BM_SimdjsonParse);

// What the walks below take from a key or a string: its size and its first
// and last bytes, so that its place in memory is read, not just its length.
std::int64_t Touch(std::string_view text) {
  if (text.empty()) return 0;
  return static_cast<std::int64_t>(text.size()) + text.front() + text.back();
}

// Every key and value of the parsed file visited, nothing built: what
// walking the DOM costs, the rest of BM_DecodeOnly being the records built
// and checked. Returns one per value plus what Touch takes from each key
// and string and each number's value: VisitOnDemand's sum for the file.
std::int64_t Visit(simdjson::dom::element element) {
  using simdjson::dom::element_type;
  std::int64_t sum = 1;
  switch (element.type()) {
    case element_type::OBJECT: {
      const simdjson::dom::object object = element.get_object().value_unsafe();
      for (simdjson::dom::key_value_pair field : object) {
        sum += Touch(field.key) + Visit(field.value);
      }
      return sum;
    }
    case element_type::ARRAY: {
      const simdjson::dom::array array = element.get_array().value_unsafe();
      for (simdjson::dom::element entry : array) sum += Visit(entry);
      return sum;
    }
    case element_type::STRING:
      return sum + Touch(element.get_string().value_unsafe());
    case element_type::INT64:
    case element_type::UINT64:
    case element_type::DOUBLE:
      return sum + static_cast<std::int64_t>(element.get_double().value_unsafe());
    case element_type::BOOL:
      return sum + (element.get_bool().value_unsafe() ? 1 : 0);
    case element_type::NULL_VALUE:
      return sum;
  }
  return sum;
}

void BM_SimdjsonParseAndVisit(benchmark::State& state) {
  const std::string& text = DepartmentFile();
  simdjson::dom::parser parser;
  for (auto _ : state) {
    simdjson::dom::element root;
    if (parser.parse(text.data(), text.size()).get(root) != simdjson::SUCCESS) {
      state.SkipWithError("the department file does not parse");
      return;
    }
    benchmark::DoNotOptimize(Visit(root));
  }
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(text.size()));
  state.SetLabel(DomKernel());
}
BENCHMARK(BM_SimdjsonParseAndVisit);

// The same walk with simdjson's On-Demand API, which reads values straight
// from the text instead of from a DOM written first: what decoding would
// save on reading if it were built on On-Demand. False on any error.
bool VisitOnDemand(simdjson::ondemand::value value, std::int64_t& sum) {
  using simdjson::ondemand::json_type;
  json_type type;
  if (value.type().get(type) != simdjson::SUCCESS) return false;
  ++sum;
  switch (type) {
    case json_type::object: {
      simdjson::ondemand::object object;
      if (value.get_object().get(object) != simdjson::SUCCESS) return false;
      for (auto field_or_error : object) {
        simdjson::ondemand::field field;
        std::string_view key;
        if (std::move(field_or_error).get(field) != simdjson::SUCCESS ||
            field.unescaped_key().get(key) != simdjson::SUCCESS) {
          return false;
        }
        sum += Touch(key);
        if (!VisitOnDemand(field.value(), sum)) return false;
      }
      return true;
    }
    case json_type::array: {
      simdjson::ondemand::array array;
      if (value.get_array().get(array) != simdjson::SUCCESS) return false;
      for (auto entry : array) {
        simdjson::ondemand::value entry_value;
        if (std::move(entry).get(entry_value) != simdjson::SUCCESS ||
            !VisitOnDemand(entry_value, sum)) {
          return false;
        }
      }
      return true;
    }
    case json_type::string: {
      std::string_view text;
      if (value.get_string().get(text) != simdjson::SUCCESS) return false;
      sum += Touch(text);
      return true;
    }
    case json_type::number: {
      double number = 0;
      if (value.get_double().get(number) != simdjson::SUCCESS) return false;
      sum += static_cast<std::int64_t>(number);
      return true;
    }
    case json_type::boolean: {
      bool flag = false;
      if (value.get_bool().get(flag) != simdjson::SUCCESS) return false;
      sum += flag ? 1 : 0;
      return true;
    }
    case json_type::null: {
      bool null = false;
      return value.is_null().get(null) == simdjson::SUCCESS && null;
    }
  }
  return false;
}

void BM_SimdjsonOnDemandVisit(benchmark::State& state) {
  const std::string& text = DepartmentFile();
  simdjson::ondemand::parser parser;
  for (auto _ : state) {
    // The DOM parser copies the text into a padded buffer on every call; a
    // decoder handed a string_view would have to do the same for On-Demand.
    const simdjson::padded_string padded(text);
    simdjson::ondemand::document document;
    simdjson::ondemand::value root;
    std::int64_t sum = 0;
    if (parser.iterate(padded).get(document) != simdjson::SUCCESS ||
        document.get_value().get(root) != simdjson::SUCCESS || !VisitOnDemand(root, sum)) {
      state.SkipWithError("the department file does not walk");
      return;
    }
    benchmark::DoNotOptimize(sum);
  }
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(text.size()));
  // On-Demand is compiled into the program for the instruction set the
  // compiler targets, not picked at run time as the DOM parser's kernel is.
  state.SetLabel(std::string(simdjson::builtin_implementation()->name()));
}
BENCHMARK(BM_SimdjsonOnDemandVisit);

void BM_DepartmentFileRoundTrip(benchmark::State& state) {
  const std::string& text = DepartmentFile();
  const absl::CivilDay as_of(2026, 12, 31);
  for (auto _ : state) {
    absl::StatusOr<std::string> out = EvaluateRecordsJson(Hunan(), text, as_of);
    benchmark::DoNotOptimize(out);
  }
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(text.size()));
}
BENCHMARK(BM_DepartmentFileRoundTrip);

// The same bytes by way of the whole batch: every report made, then encoded.
void BM_DepartmentFileRoundTripThroughBatch(benchmark::State& state) {
  const std::string& text = DepartmentFile();
  const absl::CivilDay as_of(2026, 12, 31);
  for (auto _ : state) {
    absl::StatusOr<RecordBatch> batch = DecodeRecords(Hunan(), text);
    std::string out = EncodeBatchReport(EvaluateBatch(Hunan(), *batch, as_of));
    benchmark::DoNotOptimize(out);
  }
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(text.size()));
}
BENCHMARK(BM_DepartmentFileRoundTripThroughBatch);

#if defined(__GLIBC__)
// The round trip when the memory freed since the last call has gone back to
// the kernel (glibc's malloc_trim, untimed, before each call), as it may in a
// long-running OA process that does other work between calls: what is
// allocated afresh on every call is then faulted in afresh.
void BM_DepartmentFileRoundTripAfterMallocTrim(benchmark::State& state) {
  const std::string& text = DepartmentFile();
  const absl::CivilDay as_of(2026, 12, 31);
  for (auto _ : state) {
    state.PauseTiming();
    malloc_trim(0);
    state.ResumeTiming();
    absl::StatusOr<std::string> out = EvaluateRecordsJson(Hunan(), text, as_of);
    benchmark::DoNotOptimize(out);
  }
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(text.size()));
}
BENCHMARK(BM_DepartmentFileRoundTripAfterMallocTrim);
#endif

void BM_DecodeOnly(benchmark::State& state) {
  const std::string& text = DepartmentFile();
  for (auto _ : state) {
    absl::StatusOr<RecordBatch> batch = DecodeRecords(Hunan(), text);
    benchmark::DoNotOptimize(batch);
  }
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(text.size()));
}
BENCHMARK(BM_DecodeOnly);

void BM_EncodeOnly(benchmark::State& state) {
  const std::string& text = DepartmentFile();
  const RecordBatch batch = *DecodeRecords(Hunan(), text);
  const BatchReport report = EvaluateBatch(Hunan(), batch, absl::CivilDay(2026, 12, 31));
  for (auto _ : state) {
    std::string out = EncodeBatchReport(report);
    benchmark::DoNotOptimize(out);
  }
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(text.size()));
}
BENCHMARK(BM_EncodeOnly);

}  // namespace
}  // namespace liaison

BENCHMARK_MAIN();
