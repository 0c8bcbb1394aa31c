#include "json/syntax_error.h"

#include <charconv>
#include <cstdint>
#include <utility>
#include <vector>

#include "base/absl_compat.h"
#include "json/json_path.h"

namespace liaison::json {
namespace {

// A phrase in both languages.
struct Words {
  std::string en;
  std::string zh;
};

// Punctuation a Chinese input method types in place of JSON's own.
struct FullWidth {
  char32_t code;
  std::string_view glyph;
  std::string_view ascii;
  std::string_view en_name;
  std::string_view zh_name;
};

constexpr FullWidth kFullWidth[] = {
    {0xFF0C, "，", ",", "full-width comma", "全角逗号"},
    {0x3001, "、", ",", "ideographic comma", "顿号"},
    {0xFF1A, "：", ":", "full-width colon", "全角冒号"},
    {0x201C, "“", "\"", "curly quotation mark", "中文引号"},
    {0x201D, "”", "\"", "curly quotation mark", "中文引号"},
    {0x2018, "‘", "\"", "curly quotation mark", "中文引号"},
    {0x2019, "’", "\"", "curly quotation mark", "中文引号"},
    {0xFF5B, "｛", "{", "full-width brace", "全角花括号"},
    {0xFF5D, "｝", "}", "full-width brace", "全角花括号"},
    {0xFF3B, "［", "[", "full-width bracket", "全角方括号"},
    {0xFF3D, "］", "]", "full-width bracket", "全角方括号"},
    {0x3000, "　", " ", "full-width space", "全角空格"},
};

std::string Hex(std::uint32_t value, int digits) {
  static constexpr char kDigits[] = "0123456789ABCDEF";
  std::string out(static_cast<std::size_t>(digits), '0');
  for (std::size_t i = out.size(); i > 0; --i, value >>= 4) out[i - 1] = kDigits[value & 0xF];
  return out;
}

// Fills in the line and column of byte `offset`.
void Locate(std::string_view text, std::size_t offset, SyntaxError& error) {
  error.offset = offset;
  error.line = 1;
  error.column = 1;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == '\n') {
      ++error.line;
      error.column = 1;
    } else if ((c & 0xC0) != 0x80) {
      ++error.column;
    }
  }
}

