#include "ledger/cell_value.h"

#include <charconv>
#include <cmath>
#include <optional>

#include "absl/strings/str_format.h"
#include "absl/time/civil_time.h"
#include "json/json_writer.h"

namespace liaison::ledger {
namespace {

constexpr std::string_view kIdeographicSpace = "\xE3\x80\x80";

std::string_view Trim(std::string_view text) {
  for (;;) {
    if (!text.empty() && (text.front() == ' ' || text.front() == '\t' || text.front() == '\r' ||
                          text.front() == '\n')) {
      text.remove_prefix(1);
    } else if (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r' ||
                                 text.back() == '\n')) {
      text.remove_suffix(1);
    } else if (text.substr(0, 3) == kIdeographicSpace) {
      text.remove_prefix(3);
    } else if (text.size() >= 3 && text.substr(text.size() - 3) == kIdeographicSpace) {
      text.remove_suffix(3);
    } else {
      return text;
    }
  }
}

std::optional<long long> Digits(std::string_view text) {
  long long value = 0;
  if (text.empty() || text.size() > 12) return std::nullopt;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || value < 0) return std::nullopt;
  return value;
}

std::optional<double> Number(const Cell& cell) {
  if (cell.type == Cell::Type::kNumber) return cell.number;
  const std::string_view text = Trim(cell.text);
  double value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

// An Excel serial: days since 1899-12-30 (1900 system, whose day 60 is the
// 1900-02-29 that never was) or since 1904-01-01.
std::optional<absl::CivilDay> FromSerial(double serial, bool date1904) {
  if (!(serial >= 1 && serial < 2958466)) return std::nullopt;
  const auto days = static_cast<long>(std::floor(serial));
  if (date1904) return absl::CivilDay(1904, 1, 1) + days;
  if (days == 60) return std::nullopt;
  return days < 60 ? absl::CivilDay(1899, 12, 31) + days : absl::CivilDay(1899, 12, 30) + days;
}

// 2026-03-12, 2026/3/12, 2026.3.12, 2026年3月12日.
std::optional<absl::CivilDay> FromText(std::string_view text) {
  long long parts[3];
  int count = 0;
  while (count < 3) {
    std::size_t digits = 0;
    while (digits < text.size() && text[digits] >= '0' && text[digits] <= '9') ++digits;
    std::optional<long long> part = Digits(text.substr(0, digits));
    if (!part || digits > 4) return std::nullopt;
    parts[count++] = *part;
    text.remove_prefix(digits);
    std::string_view separators[] = {"-", "/", ".", "年", "月", "日"};
    bool separated = false;
    for (std::string_view separator : separators) {
      if (text.substr(0, separator.size()) == separator) {
        text.remove_prefix(separator.size());
        separated = true;
        break;
      }
    }
    if (!separated && count < 3) return std::nullopt;
  }
  if (!text.empty() || parts[0] < 1900 || parts[0] > 2100) return std::nullopt;
  const absl::CivilDay day(parts[0], parts[1], parts[2]);
  if (day.month() != parts[1] || day.day() != parts[2]) return std::nullopt;
  return day;
}

CellProblem Quoted(std::string_view text, std::string_view zh, std::string_view en) {
  return {"“" + std::string(text) + "”" + std::string(zh),
          "\"" + std::string(text) + "\" " + std::string(en)};
}

std::vector<std::string> Split(std::string_view text, bool spaces) {
  std::vector<std::string> items;
  std::string_view separators[] = {"、", ",", "，", ";", "；", " ", "\n"};
  std::string current;
  while (!text.empty()) {
    bool split = false;
    for (std::string_view separator : separators) {
      if ((separator == " " || separator == "\n") && !spaces) continue;
      if (text.substr(0, separator.size()) == separator) {
        if (!Trim(current).empty()) items.emplace_back(Trim(current));
        current.clear();
        text.remove_prefix(separator.size());
        split = true;
        break;
      }
    }
    if (!split) {
      current += text.front();
      text.remove_prefix(1);
    }
  }
  if (!Trim(current).empty()) items.emplace_back(Trim(current));
  return items;
}

std::variant<CellValue, CellProblem> ReadTerm(const ColumnSpec& column, std::string_view text,
                                              const LedgerVocabulary& vocabulary) {
  if (std::optional<std::string> id = vocabulary.Resolve(column.vocab, text)) return *id;
  return Quoted(text,
                "不是本政策的" + std::string(LedgerVocabulary::NameZh(column.vocab)) + "；可选：" +
                    vocabulary.Allowed(column.vocab, true),
                "is not " + std::string(LedgerVocabulary::NameEn(column.vocab)) +
                    " of this policy; allowed: " + vocabulary.Allowed(column.vocab, false));
}

std::variant<CellValue, CellProblem> ReadMoney(const Cell& cell, std::string_view text) {
  std::optional<double> yuan = Number(cell);
  const std::size_t point = text.find('.');
  const bool too_precise = cell.type == Cell::Type::kText && point != std::string_view::npos &&
                           text.size() - point - 1 > 2;
  if (yuan && *yuan >= 0 && *yuan < 1e12 && !too_precise) {
    const double fen = std::round(*yuan * 100);
    if (std::fabs(fen - *yuan * 100) < 1e-6 * std::max(1.0, fen)) {
      return static_cast<std::int64_t>(fen);
    }
  }
  return Quoted(text, "不是金额：请填不小于 0 的元数，最多两位小数（如 120.50）",
                "is not an amount: yuan ≥ 0 with at most two decimals (e.g. 120.50)");
}

std::variant<CellValue, CellProblem> ReadScores(std::string_view text) {
  Scores scores;
  for (const std::string& item : Split(text, false)) {
    const std::size_t equals = item.find('=');
    double value = 0;
    const std::string_view number = equals == std::string::npos
                                        ? std::string_view()
                                        : Trim(std::string_view(item).substr(equals + 1));
    const auto [end, ec] = std::from_chars(number.data(), number.data() + number.size(), value);
    if (equals == std::string::npos || equals == 0 || number.empty() || ec != std::errc() ||
        end != number.data() + number.size() || !std::isfinite(value)) {
      return Quoted(text, "不是评分：请按“评分项=分值”填写，如 report=0.9",
                    "is not a list of scores: write component=value, e.g. report=0.9");
    }
    scores.emplace_back(std::string(Trim(std::string_view(item).substr(0, equals))), value);
  }
  return scores;
}

}  // namespace

