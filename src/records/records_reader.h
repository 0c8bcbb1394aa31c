// RecordsReader: a records document decoded one cadre at a time.
//
// DecodeRecords gives back every cadre of a document at once. The JSON
// evaluation wants them one after another instead: each cadre decoded,
// evaluated and written before the next is decoded, so that an organ's
// records are never all in memory and the one at work stays in the
// processor's cache. Both are built on this reader, and decode alike: the
// same records, the same errors, in document order.
//
//   RecordsReader reader(policy);
//   absl::Status opened = reader.Open(text);  // not JSON, or a wrong top level
//   const RecordBatch& document = reader.document();  // year, departments
//   for (std::size_t i = 0; i < reader.size(); ++i) {
//     absl::StatusOr<CadreYear> cadre = reader.Next();
//   }
#ifndef LIAISON_SRC_RECORDS_READER_H_
#define LIAISON_SRC_RECORDS_READER_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "liaison/cadre_record.h"
#include "liaison/policy.h"
#include "liaison/record_decoder.h"
#include "json/borrowed_parser.h"
#include "simdjson.h"
#include "base/string_index.h"

namespace liaison {

class RecordsReader {
 public:
  // `policy` must outlive the reader.
  explicit RecordsReader(const Policy& policy) : policy_(policy) {}
  RecordsReader(const RecordsReader&) = delete;
  RecordsReader& operator=(const RecordsReader&) = delete;

  // Parses `text` and decodes its top level: schema, year and departments.
  // An error when the text is not JSON or the top level is wrong, naming
  // every problem. Called once; `text` must outlive the reader.
  absl::Status Open(std::string_view text);

  // The document as opened: its year and departments, and no cadres.
  const RecordBatch& document() const { return document_; }

  // How many cadres the document holds.
  std::size_t size() const { return cadre_count_; }

  // The next cadre in document order, or the error naming its problems (a
  // cadre's id already used by an earlier cadre among them). At most size()
  // calls, after a successful Open.
  absl::StatusOr<CadreYear> Next();

 private:
  const Policy& policy_;
  json::BorrowedParser parser_;  // holds the document Open parsed
  RecordBatch document_;
  simdjson::dom::array::iterator next_cadre_;
  std::size_t cadre_count_ = 0;
  std::size_t next_index_ = 0;
  absl::flat_hash_set<std::string> department_ids_;  // the document's departments
  absl::flat_hash_map<std::string, std::size_t> index_of_id_;  // cadres decoded cleanly
  // What a cadre's activities decoded so far have used: their ids (each may
  // be used once) and the people they met. One pair serves every cadre in
  // turn.
  StringIndex activity_ids_;
  StringIndex people_met_;
};

}  // namespace liaison

#endif  // LIAISON_SRC_RECORDS_READER_H_
