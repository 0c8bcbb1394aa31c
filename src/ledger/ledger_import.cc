#include "ledger/ledger_import.h"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <utility>

#include <simdjson.h>

#include "absl/container/flat_hash_map.h"
#include "base/cadre_identity.h"
#include "ledger/bilingual.h"
#include "ledger/cell_value.h"
#include "ledger/csv_reader.h"
#include "ledger/decoder_problem.h"
#include "ledger/ledger_layout.h"
#include "ledger/row_reader.h"
#include "ledger/xlsx_reader.h"
#include "liaison/problem.h"
#include "simdjson.h"

namespace liaison::ledger {
namespace {

constexpr std::size_t kDepartments = 0, kCadres = 1;
constexpr std::size_t kNotDecoded = static_cast<std::size_t>(-1);

struct CadreEntry {
  std::string id;
  std::string json;                                // the 干部 row's object
  std::vector<std::vector<std::string>> children;  // per sheet: its elements
  CadreRows rows;
  std::vector<LedgerError> errors;
  std::size_t decoded = kNotDecoded;  // its index in the decoded batch
};

absl::StatusOr<int> YearOf(const Workbook& book, const ImportOptions& options) {
  if (options.year) return *options.year;
  if (const Sheet* notes = book.Find(kNotesSheet)) {
    for (const Row& row : notes->rows) {
      for (std::size_t c = 0; c + 1 < row.cells.size(); ++c) {
        if (CellText(row.cells[c]) != kYearKey) continue;
        const std::string text = CellText(row.cells[c + 1]);
        if (text.size() == 4 && text >= "2000" && text <= "2100") return std::stoi(text);
        return BadFile("“说明”表第" + std::to_string(row.number) + "行的年度“" + text + "”不是年份",
                       "the year \"" + text + "\" in row " + std::to_string(row.number) +
                           " of sheet 说明 is not a year");
      }
    }
  }
  return BadFile("台账没有年度：请在“说明”表的 year 行填写年度，或使用 --year",
                 "the ledger has no year: fill the year row of sheet 说明, or give --year");
}

// The cadre's object with its elements: the 干部 row, then one array per
// per-cadre sheet that has elements.
std::string CadreJson(const CadreEntry& entry, const std::vector<SheetTable>& tables) {
  std::string out = entry.json.substr(0, entry.json.size() - 1);
  for (std::size_t s = 0; s < tables.size(); ++s) {
    if (entry.children[s].empty()) continue;
    out += ",\n     \"" + std::string(tables[s].spec->array) + "\": [";
    for (std::size_t k = 0; k < entry.children[s].size(); ++k) {
      out += (k == 0 ? "\n       " : ",\n       ") + entry.children[s][k];
    }
    out += "]";
  }
  return out + "}";
}

std::string Document(int year, const std::vector<std::string>& departments,
                     const std::vector<const CadreEntry*>& cadres,
                     const std::vector<SheetTable>& tables) {
  std::string out = "{\n  \"schema\": \"liaison.records/1\",\n  \"year\": " + std::to_string(year) +
                    ",\n  \"departments\": [";
  for (std::size_t i = 0; i < departments.size(); ++i) {
    out += (i == 0 ? "\n    " : ",\n    ") + departments[i];
  }
  out += "\n  ],\n  \"cadres\": [";
  for (std::size_t i = 0; i < cadres.size(); ++i) {
    out += (i == 0 ? "\n    " : ",\n    ") + CadreJson(*cadres[i], tables);
  }
  return out + "\n  ]\n}\n";
}

// Reads sheets 干部 and the per-cadre sheets into one entry per cadre row.
std::vector<CadreEntry> ReadCadres(const std::vector<SheetTable>& tables,
                                   const LedgerVocabulary& vocabulary, bool date1904,
                                   LedgerImport& result) {
  std::vector<CadreEntry> entries;
  absl::flat_hash_map<std::string, std::size_t> index_of;
  for (std::size_t s = kCadres; s < tables.size(); ++s) {
    const SheetTable& table = tables[s];
    if (table.sheet == nullptr) continue;
    for (std::size_t r = table.first_data_row; r < table.sheet->rows.size(); ++r) {
      const Row& row = table.sheet->rows[r];
      if (IsBlank(row)) continue;
      ++result.rows_read;
      RowObject object = ReadRow(table, row, vocabulary, date1904);
      if (s == kCadres) {
        CadreEntry& entry = entries.emplace_back();
        entry.id = object.cadre;
        entry.json = std::move(object.json);
        entry.children.resize(tables.size());
        entry.rows.rows.resize(tables.size());
        entry.rows.rows[kCadres].push_back(&row);
        entry.errors = std::move(object.errors);
        if (!entry.id.empty()) index_of.try_emplace(entry.id, entries.size() - 1);
        continue;
      }
      const auto found = index_of.find(object.cadre);
      if (found == index_of.end()) {
        if (!object.cadre.empty()) {
          LedgerError error = table.ErrorAt(row, 0);
          error.zh = "“" + object.cadre + "”不是“干部”表中的干部编号";
          error.en = "\"" + object.cadre + "\" is not a cadre id of sheet 干部 (cadres)";
          object.errors.insert(object.errors.begin(), std::move(error));
        }
        ++result.rows_refused;
        for (LedgerError& error : object.errors) {
          error.cadre.clear();  // the row belongs to no cadre of the ledger
          result.errors.push_back(std::move(error));
        }
        continue;
      }
      CadreEntry& entry = entries[found->second];
      entry.children[s].push_back(std::move(object.json));
      entry.rows.rows[s].push_back(&row);
      for (LedgerError& error : object.errors) entry.errors.push_back(std::move(error));
    }
  }
  return entries;
}

std::vector<std::string> ReadDepartments(const SheetTable& table,
                                         const LedgerVocabulary& vocabulary, bool date1904,
                                         LedgerImport& result) {
  std::vector<std::string> departments;
  for (std::size_t r = table.first_data_row; r < table.sheet->rows.size(); ++r) {
    const Row& row = table.sheet->rows[r];
    if (IsBlank(row)) continue;
    ++result.rows_read;
    RowObject object = ReadRow(table, row, vocabulary, date1904);
    if (object.errors.empty()) {
      departments.push_back(std::move(object.json));
      continue;
    }
    ++result.rows_refused;
    for (LedgerError& error : object.errors) {
      error.cadre.clear();  // a department's row, not a cadre's
      result.errors.push_back(std::move(error));
    }
  }
  return departments;
}

absl::StatusOr<std::vector<SheetTable>> LocateSheets(const Workbook& book, LedgerImport& result) {
  std::vector<SheetTable> tables;
  std::vector<LedgerError> errors;
  for (const SheetSpec& spec : LedgerSheets()) {
    SheetTable& table = tables.emplace_back(LocateSheet(book, spec));
    if (table.sheet == nullptr && !table.spec->per_cadre) {
      LedgerError error;
      error.sheet = std::string(spec.zh);
      error.sheet_en = std::string(spec.id);
      error.zh = "缺少工作表“" + std::string(spec.zh) + "”";
      error.en = "the sheet " + std::string(spec.zh) + " (" + std::string(spec.id) + ") is missing";
      errors.push_back(std::move(error));
    }
    for (LedgerError& error : table.errors) errors.push_back(std::move(error));
    for (LedgerError& warning : table.warnings) result.warnings.push_back(std::move(warning));
  }
  if (!errors.empty()) return LedgerErrorsStatus("ledger", errors);
  return tables;
}

// Decodes the document of the cadres without problems; a cadre the decoder
// refuses gets its problems as ledger errors.
absl::StatusOr<RecordBatch> DecodeAccepted(const Policy& policy, int year,
                                           const std::vector<std::string>& departments,
                                           std::vector<CadreEntry>& entries,
                                           const std::vector<SheetTable>& tables) {
  std::vector<const CadreEntry*> accepted;
  for (CadreEntry& entry : entries) {
    if (!entry.errors.empty()) continue;
    entry.decoded = accepted.size();
    accepted.push_back(&entry);
  }
  absl::StatusOr<RecordBatch> batch =
      DecodeRecords(policy, Document(year, departments, accepted, tables));
  if (!batch.ok()) {
    return absl::Status(batch.status().code(),
                        Bilingual("台账整体无法读取", "the ledger as a whole cannot be read") +
                            ": " + std::string(batch.status().message()));
  }
  for (CadreEntry& entry : entries) {
    if (entry.decoded == kNotDecoded) continue;
    const absl::Status& status = batch->cadres[entry.decoded].status();
    if (status.ok()) continue;
    for (const Problem& problem : ProblemsOf(status)) {
      entry.errors.push_back(FromDecoderProblem(problem, entry.rows, tables, entry.id));
    }
  }
  return batch;
}

// Who a refused cadre is, from its 干部 row: the row's place, its id, and
// the name and department when they could be read, so that every view names
// the cadre as it would a JSON record's.
CadreIdentity IdentityOf(const CadreEntry& entry, const std::vector<SheetTable>& tables) {
  CadreIdentity identity;
  identity.id = entry.id;
  const std::vector<const Row*>& rows = entry.rows.rows[kCadres];
  if (!rows.empty()) identity.path = tables[kCadres].ErrorAt(*rows.front(), 0).Place(true);
  simdjson::dom::parser parser;
  simdjson::dom::object row;
  if (parser.parse(entry.json).get(row) != simdjson::SUCCESS) return identity;
  std::string_view text;
  if (row["name"].get(text) == simdjson::SUCCESS) identity.name = std::string(text);
  if (row["department"].get(text) == simdjson::SUCCESS) identity.department = std::string(text);
  return identity;
}

}  // namespace

absl::StatusOr<LedgerImport> ImportLedger(const Policy& policy, const Workbook& book,
                                          const ImportOptions& options) {
  LedgerImport result;
  absl::StatusOr<int> year = YearOf(book, options);
  if (!year.ok()) return year.status();
  absl::StatusOr<std::vector<SheetTable>> tables = LocateSheets(book, result);
  if (!tables.ok()) return tables.status();
  const LedgerVocabulary vocabulary(policy);
  const std::vector<std::string> departments =
      ReadDepartments((*tables)[kDepartments], vocabulary, book.date1904, result);
  std::vector<CadreEntry> entries = ReadCadres(*tables, vocabulary, book.date1904, result);
  absl::StatusOr<RecordBatch> decoded =
      DecodeAccepted(policy, *year, departments, entries, *tables);
  if (!decoded.ok()) return decoded.status();
  result.batch.year = decoded->year;
  result.batch.departments = std::move(decoded->departments);
  std::vector<const CadreEntry*> accepted;
  for (const CadreEntry& entry : entries) {
    ++result.cadres_read;
    if (entry.errors.empty()) {
      accepted.push_back(&entry);
      result.batch.cadres.push_back(std::move(decoded->cadres[entry.decoded]));
      continue;
    }
    ++result.cadres_refused;
    for (const auto& rows : entry.rows.rows) result.rows_refused += rows.size();
    absl::Status refused = RefusedCadreStatus(entry.id, entry.errors);
    AttachCadreIdentity(refused, IdentityOf(entry, *tables));
    result.batch.cadres.push_back(std::move(refused));
    for (const LedgerError& error : entry.errors) result.errors.push_back(error);
  }
  if (options.strict && !result.errors.empty()) {
    return LedgerErrorsStatus("ledger (--strict)", result.errors);
  }
  result.records_json = Document(*year, departments, accepted, *tables);
  return result;
}

absl::StatusOr<Workbook> ReadLedgerFile(const std::string& path, std::vector<std::string>* notes) {
  std::error_code error;
  if (std::filesystem::is_directory(path, error)) {
    std::vector<std::string> converted;
    absl::StatusOr<Workbook> book = ReadCsvDirectory(path, &converted);
    for (const std::string& file : converted) {
      if (notes != nullptr) {
        notes->push_back(Bilingual(file + " 是 GB18030/GBK 编码，已转换为 UTF-8",
                                   file + " is GB18030/GBK; converted to UTF-8"));
      }
    }
    return book;
  }
  std::ifstream file(path, std::ios::binary);
  if (!file) return BadFile("无法打开文件", "cannot open the file");
  std::ostringstream bytes;
  bytes << file.rdbuf();
  return ReadXlsx(bytes.str());
}

bool IsLedger(const std::string& path) {
  std::error_code error;
  if (std::filesystem::is_directory(path, error)) {
    for (const auto& entry : std::filesystem::directory_iterator(path, error)) {
      if (entry.path().extension() == ".csv") return true;
    }
    return false;
  }
  std::ifstream file(path, std::ios::binary);
  char magic[4] = {};
  file.read(magic, 4);
  return file.gcount() == 4 && LooksLikeZip(std::string_view(magic, 4));
}

}  // namespace liaison::ledger
