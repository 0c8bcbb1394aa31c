// JsonWriter: deterministic JSON output for canonical policies and results.
//
// Every document the library writes goes through this writer, so the same
// data always gives the same bytes: keys are written in the order the caller
// writes them, numbers in their shortest round-trip form (0.3, not
// 0.29999999999999999), strings as UTF-8 with only the escapes JSON requires.
// `Pretty` output indents by two spaces, for people; compact output is the
// canonical and wire form.
//
//   std::string out;
//   JsonWriter w(out);
//   w.BeginObject();
//   w.Key("id"); w.String("hunan");
//   w.EndObject();
//
// The writer collects output in a buffer of its own and appends it to `out`
// whenever a top-level value is complete (and when it is destroyed): a
// result document is a great many short pieces, and one std::string append
// per piece would cost more than writing the pieces.
#ifndef LIAISON_SRC_JSON_JSON_WRITER_H_
#define LIAISON_SRC_JSON_JSON_WRITER_H_

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <optional>
#include <string_view>
#include <type_traits>
#include <vector>

#include "absl/base/attributes.h"
#include "absl/time/civil_time.h"
#include "liaison/json_style.h"
#include "liaison/localized_text.h"
#include "liaison/month_day.h"

namespace liaison::json {

enum class Layout { kCompact, kPretty };

// The writer's layout for a document of the public JsonStyle.
inline Layout LayoutOf(JsonStyle style) {
  return style == JsonStyle::kPretty ? Layout::kPretty : Layout::kCompact;
}

// Ends a finished document of `style`: a pretty one, meant for a terminal or
// a file, with a new line.
inline void FinishDocument(std::string& out, JsonStyle style) {
  if (style == JsonStyle::kPretty) out += '\n';
}

// Whether any of the eight bytes of `word` must be escaped in a JSON string:
// a control character (below 0x20), a quote or a backslash. Word-at-a-time
// tests from "Bit Twiddling Hacks" (haszero, hasless): exact as yes-or-no.
inline bool AnyToEscape(std::uint64_t word) {
  constexpr std::uint64_t kOnes = 0x0101010101010101;
  constexpr std::uint64_t kHighBits = 0x8080808080808080;
  const auto has_zero_byte = [](std::uint64_t v) { return (v - kOnes) & ~v & kHighBits; };
  const std::uint64_t control = (word - kOnes * 0x20) & ~word & kHighBits;
  const std::uint64_t quote = has_zero_byte(word ^ (kOnes * '"'));
  const std::uint64_t backslash = has_zero_byte(word ^ (kOnes * '\\'));
  return (control | quote | backslash) != 0;
}

class JsonWriter {
 public:
  explicit JsonWriter(std::string& out, Layout layout = Layout::kCompact)
      : out_(out), layout_(layout) {}
  JsonWriter(const JsonWriter&) = delete;
  JsonWriter& operator=(const JsonWriter&) = delete;
  ~JsonWriter() { Flush(); }

  void BeginObject();
  void EndObject();
  void BeginArray();
  void EndArray();
  void Key(std::string_view key);
  // A key the program spells as a string literal, `w.Key("status")`: in
  // compact layout, when it needs no escape (tested a word or two at a
  // time), the comma, the quoted key and the colon are written in one step,
  // inline, its length known when compiled; always inline, so that the test
  // for escapes is folded on the literal when compiled.
  template <std::size_t N>
  ABSL_ATTRIBUTE_ALWAYS_INLINE void Key(const char (&key)[N]) {
    constexpr std::size_t kSize = N - 1;
    if (NothingToEscape(key) && layout_ == Layout::kCompact && !after_key_ &&
        kBufferSize - buffered_ >= kSize + 4) {
      const bool comma = depth_ != 0 && (has_element_ & 1) != 0;
      char* const to = buffer_ + buffered_;
      to[0] = ',';  // written over by the quote when there is no comma
      to[comma] = '"';
      std::memcpy(to + comma + 1, key, kSize);
      to[comma + 1 + kSize] = '"';
      to[comma + 2 + kSize] = ':';
      buffered_ += comma + 3 + kSize;
      if (depth_ != 0) has_element_ |= 1;
      after_key_ = true;
      return;
    }
    Key(std::string_view(key, kSize));
  }

