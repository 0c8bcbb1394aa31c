#include "ledger/sheet_table.h"

#include <string>
#include <string_view>

#include "ledger/cell_value.h"

namespace liaison::ledger {
namespace {

constexpr std::size_t kHeaderSearchRows = 10;

bool NamesColumn(std::string_view text, const ColumnSpec& column) {
  if (text == column.zh || text == column.field) return true;
  for (std::string_view open : {"（", "(", "\n"}) {
    const std::size_t at = text.find(open);
    if (at == std::string_view::npos) continue;
    std::string_view head = text.substr(0, at);
    std::string_view tail = text.substr(at + open.size());
    for (std::string_view close : {"）", ")"}) {
      if (tail.size() >= close.size() && tail.substr(tail.size() - close.size()) == close) {
        tail.remove_suffix(close.size());
      }
    }
    if (head == column.zh || tail == column.field) return true;
  }
  return false;
}

// The spec column each cell of `row` names (-1: none), and how many do.
int MatchHeader(const Row& row, const SheetSpec& spec, std::vector<int>* spec_of_cell) {
  int matched = 0;
  for (std::size_t c = 0; c < row.cells.size(); ++c) {
    const std::string text = CellText(row.cells[c]);
    int found = -1;
    for (std::size_t i = 0; i < spec.columns.size() && !text.empty(); ++i) {
      if (NamesColumn(text, spec.columns[i])) found = static_cast<int>(i);
    }
    if (found >= 0) ++matched;
    if (spec_of_cell != nullptr) spec_of_cell->push_back(found);
  }
  return matched;
}

LedgerError SheetError(const SheetSpec& spec, std::string zh, std::string en) {
  LedgerError error;
  error.sheet = std::string(spec.zh);
  error.sheet_en = std::string(spec.id);
  error.zh = std::move(zh);
  error.en = std::move(en);
  return error;
}

}  // namespace

const Cell* SheetTable::CellOf(const Row& row, std::size_t index) const {
  const int column = column_of[index];
  if (column < 0 || static_cast<std::size_t>(column) >= row.cells.size()) return nullptr;
  const Cell& cell = row.cells[column];
  return cell.empty() || CellText(cell).empty() ? nullptr : &cell;
}

LedgerError SheetTable::ErrorAt(const Row& row, std::size_t index) const {
  const ColumnSpec& column = spec->columns[index];
  LedgerError error = SheetError(*spec, "", "");
  error.row = row.number;
  error.column = column_of[index] >= 0 ? ColumnName(column_of[index]) : "";
  error.header = std::string(column.zh);
  error.header_en = std::string(column.en);
  if (const Cell* cell = CellOf(row, index)) error.value = CellText(*cell);
  return error;
}

SheetTable LocateSheet(const Workbook& book, const SheetSpec& spec) {
  SheetTable table;
  table.spec = &spec;
  table.column_of.assign(spec.columns.size(), -1);
  table.sheet = book.Find(spec.zh);
  if (table.sheet == nullptr) table.sheet = book.Find(spec.id);
  if (table.sheet == nullptr) return table;
  const std::vector<Row>& rows = table.sheet->rows;
  const int needed = spec.columns.size() < 2 ? 1 : 2;
  std::size_t header = 0;
  while (header < rows.size() && header < kHeaderSearchRows &&
         MatchHeader(rows[header], spec, nullptr) < needed) {
    ++header;
  }
  if (header == rows.size() || header == kHeaderSearchRows) {
    table.errors.push_back(SheetError(spec, "找不到表头行（前 10 行中没有列名）",
                                      "no header row (no column names in the first 10 rows)"));
    return table;
  }
  std::vector<int> spec_of_cell;
  MatchHeader(rows[header], spec, &spec_of_cell);
  for (std::size_t c = 0; c < spec_of_cell.size(); ++c) {
    if (spec_of_cell[c] >= 0) {
      if (table.column_of[spec_of_cell[c]] < 0)
        table.column_of[spec_of_cell[c]] = static_cast<int>(c);
      continue;
    }
    const std::string text = CellText(rows[header].cells[c]);
    if (text.empty()) continue;
    LedgerError warning = SheetError(spec, "表头“" + text + "”不是台账的列，本列未读取",
                                     "header \"" + text + "\" is not a ledger column; not read");
    warning.row = rows[header].number;
    warning.column = ColumnName(static_cast<int>(c));
    warning.header = warning.header_en = text;
    table.warnings.push_back(std::move(warning));
  }
  for (std::size_t i = 0; i < spec.columns.size(); ++i) {
    if (table.column_of[i] >= 0 || !spec.columns[i].required) continue;
    table.errors.push_back(SheetError(spec, "缺少必填列“" + std::string(spec.columns[i].zh) + "”",
                                      "the required column \"" + std::string(spec.columns[i].en) +
                                          "\" (" + std::string(spec.columns[i].field) +
                                          ") is missing"));
  }
  table.first_data_row = header + 1;
  while (table.first_data_row < rows.size() &&
         MatchHeader(rows[table.first_data_row], spec, nullptr) >= needed) {
    ++table.first_data_row;
  }
  return table;
}

}  // namespace liaison::ledger
