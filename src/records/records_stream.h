// RecordsStream: a records document read cadre by cadre, from pieces of
// input, in memory bounded by the largest single cadre.
//
// The input is either form of docs/records.md: one JSON document whose
// `cadres` array holds the cadres, or JSON Lines (a header line, then one
// cadre a line). It may come in pieces of any size, down to single bytes;
// the entries are the same as from the whole text at once.
//
// Nothing builds a DOM of the whole input. json::ExtentScanner finds the
// top-level members and each cadre by its extent; each cadre is then parsed
// alone with one reused simdjson parser (the thread's, json/borrowed_parser.h,
// so kept from call to call) and decoded (records/cadre_decoder.h).
// So every error inside a cadre's text, lexical ones included (a number out
// of range, bad UTF-8, a control character, nesting too deep, a value over
// one of json::ValueLimits), makes that cadre an error entry, with a path
// inside it and the line and column in the whole input, and the next cadres
// are read as usual. The input is refused as a whole only when its top level
// cannot be read, or its header (schema, year, departments) is wrong.
//
// Cadres stream out once the header is known: when `schema`, `year` and
// `departments` all come before `cadres` (or in the header line). A document
// that has one of them after `cadres`, or has no `departments`, has its
// cadres' text held until the end of the top-level object, then decoded.
//
// Duplicate cadre ids are found through a table of 64-bit hashes of the ids
// (records/cadre_ids.h), not the ids themselves.
//
//   RecordsStream stream(policy);
//   for (piece : input) {
//     if (absl::Status fed = stream.Feed(piece); !fed.ok()) return fed;
//     while (std::optional<absl::Status> entry = stream.Next(cadre)) use(*entry, cadre);
//   }
//   if (absl::Status done = stream.Finish(); !done.ok()) return done;
//   while (std::optional<absl::Status> entry = stream.Next(cadre)) use(*entry, cadre);
#ifndef LIAISON_SRC_RECORDS_RECORDS_STREAM_H_
#define LIAISON_SRC_RECORDS_RECORDS_STREAM_H_

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "absl/status/status.h"
#include "base/string_index.h"
#include "json/borrowed_parser.h"
#include "json/extent_scanner.h"
#include "json/object_reader.h"
#include "json/value_limits.h"
#include "liaison/cadre_record.h"
#include "liaison/policy.h"
#include "records/cadre_decoder.h"
#include "records/cadre_ids.h"
#include "simdjson.h"

namespace liaison {

class RecordsStream {
 public:
  // At most this many problems are reported for one cadre; the rest are
  // counted in one more problem.
  static constexpr std::size_t kProblemsPerCadre = 100;

  // `policy` must outlive the stream. The stream is reusable after Reset().
  explicit RecordsStream(const Policy& policy, const json::ValueLimits& limits = {});
  ~RecordsStream();
  RecordsStream(const RecordsStream&) = delete;
  RecordsStream& operator=(const RecordsStream&) = delete;

  void Reset();
  // More input. Non-OK only when the top level is unusable (and then for
  // good): not JSON there, or a wrong header.
  absl::Status Feed(std::string_view piece);
  // The whole input at once, not copied: `text` must outlive the stream's
  // use. Feed(text) and Finish() in one; an error at the top level is then
  // worded as json::FindSyntaxError words it for the whole text.
  absl::Status FeedWhole(std::string_view text);
  // The input is over; non-OK if it was cut short at the top level or its
  // header was wrong.
  absl::Status Finish();
  // The next entry in input order; nullopt when more input is needed, or
  // after the last. OK: `cadre` is filled in. Otherwise that cadre's error
  // entry (its id, when read, attached: base/cadre_identity.h).
  std::optional<absl::Status> Next(CadreYear& cadre);

  bool header_ready() const { return decoder_ != nullptr; }
  // Year and departments (no cadres), once header_ready().
  const RecordBatch& document() const { return document_; }
  RecordsForm form() const { return form_; }

 private:
  struct Member {  // a member of the top level, but the cadres
    std::string key;
    std::string text;
    json::TextPlace place;
  };
  struct Entry {  // a cadre found, waiting to be decoded
    std::string_view text;
    json::TextPlace place;
    std::size_t index = 0;
    std::optional<json::ValueLimit> over;
  };
  struct Held {  // a cadre kept until the header is known
    std::uint64_t offset = 0;
    std::size_t length = 0;
    json::TextPlace place;
    std::size_t index = 0;
    std::optional<json::ValueLimit> over;
  };

  void Pump();
  void HeaderComplete(bool at_object_end);
  absl::Status DecodeHeader(RecordsForm form);
  // The first syntax error of the whole text, as json::FindSyntaxError (or
  // FindInvalidUtf8) words it; nullopt when not fed whole.
  std::optional<json::SyntaxError> WholeTextError(simdjson::error_code error) const;
  absl::Status NotAnObject(std::string_view text, json::TextPlace place);
  absl::Status Decode(const Entry& entry, CadreYear& cadre);
  bool HasMember(std::string_view key) const;
  void Fail(absl::Status status);

  const Policy& policy_;
  json::ValueLimits limits_;
  json::ExtentScanner scanner_;
  json::BorrowedParser parser_;  // the thread's kept parser, sized to one cadre
  std::string_view whole_;  // the text of FeedWhole
  bool whole_given_ = false;
  bool at_end_ = false;
  bool ended_ = false;
  absl::Status status_;
  RecordsForm form_ = RecordsForm::kDocument;
  std::vector<Member> members_;
  bool array_seen_ = false;
  bool late_members_ = false;  // members after the cadres
  bool header_failed_ = false;
  bool holding_ = false;
  std::vector<Held> held_;
  std::size_t next_held_ = 0;
  std::uint64_t last_entry_end_ = 0;  // whole-input offset after the last cadre found
  std::optional<Entry> ready_;
  std::string ready_copy_;
  RecordBatch document_;
  absl::flat_hash_set<std::string> department_ids_;
  StringIndex activity_ids_;
  StringIndex people_met_;
  json::Problems problems_;
  std::unique_ptr<CadreDecoder> decoder_;
  CadreIds ids_;
};

}  // namespace liaison

#endif  // LIAISON_SRC_RECORDS_RECORDS_STREAM_H_