  void String(std::string_view value);
  void Int(std::int64_t value);
  void Double(double value);
  void Bool(bool value);
  void Null();
  void Date(absl::CivilDay day);            // "YYYY-MM-DD"
  void MonthDayValue(MonthDay month_day);   // "MM-DD"
  void Localized(const LocalizedText& text);  // {"zh": …, "en": …}
  void StringArray(const std::vector<std::string>& values);
  // A string value whose text is `escaped_prefix`, already escaped as JSON
  // requires (AppendEscaped), then `text`, escaped here: a message whose
  // opening is the same from one finding to the next is escaped once.
  void StringAfterEscaped(std::string_view escaped_prefix, std::string_view text);
  // Members of the object open, written out already as compact JSON
  // (`"a":1,"b":"x"`), e.g. a finding's texts escaped once per policy.
  // Compact layout only, and not right after Key.
  void Members(std::string_view members);

  Layout layout() const { return layout_; }

  // A key and its value in one call, `w.Field("year", policy.year)`: the
  // value is written as the single-value call of its type would write it,
  // and an empty optional as null.
  void Field(std::string_view key, std::string_view value) { Key(key); String(value); }
  void Field(std::string_view key, const char* value) { Key(key); String(value); }
  void Field(std::string_view key, const std::string& value) { Key(key); String(value); }
  void Field(std::string_view key, double value) { Key(key); Double(value); }
  void Field(std::string_view key, bool value) { Key(key); Bool(value); }
  void Field(std::string_view key, absl::CivilDay value) { Key(key); Date(value); }
  void Field(std::string_view key, MonthDay value) { Key(key); MonthDayValue(value); }
  void Field(std::string_view key, const LocalizedText& value) { Key(key); Localized(value); }
  void Field(std::string_view key, const std::vector<std::string>& value) {
    Key(key);
    StringArray(value);
  }
  template <typename Integer,
            typename = std::enable_if_t<std::is_integral_v<Integer> &&
                                        !std::is_same_v<Integer, bool>>>
  void Field(std::string_view key, Integer value) {
    Key(key);
    Int(static_cast<std::int64_t>(value));
  }
  template <typename T>
  void Field(std::string_view key, const std::optional<T>& value) {
    if (value) {
      Field(key, *value);
    } else {
      Key(key);
      Null();
    }
  }
  // The same with a literal key, written as Key writes one.
  template <std::size_t N, typename T>
  void Field(const char (&key)[N], const T& value) {
    Key(key);
    Value(value);
  }

  // How many bytes of `out` the writer has produced so far, buffered or not:
  // the offset in `out` at which the next byte will stand.
  std::size_t Offset() const { return out_.size() + buffered_; }

  // Moves what the writer holds back into `out`, so that `out` may be taken
  // (and cleared) between two values of a document still open.
  void Drain() { Flush(); }

 private:
  // Whether none of the bytes of a literal key of up to 16 bytes must be
  // escaped, a word or two at a time as the writer tests strings
  // (json_writer.cc), the words chosen when compiled; false for a longer one.
  template <std::size_t N>
  static bool NothingToEscape(const char (&literal)[N]) {
    constexpr std::size_t kSize = N - 1;
    if constexpr (kSize >= 8 && kSize <= 16) {
      return !AnyToEscape(Word<8>(literal)) && !AnyToEscape(Word<8>(literal + kSize - 8));
    } else if constexpr (kSize >= 4 && kSize < 8) {
      return !AnyToEscape(Word<4>(literal) | Word<4>(literal + kSize - 4) << 32);
    } else if constexpr (kSize > 16) {
      return false;  // a long key: tested as any other (Key(std::string_view))
    } else {
      for (std::size_t i = 0; i < kSize; ++i) {
        const auto c = static_cast<unsigned char>(literal[i]);
        if (c < 0x20 || c == '"' || c == '\\') return false;
      }
      return true;
    }
  }
  template <std::size_t kBytes>
  static std::uint64_t Word(const char* from) {
    std::conditional_t<kBytes == 8, std::uint64_t, std::uint32_t> word;
    std::memcpy(&word, from, kBytes);
    return word;
  }