std::string CellText(const Cell& cell) {
  if (cell.type == Cell::Type::kNumber && std::fabs(cell.number) < 1e15 &&
      cell.number == std::floor(cell.number)) {
    return absl::StrFormat("%.0f", cell.number);
  }
  return std::string(Trim(cell.text));
}

std::variant<CellValue, CellProblem> ReadCell(const ColumnSpec& column, const Cell& cell,
                                              const LedgerVocabulary& vocabulary, bool date1904) {
  const std::string text = CellText(cell);
  switch (column.kind) {
    case ValueKind::kText:
      return text;
    case ValueKind::kInteger: {
      std::optional<double> number = Number(cell);
      if (number && *number >= 0 && *number <= 1e12 && *number == std::floor(*number)) {
        return static_cast<std::int64_t>(*number);
      }
      return Quoted(text, "不是整数：请填不小于 0 的整数", "is not a whole number ≥ 0");
    }
    case ValueKind::kDate: {
      // A number cell is a serial; so is text of digits only (a CSV of
      // serials). Other text (2026.1, 2026-03-12) is read as a written date.
      std::optional<absl::CivilDay> day;
      if (cell.type == Cell::Type::kNumber) {
        day = FromSerial(cell.number, date1904);
      } else if (std::optional<long long> serial = Digits(text)) {
        day = FromSerial(static_cast<double>(*serial), date1904);
      } else {
        day = FromText(text);
      }
      if (day) return absl::FormatCivilTime(*day);
      return Quoted(text, "不是有效日期：请填如 2026-03-12 或 2026/3/12 的日期",
                    "is not a calendar date: write e.g. 2026-03-12 or 2026/3/12");
    }
    case ValueKind::kBool:
      if (text == "是" || text == "true" || text == "TRUE" || text == "1") return true;
      if (text == "否" || text == "false" || text == "FALSE" || text == "0") return false;
      return Quoted(text, "不是“是”或“否”", "is not 是 (yes) or 否 (no)");
    case ValueKind::kMoney:
      return ReadMoney(cell, text);
    case ValueKind::kTerm:
      return ReadTerm(column, text, vocabulary);
    case ValueKind::kTerms: {
      std::vector<std::string> ids;
      for (const std::string& item : Split(text, false)) {
        std::variant<CellValue, CellProblem> id = ReadTerm(column, item, vocabulary);
        if (auto* problem = std::get_if<CellProblem>(&id)) return *problem;
        ids.push_back(std::get<std::string>(std::get<CellValue>(id)));
      }
      return ids;
    }
    case ValueKind::kTextList:
      return Split(text, true);
    case ValueKind::kScores:
      return ReadScores(text);
  }
  return text;
}

void WriteValue(const CellValue& value, json::JsonWriter& writer) {
  if (const auto* text = std::get_if<std::string>(&value)) {
    writer.String(*text);
  } else if (const auto* integer = std::get_if<std::int64_t>(&value)) {
    writer.Int(*integer);
  } else if (const auto* flag = std::get_if<bool>(&value)) {
    writer.Bool(*flag);
  } else if (const auto* list = std::get_if<std::vector<std::string>>(&value)) {
    writer.StringArray(*list);
  } else {
    writer.BeginObject();
    for (const auto& [component, score] : std::get<Scores>(value)) {
      writer.Key(component);
      writer.Double(score);
    }
    writer.EndObject();
  }
}

}  // namespace liaison::ledger
