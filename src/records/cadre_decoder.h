// CadreDecoder and DecodeRecordsHeader: the two parts of a records document
// (docs/records.md) decoded against a policy's vocabulary.
//
// The header is the top level but for the cadres: schema, year and
// departments. Each cadre is decoded alone from its own small DOM, against
// the header's year and departments, collecting every problem with its path
// (RecordsStream finds the cadres and hands them here one by one).
//
//   absl::Status header = DecodeRecordsHeader(policy, top, RecordsForm::kDocument,
//                                             document, department_ids);
//   CadreDecoder decoder(policy, document, department_ids, activity_ids, people_met, problems);
//   CadreYear cadre = decoder.Decode(element, path);  // problems: what was wrong
#ifndef LIAISON_SRC_RECORDS_CADRE_DECODER_H_
#define LIAISON_SRC_RECORDS_CADRE_DECODER_H_

#include <memory>
#include <string>

#include "absl/container/flat_hash_set.h"
#include "absl/status/status.h"
#include "base/string_index.h"
#include "json/json_path.h"
#include "json/object_reader.h"
#include "liaison/cadre_record.h"
#include "liaison/policy.h"
#include "simdjson.h"

namespace liaison {

// A records document as one JSON document (schema "liaison.records/1", its
// cadres in the array `cadres`), or as JSON Lines (a header line of schema
// "liaison.records.lines/1", then one cadre a line).
enum class RecordsForm { kDocument, kLines };

// Decodes the header `root` (for kDocument, its `cadres` must be an array,
// whose elements are not looked at) into `document`'s year and departments
// and `department_ids`; an error naming every problem when it is wrong.
absl::Status DecodeRecordsHeader(const Policy& policy, simdjson::dom::element root,
                                 RecordsForm form, RecordBatch& document,
                                 absl::flat_hash_set<std::string>& department_ids);

class CadreDecoder {
 public:
  // Every argument must outlive the decoder. `activity_ids` and
  // `people_met`: see ActivityDecoder; `problems` collects each cadre's.
  CadreDecoder(const Policy& policy, const RecordBatch& document,
               const absl::flat_hash_set<std::string>& department_ids,
               StringIndex& activity_ids, StringIndex& people_met, json::Problems& problems);
  ~CadreDecoder();

  CadreYear Decode(simdjson::dom::element value, const json::JsonPath& path);

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace liaison

#endif  // LIAISON_SRC_RECORDS_CADRE_DECODER_H_