  // A value as Field writes it, by its type.
  void Value(std::string_view value) { String(value); }
  void Value(const char* value) { String(value); }
  void Value(const std::string& value) { String(value); }
  void Value(double value) { Double(value); }
  void Value(bool value) { Bool(value); }
  void Value(absl::CivilDay value) { Date(value); }
  void Value(MonthDay value) { MonthDayValue(value); }
  void Value(const LocalizedText& value) { Localized(value); }
  void Value(const std::vector<std::string>& value) { StringArray(value); }
  template <typename Integer,
            typename = std::enable_if_t<std::is_integral_v<Integer> &&
                                        !std::is_same_v<Integer, bool>>>
  void Value(Integer value) {
    Int(static_cast<std::int64_t>(value));
  }
  template <typename T>
  void Value(const std::optional<T>& value) {
    if (value) {
      Value(*value);
    } else {
      Null();
    }
  }

  // Writes what goes before a value or key: nothing after a key, else a comma
  // after an earlier element and, in pretty layout, a new line.
  void BeforeValue() {
    if (after_key_) {
      after_key_ = false;
    } else if (depth_ != 0) {
      NextElement();
    }
  }
  void NextElement();
  void Newline();
  void Open(char bracket);
  void Close(char bracket);
  // Appends the buffer to `out_` once the top-level value is complete.
  void EndValue() {
    if (depth_ == 0) Flush();
  }
  void Flush();

  void Put(char c) {
    if (buffered_ == kBufferSize) Flush();
    buffer_[buffered_++] = c;
  }
  void Put(std::string_view text) {
    if (text.size() > kBufferSize - buffered_) {
      PutLong(text);
      return;
    }
    Copy(buffer_ + buffered_, text);
    buffered_ += text.size();
  }
  // Copies `text` to `to`: most pieces are a few bytes, and copying those with
  // a couple of word moves costs less than a call to memcpy.
  static void Copy(char* to, std::string_view text) {
    const char* from = text.data();
    const std::size_t size = text.size();
    if (size > 16) {
      std::memcpy(to, from, size);
    } else if (size >= 8) {
      std::memcpy(to, from, 8);
      std::memcpy(to + size - 8, from + size - 8, 8);
    } else if (size >= 4) {
      std::memcpy(to, from, 4);
      std::memcpy(to + size - 4, from + size - 4, 4);
    } else {
      for (std::size_t i = 0; i < size; ++i) to[i] = from[i];
    }
  }
  void PutLong(std::string_view text);
  void PutQuoted(std::string_view text);
  // PutQuoted for a string with bytes to escape, or one longer than the
  // room left in the buffer: out of line, so that the usual case stays small.
  void PutQuotedPiecewise(std::string_view text);
  // `text` escaped, without quotes.
  void PutEscaped(std::string_view text);
  void PutEscapedPiecewise(std::string_view text);

  static constexpr std::size_t kBufferSize = 4096;

  std::string& out_;
  Layout layout_;
  // The open containers, one bit each, the innermost lowest: set once the
  // container has an element. The library's documents nest a few levels
  // deep; the bits of containers more than kInnerDepth levels out are kept
  // in `outer_has_element_`, innermost last.
  static constexpr std::size_t kInnerDepth = 64;
  std::uint64_t has_element_ = 0;
  std::size_t depth_ = 0;
  std::vector<bool> outer_has_element_;
  bool after_key_ = false;
  std::size_t buffered_ = 0;
  char buffer_[kBufferSize];
};

// Appends `value` as a JSON string literal.
void AppendQuoted(std::string& out, std::string_view value);
// Appends `value` escaped as inside a JSON string literal, without quotes.
void AppendEscaped(std::string& out, std::string_view value);

}  // namespace liaison::json

#endif  // LIAISON_SRC_JSON_JSON_WRITER_H_
