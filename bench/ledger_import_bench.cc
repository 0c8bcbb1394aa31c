// Importing a spreadsheet ledger: 1,000 cadres × 60 activities (the
// synthetic department of synthetic_records.h), written as XLSX and as CSV
// by the ledger's own export, then read and imported the way `liaison ledger
// import` does (ReadXlsx or ReadCsvDirectory, then ImportLedger, which also
// decodes the records). Target (issue 14): under 1 s and 200 MB.
// Peak memory is the process's, measured apart: docs/performance.md.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "ledger/csv_reader.h"
#include "ledger/ledger_export.h"
#include "ledger/ledger_import.h"
#include "ledger/xlsx_reader.h"
#include "synthetic_records.h"

namespace {

const liaison::Policy& Hunan() {
  static const liaison::Policy policy = *liaison::Policy::Embedded("hunan");
  return policy;
}

// The synthetic ledger, written once per process into the temporary directory.
const std::filesystem::path& LedgerDirectory() {
  static const std::filesystem::path directory = [] {
    const std::filesystem::path path =
        std::filesystem::temp_directory_path() / "liaison_ledger_bench";
    std::filesystem::create_directories(path);
    const auto tables =
        liaison::ledger::LedgerTables(Hunan(), liaison::bench::SyntheticRecords(1000, 60));
    if (!tables.ok() ||
        !liaison::ledger::WriteXlsx(*tables, (path / "ledger.xlsx").string()).ok() ||
        !liaison::ledger::WriteCsvDirectory(*tables, (path / "csv").string()).ok()) {
      std::fprintf(stderr, "cannot write the synthetic ledger: %s\n",
                   std::string(tables.status().message()).c_str());
      std::abort();
    }
    return path;
  }();
  return directory;
}

void Import(benchmark::State& state, const liaison::ledger::Workbook& book) {
  absl::StatusOr<liaison::ledger::LedgerImport> imported = ImportLedger(Hunan(), book, {});
  if (!imported.ok() || imported->cadres_read != 1000 || imported->cadres_refused != 0) {
    state.SkipWithError("the import failed");
  }
  benchmark::DoNotOptimize(imported);
}

void BM_ImportXlsx(benchmark::State& state) {
  std::ifstream file(LedgerDirectory() / "ledger.xlsx", std::ios::binary);
  std::ostringstream bytes;
  bytes << file.rdbuf();
  const std::string xlsx = bytes.str();
  for (auto _ : state) {
    absl::StatusOr<liaison::ledger::Workbook> book = liaison::ledger::ReadXlsx(xlsx);
    if (!book.ok()) state.SkipWithError("unreadable XLSX");
    Import(state, *book);
  }
  state.counters["xlsx_bytes"] = static_cast<double>(xlsx.size());
}
BENCHMARK(BM_ImportXlsx)->Unit(benchmark::kMillisecond);

void BM_ImportCsvDirectory(benchmark::State& state) {
  const std::string directory = (LedgerDirectory() / "csv").string();
  for (auto _ : state) {
    absl::StatusOr<liaison::ledger::Workbook> book = liaison::ledger::ReadCsvDirectory(directory);
    if (!book.ok()) state.SkipWithError("unreadable CSV");
    Import(state, *book);
  }
}
BENCHMARK(BM_ImportCsvDirectory)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
