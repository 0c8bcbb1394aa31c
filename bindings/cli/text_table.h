// TextTable: a plain-text table whose columns line up with Chinese text.
//
// Chinese characters take two terminal columns, so padding by bytes or by
// code points misaligns a table of names; TextTable pads by display width
// (East Asian Wide and Fullwidth characters count 2).
//
//   TextTable table({"编号", "姓名", "得分"});
//   table.AddRow({"c01", "张伟", "0.95"});
//   std::cout << table.Render();
#ifndef LIAISON_CLI_TEXT_TABLE_H_
#define LIAISON_CLI_TEXT_TABLE_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace liaison::cli {

// Terminal columns `text` (UTF-8) occupies.
std::size_t DisplayWidth(std::string_view text);

class TextTable {
 public:
  explicit TextTable(std::vector<std::string> header);

  // A row with as many cells as the header.
  void AddRow(std::vector<std::string> cells);

  // Header, a rule of dashes, then the rows; two spaces between columns.
  std::string Render() const;

 private:
  std::vector<std::vector<std::string>> rows_;  // rows_[0] is the header
};

}  // namespace liaison::cli

#endif  // LIAISON_CLI_TEXT_TABLE_H_
