#include "json/extent_scanner.h"

#include <algorithm>
#include <cstring>


#include "absl/base/attributes.h"
#include "json/block_bits.h"
#include "json/json_path.h"

namespace liaison::json {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

bool IsBlank(std::string_view line) {
  return std::all_of(line.begin(), line.end(), [](char c) { return IsSpace(c); });
}

// Code points in `bytes`: the bytes that do not continue a UTF-8 sequence.
std::int64_t CodePoints(std::string_view bytes) {
  return std::count_if(bytes.begin(), bytes.end(),
                       [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; });
}

// `raw`, a key as written, with its escapes read when each stands for an
// ASCII character; nullopt when one stands for another (such a key is no
// ASCII name).
std::optional<std::string> AsciiKey(std::string_view raw) {
  std::string key;
  for (std::size_t i = 0; i < raw.size(); ++i) {
    if (raw[i] != '\\') {
      key += raw[i];
      continue;
    }
    if (i + 1 >= raw.size()) return std::nullopt;
    const char e = raw[++i];
    if (e != 'u') {
      const std::string_view from = "\"\\/bfnrt";
      const std::string_view to = "\"\\/\b\f\n\r\t";
      const std::size_t at = from.find(e);
      if (at == std::string_view::npos) return std::nullopt;
      key += to[at];
      continue;
    }
    unsigned code = 0;
    if (i + 4 >= raw.size()) return std::nullopt;
    for (std::size_t k = i + 1; k <= i + 4; ++k) {
      const char h = raw[k];
      const int digit = h >= '0' && h <= '9'   ? h - '0'
                        : h >= 'a' && h <= 'f' ? h - 'a' + 10
                        : h >= 'A' && h <= 'F' ? h - 'A' + 10
                                               : -1;
      if (digit < 0) return std::nullopt;
      code = code * 16 + static_cast<unsigned>(digit);
    }
    if (code >= 0x80) return std::nullopt;
    key += static_cast<char>(code);
    i += 4;
  }
  return key;
}

}  // namespace

void ExtentScanner::Reset() {
  owned_.clear();
  data_ = {};
  borrowed_ = false;
  keep_all_ = false;
  base_ = 0;
  pos_ = 0;
  mark_ = {};
  state_ = State::kBeforeTop;
  key_.clear();
  elements_ = 0;
  value_ = {};
  keys_.clear();
  error_ = {};
}

void ExtentScanner::Append(std::string_view piece) {
  if (borrowed_) {
    owned_.assign(data_);
    borrowed_ = false;
  }
  Compact();
  owned_.append(piece);
  data_ = owned_;
}

void ExtentScanner::Borrow(std::string_view text) {
  data_ = text;
  borrowed_ = true;
}

std::string_view ExtentScanner::Text(std::uint64_t offset, std::size_t length) const {
  return data_.substr(static_cast<std::size_t>(offset - base_), length);
}

// Drops the bytes nothing needs any more: those before the value being
// scanned, or before pos_ when there is none (or it is too big to keep).
void ExtentScanner::Compact() {
  if (borrowed_ || keep_all_) return;
  const std::size_t keep = value_.active && !value_.skipping ? value_.begin : pos_;
  if (keep == 0 || keep < owned_.size() / 2) return;
  if (value_.active) Locate(value_.place);  // before its bytes are counted past
  PlaceAt(keep);
  owned_.erase(0, keep);
  base_ += keep;
  pos_ -= keep;
  if (value_.active && !value_.skipping) value_.begin -= keep;
}

TextPlace ExtentScanner::PlaceAt(std::size_t pos) {
  const std::size_t from = static_cast<std::size_t>(mark_.offset - base_);
  if (pos > from) {
    const std::string_view bytes = data_.substr(from, pos - from);
    const std::size_t last_newline = bytes.rfind('\n');
    if (last_newline == std::string_view::npos) {
      mark_.column += CodePoints(bytes);
    } else {
      mark_.line += std::count(bytes.begin(), bytes.end(), '\n');
      mark_.column = 1 + CodePoints(bytes.substr(last_newline + 1));
    }
    mark_.offset = base_ + pos;
  }
  return mark_;
}

