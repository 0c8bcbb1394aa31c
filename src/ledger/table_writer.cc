#include "ledger/table_writer.h"

#include <csv.h>
#include <xlsxwriter.h>

#include <charconv>
#include <cstdio>
#include <filesystem>
#include <memory>

#include "absl/strings/str_format.h"
#include "ledger/bilingual.h"

namespace liaison::ledger {
namespace {

constexpr char kChoicesSheet[] = "选项";

struct Formats {
  lxw_format* header;
  lxw_format* field;
  lxw_format* date;
  lxw_format* fixed[4];  // "0", "0.0", "0.00", "0.000"
};

Formats MakeFormats(lxw_workbook* book) {
  Formats formats{workbook_add_format(book), workbook_add_format(book), workbook_add_format(book),
                  {}};
  format_set_bold(formats.header);
  format_set_bg_color(formats.header, 0xDDEBF7);
  format_set_font_color(formats.field, 0x808080);
  format_set_italic(formats.field);
  format_set_num_format(formats.date, "yyyy-mm-dd");
  constexpr const char* kFixed[4] = {"0", "0.0", "0.00", "0.000"};
  for (int places = 0; places < 4; ++places) {
    formats.fixed[places] = workbook_add_format(book);
    format_set_num_format(formats.fixed[places], kFixed[places]);
  }
  return formats;
}

lxw_format* NumberFormat(const OutColumn& column, const Formats& formats) {
  return column.decimals >= 0 && column.decimals < 4 ? formats.fixed[column.decimals] : nullptr;
}

void WriteCell(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t column, const OutCell& cell,
               const OutColumn& spec, const Formats& formats) {
  switch (cell.type) {
    case OutCell::Type::kEmpty:
      return;
    case OutCell::Type::kText:
      worksheet_write_string(sheet, row, column, cell.text.c_str(), nullptr);
      return;
    case OutCell::Type::kNumber:
      worksheet_write_number(sheet, row, column, cell.number, NumberFormat(spec, formats));
      return;
    case OutCell::Type::kDate: {
      lxw_datetime datetime{
          static_cast<int>(cell.date.year()), cell.date.month(), cell.date.day(), 0, 0, 0};
      worksheet_write_datetime(sheet, row, column, &datetime, formats.date);
      return;
    }
  }
}

// The choices of every column that has some, one column each on 选项.
void WriteChoices(lxw_workbook* book, const std::vector<OutTable>& tables,
                  std::vector<std::vector<std::string>>& formulas) {
  lxw_worksheet* sheet = nullptr;
  lxw_col_t next = 0;
  for (const OutTable& table : tables) {
    std::vector<std::string>& table_formulas = formulas.emplace_back();
    for (const OutColumn& column : table.columns) {
      table_formulas.emplace_back();
      if (column.choices.empty()) continue;
      if (sheet == nullptr) sheet = workbook_add_worksheet(book, kChoicesSheet);
      worksheet_write_string(sheet, 0, next, (table.name + "·" + column.header).c_str(), nullptr);
      for (std::size_t i = 0; i < column.choices.size(); ++i) {
        worksheet_write_string(sheet, static_cast<lxw_row_t>(i + 1), next,
                               column.choices[i].c_str(), nullptr);
      }
      char range[64];
      lxw_rowcol_to_range_abs(range, 1, next, static_cast<lxw_row_t>(column.choices.size()), next);
      table_formulas.back() = std::string("='") + kChoicesSheet + "'!" + range;
      ++next;
    }
  }
  if (sheet != nullptr) worksheet_hide(sheet);
}

void WriteSheet(lxw_worksheet* sheet, const OutTable& table,
                const std::vector<std::string>& formulas, const Formats& formats) {
  const bool ids = !table.columns.empty() && !table.columns[0].field.empty();
  const lxw_row_t first = ids ? 2 : 1;
  for (std::size_t c = 0; c < table.columns.size(); ++c) {
    const OutColumn& column = table.columns[c];
    const auto col = static_cast<lxw_col_t>(c);
    worksheet_set_column(sheet, col, col, column.width,
                         column.date ? formats.date : NumberFormat(column, formats));
    worksheet_write_string(sheet, 0, col, column.header.c_str(), formats.header);
    if (ids) worksheet_write_string(sheet, 1, col, column.field.c_str(), formats.field);
    if (formulas[c].empty()) continue;
    lxw_data_validation validation{};
    validation.validate = LXW_VALIDATION_TYPE_LIST_FORMULA;
    validation.value_formula = const_cast<char*>(formulas[c].c_str());
    validation.error_type = LXW_VALIDATION_ERROR_TYPE_STOP;
    worksheet_data_validation_range(sheet, first, col, LXW_ROW_MAX - 1, col, &validation);
  }
  worksheet_freeze_panes(sheet, first, 0);
  // Printed on landscape pages one sheet wide, as an office files a ledger.
  worksheet_set_landscape(sheet);
  worksheet_fit_to_pages(sheet, 1, 0);
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    for (std::size_t c = 0; c < table.rows[r].size() && c < table.columns.size(); ++c) {
      WriteCell(sheet, static_cast<lxw_row_t>(first + r), static_cast<lxw_col_t>(c),
                table.rows[r][c], table.columns[c], formats);
    }
  }
}

std::string CsvText(const OutCell& cell) {
  switch (cell.type) {
    case OutCell::Type::kEmpty:
      return "";
    case OutCell::Type::kText:
      return cell.text;
    case OutCell::Type::kDate:
      return absl::FormatCivilTime(cell.date);
    case OutCell::Type::kNumber: {
      if (cell.decimals >= 0) return absl::StrFormat("%.*f", cell.decimals, cell.number);
      char digits[32];
      const auto result = std::to_chars(digits, digits + sizeof digits, cell.number);
      return std::string(digits, result.ptr);
    }
  }
  return "";
}

struct FileCloser {
  void operator()(std::FILE* file) const { std::fclose(file); }
};

void WriteCsvRow(std::FILE* file, const std::vector<std::string>& fields) {
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) std::fputc(',', file);
    csv_fwrite(file, fields[i].data(), fields[i].size());
  }
  std::fputs("\r\n", file);
}

}  // namespace

