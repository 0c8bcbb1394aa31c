#include "json/json_writer.h"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "absl/base/attributes.h"
#include "absl/strings/str_format.h"
#include "base/civil_day_math.h"

namespace liaison::json {

namespace {

using json::AnyToEscape;  // of eight bytes (json_writer.h), next to this one of sixteen

// AnyToEscape for sixteen bytes, given as two words: with SSE2 (every
// x86-64 processor has it) in one 16-byte register, else word by word.
bool AnyToEscape(std::uint64_t low, std::uint64_t high) {
#if defined(__SSE2__)
  const __m128i bytes = _mm_set_epi64x(static_cast<long long>(high), static_cast<long long>(low));
  const __m128i quote = _mm_cmpeq_epi8(bytes, _mm_set1_epi8('"'));
  const __m128i backslash = _mm_cmpeq_epi8(bytes, _mm_set1_epi8('\\'));
  const __m128i last_control = _mm_set1_epi8(0x1f);  // control: min(byte, 0x1f) == byte
  const __m128i control = _mm_cmpeq_epi8(_mm_min_epu8(bytes, last_control), bytes);
  return _mm_movemask_epi8(_mm_or_si128(_mm_or_si128(quote, backslash), control)) != 0;
#else
  return AnyToEscape(low) || AnyToEscape(high);
#endif
}

std::uint64_t Word(const char* from) {
  std::uint64_t word;
  std::memcpy(&word, from, sizeof word);
  return word;
}

void PutWord(char* to, std::uint64_t word) { std::memcpy(to, &word, sizeof word); }

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

// Copies `text` to `to` when no byte of it needs an escape, as is so for
// almost every string, and returns true; returns false, having written some
// or none of it, when a byte does. Sixteen bytes are tested and copied at a
// time, the last (or only) sixteen overlapping those before; no byte outside
// `text` is read or written.
ABSL_ATTRIBUTE_ALWAYS_INLINE inline bool CopyIfNothingToEscape(std::string_view text, char* to) {
  const char* const from = text.data();
  const std::size_t size = text.size();
  if (size >= 16) {
    for (std::size_t i = 0; i + 16 < size; i += 16) {
      const std::uint64_t low = Word(from + i), high = Word(from + i + 8);
      if (AnyToEscape(low, high)) return false;
      PutWord(to + i, low);
      PutWord(to + i + 8, high);
    }
    const std::uint64_t low = Word(from + size - 16), high = Word(from + size - 8);
    if (AnyToEscape(low, high)) return false;
    PutWord(to + size - 16, low);
    PutWord(to + size - 8, high);
    return true;
  }
  if (size >= 8) {
    const std::uint64_t low = Word(from), high = Word(from + size - 8);
    if (AnyToEscape(low, high)) return false;
    PutWord(to, low);
    PutWord(to + size - 8, high);
    return true;
  }
  if (size >= 4) {
    std::uint32_t low, high;
    std::memcpy(&low, from, sizeof low);
    std::memcpy(&high, from + size - 4, sizeof high);
    if (AnyToEscape(low | std::uint64_t{high} << 32)) return false;
    std::memcpy(to, &low, sizeof low);
    std::memcpy(to + size - 4, &high, sizeof high);
    return true;
  }
  for (std::size_t i = 0; i < size; ++i) {
    if (kToEscape.escape[static_cast<unsigned char>(from[i])]) return false;
    to[i] = from[i];
  }
  return true;
}

// How many bytes at the start of `text` need no escape.
std::size_t PlainPrefix(std::string_view text) {
  std::size_t i = 0;
  for (; i + 16 <= text.size(); i += 16) {
    if (AnyToEscape(Word(text.data() + i), Word(text.data() + i + 8))) break;
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

// A number below 100000 in magnitude with one or two decimals, as shares
// (0.75, 0.3) are, spelled from its tenths or hundredths into `out`; null
// when it has more. When tenths / 10 is the double itself, "…d" reads back
// as it and, doubles being far closer together than 0.1 here, nothing
// shorter does: it is the shortest form std::to_chars would find, and
// plain notation is shorter than the exponent form for every such number.
char* SpellTenthsOrHundredths(double value, char* out) {
  if (!(value > -100000 && value < 100000)) return nullptr;
  for (int decimals = 1; decimals <= 2; ++decimals) {
    const double scale = decimals == 1 ? 10 : 100;
    const double scaled = value * scale;
    const std::int64_t units =
        static_cast<std::int64_t>(scaled < 0 ? scaled - 0.5 : scaled + 0.5);
    if (static_cast<double>(units) / scale != value) continue;
    std::uint64_t magnitude = static_cast<std::uint64_t>(units < 0 ? -units : units);
    if (units < 0) *out++ = '-';
    const std::uint64_t divisor = decimals == 1 ? 10 : 100;
    out = std::to_chars(out, out + 8, magnitude / divisor).ptr;
    *out++ = '.';
    std::uint64_t fraction = magnitude % divisor;
    if (decimals == 2) {
      *out++ = static_cast<char>('0' + fraction / 10);
      fraction %= 10;
    }
    *out++ = static_cast<char>('0' + fraction);
    return out;
  }
  return nullptr;
}

}  // namespace

void AppendQuoted(std::string& out, std::string_view value) {
  out += '"';
  AppendEscaped(out, value);
  out += '"';
}

void AppendEscaped(std::string& out, std::string_view value) {
  while (true) {
    const std::size_t plain = PlainPrefix(value);
    out.append(value.data(), plain);
    if (plain == value.size()) break;
    char spelled[6];
    const std::string_view escape = Escape(static_cast<unsigned char>(value[plain]), spelled);
    out.append(escape.data(), escape.size());
    value.remove_prefix(plain + 1);
  }
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
  if (text.size() + 2 <= kBufferSize - buffered_) {
    char* const quoted = buffer_ + buffered_;
    if (CopyIfNothingToEscape(text, quoted + 1)) {
      quoted[0] = '"';
      quoted[text.size() + 1] = '"';
      buffered_ += text.size() + 2;
      return;
    }
  }
  PutQuotedPiecewise(text);
}

ABSL_ATTRIBUTE_NOINLINE void JsonWriter::PutQuotedPiecewise(std::string_view text) {
  Put('"');
  PutEscapedPiecewise(text);
  Put('"');
}

void JsonWriter::PutEscaped(std::string_view text) {
  if (text.size() <= kBufferSize - buffered_ && CopyIfNothingToEscape(text, buffer_ + buffered_)) {
    buffered_ += text.size();
    return;
  }
  PutEscapedPiecewise(text);
}

ABSL_ATTRIBUTE_NOINLINE void JsonWriter::PutEscapedPiecewise(std::string_view text) {
  while (true) {
    const std::size_t plain = PlainPrefix(text);
    Put(text.substr(0, plain));
    if (plain == text.size()) break;
    char spelled[6];
    Put(Escape(static_cast<unsigned char>(text[plain]), spelled));
    text.remove_prefix(plain + 1);
  }
}

void JsonWriter::Newline() {
  if (layout_ != Layout::kPretty) return;
  Put('\n');
  for (std::size_t i = 0; i < depth_; ++i) Put("  ");
}

void JsonWriter::NextElement() {
  if ((has_element_ & 1) != 0) Put(',');
  has_element_ |= 1;
  Newline();
}

void JsonWriter::Open(char bracket) {
  BeforeValue();
  Put(bracket);
  if (depth_ >= kInnerDepth) outer_has_element_.push_back((has_element_ >> (kInnerDepth - 1)) != 0);
  has_element_ <<= 1;
  ++depth_;
}

void JsonWriter::Close(char bracket) {
  const bool had = (has_element_ & 1) != 0;
  has_element_ >>= 1;
  --depth_;
  if (depth_ >= kInnerDepth) {
    has_element_ |= std::uint64_t{outer_has_element_.back()} << (kInnerDepth - 1);
    outer_has_element_.pop_back();
  }
  if (had) Newline();
  Put(bracket);
  EndValue();
}

void JsonWriter::BeginObject() { Open('{'); }

void JsonWriter::EndObject() { Close('}'); }

void JsonWriter::BeginArray() { Open('['); }

void JsonWriter::EndArray() { Close(']'); }

void JsonWriter::Key(std::string_view key) {
  // Compact, as nearly every key: the comma, the quoted key and the colon
  // written straight into the buffer, once the key is known to need no
  // escape (copied at the place it will stand, then kept or written over).
  constexpr std::size_t kShortKey = 64;
  if (layout_ == Layout::kCompact && !after_key_ && key.size() <= kShortKey &&
      kBufferSize - buffered_ >= kShortKey + 4) {
    const bool comma = depth_ != 0 && (has_element_ & 1) != 0;
    char* const to = buffer_ + buffered_;
    if (CopyIfNothingToEscape(key, to + comma + 1)) {
      to[0] = ',';  // written over by the quote when there is no comma
      to[comma] = '"';
      to[comma + 1 + key.size()] = '"';
      to[comma + 2 + key.size()] = ':';
      buffered_ += comma + 3 + key.size();
      if (depth_ != 0) has_element_ |= 1;
      after_key_ = true;
      return;
    }
  }
  BeforeValue();
  PutQuoted(key);
  Put(':');
  if (layout_ == Layout::kPretty) Put(' ');
  after_key_ = true;
}

void JsonWriter::String(std::string_view value) {
  BeforeValue();
  PutQuoted(value);
  EndValue();
}

void JsonWriter::Int(std::int64_t value) {
  BeforeValue();
  if (value >= 0 && value < 10) {  // most counts: one digit, put as a character
    Put(static_cast<char>('0' + value));
    EndValue();
    return;
  }
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
    // A whole number below 100000 in magnitude is spelled as its digits, as
    // the shortest form, which would take longer to find, spells it too
    // (from 100000 on the exponent form "1e+05" is shorter).
    const bool small_whole =
        value > -100000 && value < 100000 && static_cast<std::int32_t>(value) == value;
    char* end = small_whole ? std::to_chars(buffer, buffer + sizeof buffer,
                                            static_cast<std::int32_t>(value)).ptr
                            : SpellTenthsOrHundredths(value, buffer);
    if (end == nullptr) end = std::to_chars(buffer, buffer + sizeof buffer, value).ptr;
    Put(std::string_view(buffer, static_cast<std::size_t>(end - buffer)));
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

void JsonWriter::StringAfterEscaped(std::string_view escaped_prefix, std::string_view text) {
  BeforeValue();
  Put('"');
  Put(escaped_prefix);
  PutEscaped(text);
  Put('"');
  EndValue();
}

void JsonWriter::Members(std::string_view members) {
  if ((has_element_ & 1) != 0) Put(',');
  has_element_ |= 1;
  Put(members);
}

void JsonWriter::StringArray(const std::vector<std::string>& values) {
  BeginArray();
  for (const std::string& value : values) String(value);
  EndArray();
}

}  // namespace liaison::json
