// JsonWriter: strings escaped exactly as JSON requires at every length and
// position (the writer tests and copies sixteen bytes at a time, so each
// length around 4, 8 and 16 takes another branch), across its buffer's
// boundary; whole numbers spelled as std::to_chars spells them; commas and
// indentation at every depth.
#include "json/json_writer.h"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <algorithm>
#include <map>
#include <memory>
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

// `text` written as a JSON string value. The writer is given a copy in a
// heap block of exactly the text's size, so that AddressSanitizer reports
// any byte it reads outside the text.
std::string Written(std::string_view text) {
  const std::unique_ptr<char[]> exact(new char[text.size()]);
  std::copy(text.begin(), text.end(), exact.get());
  std::string out;
  {
    JsonWriter w(out);
    w.String(std::string_view(exact.get(), text.size()));
  }
  return out;
}

// Bytes that need no escape, among them 0xa2, 0xdc and 0x9f: a quote, a
// backslash and 0x1f with the high bit set, which a test that ignored the
// high bit would take for bytes to escape.
constexpr std::string_view kPlainBytes = "ab\xe4\xb8\xad\x7f z\xa2\xdc\x9f";

TEST(JsonWriterTest, PlainStringsOfEveryLengthAreCopiedWhole) {
  // ASCII, the bytes of 中 (E4 B8 AD), 0x7f, 0x20 and the high-bit bytes.
  for (std::size_t length = 0; length <= 70; ++length) {
    std::string text;
    while (text.size() < length) text += kPlainBytes[text.size() % kPlainBytes.size()];
    EXPECT_EQ(Written(text), "\"" + text + "\"") << "length " << length;
  }
}

