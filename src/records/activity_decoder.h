// ActivityDecoder: a cadre's activities decoded from a records document.
//
// Activities are most of a records document, so each is decoded by one of
// two paths that give the same Activity:
//   - DecodeWellFormed, the fast path, reads an activity that is well-formed
//     (every key known and given once, every value of its type, in range and
//     defined by the policy, its id not used before) straight from the parsed
//     JSON. For anything else it fails, having changed nothing.
//   - DecodeReporting, the reporting path, reads any activity through an
//     ObjectReader and reports every problem with its JSON path.
// DecodeActivities tries the first and falls back on the second; almost every
// activity of a real document takes the fast path.
//
//   ActivityDecoder activities(policy.document().vocabulary, days, ids, people, problems);
//   activities.DecodeActivities(cadre_reader, cadre);  // after its contact points
#ifndef LIAISON_SRC_RECORDS_ACTIVITY_DECODER_H_
#define LIAISON_SRC_RECORDS_ACTIVITY_DECODER_H_

#include <cstdint>
#include <optional>
#include <string_view>

#include "absl/container/flat_hash_map.h"
#include "absl/container/inlined_vector.h"
#include "absl/strings/string_view.h"
#include "base/days_of_year.h"
#include "base/string_index.h"
#include "json/object_reader.h"
#include "liaison/cadre_record.h"
#include "liaison/vocabulary.h"
#include "policy/term_refs.h"
#include "records/activity_ids.h"
#include "simdjson.h"

namespace liaison {

// The keys of an activity, in the order the decoders read them.
inline constexpr json::KeyList kActivityKeys{"id",     "date",          "days", "kind",
                                             "also",   "contact_point", "mode", "headcount",
                                             "people", "partner_level", "area", "evidence"};

// The term `value` names, when it is a string naming one of `terms`: what
// TermRefReader::One gives for a well-formed reference, with no problem to
// report and no call to memcmp. The decoders' fast paths read terms by it.
std::optional<TermId> WellFormedTermRef(simdjson::dom::element value, const TermList& terms);

// Reads each field of `entry`, an object, by `read(key, value)` (`key`: its
// place in `keys`); true when every key is one of `keys` and given once,
// `read` took every value (returned true) and the keys of `required` (bit k
// for key k) are all there. What the decoders' fast paths ask of an entry.
template <typename Read>
bool ReadWellFormedFields(simdjson::dom::element entry, const json::KeyList& keys,
                          std::uint32_t required, Read read) {
  simdjson::dom::object object;
  if (entry.get_object().get(object) != simdjson::SUCCESS) return false;
  std::uint32_t seen = 0;  // bit k: key k of `keys`
  for (simdjson::dom::key_value_pair field : object) {
    const std::size_t key = keys.Find(field.key);
    if (key == json::KeyList::kNone || (seen >> key & 1) != 0) return false;
    seen |= std::uint32_t{1} << key;
    if (!read(key, field.value)) return false;
  }
  return (seen & required) == required;
}

class ActivityDecoder {
 public:
  // `days`: the days of the document's year, which the fast path reads
  // dates by. `ids` and `people`: what the cadre's activities decoded so far
  // have used, their ids (each may be used once) and the people they met,
  // numbered as in CadreYear::people. All five must outlive the decoder.
  ActivityDecoder(const Vocabulary& vocabulary, const DaysOfYear& days, StringIndex& ids,
                  StringIndex& people, json::Problems& problems)
      : vocabulary_(vocabulary),
        days_(days),
        ids_(ids),
        people_(people),
        problems_(problems),
        refs_(problems, TermRefReader::kThePolicy) {}

  // Decodes the array at "activities" of `cadre_reader`, when there is one,
  // into `cadre`, whose contact points are already decoded; forgets the ids
  // and people of the cadre decoded before.
  void DecodeActivities(json::ObjectReader& cadre_reader, CadreYear& cadre);

  // Forgets the ids and people of the cadre decoded before, as
  // DecodeActivities does first: for a caller of the two paths below.
  void ForgetCadre() {
    ids_.Clear();
    people_.Clear();
  }

  // The fast path: appends `entry` to the cadre's activities and returns
  // true when it is well-formed; returns false, having changed nothing,
  // otherwise.
  bool DecodeWellFormed(simdjson::dom::element entry, CadreYear& cadre);

  // The reporting path: appends `entry` to the cadre's activities, reporting
  // every problem under `path`.
  void DecodeReporting(simdjson::dom::element entry, const json::JsonPath& path,
                       CadreYear& cadre);

 private:
  // The people an activity met, as written, until its id is known to be new.
  using PeopleMet = absl::InlinedVector<std::string_view, 8>;

  bool ReadWellFormed(simdjson::dom::element entry, const CadreYear& cadre, Activity& activity,
                      std::string_view& id, PeopleMet& people) const;
  bool ReadWellFormedField(std::size_t key, simdjson::dom::element value,
                           const CadreYear& cadre, Activity& activity, std::string_view& id,
                           PeopleMet& people) const;
  void ReadPeople(json::ObjectReader& item, Activity& activity, CadreYear& cadre);
  std::uint32_t PersonIndex(std::string_view id, CadreYear& cadre);
  // The last of the cadre's contact points with this id, or kNoOwnContactPoint.
  int ContactPointIndex(const CadreYear& cadre, std::string_view id) const;

  const Vocabulary& vocabulary_;
  const DaysOfYear& days_;
  ActivityIds ids_;
  StringIndex& people_;
  json::Problems& problems_;
  TermRefReader refs_;
  // For a cadre with more contact points than a scan is worth, their ids to
  // their last index, made by DecodeActivities for `indexed_cadre_`, so that
  // each activity finds its point in one look.
  absl::flat_hash_map<absl::string_view, int> point_index_;
  const CadreYear* indexed_cadre_ = nullptr;
};

}  // namespace liaison

#endif  // LIAISON_SRC_RECORDS_ACTIVITY_DECODER_H_
