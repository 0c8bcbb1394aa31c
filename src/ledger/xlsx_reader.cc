#include "ledger/xlsx_reader.h"

#include <zip.h>

#include <charconv>
#include <cstring>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "ledger/bilingual.h"
#include "ledger/limits.h"
#include "ledger/xml_part.h"

namespace liaison::ledger {
namespace {

struct ArchiveCloser {
  void operator()(zip_t* archive) const { zip_discard(archive); }
};

// workbook.xml: the sheets in order, with their relationship ids.
struct WorkbookHandler : XmlHandler {
  std::vector<std::pair<std::string, std::string>> sheets;  // name, relationship id
  bool date1904 = false;
  void Start(std::string_view name, const char** attributes) override {
    if (name == "sheet") {
      const char* sheet_name = AttributeOf(attributes, "name");
      const char* id = AttributeOf(attributes, "id");
      if (sheet_name != nullptr && id != nullptr) sheets.emplace_back(sheet_name, id);
    } else if (name == "workbookPr") {
      const char* flag = AttributeOf(attributes, "date1904");
      date1904 = flag != nullptr && (std::strcmp(flag, "1") == 0 || std::strcmp(flag, "true") == 0);
    }
  }
  void End(std::string_view) override {}
  void Text(std::string_view) override {}
};

// workbook.xml.rels: relationship id → part, and the shared-strings part.
struct RelationsHandler : XmlHandler {
  std::vector<std::pair<std::string, std::string>> targets;  // id, part name
  std::string shared_strings;
  void Start(std::string_view name, const char** attributes) override {
    if (name != "Relationship") return;
    const char* id = AttributeOf(attributes, "Id");
    const char* target = AttributeOf(attributes, "Target");
    const char* type = AttributeOf(attributes, "Type");
    if (id == nullptr || target == nullptr) return;
    std::string part = target[0] == '/' ? std::string(target + 1) : "xl/" + std::string(target);
    if (type != nullptr && std::string_view(type).size() >= 14 &&
        std::string_view(type).substr(std::strlen(type) - 14) == "/sharedStrings") {
      shared_strings = part;
    }
    targets.emplace_back(id, std::move(part));
  }
  void End(std::string_view) override {}
  void Text(std::string_view) override {}
};

// Collects the text of <t> elements, leaving out phonetic runs (<rPh>).
struct TextCollector {
  int in_t = 0;
  int in_phonetic = 0;
  std::string text;
  void Start(std::string_view name) {
    if (name == "t") ++in_t;
    if (name == "rPh") ++in_phonetic;
  }
  void End(std::string_view name) {
    if (name == "t" && in_t > 0) --in_t;
    if (name == "rPh" && in_phonetic > 0) --in_phonetic;
  }
  bool Collecting() const { return in_t > 0 && in_phonetic == 0; }
};

struct SharedStringsHandler : XmlHandler {
  std::vector<std::string> strings;
  std::size_t bytes = 0;
  TextCollector collector;
  void Start(std::string_view name, const char**) override {
    if (name == "si") collector.text.clear();
    collector.Start(name);
  }
  void End(std::string_view name) override {
    collector.End(name);
    if (name != "si") return;
    if (strings.size() == kMaxSharedStrings) {
      error = BadFile("共享字符串表条目过多（超过 200 万条）",
                      "the shared-strings table has too many entries (over 2,000,000)");
      return;
    }
    strings.push_back(std::move(collector.text));
    collector.text.clear();
  }
  void Text(std::string_view text) override {
    if (!collector.Collecting()) return;
    bytes += text.size();
    if (bytes > kMaxSharedStringBytes || collector.text.size() + text.size() > kMaxCellBytes) {
      error = BadFile("共享字符串表过大（超过 64 MB 或单个单元格超过 128 KB）",
                      "the shared-strings table is too large (over 64 MB, or a cell over 128 KB)");
      return;
    }
    collector.text.append(text);
  }
};

// "D12" → column 3 (0-based); -1 when there are no letters.
int ColumnOf(const char* reference) {
  int column = 0;
  int letters = 0;
  for (; *reference >= 'A' && *reference <= 'Z' && letters < 4; ++reference, ++letters) {
    column = column * 26 + (*reference - 'A' + 1);
  }
  return letters == 0 ? -1 : column - 1;
}

class WorksheetHandler : public XmlHandler {
 public:
  WorksheetHandler(Sheet& sheet, const std::vector<std::string>& shared)
      : sheet_(sheet), shared_(shared) {}

  void Start(std::string_view name, const char** attributes) override {
    if (name == "row") {
      const char* r = AttributeOf(attributes, "r");
      int number = row_.number + 1;
      if (r != nullptr) std::from_chars(r, r + std::strlen(r), number);
      row_ = Row{number, {}};
      column_ = -1;
    } else if (name == "c") {
      const char* r = AttributeOf(attributes, "r");
      const int column = r == nullptr ? -1 : ColumnOf(r);
      column_ = column >= 0 ? column : column_ + 1;
      const char* type = AttributeOf(attributes, "t");
      type_ = type == nullptr ? "n" : type;
      value_.clear();
      in_value_ = false;
    } else if (name == "v") {
      in_value_ = true;
    }
    collector_.Start(name);
  }

  void End(std::string_view name) override {
    collector_.End(name);
    if (name == "v") in_value_ = false;
    if (name == "c") FinishCell();
    if (name == "row") FinishRow();
  }

