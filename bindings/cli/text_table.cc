#include "text_table.h"

#include <algorithm>

namespace liaison::cli {
namespace {

constexpr std::size_t kGap = 2;              // blanks between two columns
constexpr std::size_t kNarrowestWrap = 10;  // a wrapping column is never narrower

}  // namespace

TextTable::TextTable(std::vector<std::string> header) { rows_.push_back(std::move(header)); }

void TextTable::AddRow(std::vector<std::string> cells) {
  cells.resize(rows_.front().size());
  rows_.push_back(std::move(cells));
}

std::vector<std::size_t> TextTable::ColumnWidths(const TableLayout& layout) const {
  const std::size_t columns = rows_.front().size();
  std::vector<std::size_t> widths(columns, 0);
  for (const auto& row : rows_) {
    for (std::size_t c = 0; c < columns; ++c) {
      widths[c] = std::max(widths[c], DisplayWidth(row[c], layout.ambiguous));
    }
  }
  std::size_t total = columns == 0 ? 0 : kGap * (columns - 1);
  std::size_t fixed = total, wrapping = 0;
  for (std::size_t c = 0; c < columns; ++c) {
    total += widths[c];
    if (wrapping_.count(c) > 0) {
      wrapping += widths[c];
    } else {
      fixed += widths[c];
    }
  }
  if (layout.wide || total <= layout.max_width || wrapping == 0) return widths;
  // What the fixed columns leave, shared in proportion to the wrapping
  // columns' widths.
  const std::size_t room = layout.max_width > fixed ? layout.max_width - fixed : 0;
  for (const auto& [c, separator] : wrapping_) {
    if (c >= columns) continue;
    widths[c] = std::min(widths[c], std::max(kNarrowestWrap, room * widths[c] / wrapping));
  }
  return widths;
}

std::vector<std::string> TextTable::WrapCell(std::size_t column, const std::string& text,
                                             std::size_t width, const TableLayout& layout) const {
  const std::string& separator = wrapping_.at(column);
  if (separator.empty()) return WrapToWidth(text, width, layout.ambiguous);
  std::vector<std::string> lines{""};
  for (std::size_t start = 0; start < text.size();) {
    std::size_t end = text.find(separator, start);
    end = end == std::string::npos ? text.size() : end + separator.size();
    std::string item = text.substr(start, end - start);
    start = end;
    if (!lines.back().empty() && DisplayWidth(lines.back() + item, layout.ambiguous) > width) {
      lines.back().erase(lines.back().find_last_not_of(' ') + 1);
      lines.emplace_back();
      item.erase(0, std::min(item.size(), item.find_first_not_of(' ')));
    }
    if (DisplayWidth(lines.back() + item, layout.ambiguous) <= width) {
      lines.back() += item;
      continue;
    }
    // An item wider than the column: cut it where the column ends.
    std::vector<std::string> pieces = WrapToWidth(item, width, layout.ambiguous);
    lines.back() = pieces.front();
    lines.insert(lines.end(), pieces.begin() + 1, pieces.end());
  }
  return lines;
}

std::string TextTable::Render(const TableLayout& layout) const {
  const std::size_t columns = rows_.front().size();
  const std::vector<std::size_t> widths = ColumnWidths(layout);
  std::string out;
  const auto render_row = [&](const std::vector<std::string>& row) {
    std::vector<std::vector<std::string>> cells(columns);
    std::size_t height = 1;
    for (std::size_t c = 0; c < columns; ++c) {
      if (wrapping_.count(c) > 0 && DisplayWidth(row[c], layout.ambiguous) > widths[c]) {
        cells[c] = WrapCell(c, row[c], widths[c], layout);
      } else {
        cells[c] = {row[c]};
      }
      height = std::max(height, cells[c].size());
    }
    for (std::size_t l = 0; l < height; ++l) {
      std::string line;
      for (std::size_t c = 0; c < columns; ++c) {
        const std::string& text = l < cells[c].size() ? cells[c][l] : std::string();
        line += text;
        if (c + 1 < columns) {
          line.append(widths[c] - std::min(widths[c], DisplayWidth(text, layout.ambiguous)) + kGap,
                      ' ');
        }
      }
      // Empty cells at the end of a row leave no trailing blanks.
      line.erase(line.find_last_not_of(' ') + 1);
      out += line;
      out += '\n';
    }
  };
  render_row(rows_.front());
  std::size_t total = 0;
  for (std::size_t c = 0; c < columns; ++c) total += widths[c] + (c + 1 < columns ? kGap : 0);
  out.append(total, '-');
  out += '\n';
  for (std::size_t r = 1; r < rows_.size(); ++r) render_row(rows_[r]);
  return out;
}

}  // namespace liaison::cli
