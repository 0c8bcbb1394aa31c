// BorrowedParser: a thread's parser is lent to one document at a time, kept
// from one borrow to the next, never shared by two documents open at once,
// and not kept after a document longer than kKeptCapacity.
#include "json/borrowed_parser.h"

#include <string>
#include <string_view>
#include <thread>

#include "gtest/gtest.h"

namespace liaison::json {
namespace {

std::string_view FirstString(simdjson::dom::parser& parser, const std::string& text) {
  std::string_view value;
  EXPECT_EQ(parser.parse(text).at(0).get_string().get(value), simdjson::SUCCESS);
  return value;
}

TEST(BorrowedParserTest, TheThreadsParserIsKeptFromOneBorrowToTheNext) {
  const simdjson::dom::parser* first = nullptr;
  {
    BorrowedParser parser;
    first = &*parser;
    FirstString(*parser, R"(["kept"])");
  }
  BorrowedParser again;
  EXPECT_EQ(&*again, first);
  EXPECT_GT((*again).capacity(), 0u);  // its buffers came with it
}

TEST(BorrowedParserTest, ADocumentOpenWhileAnotherIsParsedStaysIntact) {
  const simdjson::dom::parser* inner_parser = nullptr;
  {
    BorrowedParser outer;
    const std::string outer_text = R"(["outer document"])";
    const std::string_view outer_value = FirstString(*outer, outer_text);
    {
      BorrowedParser inner;  // the thread's parser is lent out: a new one
      inner_parser = &*inner;
      EXPECT_NE(inner_parser, &*outer);
      EXPECT_EQ(FirstString(*inner, R"(["inner document, longer than the outer one"])"),
                "inner document, longer than the outer one");
    }
    EXPECT_EQ(outer_value, "outer document");
  }
  // Both given back: the first back (the inner one) was kept, the other freed.
  BorrowedParser next;
  EXPECT_EQ(&*next, inner_parser);
}

TEST(BorrowedParserTest, BuffersForAVeryLongDocumentAreNotKept) {
  {
    BorrowedParser parser;
    const std::string text = "[\"" + std::string(BorrowedParser::kKeptCapacity + 1, 'x') + "\"]";
    EXPECT_EQ(FirstString(*parser, text).size(), BorrowedParser::kKeptCapacity + 1);
    EXPECT_GT((*parser).capacity(), BorrowedParser::kKeptCapacity);
  }
  BorrowedParser next;
  EXPECT_EQ((*next).capacity(), 0u);  // a fresh parser
}

TEST(BorrowedParserTest, EachThreadHasItsOwn) {
  const simdjson::dom::parser* mine = nullptr;
  {
    BorrowedParser parser;
    mine = &*parser;
  }
  const simdjson::dom::parser* theirs = nullptr;
  std::thread([&] {
    BorrowedParser parser;
    theirs = &*parser;
    FirstString(*parser, R"(["another thread"])");
  }).join();
  EXPECT_NE(theirs, mine);
}

}  // namespace
}  // namespace liaison::json
