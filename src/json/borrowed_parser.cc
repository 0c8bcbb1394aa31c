#include "json/borrowed_parser.h"

#include <utility>

#include "liaison/thread_buffers.h"

namespace liaison::json {
namespace {

// The calling thread's parser while no one has borrowed it; null while
// borrowed (or before the first use).
std::unique_ptr<simdjson::dom::parser>& ThreadsParser() {
  thread_local std::unique_ptr<simdjson::dom::parser> parser;
  return parser;
}

}  // namespace

BorrowedParser::BorrowedParser() : parser_(std::move(ThreadsParser())) {
  if (parser_ == nullptr) parser_ = std::make_unique<simdjson::dom::parser>();
}

BorrowedParser::~BorrowedParser() {
  std::unique_ptr<simdjson::dom::parser>& kept = ThreadsParser();
  if (kept == nullptr && parser_->capacity() <= kKeptCapacity) kept = std::move(parser_);
}

}  // namespace liaison::json

namespace liaison {

void ReleaseThreadBuffers() {
  // A parser borrowed at this moment is not the kept one: it is left alone.
  json::ThreadsParser().reset();
}

}  // namespace liaison
