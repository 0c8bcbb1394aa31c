// TextTable: a plain-text table whose columns line up with Chinese text.
//
// Chinese characters take two terminal columns, so padding by bytes or by
// code points misaligns a table of names; TextTable pads by display width
// (east_asian_width.h). A table fits its layout's width (100 columns by
// default): the columns marked to wrap (titles, explanations, lists of names)
// share what the others leave and continue on the lines under their row.
// A wide layout keeps every row on one line, however long.
//
//   TextTable table({"编号", "姓名", "说明"});
//   table.WrapColumn(2);
//   table.AddRow({"c01", "张伟", "排名 1/7；建议 优"});
//   std::cout << table.Render();
#ifndef LIAISON_CLI_TEXT_TABLE_H_
#define LIAISON_CLI_TEXT_TABLE_H_

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "east_asian_width.h"

namespace liaison::cli {

// The width tables keep to unless told otherwise: an A4 page in a monospaced
// font, and a terminal of common size.
inline constexpr std::size_t kTableWidth = 100;

struct TableLayout {
  std::size_t max_width = kTableWidth;
  bool wide = false;  // --wide: one line a row, however long
  AmbiguousWidth ambiguous = AmbiguousWidth::kNarrow;  // --ambiguous-wide
};

class TextTable {
 public:
  explicit TextTable(std::vector<std::string> header);

  // A row with as many cells as the header.
  void AddRow(std::vector<std::string> cells);

  // Lets `column` continue on further lines when the table is too wide. With
  // a `separator` ("、" between names) the column breaks only after one, so
  // that no item is cut unless it is wider than the column by itself.
  void WrapColumn(std::size_t column, std::string separator = "") {
    wrapping_[column] = std::move(separator);
  }

  // Header, a rule of dashes, then the rows; two spaces between columns.
  std::string Render(const TableLayout& layout = {}) const;

 private:
  // Each column's width: the widest cell, the wrapping columns narrowed to
  // fit `layout`.
  std::vector<std::size_t> ColumnWidths(const TableLayout& layout) const;

  std::vector<std::vector<std::string>> rows_;  // rows_[0] is the header
  // Wrapping columns and their separators.
  std::map<std::size_t, std::string> wrapping_;

  // The least width wrapping column `column` is narrowed to.
  std::size_t NarrowestWrap(std::size_t column, const TableLayout& layout) const;

  // The lines of `text` in wrapping column `column`, `width` wide.
  std::vector<std::string> WrapCell(std::size_t column, const std::string& text,
                                    std::size_t width, const TableLayout& layout) const;
};

}  // namespace liaison::cli

#endif  // LIAISON_CLI_TEXT_TABLE_H_
