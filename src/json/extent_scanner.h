// ExtentScanner: the members of a top-level JSON object, and the elements of
// one array member, found by their extent alone, from input given in pieces.
//
// A records document can be far larger than memory, and one bad value in it
// must not spoil the rest. So the text is never parsed whole: this scanner
// walks it once and finds where each value begins and ends by strings (with
// their escapes) and the nesting of brackets only, without a DOM. It takes
// 64 bytes at a time: bit masks of their quotes, brackets and colons tell
// which brackets and colons are outside strings, and only those bytes are
// looked at, strings being measured from their quotes' places; a block with
// a backslash in it is walked byte by byte. The caller then parses each value alone with a small reused parser;
// an error inside one value stays with that value.
//
//   * The top level is read strictly: '{', "key", ':', value, ',' or '}',
//     then only white space. A mistake there is a SyntaxError (line, column,
//     path, both languages), and the scanner stops.
//   * Each member's value comes out whole (kMember), except the value of the
//     streamed key ("cadres") when it is an array: then kArrayStart, one
//     kElement per element, and the members after it.
//   * After the object (kObjectEnd) the caller may ask for lines
//     (StartLines): each following line that is not blank is one element,
//     JSON Lines style, whatever it holds.
//
// Each element is measured against the limits while it is scanned (its
// bytes, its longest string, its depth, its most keys in one object); an
// element larger than the element limit is skipped rather than kept, so
// memory stays bounded by the limit. Lines and columns are counted as in
// json/syntax_error.h: lines from 1 at each "\n", columns in code points.
// An element's are counted only when asked for (Locate), as for an error:
// counting them for every element would walk the text a second time.
//
//   ExtentScanner scanner("cadres", limits);
//   scanner.Append(piece);               // or Borrow(whole_text)
//   for (Extent e = scanner.Next(false); e.kind != Kind::kNeedMore; e = scanner.Next(false)) …
//   scanner.Next(/*at_end=*/true);       // after the last piece
#ifndef LIAISON_SRC_JSON_EXTENT_SCANNER_H_
#define LIAISON_SRC_JSON_EXTENT_SCANNER_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "json/syntax_error.h"
#include "json/value_limits.h"

namespace liaison::json {

// A place in the whole input: a byte offset, and the line and column there
// (0 and 0 while not yet counted: ExtentScanner::Locate).
struct TextPlace {
  std::uint64_t offset = 0;
  std::int64_t line = 1;
  std::int64_t column = 1;
};

class ExtentScanner {
 public:
  enum class Kind {
    kNeedMore,    // give more input, or Next(true) at its end
    kMember,      // key and text: a member of the top-level object
    kArrayStart,  // key: the streamed member's array opens
    kElement,     // text: the next element (or line), index counts from 0
    kObjectEnd,   // the top-level object has closed
    kNotObject,   // the top level is not an object: text is the whole input
    kEnd,         // the input is over, and was whole
    kError,       // error(): the top level cannot be read; nothing follows
  };
  struct Extent {
    Kind kind = Kind::kNeedMore;
    std::string_view key;   // kMember, kArrayStart: as written, escapes kept
    std::string_view text;  // the value's bytes; valid until the next call
    TextPlace place;        // where `text` begins in the whole input; for
                            // kElement, its offset only until Locate
    std::size_t index = 0;  // kElement
    std::optional<ValueLimit> over;  // kElement: the first limit it exceeds
  };

  ExtentScanner(std::string_view streamed_key, const ValueLimits& limits)
      : streamed_key_(streamed_key), limits_(limits) {}

  void Reset();
  // More input; copied (only what is not yet scanned is kept).
  void Append(std::string_view piece);
  // The whole input at once, not copied: it must outlive the scanning.
  void Borrow(std::string_view text);
  // Elements from now on are lines (call after kObjectEnd).
  void StartLines() { state_ = State::kLines; }
  // Keep every byte from now on, so that Text() can give back any element
  // later (a document whose header comes after its array).
  void KeepAll() { keep_all_ = true; }
  // Bytes kept since KeepAll: `length` bytes from whole-input `offset`.
  std::string_view Text(std::uint64_t offset, std::size_t length) const;