  void Text(std::string_view text) override {
    if (!in_value_ && !(collector_.Collecting() && type_ == "inlineStr")) return;
    if (value_.size() + text.size() > kMaxCellBytes) {
      error = CellError("内容过长（超过 128 KB）", "is too long (over 128 KB)");
      return;
    }
    value_.append(text);
  }

 private:
  absl::Status CellError(std::string_view zh, std::string_view en) const {
    const std::string where = sheet_.name + " " + ColumnName(column_) + std::to_string(row_.number);
    return BadFile("单元格 " + where + " " + std::string(zh),
                   "cell " + where + " " + std::string(en));
  }

  void FinishCell() {
    if (column_ < 0 || column_ >= kMaxColumns || value_.empty()) return;
    Cell cell;
    if (type_ == "s") {
      std::size_t index = 0;
      const auto [end, ec] = std::from_chars(value_.data(), value_.data() + value_.size(), index);
      if (ec != std::errc() || end != value_.data() + value_.size() || index >= shared_.size()) {
        error =
            CellError("引用了不存在的共享字符串", "refers to a shared string that does not exist");
        return;
      }
      if (shared_[index].empty()) return;
      cell.type = Cell::Type::kText;
      cell.text = shared_[index];
    } else if (type_ == "n") {
      const auto [end, ec] =
          std::from_chars(value_.data(), value_.data() + value_.size(), cell.number);
      if (ec != std::errc() || end != value_.data() + value_.size()) {
        error = CellError("的数值无法识别：" + value_, "holds an unreadable number: " + value_);
        return;
      }
      cell.type = Cell::Type::kNumber;
      cell.text = value_;
    } else {  // str, inlineStr, b (0/1), e (#N/A …): kept as text
      cell.type = Cell::Type::kText;
      cell.text = value_;
    }
    if (row_.cells.size() <= static_cast<std::size_t>(column_)) row_.cells.resize(column_ + 1);
    row_.cells[column_] = std::move(cell);
  }

  void FinishRow() {
    if (row_.cells.empty()) return;
    if (sheet_.rows.size() == kMaxRows) {
      error = BadFile(
          "工作表“" + sheet_.name + "”有数据的行超过 50 万行，请拆分台账",
          "sheet \"" + sheet_.name + "\" has more than 500,000 rows with data; split the ledger");
      return;
    }
    sheet_.rows.push_back(std::move(row_));
    row_.cells.clear();
  }

  Sheet& sheet_;
  const std::vector<std::string>& shared_;
  Row row_;
  int column_ = -1;
  std::string type_;
  std::string value_;
  bool in_value_ = false;
  TextCollector collector_;
};

std::string TargetOf(const RelationsHandler& relations, const std::string& id) {
  for (const auto& [relation, part] : relations.targets) {
    if (relation == id) return part;
  }
  return "";
}

absl::Status ReadSheets(zip_t* archive, Workbook& book, std::size_t& inflated) {
  WorkbookHandler workbook;
  if (absl::Status status = ParsePart(archive, "xl/workbook.xml", workbook, inflated);
      !status.ok()) {
    return status;
  }
  RelationsHandler relations;
  if (absl::Status status = ParsePart(archive, "xl/_rels/workbook.xml.rels", relations, inflated);
      !status.ok()) {
    return status;
  }
  SharedStringsHandler shared;
  if (!relations.shared_strings.empty() && HasPart(archive, relations.shared_strings)) {
    if (absl::Status status = ParsePart(archive, relations.shared_strings, shared, inflated);
        !status.ok()) {
      return status;
    }
  }
  book.date1904 = workbook.date1904;
  for (const auto& [name, id] : workbook.sheets) {
    const std::string part = TargetOf(relations, id);
    if (part.empty()) continue;  // a chart sheet or a broken link: not a table
    book.sheets.push_back(Sheet{name, {}});
    WorksheetHandler handler(book.sheets.back(), shared.strings);
    if (absl::Status status = ParsePart(archive, part, handler, inflated); !status.ok()) {
      return status;
    }
  }
  return absl::OkStatus();
}

}  // namespace

bool LooksLikeZip(std::string_view bytes) {
  return bytes.size() >= 4 && bytes.substr(0, 4) == std::string_view("PK\3\4", 4);
}

absl::StatusOr<Workbook> ReadXlsx(std::string_view bytes) {
  if (!LooksLikeZip(bytes)) {
    return BadFile("不是 XLSX 文件（不是 zip 压缩包）", "not an XLSX file (not a zip archive)");
  }
  zip_error_t zip_error;
  zip_error_init(&zip_error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &zip_error);
  std::unique_ptr<zip_t, ArchiveCloser> archive(
      source == nullptr ? nullptr : zip_open_from_source(source, ZIP_RDONLY, &zip_error));
  if (archive == nullptr) {
    if (source != nullptr) zip_source_free(source);
    const std::string why = zip_error_strerror(&zip_error);
    zip_error_fini(&zip_error);
    return BadFile("无法作为 XLSX 打开（压缩包已损坏或被截断）",
                   "cannot be opened as XLSX (damaged or truncated archive: " + why + ")");
  }
  zip_error_fini(&zip_error);
  Workbook book;
  std::size_t inflated = 0;
  if (absl::Status status = ReadSheets(archive.get(), book, inflated); !status.ok()) return status;
  return book;
}

}  // namespace liaison::ledger