void ExtentScanner::Locate(TextPlace& place) {
  if (place.line != 0) return;
  place = PlaceAt(static_cast<std::size_t>(place.offset - base_));
}

bool ExtentScanner::SkipSpace() {
  while (pos_ < data_.size() && IsSpace(data_[pos_])) ++pos_;
  return pos_ < data_.size();
}

bool ExtentScanner::ScanKey() {
  bool escape = false;
  for (std::size_t i = pos_ + 1; i < data_.size(); ++i) {
    const char c = data_[i];
    if (escape) {
      escape = false;
    } else if (c == '\\') {
      escape = true;
    } else if (c == '"') {
      key_.assign(data_.substr(pos_ + 1, i - pos_ - 1));
      pos_ = i + 1;
      return true;
    }
  }
  return false;
}

void ExtentScanner::StartValue(bool element) {
  value_ = {};
  value_.active = true;
  value_.begin = pos_;
  if (element) {
    value_.place = {base_ + pos_, 0, 0};  // line and column when asked: Locate
  } else {
    value_.place = PlaceAt(pos_);
  }
  keys_.clear();
}

ABSL_ATTRIBUTE_ALWAYS_INLINE inline bool ExtentScanner::Structural(char c, bool measured) {
  ValueScan& v = value_;
  switch (c) {
    case '{':
    case '[':
      ++v.depth;
      if (!measured) return false;
      if (v.depth > limits_.depth) {
        if (!v.over) v.over = ValueLimit::kDepth;
      } else {
        keys_.push_back(0);
      }
      return false;
    case '}':
    case ']':
      if (v.depth > 0) --v.depth;
      if (keys_.size() > v.depth) keys_.pop_back();
      return true;
    case ':':
      if (measured) CountKeys(1);
      return false;
    default:
      return false;
  }
}

void ExtentScanner::CountKeys(std::uint32_t keys) {
  if (keys_.empty()) return;
  keys_.back() += keys;
  if (keys_.back() > limits_.keys && !value_.over) value_.over = ValueLimit::kKeys;
}

std::size_t ExtentScanner::Walk(std::size_t from, std::size_t to, bool measured, bool stop,
                                bool& ended) {
  ended = false;
  std::size_t i = from;
  while (i < to) {
    const std::size_t end = std::min(to, i + kBlock);
    std::size_t ended_at = kGoesOn;
    if (end - i < kBlock || value_.escape || !WalkBlock(i, measured, stop, ended_at)) {
      ended_at = WalkBytes(i, end, measured, stop);
    }
    if (ended_at != kGoesOn) return ended = true, ended_at;
    i = end;
  }
  return to;
}

