#include "json/json_writer.h"

#include <charconv>
#include <cmath>

#include "absl/strings/str_format.h"

namespace liaison::json {

void AppendQuoted(std::string& out, std::string_view value) {
  out += '"';
  for (char c : value) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          out += absl::StrFormat("\\u%04x", static_cast<unsigned char>(c));
        } else {
          out += c;
        }
    }
  }
  out += '"';
}

void JsonWriter::Newline() {
  if (layout_ != Layout::kPretty) return;
  out_ += '\n';
  out_.append(2 * has_element_.size(), ' ');
}

void JsonWriter::BeforeValue() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (has_element_.empty()) return;
  if (has_element_.back()) out_ += ',';
  has_element_.back() = true;
  Newline();
}

void JsonWriter::BeginObject() {
  BeforeValue();
  out_ += '{';
  has_element_.push_back(false);
}

void JsonWriter::EndObject() {
  const bool had = has_element_.back();
  has_element_.pop_back();
  if (had) Newline();
  out_ += '}';
}

void JsonWriter::BeginArray() {
  BeforeValue();
  out_ += '[';
  has_element_.push_back(false);
}

void JsonWriter::EndArray() {
  const bool had = has_element_.back();
  has_element_.pop_back();
  if (had) Newline();
  out_ += ']';
}

void JsonWriter::Key(std::string_view key) {
  BeforeValue();
  AppendQuoted(out_, key);
  out_ += layout_ == Layout::kPretty ? ": " : ":";
  after_key_ = true;
}

void JsonWriter::String(std::string_view value) {
  BeforeValue();
  AppendQuoted(out_, value);
}

void JsonWriter::Int(std::int64_t value) {
  BeforeValue();
  char buffer[24];
  auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  out_.append(buffer, result.ptr);
}

void JsonWriter::Double(double value) {
  BeforeValue();
  if (!std::isfinite(value)) {  // JSON has no NaN or infinity
    out_ += "null";
    return;
  }
  if (value == 0) value = 0;  // no "-0"
  char buffer[32];
  auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  out_.append(buffer, result.ptr);
}

void JsonWriter::Bool(bool value) {
  BeforeValue();
  out_ += value ? "true" : "false";
}

void JsonWriter::Null() {
  BeforeValue();
  out_ += "null";
}

void JsonWriter::Date(absl::CivilDay day) {
  String(absl::StrFormat("%04d-%02d-%02d", day.year(), day.month(), day.day()));
}

void JsonWriter::MonthDayValue(MonthDay month_day) {
  String(absl::StrFormat("%02d-%02d", month_day.month, month_day.day));
}

void JsonWriter::Localized(const LocalizedText& text) {
  BeginObject();
  Key("zh");
  String(text.zh);
  Key("en");
  String(text.en);
  EndObject();
}

void JsonWriter::StringArray(const std::vector<std::string>& values) {
  BeginArray();
  for (const std::string& value : values) String(value);
  EndArray();
}

}  // namespace liaison::json