// The length in bytes of the valid UTF-8 sequence at `pos` and its code
// point; {0, 0} when the bytes there are not valid UTF-8.
std::pair<std::size_t, char32_t> DecodeAt(std::string_view text, std::size_t pos) {
  const auto lead = static_cast<unsigned char>(text[pos]);
  if (lead < 0x80) return {1, lead};
  std::size_t extra = 0;
  char32_t code = 0;
  char32_t least = 0;
  if ((lead & 0xE0) == 0xC0) {
    extra = 1, code = lead & 0x1F, least = 0x80;
  } else if ((lead & 0xF0) == 0xE0) {
    extra = 2, code = lead & 0x0F, least = 0x800;
  } else if ((lead & 0xF8) == 0xF0) {
    extra = 3, code = lead & 0x07, least = 0x10000;
  } else {
    return {0, 0};
  }
  if (pos + extra >= text.size()) return {0, 0};
  for (std::size_t i = 1; i <= extra; ++i) {
    const auto next = static_cast<unsigned char>(text[pos + i]);
    if ((next & 0xC0) != 0x80) return {0, 0};
    code = (code << 6) | (next & 0x3F);
  }
  if (code < least || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return {0, 0};
  return {extra + 1, code};
}

// What stands at `pos`, named so a person can see it.
Words Found(std::string_view text, std::size_t pos) {
  if (pos >= text.size()) return {"the end of the text", "文本结束"};
  const auto [length, code] = DecodeAt(text, pos);
  for (const FullWidth& f : kFullWidth) {
    if (f.code != code) continue;
    return {StrCat("'", f.glyph, "' (U+", Hex(code, 4), ", a ", f.en_name,
                   " typed with a Chinese input method; type '", f.ascii, "' instead)"),
            StrCat("“", f.glyph, "”（", f.zh_name, "，中文输入法输入的全角符号，请改为半角“",
                   f.ascii, "”）")};
  }
  if (code < 0x20 || code == 0x7F) {
    return {StrCat("the control character U+", Hex(code, 4)),
            StrCat("控制字符 U+", Hex(code, 4))};
  }
  const std::string_view glyph = text.substr(pos, length == 0 ? 1 : length);
  return {StrCat("'", glyph, "'"), StrCat("“", glyph, "”")};
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsWordChar(char c) {
  return IsDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

// The strict JSON walk: one step per token, an explicit stack of the open
// objects and arrays (no recursion, so no depth limit of its own).
class Scanner {
 public:
  Scanner(std::string_view text, const ValueLimits* limits) : text_(text), limits_(limits) {}

  std::optional<SyntaxError> Run();

 private:
  enum class Want { kValue, kValueOrClose, kKey, kKeyOrClose, kColon, kCommaOrClose, kEnd };
  struct Frame {
    bool array = false;
    bool started = false;  // a key read, or an element begun
    std::string_view key;
    std::size_t index = 0;
    std::uint64_t keys = 0;
  };

  bool Step();
  bool Value();
  bool Key();
  bool CommaOrClose();
  bool Close();
  bool String();
  bool Number();
  bool Literal();
  bool EndOfText();
  void AfterValue() { want_ = frames_.empty() ? Want::kEnd : Want::kCommaOrClose; }
  bool Fail(std::size_t pos, Words reason, bool not_json = true);
  bool Unexpected(std::size_t pos, const Words& expected);
  std::string Path() const;

  bool OutOfRange(std::string_view token) const;
  bool OverLimit(std::size_t pos, ValueLimit limit);

  std::string_view text_;
  const ValueLimits* limits_;  // strings and keys are held to them when given
  std::size_t pos_ = 0;
  Want want_ = Want::kValue;
  std::vector<Frame> frames_;
  std::size_t last_comma_ = 0;
  std::string_view last_string_;
  std::optional<SyntaxError> error_;
};

std::optional<SyntaxError> Scanner::Run() {
  if (text_.substr(0, 3) == "\xEF\xBB\xBF") {
    Fail(0, {"the file starts with a byte order mark (BOM); save it as UTF-8 without BOM",
             "文件以字节顺序标记（BOM）开头，请另存为不带 BOM 的 UTF-8"});
    return error_;
  }
  for (;;) {
    while (pos_ < text_.size() && (text_[pos_] == ' ' || text_[pos_] == '\t' ||
                                   text_[pos_] == '\n' || text_[pos_] == '\r')) {
      ++pos_;
    }
    if (pos_ >= text_.size()) {
      if (want_ == Want::kEnd) return std::nullopt;
      EndOfText();
      return error_;
    }
    if (!Step()) return error_;
  }
}

bool Scanner::Step() {
  const char c = text_[pos_];
  const char next = pos_ + 1 < text_.size() ? text_[pos_ + 1] : '\0';
  if (c == '/' && (next == '/' || next == '*')) {
    return Fail(pos_, {"JSON has no comments: remove the // or /* */ comment",
                       "JSON 不能有注释：请删除 // 或 /* */ 注释"});
  }
  if (c == '\'') {
    return Fail(pos_, {"a single quote: JSON strings and keys take double quotes (\")",
                       "单引号：JSON 的字符串和键名须用双引号（\"）"});
  }
  const bool in_array = !frames_.empty() && frames_.back().array;
  switch (want_) {
    case Want::kValueOrClose:
      if (c == ']') return Close();
      return Value();
    case Want::kValue:
      if (c == ']' && in_array) {
        return Fail(last_comma_, {"a trailing comma before ']': remove it",
                                  "“]”前多了一个逗号，请删除"});
      }
      return Value();
    case Want::kKeyOrClose:
      if (c == '}') return Close();
      return Key();
    case Want::kKey:
      if (c == '}') {
        return Fail(last_comma_, {"a trailing comma before '}': remove it",
                                  "“}”前多了一个逗号，请删除"});
      }
      return Key();
    case Want::kColon:
      if (c != ':') return Unexpected(pos_, {"':'", "“:”"});
      ++pos_;
      want_ = Want::kValue;
      return true;
    case Want::kCommaOrClose:
      return CommaOrClose();
    case Want::kEnd:
      break;
  }
  return Unexpected(pos_, {"the end of the text after the document",
                           "文档结束后不应再有内容"});
}

bool Scanner::Value() {
  const char c = text_[pos_];
  if (!frames_.empty() && frames_.back().array) frames_.back().started = true;
  if (c == '{' || c == '[') {
    if (frames_.size() >= (limits_ != nullptr ? limits_->depth : ValueLimits{}.depth)) {
      return OverLimit(pos_, ValueLimit::kDepth);
    }
    frames_.push_back(Frame{c == '[', false, {}, 0});
    ++pos_;
    want_ = c == '[' ? Want::kValueOrClose : Want::kKeyOrClose;
    return true;
  }
  if (c == '"') {
    if (!String()) return false;
    AfterValue();
    return true;
  }
  if (IsDigit(c) || c == '-' || c == '+' || c == '.') return Number();
  if (IsWordChar(c)) return Literal();
  return Unexpected(pos_, {"a value", "一个值"});
}

bool Scanner::Key() {
  if (text_[pos_] != '"') return Unexpected(pos_, {"a key in double quotes", "用双引号括起的键名"});
  const std::size_t start = pos_;
  if (!String()) return false;
  if (limits_ != nullptr && ++frames_.back().keys > limits_->keys) {
    return OverLimit(start, ValueLimit::kKeys);
  }
  frames_.back().key = last_string_;
  frames_.back().started = true;
  want_ = Want::kColon;
  return true;
}

bool Scanner::CommaOrClose() {
  Frame& frame = frames_.back();
  const char c = text_[pos_];
  if (c == ',') {
    last_comma_ = pos_++;
    frame.started = false;
    if (frame.array) ++frame.index;
    want_ = frame.array ? Want::kValue : Want::kKey;
    return true;
  }
  if (c == (frame.array ? ']' : '}')) return Close();
  return Unexpected(pos_, frame.array ? Words{"',' or ']'", "“,”或“]”"}
                                      : Words{"',' or '}'", "“,”或“}”"});
}

bool Scanner::Close() {
  ++pos_;
  frames_.pop_back();
  AfterValue();
  return true;
}

// A string from its opening quote at pos_; its raw text goes to last_string_.
bool Scanner::String() {
  std::size_t i = pos_ + 1;
  while (i < text_.size()) {
    const auto c = static_cast<unsigned char>(text_[i]);
    if (c == '"') {
      if (limits_ != nullptr && i - pos_ - 1 > limits_->string_bytes) {
        return OverLimit(pos_, ValueLimit::kStringBytes);
      }
      last_string_ = text_.substr(pos_ + 1, i - pos_ - 1);
      pos_ = i + 1;
      return true;
    }
    if (c == '\\') {
      const char e = i + 1 < text_.size() ? text_[i + 1] : '\0';
      if (e == 'u') {
        bool hex = i + 5 < text_.size();
        for (std::size_t k = i + 2; hex && k < i + 6; ++k) {
          const char h = text_[k];
          hex = IsDigit(h) || (h >= 'a' && h <= 'f') || (h >= 'A' && h <= 'F');
        }
        if (!hex) return Fail(i, {"'\\u' needs four hex digits", "“\\u”后须有四位十六进制数字"});
        unsigned unit = 0;
        std::from_chars(text_.data() + i + 2, text_.data() + i + 6, unit, 16);
        const bool high = unit >= 0xD800 && unit <= 0xDBFF;
        const bool low_follows = high && text_.substr(i + 6, 3) == "\\u" &&
                                 text_.substr(i + 9, 1).find_first_of("dD") == 0 &&
                                 text_.substr(i + 10, 1).find_first_of("cdefCDEF") == 0;
        if ((high && !low_follows) || (unit >= 0xDC00 && unit <= 0xDFFF)) {
          return Fail(i, {StrCat("'\\u", text_.substr(i + 2, 4),
                                 "' is half of a surrogate pair without its other half"),
                          StrCat("“\\u", text_.substr(i + 2, 4), "”是缺了另一半的代理对")},
                      false);
        }
        i += high ? 12 : 6;
        continue;
      }
      if (std::string_view("\"\\/bfnrt").find(e) == std::string_view::npos || e == '\0') {
        return Fail(i, {"'\\' starts no escape here: write '\\\\' for a backslash",
                        "“\\”在此不构成转义：反斜杠请写作“\\\\”"});
      }
      i += 2;
      continue;
    }
    if (c == '\n' || c == '\r') {
      return Fail(i, {"a line break inside a string: is the closing '\"' missing?",
                      "字符串中出现换行：是否缺少右引号“\"”？"});
    }
    if (c < 0x20) {
      return Fail(i, {StrCat("the control character U+", Hex(c, 4), " inside a string: escape it"),
                      StrCat("字符串中有控制字符 U+", Hex(c, 4), "，请转义")});
    }
    ++i;
  }
  return Fail(text_.size(), {"the text ends inside a string: the closing '\"' is missing",
                             "文本在字符串中结束：缺少右引号“\"”"});
}

// -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?, and nothing word-like after.
bool Scanner::Number() {
  const std::size_t start = pos_;
  std::size_t end = start;
  while (end < text_.size() && (IsWordChar(text_[end]) || text_[end] == '.' ||
                                text_[end] == '+' || text_[end] == '-')) {
    ++end;
  }
  std::size_t i = start;
  const auto digits = [&] {
    const std::size_t from = i;
    while (i < end && IsDigit(text_[i])) ++i;
    return i > from;
  };
  if (i < end && text_[i] == '-') ++i;
  bool ok = i < end && text_[i] == '0' ? (++i, true) : (i < end && text_[i] != '0' && digits());
  if (ok && i < end && text_[i] == '.') ok = (++i, digits());
  if (ok && i < end && (text_[i] == 'e' || text_[i] == 'E')) {
    ++i;
    if (i < end && (text_[i] == '+' || text_[i] == '-')) ++i;
    ok = digits();
  }
  const std::string_view token = text_.substr(start, end - start);
  if (!ok || i != end) {
    return Fail(start, {StrCat("'", token, "' is not a JSON number (no leading zeros or '+', "
                                           "digits on both sides of '.')"),
                        StrCat("“", token, "”不是有效的 JSON 数字（不能有前导零或“+”，"
                                          "小数点两边都须有数字）")});
  }
  if (OutOfRange(token)) {
    return Fail(start, {StrCat("the number ", token, " is out of range (integers from -2^63 to "
                                                    "2^64-1, other numbers up to about 1.8e308)"),
                        StrCat("数字 ", token, " 超出范围（整数须在 -2^63 到 2^64-1 之间，"
                                             "其他数字不超过约 1.8e308）")},
                false);
  }
  pos_ = end;
  AfterValue();
  return true;
}

// Whether a well-formed number token is beyond what simdjson reads: an
// integer outside 64 bits, or a number too large for a double (a number too
// small becomes 0, which is fine).
bool Scanner::OutOfRange(std::string_view token) const {
  const char* first = token.data();
  const char* last = token.data() + token.size();
  if (token.find_first_of(".eE") == std::string_view::npos) {
    if (token[0] == '-') {
      std::int64_t value = 0;
      return std::from_chars(first, last, value).ec != std::errc();
    }
    std::uint64_t value = 0;
    return std::from_chars(first, last, value).ec != std::errc();
  }
  double value = 0;
  if (std::from_chars(first, last, value).ec != std::errc::result_out_of_range) return false;
  // Out of range: too large, or too small. The decimal exponent decides.
  const std::size_t e = token.find_first_of("eE");
  std::int64_t exponent = 0;
  if (e != std::string_view::npos) {
    const char* from = first + e + 1;
    if (*from == '+') ++from;
    if (std::from_chars(from, last, exponent).ec != std::errc()) exponent = *from == '-' ? -1 : 1;
  }
  const std::string_view mantissa = token.substr(0, e);
  const std::size_t digit = mantissa.find_first_of("123456789");
  const std::size_t point = mantissa.find('.');
  const std::int64_t before_point =
      static_cast<std::int64_t>(point == std::string_view::npos ? mantissa.size() : point) -
      static_cast<std::int64_t>(digit);
  return exponent + before_point > 0;
}

bool Scanner::OverLimit(std::size_t pos, ValueLimit limit) {
  const ValueLimits limits = limits_ != nullptr ? *limits_ : ValueLimits{};
  return Fail(pos, {LimitReasonEn(limit, limits), LimitReasonZh(limit, limits)}, false);
}

bool Scanner::Literal() {
  std::size_t end = pos_;
  while (end < text_.size() && IsWordChar(text_[end])) ++end;
  const std::string_view word = text_.substr(pos_, end - pos_);
  if (word != "true" && word != "false" && word != "null") {
    return Fail(pos_, {StrCat("'", word, "' is not a JSON value: text goes in double quotes; "
                                         "the literals are true, false and null"),
                       StrCat("“", word, "”不是 JSON 值：文字须用双引号括起；"
                                        "字面量只有 true、false、null")});
  }
  pos_ = end;
  AfterValue();
  return true;
}

bool Scanner::EndOfText() {
  if (frames_.empty()) {
    return Fail(pos_, {"the text holds no JSON value", "文本中没有 JSON 值"});
  }
  if (frames_.back().array) {
    return Fail(pos_, {"the text ends inside an array: a ']' is missing",
                       "文本在数组中结束：缺少“]”"});
  }
  return Fail(pos_, {"the text ends inside an object: a '}' is missing",
                     "文本在对象中结束：缺少“}”"});
}

bool Scanner::Fail(std::size_t pos, Words reason, bool not_json) {
  SyntaxError error;
  Locate(text_, pos, error);
  error.path = Path();
  error.reason_en = not_json ? StrCat("not valid JSON: ", reason.en) : std::move(reason.en);
  error.reason_zh = not_json ? StrCat("不是有效的 JSON：", reason.zh) : std::move(reason.zh);
  error_ = std::move(error);
  return false;
}

bool Scanner::Unexpected(std::size_t pos, const Words& expected) {
  const Words found = Found(text_, pos);
  return Fail(pos, {StrCat("expected ", expected.en, ", found ", found.en),
                    StrCat("此处应为", expected.zh, "，实际是", found.zh)});
}

std::string Scanner::Path() const {
  std::vector<JsonPath> chain;
  chain.reserve(frames_.size() + 1);
  chain.emplace_back();
  for (const Frame& frame : frames_) {
    if (!frame.started) break;
    chain.push_back(frame.array ? chain.back().Index(frame.index) : chain.back().Key(frame.key));
  }
  return chain.back().ToString();
}

}  // namespace

std::string SyntaxError::MessageEn() const {
  return StrCat("line ", line, ", column ", column, ": ", reason_en);
}

std::string SyntaxError::MessageZh() const {
  return StrCat("第", line, "行第", column, "列：", reason_zh);
}

std::string SyntaxError::Message() const {
  return StrCat("line ", line, ", column ", column, ": ", reason_en, " / ", MessageZh());
}

std::optional<SyntaxError> FindSyntaxError(std::string_view text, const ValueLimits* limits) {
  return Scanner(text, limits).Run();
}

void DescribeUnexpected(std::string_view text, std::size_t pos, std::string_view expected_en,
                        std::string_view expected_zh, SyntaxError& error) {
  if (pos < text.size() && DecodeAt(text, pos).first == 0) {
    std::optional<SyntaxError> invalid = FindInvalidUtf8(text.substr(pos, 4));
    error.reason_en = std::move(invalid->reason_en);
    error.reason_zh = std::move(invalid->reason_zh);
    return;
  }
  const Words found = Found(text, pos);
  error.reason_en = StrCat("not valid JSON: expected ", expected_en, ", found ", found.en);
  error.reason_zh = StrCat("不是有效的 JSON：此处应为", expected_zh, "，实际是", found.zh);
}

void MoveInto(std::int64_t line, std::int64_t column, SyntaxError& error) {
  if (error.line == 1) error.column += column - 1;
  error.line += line - 1;
}

std::optional<SyntaxError> FindInvalidUtf8(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t length = DecodeAt(text, i).first;
    if (length > 0) {
      i += length;
      continue;
    }
    SyntaxError error;
    Locate(text, i, error);
    const std::string byte = Hex(static_cast<unsigned char>(text[i]), 2);
    error.reason_en = StrCat("the text is not valid UTF-8 (byte 0x", byte,
                             "); save the file as UTF-8 (GBK or GB18030 is not UTF-8)");
    error.reason_zh = StrCat("文本不是有效的 UTF-8（字节 0x", byte,
                             "），请以 UTF-8 编码保存（GBK、GB18030 编码不是 UTF-8）");
    return error;
  }
  return std::nullopt;
}

}  // namespace liaison::json
