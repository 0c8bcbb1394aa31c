// DecodeRecords: reads a records document (schema `liaison.records/1`).
//
// A records document holds one year of an organ or a department: its
// departments and its cadres (docs/records.md). It is decoded against a
// policy, whose vocabulary every kind, level, area and rank must come from.
//
// One bad cadre does not spoil the batch: each cadre decodes to a record or to
// an error naming the JSON path of the first bad value
// ("$.cadres[3].activities[7].date: 2026-02-30 is not a calendar date"), and
// the batch keeps input order with one entry per cadre. Only a document that
// is not JSON, or whose top level is wrong, fails as a whole.
//
//   absl::StatusOr<RecordBatch> batch = DecodeRecords(policy, text);
//   for (const absl::StatusOr<CadreYear>& cadre : batch->cadres) { … }
#ifndef LIAISON_RECORD_DECODER_H_
#define LIAISON_RECORD_DECODER_H_

#include <string_view>

#include "absl/status/statusor.h"
#include "liaison/cadre_record.h"
#include "liaison/policy.h"

namespace liaison {

absl::StatusOr<RecordBatch> DecodeRecords(const Policy& policy, std::string_view json);

}  // namespace liaison

#endif  // LIAISON_RECORD_DECODER_H_