TEST(JsonWriterTest, EachByteToEscapeIsEscapedAtEveryPositionAndLength) {
  const char kToEscape[] = {'"', '\\', '\n', '\r', '\t', '\b', '\f', '\0', '\x01', '\x1f'};
  for (std::size_t length = 1; length <= 40; ++length) {
    for (std::size_t at = 0; at < length; ++at) {
      for (const char c : kToEscape) {
        std::string text;
        while (text.size() < length) text += kPlainBytes[text.size() % kPlainBytes.size()];
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
    const double as_double = value;
    const auto end = std::to_chars(expected, expected + sizeof expected, as_double).ptr;
    std::string out;
    {
      JsonWriter w(out);
      w.Double(value);
    }
    ASSERT_EQ(out, std::string(expected, end)) << value;
  }
}

TEST(JsonWriterTest, TenthsAndHundredthsAreSpelledAsTheShortestForm) {
  // The writer spells numbers of one or two decimals itself; std::to_chars's
  // shortest round-trip form is the reference, over every hundredth from
  // -1000 to 1000 and a sweep up to the 100000 bound.
  const auto check = [](double value) {
    char expected[32];
    const auto end = std::to_chars(expected, expected + sizeof expected, value).ptr;
    std::string out;
    {
      JsonWriter w(out);
      w.Double(value);
    }
    return out == std::string(expected, end);
  };
  for (int hundredths = -100000; hundredths <= 100000; ++hundredths) {
    ASSERT_TRUE(check(hundredths / 100.0)) << hundredths;
  }
  for (std::int64_t hundredths = -9999999; hundredths <= 9999999; hundredths += 997) {
    ASSERT_TRUE(check(static_cast<double>(hundredths) / 100.0)) << hundredths;
    ASSERT_TRUE(check(static_cast<double>(hundredths) / 10.0)) << hundredths;
  }
}

TEST(JsonWriterTest, IntegersAroundTheOneDigitCase) {
  std::string out;
  {
    JsonWriter w(out);
    w.BeginArray();
    for (const std::int64_t value : {std::int64_t{0}, std::int64_t{7}, std::int64_t{9},
                                     std::int64_t{10}, std::int64_t{-1}, std::int64_t{-10},
                                     std::int64_t{1234567890123}, INT64_MIN}) {
      w.Int(value);
    }
    w.EndArray();
  }
  EXPECT_EQ(out, "[0,7,9,10,-1,-10,1234567890123,-9223372036854775808]");
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
  EXPECT_EQ(written(0.75), "0.75");
  EXPECT_EQ(written(0.05), "0.05");
  EXPECT_EQ(written(-12.5), "-12.5");
  EXPECT_EQ(written(99999.99), "99999.99");
  EXPECT_EQ(written(100000.5), "100000.5");
  EXPECT_EQ(written(0.1 + 0.2), "0.30000000000000004");  // not 0.3: more than two decimals
  EXPECT_EQ(written(59.0 / 60), "0.9833333333333333");
  EXPECT_EQ(written(1.005), "1.005");
  EXPECT_EQ(written(-0.0), "0");
  EXPECT_EQ(written(1e300), "1e+300");
  EXPECT_EQ(written(std::nan("")), "null");
}

TEST(JsonWriterTest, CommasAndIndentationAtEveryDepth) {
  // Arrays 100 deep, past the 64 levels the writer keeps in one word, each
  // holding the next and then its own level: [[[…[99]…],1],0]. Each comma
  // after a closing bracket depends on the level outside it.
  constexpr int kDepth = 100;
  for (const Layout layout : {Layout::kCompact, Layout::kPretty}) {
    std::string out;
    {
      JsonWriter w(out, layout);
      for (int level = 0; level < kDepth; ++level) w.BeginArray();
      w.Int(kDepth - 1);
      for (int level = kDepth - 1; level >= 1; --level) {
        w.EndArray();
        w.Int(level - 1);
      }
      w.EndArray();
    }
    // One line per bracket or number in pretty layout, indented two spaces
    // a level; the same pieces run together in compact layout.
    std::string expected;
    const auto line = [&](int level, const std::string& text) {
      if (layout == Layout::kPretty && !expected.empty()) {
        expected += "\n" + std::string(2 * level, ' ');
      }
      expected += text;
    };
    for (int level = 0; level < kDepth; ++level) line(level, "[");
    line(kDepth, std::to_string(kDepth - 1));
    for (int level = kDepth - 1; level >= 1; --level) {
      line(level, "],");
      line(level, std::to_string(level - 1));
    }
    line(0, "]");
    EXPECT_EQ(out, expected) << (layout == Layout::kPretty ? "pretty" : "compact");
  }
}

TEST(JsonWriterTest, KeysAndValuesInObjects) {
  for (const Layout layout : {Layout::kCompact, Layout::kPretty}) {
    std::string out;
    {
      JsonWriter w(out, layout);
      w.BeginObject();
      w.Key("k");
      w.Bool(true);
      w.Key("quote\"d");
      w.BeginArray();
      w.EndArray();
      w.EndObject();
    }
    EXPECT_EQ(out, layout == Layout::kPretty ? "{\n  \"k\": true,\n  \"quote\\\"d\": []\n}"
                                               : "{\"k\":true,\"quote\\\"d\":[]}");
  }
}

// Field(key, value) writes each type as its single-value call does: a
// literal char pointer as a string (not as the bool it converts to), small
// integer types as numbers, an empty optional as null.
TEST(JsonWriterTest, FieldsWriteTheKeyAndTheValueOfEachType) {
  std::string out;
  {
    JsonWriter w(out);
    w.BeginObject();
    w.Field("s", "团课");
    w.Field("u8", std::uint8_t{7});
    w.Field("i", -3);
    w.Field("d", 0.3);
    w.Field("b", false);
    w.Field("day", absl::CivilDay(2026, 6, 30));
    w.Field("none", std::optional<int>());
    w.Field("some", std::optional<std::string>("x"));
    w.EndObject();
  }
  EXPECT_EQ(out,
            "{\"s\":\"团课\",\"u8\":7,\"i\":-3,\"d\":0.3,\"b\":false,"
            "\"day\":\"2026-06-30\",\"none\":null,\"some\":\"x\"}");
}

// Text escaped once and kept (AppendEscaped) is written as the writer would
// have written it: members after and before other members, with their
// commas; a string whose head is escaped already and whose rest is escaped
// by the writer. Literal keys that need escaping, of each length the writer
// tests differently, and the compact keys written in one step, at the
// buffer's boundary too.
TEST(JsonWriterTest, TextEscapedOnceIsWrittenAsTheWriterWouldWriteIt) {
  std::string head;
  AppendEscaped(head, "say \"hi\"\n");
  EXPECT_EQ(head, "say \\\"hi\\\"\\n");
  std::string out;
  {
    JsonWriter w(out);
    w.BeginArray();
    w.BeginObject();
    w.Members("\"a\":1,\"b\":\"x\"");
    w.Field("c", 2);
    w.Members("\"d\":[]");
    w.Key("m");
    w.StringAfterEscaped(head, "then \"this\".");
    w.Key("tab\there");
    w.Null();
    w.Key("\"");
    w.Null();
    w.Key("a key of more than sixteen bytes, \"quoted\"");
    w.Null();
    w.EndObject();
    w.EndArray();
  }
  EXPECT_EQ(out,
            "[{\"a\":1,\"b\":\"x\",\"c\":2,\"d\":[],"
            "\"m\":\"say \\\"hi\\\"\\nthen \\\"this\\\".\","
            "\"tab\\there\":null,\"\\\"\":null,"
            "\"a key of more than sixteen bytes, \\\"quoted\\\"\":null}]");
  // Keys written across the 4096-byte buffer's boundary, at every offset.
  std::string many;
  std::string expected = "{";
  {
    JsonWriter w(many);
    w.BeginObject();
    for (int i = 0; i < 2000; ++i) {
      const std::string key = "k" + std::to_string(i);
      w.Key(key);
      w.Int(i);
      expected += (i ? ",\"" : "\"") + key + "\":" + std::to_string(i);
    }
    w.EndObject();
  }
  EXPECT_EQ(many, expected + "}");
}

}  // namespace
}  // namespace liaison::json
