// BorrowedParser: a simdjson parser lent to one document, kept per thread.
//
// A simdjson DOM parser sizes its buffers to the document: about fifteen
// times its length, three times its length written to. Made afresh for
// every call, those buffers come fresh from the operating system each time,
// and the page faults of filling them cost more than the parse itself. A
// borrowed parser is the calling thread's own, kept from one call to the
// next, when it is free; a new one when it is not (one document read while
// another is open on the same thread). Buffers sized for a document longer
// than kKeptCapacity are given back rather than kept, so a thread holds on
// to little after an unusually large document.
//
//   BorrowedParser parser;
//   absl::StatusOr<simdjson::dom::element> root = ParseJson(*parser, text, "records");
//   // root is valid while `parser` lives
#ifndef LIAISON_SRC_JSON_BORROWED_PARSER_H_
#define LIAISON_SRC_JSON_BORROWED_PARSER_H_

#include <cstddef>
#include <memory>

#include "simdjson.h"

namespace liaison::json {

class BorrowedParser {
 public:
  // The longest document whose buffers a thread keeps: 8 MiB of text.
  static constexpr std::size_t kKeptCapacity = std::size_t{8} << 20;

  BorrowedParser();
  ~BorrowedParser();
  BorrowedParser(const BorrowedParser&) = delete;
  BorrowedParser& operator=(const BorrowedParser&) = delete;

  simdjson::dom::parser& operator*() { return *parser_; }

 private:
  std::unique_ptr<simdjson::dom::parser> parser_;
};

}  // namespace liaison::json

#endif  // LIAISON_SRC_JSON_BORROWED_PARSER_H_