bool ExtentScanner::WalkBlock(std::size_t from, bool measured, bool stop, std::size_t& ended_at) {
  ValueScan& v = value_;
  const char* const bytes = data_.data() + from;
  // A string here may be too long only if it goes on past the block; and a
  // string that is the value itself ends at a quote, which is not looked at.
  if (measured && limits_.string_bytes < kBlock) return false;
  if (stop && v.depth == 0 && bytes[0] != '{' && bytes[0] != '[') return false;
  const BlockBits bits = Classify(bytes);
  if (bits.backslash != 0) return false;
  const bool began_in_string = v.in_string;
  if (began_in_string && bits.quote != 0) {  // the string from an earlier block ends
    v.string_bytes += static_cast<std::uint64_t>(__builtin_ctzll(bits.quote));
    if (measured && v.string_bytes > limits_.string_bytes && !v.over) {
      v.over = ValueLimit::kStringBytes;
    }
  }
  // Inside a string (its opening quote included, its closing one not): the
  // quotes so far, odd in number, or even when the block begins in one.
  const std::uint64_t inside = PrefixXor(bits.quote) ^ (began_in_string ? ~std::uint64_t{0} : 0);
  // The colons (keys) before each bracket are counted in one step, to the
  // container they are in, as Structural would count them one by one.
  std::uint64_t colons = measured ? bits.colon & ~inside : 0;
  for (std::uint64_t brackets = bits.bracket & ~inside; brackets != 0; brackets &= brackets - 1) {
    const std::uint64_t before = (brackets & -brackets) - 1;
    if ((colons & before) != 0) {
      CountKeys(BitsSet(colons & before));
      colons &= ~before;
    }
    const auto at = static_cast<std::size_t>(__builtin_ctzll(brackets));
    if (Structural(bytes[at], measured) && stop && v.depth == 0) {
      v.in_string = false;
      return ended_at = from + at + 1, true;
    }
  }
  if (colons != 0) CountKeys(BitsSet(colons));
  v.in_string = (inside >> (kBlock - 1)) != 0;
  if (v.in_string) {
    if (bits.quote == 0) {
      v.string_bytes += kBlock;
    } else {  // the last quote opened it
      v.string_bytes = static_cast<std::uint64_t>(__builtin_clzll(bits.quote));
    }
  }
  return true;
}

std::size_t ExtentScanner::WalkBytes(std::size_t from, std::size_t to, bool measured, bool stop) {
  ValueScan& v = value_;
  const char* const bytes = data_.data();
  for (std::size_t i = from; i < to; ++i) {
    const char c = bytes[i];
    if (v.in_string) {
      if (v.escape) {
        v.escape = false;
      } else if (c == '\\') {
        v.escape = true;
      } else if (c == '"') {
        v.in_string = false;
        if (measured && v.string_bytes > limits_.string_bytes && !v.over) {
          v.over = ValueLimit::kStringBytes;
        }
        if (stop && v.depth == 0) return i + 1;
        continue;
      }
      ++v.string_bytes;
      continue;
    }
    if (c == '"') {
      v.in_string = true;
      v.string_bytes = 0;
    } else if (Structural(c, measured) && stop && v.depth == 0) {
      return i + 1;
    }
  }
  return kGoesOn;
}


// Measures the value from pos_ on; `measured` holds it to the limits.
bool ExtentScanner::ScanValue(bool at_end, bool measured) {
  if (!value_.active) {
    StartValue(measured);
    const char first = data_[pos_];
    value_.scalar = !(first == '{' || first == '[' || first == '"');
  }
  const std::size_t start = pos_;
  const std::size_t n = data_.size();
  bool done = false;
  if (value_.scalar) {
    while (pos_ < n && !IsSpace(data_[pos_]) && data_[pos_] != ',' && data_[pos_] != ']' &&
           data_[pos_] != '}') {
      ++pos_;
    }
    done = pos_ < n || at_end;
  } else {
    pos_ = Walk(pos_, n, measured, true, done);
  }
  value_.scanned += pos_ - start;
  if (measured && value_.scanned > limits_.element_bytes) {
    value_.skipping = true;
    value_.over = ValueLimit::kElementBytes;
  }
  return done;
}

bool ExtentScanner::ScanLine(bool at_end) {
  for (;;) {
    if (!value_.active) StartValue(true);
    const std::size_t newline = data_.find('\n', pos_);
    const std::size_t end = newline == std::string_view::npos ? data_.size() : newline;
    value_.scanned += end - pos_;
    if (value_.scanned > limits_.element_bytes) {
      value_.skipping = true;
      value_.over = ValueLimit::kElementBytes;
    }
    if (!value_.skipping) {
      bool ended = false;
      Walk(pos_, end, true, false, ended);
    }
    pos_ = newline == std::string_view::npos ? end : end + 1;
    if (newline == std::string_view::npos && !at_end) return false;
    if (value_.skipping || !IsBlank(data_.substr(value_.begin, end - value_.begin))) return true;
    value_.active = false;
    if (pos_ >= data_.size()) return false;
  }
}

