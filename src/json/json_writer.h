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

  // How many bytes of `out` the writer has produced so far, buffered or not:
  // the offset in `out` at which the next byte will stand.
  std::size_t Offset() const { return out_.size() + buffered_; }

  // Moves what the writer holds back into `out`, so that `out` may be taken
  // (and cleared) between two values of a document still open.
  void Drain() { Flush(); }

 private:
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
