// OutTable and its writers: sheets of typed cells written as an XLSX
// workbook (libxlsxwriter) or as a directory of CSV files (libcsv).
//
// Ledgers, templates and results all go through here, so every workbook the
// project writes looks alike: a bold Chinese header row, optionally a grey
// row of field ids under it, frozen panes, numbers as numbers, dates as
// dates formatted yyyy-mm-dd, and drop-down lists where a column has
// choices (kept on a hidden sheet 选项, so lists of any length work). CSV
// files are UTF-8 with a byte-order mark, which Excel needs to read UTF-8;
// dates are written YYYY-MM-DD.
#ifndef LIAISON_LEDGER_TABLE_WRITER_H_
#define LIAISON_LEDGER_TABLE_WRITER_H_

#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/time/civil_time.h"

namespace liaison::ledger {

struct OutCell {
  enum class Type { kEmpty, kText, kNumber, kDate };
  Type type = Type::kEmpty;
  std::string text;
  double number = 0;
  absl::CivilDay date;
  int decimals = -1;  // a number's places in CSV (money: 2); -1: shortest

  static OutCell Text(std::string text) {
    OutCell cell;
    cell.type = Type::kText;
    cell.text = std::move(text);
    return cell;
  }
  static OutCell Number(double number, int decimals = -1) {
    OutCell cell;
    cell.type = Type::kNumber;
    cell.number = number;
    cell.decimals = decimals;
    return cell;
  }
  static OutCell Date(absl::CivilDay day) {
    OutCell cell;
    cell.type = Type::kDate;
    cell.date = day;
    return cell;
  }
};

struct OutColumn {
  OutColumn(std::string header_text, std::string field_id)
      : header(std::move(header_text)), field(std::move(field_id)) {}
  std::string header;                // 活动日期
  std::string field;                 // date; empty: no row of field ids
  std::vector<std::string> choices;  // a drop-down list; empty: none
  bool date = false;                 // formatted as a date
  int decimals = -1;                 // a number column shown with 0–3 places (money: 2); -1: as is
  double width = 14;
};

struct OutTable {
  explicit OutTable(std::string sheet_name) : name(std::move(sheet_name)) {}
  std::string name;
  std::vector<OutColumn> columns;
  std::vector<std::vector<OutCell>> rows;
  bool hidden = false;
};

absl::Status WriteXlsx(const std::vector<OutTable>& tables, const std::string& path);
absl::Status WriteCsvDirectory(const std::vector<OutTable>& tables, const std::string& directory);

}  // namespace liaison::ledger

#endif  // LIAISON_LEDGER_TABLE_WRITER_H_