ExtentScanner::Extent ExtentScanner::FinishValue(Kind kind) {
  Extent extent;
  extent.kind = kind;
  extent.place = value_.place;
  extent.over = value_.over;
  if (!value_.skipping) {
    std::size_t end = pos_;
    if (kind == Kind::kElement && state_ == State::kLines) {
      end = pos_ > value_.begin && data_[pos_ - 1] == '\n' ? pos_ - 1 : pos_;
    }
    extent.text = data_.substr(value_.begin, end - value_.begin);
  }
  value_.active = false;
  return extent;
}

std::string ExtentScanner::Path() const {
  const JsonPath root;
  const JsonPath member = root.Key(key_);
  switch (state_) {
    case State::kColon:
    case State::kValue:
    case State::kCommaOrClose:
    case State::kElementOrClose:
    case State::kElement:
      return member.ToString();
    case State::kElementCommaOrClose:
      return member.Index(elements_ - 1).ToString();
    default:
      return root.ToString();
  }
}

ExtentScanner::Extent ExtentScanner::Fail(std::string_view expected_en,
                                          std::string_view expected_zh) {
  const TextPlace place = PlaceAt(std::min(pos_, data_.size()));
  error_ = {};
  DescribeUnexpected(data_, pos_, expected_en, expected_zh, error_);
  error_.offset = place.offset;
  error_.line = place.line;
  error_.column = place.column;
  error_.path = Path();
  state_ = State::kFailed;
  Extent extent;
  extent.kind = Kind::kError;
  return extent;
}

ExtentScanner::Extent ExtentScanner::Of(Kind kind) {
  Extent extent;
  extent.kind = kind;
  return extent;
}

ExtentScanner::Extent ExtentScanner::Next(bool at_end) {
  for (;;) {
    std::optional<Extent> extent;
    switch (state_) {
      case State::kFailed:
        return Of(Kind::kError);
      case State::kEnded:
        return Of(Kind::kEnd);
      case State::kBeforeTop:
      case State::kNotObject:
      case State::kKeyOrClose:
      case State::kKey:
      case State::kColon:
        extent = KeyStep(at_end);
        break;
      case State::kValue:
      case State::kCommaOrClose:
        extent = ValueStep(at_end);
        break;
      case State::kElementOrClose:
      case State::kElement:
      case State::kElementCommaOrClose:
        extent = ElementStep(at_end);
        break;
      case State::kAfterTop:
      case State::kLines:
        extent = TailStep(at_end);
        break;
    }
    if (extent) return *extent;
  }
}

// The top level's opening and each key with its colon.
std::optional<ExtentScanner::Extent> ExtentScanner::KeyStep(bool at_end) {
  const Extent need_more;
  switch (state_) {
    case State::kBeforeTop:
      if (!SkipSpace()) return at_end ? Fail("a JSON value", "一个 JSON 值") : need_more;
      if (data_[pos_] == '{') {
        ++pos_;
        state_ = State::kKeyOrClose;
      } else {
        StartValue(false);
        keep_all_ = true;
        state_ = State::kNotObject;
      }
      return std::nullopt;
    case State::kNotObject:
      if (!at_end) return need_more;
      pos_ = data_.size();
      state_ = State::kEnded;
      return FinishValue(Kind::kNotObject);
    case State::kColon:
      if (!SkipSpace()) return at_end ? Fail("':'", "“:”") : need_more;
      if (data_[pos_] != ':') return Fail("':'", "“:”");
      ++pos_;
      state_ = State::kValue;
      return std::nullopt;
    default:
      break;
  }
  if (!SkipSpace()) return at_end ? Fail("a key in double quotes", "用双引号括起的键名") : need_more;
  if (data_[pos_] == '}' && state_ == State::kKeyOrClose) {
    ++pos_;
    state_ = State::kAfterTop;
    return Of(Kind::kObjectEnd);
  }
  if (data_[pos_] != '"') return Fail("a key in double quotes", "用双引号括起的键名");
  if (!ScanKey()) {
    if (!at_end) return need_more;
    pos_ = data_.size();
    return Fail("the closing '\"' of the key", "键名的右引号“\"”");
  }
  state_ = State::kColon;
  return std::nullopt;
}

