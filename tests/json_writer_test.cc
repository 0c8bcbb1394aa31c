// JsonWriter: strings escaped exactly as JSON requires at every length and
// position (the writer tests and copies sixteen bytes at a time, so each
// length around 4, 8 and 16 takes another branch), across its buffer's
// boundary; whole numbers spelled as std::to_chars spells them; commas and
// indentation at every depth.
#include "json/json_writer.h"

#include <charconv>
#include <cmath>
#include <map>
#include <string>
#include <string_view>

#include "absl/strings/str_format.h"
#include "gtest/gtest.h"

namespace liaison::json {
namespace {

// JSON's string escaping (RFC 8259 §7) as the writer documents it, byte by
// byte: the two-character escapes where JSON has one, \u00xx for the other
// control characters, every other byte (UTF-8 included) as it is.
std::string Quoted(std::string_view text) {
  static const std::map<char, std::string_view> kTwoCharacterEscapes = {
      {'"', "\\\""}, {'\\', "\\\\"}, {'\n', "\\n"}, {'\r', "\\r"},
      {'\t', "\\t"}, {'\b', "\\b"},   {'\f', "\\f"}};
  std::string out = "\"";
  for (const char c : text) {
    if (const auto escape = kTwoCharacterEscapes.find(c); escape != kTwoCharacterEscapes.end()) {
      out += escape->second;
    } else if (static_cast<unsigned char>(c) < 0x20) {
      out += absl::StrFormat("\\u%04x", static_cast<unsigned char>(c));
    } else {
      out += c;
    }
  }
  return out + "\"";
}

std::string Written(std::string_view text) {
  std::string out;
  {
    JsonWriter w(out);
    w.String(text);
  }
  return out;
}

TEST(JsonWriterTest, PlainStringsOfEveryLengthAreCopiedWhole) {
  // ASCII and the bytes of 中 (E4 B8 AD), 0x7f and 0x20: none is escaped.
  const std::string pattern = "ab\xe4\xb8\xad\x7f z";
  for (std::size_t length = 0; length <= 70; ++length) {
    std::string text;
    while (text.size() < length) text += pattern[text.size() % pattern.size()];
    EXPECT_EQ(Written(text), "\"" + text + "\"") << "length " << length;
  }
}

TEST(JsonWriterTest, EachByteToEscapeIsEscapedAtEveryPositionAndLength) {
  const char kToEscape[] = {'"', '\\', '\n', '\r', '\t', '\b', '\f', '\0', '\x01', '\x1f'};
  for (std::size_t length = 1; length <= 40; ++length) {
    for (std::size_t at = 0; at < length; ++at) {
      for (const char c : kToEscape) {
        std::string text(length, 'x');
        text[at] = c;
        EXPECT_EQ(Written(text), Quoted(text))
            << "length " << length << ", byte " << int{c} << " at " << at;
      }
    }
  }
}

TEST(JsonWriterTest, SpellsEscapesAsJsonDoes) {
  EXPECT_EQ(Written(std::string_view("a\"b\\c\nd\x01" "e\x1f", 10)),
            R"("a\"b\\c\nd\u0001e\u001f")");
  EXPECT_EQ(Written(std::string_view("\0", 1)), R"("\u0000")");
}

TEST(JsonWriterTest, StringsAcrossTheBufferBoundaryAreWholeAndInOrder) {
  // Strings of 1 to 300 bytes, some with a quote, written one after another
  // in an array: about 45 KB, so the 4 KB buffer fills again and again, and
  // the 5000-byte strings are longer than the buffer itself.
  std::string out, expected = "[";
  {
    JsonWriter w(out);
    w.BeginArray();
    for (int i = 0; i < 300; ++i) {
      std::string text(i % 300 + 1, static_cast<char>('a' + i % 26));
      if (i % 7 == 0) text[text.size() / 2] = '"';
      if (i % 50 == 0) text = std::string(5000, 'L') + text;
      w.String(text);
      expected += (i == 0 ? "" : ",") + Quoted(text);
    }
    w.EndArray();
  }
  EXPECT_EQ(out, expected + "]");
}

TEST(JsonWriterTest, WholeNumbersAreSpelledAsTheShortestForm) {
  // The writer spells small whole numbers itself; the shortest round-trip
  // form (std::to_chars) is the reference for every one of them.
  for (int value = -100000; value <= 100000; ++value) {
    char expected[32];
    const auto end = std::to_chars(expected, expected + sizeof expected, static_cast<double>(value)).ptr;
    std::string out;
    {
      JsonWriter w(out);
      w.Double(value);
    }
    ASSERT_EQ(out, std::string(expected, end)) << value;
  }
}

TEST(JsonWriterTest, NumbersAtTheEdges) {
  const auto written = [](double value) {
    std::string out;
    {
      JsonWriter w(out);
      w.Double(value);
    }
    return out;
  };
  EXPECT_EQ(written(99999), "99999");
  EXPECT_EQ(written(100000), "1e+05");
  EXPECT_EQ(written(-100000), "-1e+05");
  EXPECT_EQ(written(0.33), "0.33");
  EXPECT_EQ(written(2.5), "2.5");
  EXPECT_EQ(written(-0.0), "0");
  EXPECT_EQ(written(1e300), "1e+300");
  EXPECT_EQ(written(std::nan("")), "null");
}

TEST(JsonWriterTest, CommasAndIndentationAtEveryDepth) {
  // [[…[1,2]…]] 40 deep, then an object, compact and pretty.
  constexpr int kDepth = 40;
  for (const Layout layout : {Layout::kCompact, Layout::kPretty}) {
    std::string out;
    {
      JsonWriter w(out, layout);
      w.BeginArray();
      for (int i = 1; i < kDepth; ++i) w.BeginArray();
      w.Int(1);
      w.Int(2);
      for (int i = 1; i < kDepth; ++i) w.EndArray();
      w.BeginObject();
      w.Key("k");
      w.Bool(true);
      w.EndObject();
      w.EndArray();
    }
    std::string expected;
    const auto line = [&](int depth, std::string_view text) {
      if (layout == Layout::kPretty && !expected.empty()) {
        expected += "\n" + std::string(2 * depth, ' ');
      }
      expected += text;
    };
    for (int i = 0; i < kDepth; ++i) line(i, "[");
    line(kDepth, "1,");
    line(kDepth, "2");
    for (int i = kDepth - 1; i >= 1; --i) line(i, i == 1 ? "]," : "]");
    line(1, "{");
    line(2, layout == Layout::kPretty ? "\"k\": true" : "\"k\":true");
    line(1, "}");
    line(0, "]");
    EXPECT_EQ(out, expected) << (layout == Layout::kPretty ? "pretty" : "compact");
  }
}

}  // namespace
}  // namespace liaison::json
