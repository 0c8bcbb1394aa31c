// Sheet and Workbook: the cells of a spreadsheet as the ledger reads them.
//
// The XLSX and CSV readers (xlsx_reader.h, csv_reader.h) both produce a
// Workbook: named sheets of rows, each row numbered as the spreadsheet numbers
// it (1 = the first row), each cell either text or a number. Styles, formulas
// and merged ranges are not kept: a merged range holds its value in its first
// cell and nothing in the others, which is how the ledger treats it.
#ifndef LIAISON_LEDGER_SHEET_H_
#define LIAISON_LEDGER_SHEET_H_

#include <string>
#include <string_view>
#include <vector>

namespace liaison::ledger {

struct Cell {
  enum class Type { kEmpty, kText, kNumber };
  Type type = Type::kEmpty;
  std::string text;   // the text, or a number as the file spells it ("46094", "12.5")
  double number = 0;  // for kNumber

  bool empty() const { return type == Type::kEmpty; }
};

struct Row {
  int number = 0;           // 1-based, as the spreadsheet shows it
  std::vector<Cell> cells;  // index 0 = column A; shorter rows end early
};

struct Sheet {
  std::string name;
  std::vector<Row> rows;  // rows with at least one cell, in order
};

struct Workbook {
  std::vector<Sheet> sheets;
  bool date1904 = false;  // serials count from 1904-01-01 (old Mac workbooks)

  // The sheet called `name`, or, as LibreOffice names the CSV files of every
  // sheet of a workbook, "<anything>-<name>"; nullptr when there is none.
  const Sheet* Find(std::string_view name) const {
    for (const Sheet& sheet : sheets) {
      if (SheetNamed(sheet.name, name)) return &sheet;
    }
    return nullptr;
  }

  static bool SheetNamed(std::string_view sheet, std::string_view name) {
    return sheet == name ||
           (sheet.size() > name.size() + 1 && sheet.substr(sheet.size() - name.size()) == name &&
            sheet[sheet.size() - name.size() - 1] == '-');
  }
};

// "D": the spreadsheet's name of the column at 0-based `index`.
std::string ColumnName(int index);

}  // namespace liaison::ledger

#endif  // LIAISON_LEDGER_SHEET_H_