  // The next extent; `at_end`: no more input will come.
  Extent Next(bool at_end);
  // Counts the line and column of `place` when not yet counted: the place
  // of the element Next returned last, asked before Next or Append is
  // called again.
  void Locate(TextPlace& place);
  const SyntaxError& error() const { return error_; }

 private:
  enum class State {
    kBeforeTop, kKeyOrClose, kKey, kColon, kValue, kCommaOrClose,
    kElementOrClose, kElement, kElementCommaOrClose, kAfterTop, kLines, kNotObject,
    kEnded, kFailed,
  };
  // The value being measured: nesting, string state, and its largest sizes.
  struct ValueScan {
    bool active = false;
    bool skipping = false;  // over the size limit: bytes are not kept
    std::size_t begin = 0;  // in data_
    TextPlace place;
    bool scalar = false;    // not an object, array or string: ends at a delimiter
    std::uint64_t scanned = 0;  // bytes of it scanned so far
    std::uint64_t depth = 0;
    bool in_string = false;
    bool escape = false;
    std::uint64_t string_bytes = 0;
    std::optional<ValueLimit> over;
  };

  static Extent Of(Kind kind);
  // One step of Next in each part of the input: an extent to return, or
  // nullopt to go on.
  std::optional<Extent> KeyStep(bool at_end);
  std::optional<Extent> ValueStep(bool at_end);
  std::optional<Extent> ElementStep(bool at_end);
  std::optional<Extent> TailStep(bool at_end);
  bool SkipSpace();
  // `element`: its place is counted only when asked (Locate).
  void StartValue(bool element);
  // Walks data_[from, to) as part of the value, measuring it when `measured`;
  // returns where the value ends (after its last byte) when `stop` and it
  // ends there, `to` otherwise.
  std::size_t Walk(std::size_t from, std::size_t to, bool measured, bool stop, bool& ended);
  // Walk's two ways over a part: WalkBlock over kBlock bytes at once, by
  // bit masks, when they hold no backslash (false, nothing done, when they
  // do); WalkBytes byte by byte. Each gives where the value ends, or kGoesOn.
  static constexpr std::size_t kBlock = 64;
  static constexpr std::size_t kGoesOn = static_cast<std::size_t>(-1);
  bool WalkBlock(std::size_t from, bool measured, bool stop, std::size_t& ended_at);
  std::size_t WalkBytes(std::size_t from, std::size_t to, bool measured, bool stop);
  // A bracket or colon outside strings, counted; true when it closes.
  bool Structural(char c, bool measured);
  // Counts `keys` more keys (colons) in the innermost container counted.
  void CountKeys(std::uint32_t keys);
  // Scans the value at pos_ to its end; false when the input ran out first.
  bool ScanValue(bool at_end, bool measured);
  bool ScanLine(bool at_end);
  bool ScanKey();
  Extent Fail(std::string_view expected_en, std::string_view expected_zh);
  Extent FinishValue(Kind kind);
  TextPlace PlaceAt(std::size_t pos);
  std::string Path() const;
  void Compact();

  std::string streamed_key_;
  ValueLimits limits_;
  std::string owned_;      // the input not yet scanned, when it is copied
  std::string_view data_;  // owned_, or the borrowed text
  bool borrowed_ = false;
  bool keep_all_ = false;
  std::uint64_t base_ = 0;  // whole-input offset of data_[0]
  std::size_t pos_ = 0;     // in data_
  TextPlace mark_;          // line and column counted up to here
  State state_ = State::kBeforeTop;
  std::string key_;         // the member being read
  std::size_t elements_ = 0;
  ValueScan value_;
  std::vector<std::uint32_t> keys_;  // keys so far in each open container
  SyntaxError error_;
};

}  // namespace liaison::json

#endif  // LIAISON_SRC_JSON_EXTENT_SCANNER_H_
