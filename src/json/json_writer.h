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
#ifndef LIAISON_SRC_JSON_JSON_WRITER_H_
#define LIAISON_SRC_JSON_JSON_WRITER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "absl/time/civil_time.h"
#include "liaison/localized_text.h"
#include "liaison/month_day.h"

namespace liaison::json {

enum class Layout { kCompact, kPretty };

class JsonWriter {
 public:
  explicit JsonWriter(std::string& out, Layout layout = Layout::kCompact)
      : out_(out), layout_(layout) {}

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

 private:
  void BeforeValue();
  void Newline();

  std::string& out_;
  Layout layout_;
  // One entry per open container: whether it has an element yet.
  std::vector<bool> has_element_;
  bool after_key_ = false;
};

// Appends `value` as a JSON string literal.
void AppendQuoted(std::string& out, std::string_view value);

}  // namespace liaison::json

#endif  // LIAISON_SRC_JSON_JSON_WRITER_H_
