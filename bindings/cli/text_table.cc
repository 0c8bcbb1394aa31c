#include "text_table.h"

#include <algorithm>

namespace liaison::cli {
namespace {

constexpr std::size_t kGap = 2;              // blanks between two columns
constexpr std::size_t kNarrowestWrap = 10;  // a wrapping column of text is never narrower

}  // namespace

TextTable::TextTable(std::vector<std::string> header) { rows_.push_back(std::move(header)); }

void TextTable::AddRow(std::vector<std::string> cells) {
  cells.resize(rows_.front().size());
  rows_.push_back(std::move(cells));
}

std::size_t TextTable::NarrowestWrap(std::size_t column, const TableLayout& layout) const {
  const std::string& separator = wrapping_.at(column);
  if (separator.empty()) return kNarrowestWrap;
  // A list keeps its items whole: as wide as its widest item.
  std::size_t widest = 0;
  for (const auto& row : rows_) {
    const std::string& text = row[column];
    for (std::size_t start = 0; start < text.size();) {
      std::size_t end = text.find(separator, start);
      end = end == std::string::npos ? text.size() : end + separator.size();
      widest = std::max(widest, DisplayWidth(text.substr(start, end - start), layout.ambiguous));
      start = end;
    }
  }
  return widest;
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
  for (std::size_t c = 0; c < columns; ++c) total += widths[c];
  if (layout.wide || total <= layout.max_width) return widths;
  // Each wrapping column narrowed to its least, then what the table may
  // still take shared among them in proportion to what they gave up.
  std::size_t narrowed = total, given_up = 0;
  std::map<std::size_t, std::size_t> least;
  for (const auto& [c, separator] : wrapping_) {
    if (c >= columns) continue;
    least[c] = std::min(widths[c], NarrowestWrap(c, layout));
    narrowed -= widths[c] - least[c];
    given_up += widths[c] - least[c];
  }
  if (given_up == 0) return widths;
  const std::size_t room = layout.max_width > narrowed ? layout.max_width - narrowed : 0;
  for (const auto& [c, width] : least) {
    widths[c] = width + room * (widths[c] - width) / given_up;
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
  std::vector<std::size_t> widths = ColumnWidths(layout);
  // Every cell as its lines; a wrapped column is then as wide as its widest
  // line, which may be less than it was given.
  std::vector<std::vector<std::vector<std::string>>> cells(rows_.size());
  std::vector<std::size_t> used(columns, 0);
  for (std::size_t r = 0; r < rows_.size(); ++r) {
    cells[r].resize(columns);
    for (std::size_t c = 0; c < columns; ++c) {
      const std::string& text = rows_[r][c];
      if (wrapping_.count(c) > 0 && DisplayWidth(text, layout.ambiguous) > widths[c]) {
        cells[r][c] = WrapCell(c, text, widths[c], layout);
      } else {
        cells[r][c] = {text};
      }
      for (const std::string& line : cells[r][c]) {
        used[c] = std::max(used[c], DisplayWidth(line, layout.ambiguous));
      }
    }
  }
  widths = used;
  std::string out;
  const auto render_row = [&](const std::vector<std::vector<std::string>>& row) {
    std::size_t height = 1;
    for (const auto& cell : row) height = std::max(height, cell.size());
    for (std::size_t l = 0; l < height; ++l) {
      std::string line;
      for (std::size_t c = 0; c < columns; ++c) {
        const std::string& text = l < row[c].size() ? row[c][l] : std::string();
        line += text;
        if (c + 1 < columns) {
          line.append(widths[c] - DisplayWidth(text, layout.ambiguous) + kGap, ' ');
        }
      }
      // Empty cells at the end of a row leave no trailing blanks.
      line.erase(line.find_last_not_of(' ') + 1);
      out += line;
      out += '\n';
    }
  };
  render_row(cells.front());
  std::size_t total = 0;
  for (std::size_t c = 0; c < columns; ++c) total += widths[c] + (c + 1 < columns ? kGap : 0);
  out.append(total, '-');
  out += '\n';
  for (std::size_t r = 1; r < rows_.size(); ++r) render_row(cells[r]);
  return out;
}

}  // namespace liaison::cli
