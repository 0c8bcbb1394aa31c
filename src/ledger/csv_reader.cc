#include "ledger/csv_reader.h"

#include <csv.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "ledger/bilingual.h"
#include "ledger/limits.h"
#include "ledger/text_encoding.h"

namespace liaison::ledger {
namespace {

struct CsvState {
  Sheet* sheet = nullptr;
  Row row;
  int next_row = 1;
  int last_terminator = 0;  // the character that ended the previous record
  absl::Status error;
};

void OnField(void* field, std::size_t length, void* data) {
  auto* state = static_cast<CsvState*>(data);
  Cell cell;
  if (length > kMaxCellBytes) {
    state->error = BadFile("第" + std::to_string(state->next_row) + "行有单元格超过 128 KB",
                           "row " + std::to_string(state->next_row) + " has a cell over 128 KB");
  } else if (length > 0 && state->row.cells.size() < static_cast<std::size_t>(kMaxColumns)) {
    cell.type = Cell::Type::kText;
    cell.text.assign(static_cast<const char*>(field), length);
  }
  if (state->row.cells.size() < static_cast<std::size_t>(kMaxColumns)) {
    state->row.cells.push_back(std::move(cell));
  }
}

void OnRecordEnd(int terminator, void* data) {
  auto* state = static_cast<CsvState*>(data);
  const bool blank = state->row.cells.empty();
  // "\r\n" ends one record: the "\n" after a "\r" is not a blank row.
  if (blank && terminator == '\n' && state->last_terminator == '\r') {
    state->last_terminator = 0;
    return;
  }
  state->last_terminator = terminator;
  const int number = state->next_row++;
  const bool any = std::any_of(state->row.cells.begin(), state->row.cells.end(),
                               [](const Cell& cell) { return !cell.empty(); });
  if (any) {
    if (state->sheet->rows.size() == kMaxRows) {
      state->error = BadFile("有数据的行超过 50 万行，请拆分台账",
                             "more than 500,000 rows with data; split the ledger");
    } else {
      state->row.number = number;
      state->sheet->rows.push_back(std::move(state->row));
    }
  }
  state->row = Row{};
}

absl::StatusOr<std::string> ReadFile(const std::filesystem::path& path) {
  std::error_code error;
  const auto size = std::filesystem::file_size(path, error);
  if (error) return BadFile("无法读取文件", "cannot read the file");
  if (size > kMaxCsvBytes) return BadFile("文件超过 256 MB", "the file is over 256 MB");
  std::ifstream file(path, std::ios::binary);
  std::ostringstream text;
  text << file.rdbuf();
  if (!file) return BadFile("无法读取文件", "cannot read the file");
  return text.str();
}

}  // namespace

absl::StatusOr<Sheet> ReadCsv(const std::string& name, std::string_view bytes, bool& converted) {
  absl::StatusOr<std::string> text = ToUtf8(bytes, converted);
  if (!text.ok()) return text.status();
  Sheet sheet{name, {}};
  csv_parser parser;
  if (csv_init(&parser, CSV_REPALL_NL) != 0) return absl::ResourceExhaustedError("csv_init");
  CsvState state;
  state.sheet = &sheet;
  const std::size_t parsed =
      csv_parse(&parser, text->data(), text->size(), OnField, OnRecordEnd, &state);
  if (parsed == text->size()) csv_fini(&parser, OnField, OnRecordEnd, &state);
  const bool failed = parsed != text->size();
  csv_free(&parser);
  if (failed) {
    // libcsv's codes: CSV_EPARSE, CSV_ENOMEM, CSV_ETOOBIG, CSV_EINVALID.
    constexpr const char* kWhyZh[] = {"未知原因", "无法解析", "内存不足", "数据过大", "解析选项无效"};
    const int code = csv_error(&parser);
    return BadFile(std::string("CSV 格式错误：") + kWhyZh[code >= 1 && code <= 4 ? code : 0],
                   std::string("malformed CSV: ") + csv_strerror(csv_error(&parser)));
  }
  if (!state.error.ok()) return state.error;
  return sheet;
}

absl::StatusOr<Workbook> ReadCsvDirectory(const std::string& directory,
                                          std::vector<std::string>* converted_files) {
  std::error_code error;
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(directory, error)) {
    if (entry.path().extension() == ".csv" && entry.is_regular_file())
      files.push_back(entry.path());
  }
  if (error) return BadFile("无法读取目录", "cannot read the directory");
  std::sort(files.begin(), files.end());
  Workbook book;
  for (const std::filesystem::path& path : files) {
    absl::StatusOr<std::string> bytes = ReadFile(path);
    bool converted = false;
    absl::StatusOr<Sheet> sheet =
        bytes.ok() ? ReadCsv(path.stem().string(), *bytes, converted) : bytes.status();
    if (!sheet.ok()) {
      return absl::Status(sheet.status().code(),
                          path.filename().string() + ": " + std::string(sheet.status().message()));
    }
    if (converted && converted_files != nullptr)
      converted_files->push_back(path.filename().string());
    book.sheets.push_back(*std::move(sheet));
  }
  if (book.sheets.empty()) {
    return BadFile("是目录，但其中没有 .csv 文件（不是 CSV 台账）",
                   "is a directory, not a file, and holds no .csv file (not a CSV ledger)");
  }
  return book;
}

}  // namespace liaison::ledger
