#include "ledger/row_reader.h"

#include <optional>
#include <string_view>
#include <variant>

#include "json/json_writer.h"
#include "ledger/cell_value.h"

namespace liaison::ledger {
namespace {

std::string_view PrefixOf(std::string_view field) {
  const std::size_t dot = field.find('.');
  return dot == std::string_view::npos ? std::string_view() : field.substr(0, dot);
}

std::string_view KeyOf(std::string_view field) {
  const std::size_t dot = field.find('.');
  return dot == std::string_view::npos ? field : field.substr(dot + 1);
}

}  // namespace

bool IsBlank(const Row& row) {
  for (const Cell& cell : row.cells) {
    if (!cell.empty() && !CellText(cell).empty()) return false;
  }
  return true;
}

RowObject ReadRow(const SheetTable& table, const Row& row, const LedgerVocabulary& vocabulary,
                  bool date1904) {
  const std::vector<ColumnSpec>& columns = table.spec->columns;
  RowObject result;
  // Each column's value, checked before anything is written.
  std::vector<std::optional<CellValue>> values(columns.size());
  for (std::size_t i = 0; i < columns.size(); ++i) {
    const Cell* cell = table.CellOf(row, i);
    if (cell == nullptr) {
      if (!columns[i].required) continue;
      LedgerError error = table.ErrorAt(row, i);
      error.zh = "必填，不能为空";
      error.en = "is required and empty";
      result.errors.push_back(std::move(error));
      continue;
    }
    std::variant<CellValue, CellProblem> value = ReadCell(columns[i], *cell, vocabulary, date1904);
    if (auto* problem = std::get_if<CellProblem>(&value)) {
      LedgerError error = table.ErrorAt(row, i);
      error.zh = std::move(problem->zh);
      error.en = std::move(problem->en);
      result.errors.push_back(std::move(error));
      continue;
    }
    values[i] = std::get<CellValue>(std::move(value));
    if (columns[i].field == (table.spec->per_cadre ? "cadre" : "id")) {
      result.cadre = std::get<std::string>(*values[i]);
    }
  }
  json::JsonWriter writer(result.json);
  writer.BeginObject();
  for (std::size_t i = 0; i < columns.size();) {
    const std::string_view prefix = PrefixOf(columns[i].field);
    std::size_t end = i + 1;
    while (end < columns.size() && !prefix.empty() && PrefixOf(columns[end].field) == prefix) ++end;
    bool any = false;
    for (std::size_t k = i; k < end; ++k) any = any || values[k].has_value();
    if (any && !prefix.empty()) {
      writer.Key(prefix);
      writer.BeginObject();
    }
    for (std::size_t k = i; k < end; ++k) {
      if (!values[k] || (columns[k].field == "cadre" && table.spec->per_cadre)) continue;
      writer.Key(KeyOf(columns[k].field));
      WriteValue(*values[k], writer);
    }
    if (any && !prefix.empty()) writer.EndObject();
    i = end;
  }
  writer.EndObject();
  for (LedgerError& error : result.errors) error.cadre = result.cadre;
  return result;
}

}  // namespace liaison::ledger
