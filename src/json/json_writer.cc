#include "json/json_writer.h"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>

#include "absl/strings/str_format.h"
#include "civil_day_math.h"

namespace liaison::json {

namespace {

// Whether any of the eight bytes of `word` must be escaped in a JSON string:
// a control character (below 0x20), a quote or a backslash. Word-at-a-time
// tests from "Bit Twiddling Hacks" (haszero, hasless): exact as yes-or-no.
bool AnyToEscape(std::uint64_t word) {
  constexpr std::uint64_t kOnes = 0x0101010101010101;
  constexpr std::uint64_t kHighBits = 0x8080808080808080;
  const auto has_zero_byte = [](std::uint64_t v) { return (v - kOnes) & ~v & kHighBits; };
  const std::uint64_t control = (word - kOnes * 0x20) & ~word & kHighBits;
  const std::uint64_t quote = has_zero_byte(word ^ (kOnes * '"'));
  const std::uint64_t backslash = has_zero_byte(word ^ (kOnes * '\\'));
  return (control | quote | backslash) != 0;
}

// kToEscape[c]: whether byte c must be escaped in a JSON string.
constexpr auto kToEscape = [] {
  struct Table {
    bool escape[256] = {};
  } table;
  for (int c = 0; c < 0x20; ++c) table.escape[c] = true;
  table.escape[static_cast<unsigned char>('"')] = true;
  table.escape[static_cast<unsigned char>('\\')] = true;
  return table;
}();

// Whether no byte of `text` needs an escape, as it is for almost every
// string: eight bytes at a time, the last (or only) word overlapping.
bool NothingToEscape(std::string_view text) {
  const char* const data = text.data();
  const std::size_t size = text.size();
  std::uint64_t word;
  if (size >= 8) {
    for (std::size_t i = 0; i + 8 < size; i += 8) {
      std::memcpy(&word, data + i, sizeof word);
      if (AnyToEscape(word)) return false;
    }
    std::memcpy(&word, data + size - 8, sizeof word);
    return !AnyToEscape(word);
  }
  if (size >= 4) {
    std::uint32_t low, high;
    std::memcpy(&low, data, sizeof low);
    std::memcpy(&high, data + size - 4, sizeof high);
    return !AnyToEscape(low | std::uint64_t{high} << 32);
  }
  for (std::size_t i = 0; i < size; ++i) {
    if (kToEscape.escape[static_cast<unsigned char>(data[i])]) return false;
  }
  return true;
}

// How many bytes at the start of `text` need no escape.
std::size_t PlainPrefix(std::string_view text) {
  std::size_t i = 0;
  for (; i + 8 <= text.size(); i += 8) {
    std::uint64_t word;
    std::memcpy(&word, text.data() + i, sizeof word);
    if (AnyToEscape(word)) break;
  }
  while (i < text.size() && !kToEscape.escape[static_cast<unsigned char>(text[i])]) ++i;
  return i;
}

// The escape sequence for a byte that needs one: \" \\ \n \r \t \b \f or \u00XX.
std::string_view Escape(unsigned char c, char (&spelled)[6]) {
  switch (c) {
    case '"': return "\\\"";
    case '\\': return "\\\\";
    case '\n': return "\\n";
    case '\r': return "\\r";
    case '\t': return "\\t";
    case '\b': return "\\b";
    case '\f': return "\\f";
    default: {
      constexpr char kHex[] = "0123456789abcdef";
      spelled[0] = '\\';
      spelled[1] = 'u';
      spelled[2] = '0';
      spelled[3] = '0';
      spelled[4] = kHex[c >> 4];
      spelled[5] = kHex[c & 0xf];
      return std::string_view(spelled, sizeof spelled);
    }
  }
}

}  // namespace

void AppendQuoted(std::string& out, std::string_view value) {
  out += '"';
  while (true) {
    const std::size_t plain = PlainPrefix(value);
    out.append(value.data(), plain);
    if (plain == value.size()) break;
    char spelled[6];
    const std::string_view escape = Escape(static_cast<unsigned char>(value[plain]), spelled);
    out.append(escape.data(), escape.size());
    value.remove_prefix(plain + 1);
  }
  out += '"';
}

void JsonWriter::Flush() {
  out_.append(buffer_, buffered_);
  buffered_ = 0;
}

void JsonWriter::PutLong(std::string_view text) {
  Flush();
  if (text.size() > kBufferSize) {
    out_.append(text.data(), text.size());
    return;
  }
  std::memcpy(buffer_, text.data(), text.size());
  buffered_ = text.size();
}

void JsonWriter::PutQuoted(std::string_view text) {
  if (text.size() + 2 <= kBufferSize - buffered_ && NothingToEscape(text)) {
    char* const quoted = buffer_ + buffered_;
    quoted[0] = '"';
    Copy(quoted + 1, text);
    quoted[text.size() + 1] = '"';
    buffered_ += text.size() + 2;
    return;
  }
  Put('"');
  while (true) {
    const std::size_t plain = PlainPrefix(text);
    Put(text.substr(0, plain));
    if (plain == text.size()) break;
    char spelled[6];
    Put(Escape(static_cast<unsigned char>(text[plain]), spelled));
    text.remove_prefix(plain + 1);
  }
  Put('"');
}

void JsonWriter::Newline() {
  if (layout_ != Layout::kPretty) return;
  Put('\n');
  for (std::size_t i = 0; i < has_element_.size(); ++i) Put("  ");
}

void JsonWriter::NextElement() {
  if (has_element_.back()) Put(',');
  has_element_.back() = true;
  Newline();
}

void JsonWriter::BeginObject() {
  BeforeValue();
  Put('{');
  has_element_.push_back(false);
}

void JsonWriter::EndObject() {
  const bool had = has_element_.back();
  has_element_.pop_back();
  if (had) Newline();
  Put('}');
  EndValue();
}

void JsonWriter::BeginArray() {
  BeforeValue();
  Put('[');
  has_element_.push_back(false);
}

void JsonWriter::EndArray() {
  const bool had = has_element_.back();
  has_element_.pop_back();
  if (had) Newline();
  Put(']');
  EndValue();
}

void JsonWriter::Key(std::string_view key) {
  BeforeValue();
  PutQuoted(key);
  Put(layout_ == Layout::kPretty ? std::string_view(": ") : std::string_view(":"));
  after_key_ = true;
}

void JsonWriter::String(std::string_view value) {
  BeforeValue();
  PutQuoted(value);
  EndValue();
}

void JsonWriter::Int(std::int64_t value) {
  BeforeValue();
  char buffer[24];
  auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  Put(std::string_view(buffer, static_cast<std::size_t>(result.ptr - buffer)));
  EndValue();
}

void JsonWriter::Double(double value) {
  BeforeValue();
  if (!std::isfinite(value)) {  // JSON has no NaN or infinity
    Put("null");
  } else {
    if (value == 0) value = 0;  // no "-0"
    char buffer[32];
    auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    Put(std::string_view(buffer, static_cast<std::size_t>(result.ptr - buffer)));
  }
  EndValue();
}

void JsonWriter::Bool(bool value) {
  BeforeValue();
  Put(value ? std::string_view("true") : std::string_view("false"));
  EndValue();
}

void JsonWriter::Null() {
  BeforeValue();
  Put("null");
  EndValue();
}

void JsonWriter::Date(absl::CivilDay day) {
  char text[10];
  if (!FormatIsoDate(day, text)) {
    String(absl::StrFormat("%04d-%02d-%02d", day.year(), day.month(), day.day()));
    return;
  }
  BeforeValue();
  Put('"');
  Put(std::string_view(text, sizeof text));  // digits and dashes: nothing to escape
  Put('"');
  EndValue();
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