absl::Status WriteXlsx(const std::vector<OutTable>& tables, const std::string& path) {
  lxw_workbook_options options{};
  options.constant_memory = LXW_FALSE;
  lxw_workbook* book = workbook_new_opt(path.c_str(), &options);
  if (book == nullptr) return BadFile("无法创建文件 " + path, "cannot create " + path);
  const Formats formats = MakeFormats(book);
  std::vector<lxw_worksheet*> sheets;
  for (const OutTable& table : tables)
    sheets.push_back(workbook_add_worksheet(book, table.name.c_str()));
  std::vector<std::vector<std::string>> formulas;
  WriteChoices(book, tables, formulas);
  for (std::size_t t = 0; t < tables.size(); ++t) {
    if (sheets[t] == nullptr) {
      workbook_close(book);
      return BadFile("工作表名无效：" + tables[t].name, "invalid sheet name: " + tables[t].name);
    }
    WriteSheet(sheets[t], tables[t], formulas[t], formats);
    if (tables[t].hidden) worksheet_hide(sheets[t]);
  }
  const lxw_error error = workbook_close(book);
  if (error != LXW_NO_ERROR) {
    return BadFile("无法写入 " + path + "：" + lxw_strerror(error),
                   "cannot write " + path + ": " + lxw_strerror(error));
  }
  return absl::OkStatus();
}

absl::Status WriteCsvDirectory(const std::vector<OutTable>& tables, const std::string& directory) {
  std::error_code error;
  std::filesystem::create_directories(directory, error);
  if (error)
    return BadFile("无法创建目录 " + directory, "cannot create the directory " + directory);
  for (const OutTable& table : tables) {
    const std::string path = (std::filesystem::path(directory) / (table.name + ".csv")).string();
    std::unique_ptr<std::FILE, FileCloser> file(std::fopen(path.c_str(), "wb"));
    if (file == nullptr) return BadFile("无法创建文件 " + path, "cannot create " + path);
    std::fputs("\xEF\xBB\xBF", file.get());
    std::vector<std::string> fields;
    for (const OutColumn& column : table.columns) fields.push_back(column.header);
    WriteCsvRow(file.get(), fields);
    if (!table.columns.empty() && !table.columns[0].field.empty()) {
      fields.clear();
      for (const OutColumn& column : table.columns) fields.push_back(column.field);
      WriteCsvRow(file.get(), fields);
    }
    for (const std::vector<OutCell>& row : table.rows) {
      fields.clear();
      for (const OutCell& cell : row) fields.push_back(CsvText(cell));
      WriteCsvRow(file.get(), fields);
    }
    if (std::ferror(file.get())) return BadFile("无法写入 " + path, "cannot write " + path);
  }
  return absl::OkStatus();
}

}  // namespace liaison::ledger