// A member's value, and what follows it.
std::optional<ExtentScanner::Extent> ExtentScanner::ValueStep(bool at_end) {
  const Extent need_more;
  if (state_ == State::kCommaOrClose) {
    if (!SkipSpace()) return at_end ? Fail("',' or '}'", "“,”或“}”") : need_more;
    if (data_[pos_] == ',') {
      ++pos_;
      state_ = State::kKey;
      return std::nullopt;
    }
    if (data_[pos_] != '}') return Fail("',' or '}'", "“,”或“}”");
    ++pos_;
    state_ = State::kAfterTop;
    return Of(Kind::kObjectEnd);
  }
  if (!value_.active) {
    if (!SkipSpace()) return at_end ? Fail("a value", "一个值") : need_more;
    const char c = data_[pos_];
    if (c == ',' || c == ':' || c == ']' || c == '}') return Fail("a value", "一个值");
    const bool streamed = key_.find('\\') == std::string::npos
                              ? key_ == streamed_key_
                              : AsciiKey(key_) == streamed_key_;
    if (c == '[' && streamed) {
      ++pos_;
      elements_ = 0;
      state_ = State::kElementOrClose;
      Extent opened = Of(Kind::kArrayStart);
      opened.key = key_;
      return opened;
    }
  }
  if (!ScanValue(at_end, false)) {
    return at_end ? Fail("the end of the value", "值的结尾") : need_more;
  }
  state_ = State::kCommaOrClose;
  Extent member = FinishValue(Kind::kMember);
  member.key = key_;
  return member;
}

// The elements of the streamed array.
std::optional<ExtentScanner::Extent> ExtentScanner::ElementStep(bool at_end) {
  const Extent need_more;
  if (state_ == State::kElementCommaOrClose) {
    if (!SkipSpace()) return at_end ? Fail("',' or ']'", "“,”或“]”") : need_more;
    if (data_[pos_] != ',' && data_[pos_] != ']') return Fail("',' or ']'", "“,”或“]”");
    state_ = data_[pos_] == ',' ? State::kElement : State::kCommaOrClose;
    ++pos_;
    return std::nullopt;
  }
  if (!value_.active) {
    if (!SkipSpace()) return at_end ? Fail("a value", "一个值") : need_more;
    const char c = data_[pos_];
    if (c == ']' && state_ == State::kElementOrClose) {
      ++pos_;
      state_ = State::kCommaOrClose;
      return std::nullopt;
    }
    if (c == ',' || c == ':' || c == ']' || c == '}') return Fail("a value", "一个值");
  }
  if (!ScanValue(at_end, true)) {
    return at_end ? Fail("the end of the value", "值的结尾") : need_more;
  }
  state_ = State::kElementCommaOrClose;
  Extent element = FinishValue(Kind::kElement);
  element.index = elements_++;
  return element;
}

// After the top-level object: only white space, or lines.
std::optional<ExtentScanner::Extent> ExtentScanner::TailStep(bool at_end) {
  const Extent need_more;
  if (state_ == State::kAfterTop) {
    if (SkipSpace()) {
      return Fail("the end of the text after the document", "文档结束后不应再有内容");
    }
    if (!at_end) return need_more;
    state_ = State::kEnded;
    return std::nullopt;
  }
  if (!ScanLine(at_end)) {
    if (!at_end) return need_more;
    state_ = State::kEnded;
    return std::nullopt;
  }
  Extent line = FinishValue(Kind::kElement);
  line.index = elements_++;
  return line;
}

}  // namespace liaison::json
