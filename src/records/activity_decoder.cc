#include "records/activity_decoder.h"

#include "base/absl_compat.h"
#include "base/enum_names.h"
#include "base/short_text.h"

namespace liaison {
namespace {

using json::JsonPath;
using json::kOptional;
using json::kRequired;
using simdjson::dom::element;

constexpr std::int64_t kMaxQuantity = 1'000'000;

// Up to this many contact points a cadre's are scanned; more are indexed.
constexpr std::size_t kScannedContactPoints = 16;

}  // namespace

// As TermList::Find: no term's id is empty, so an empty one fails at once.
std::optional<TermId> WellFormedTermRef(element value, const TermList& terms) {
  std::string_view id;
  if (value.get_string().get(id) != simdjson::SUCCESS || id.empty()) return std::nullopt;
  const std::vector<Term>& list = terms.terms();
  for (std::size_t i = 0; i < list.size(); ++i) {
    if (SameText(list[i].id, id)) return static_cast<TermId>(i);
  }
  return std::nullopt;
}

int ActivityDecoder::ContactPointIndex(const CadreYear& cadre, std::string_view id) const {
  if (indexed_cadre_ == &cadre && point_index_.size() <= cadre.contact_points.size()) {
    const auto found = point_index_.find(AbslView(id));
    return found == point_index_.end() ? kNoOwnContactPoint : found->second;
  }
  int index = kNoOwnContactPoint;
  for (std::size_t i = 0; i < cadre.contact_points.size(); ++i) {
    if (SameText(cadre.contact_points[i].id, id)) index = static_cast<int>(i);
  }
  return index;
}

void ActivityDecoder::DecodeActivities(json::ObjectReader& cadre_reader, CadreYear& cadre) {
  std::optional<simdjson::dom::array> array = cadre_reader.Array("activities", kOptional);
  if (!array) return;
  const JsonPath list_path = cadre_reader.path().Key("activities");
  ForgetCadre();
  point_index_.clear();
  indexed_cadre_ = nullptr;
  if (cadre.contact_points.size() > kScannedContactPoints) {
    for (std::size_t i = 0; i < cadre.contact_points.size(); ++i) {
      point_index_[AbslView(cadre.contact_points[i].id)] = static_cast<int>(i);
    }
    indexed_cadre_ = &cadre;
  }
  cadre.activities.reserve(array->size());
  std::size_t index = 0;
  for (element entry : *array) {
    const JsonPath path = list_path.Index(index++);
    if (!DecodeWellFormed(entry, cadre)) DecodeReporting(entry, path, cadre);
  }
}

void ActivityDecoder::DecodeReporting(element entry, const JsonPath& path, CadreYear& cadre) {
  json::ObjectReader item(entry, path, problems_, kActivityKeys);
  Activity& activity = cadre.activities.emplace_back();
  if (auto id = item.NonEmptyString("id", kRequired)) {
    activity.id = *id;
    if (!ids_.Insert(*id)) {
      problems_.Add(path.Key("id"), StrCat("activity id \"", *id, "\" is used twice"),
                    StrCat("活动编号“", *id, "”重复使用"));
    }
  }
  // Activities of other years are kept: evaluation sets them aside as
  // outside the period and reports them, rather than losing them here.
  if (auto date = item.Date("date", kRequired)) activity.date = *date;
  if (auto days = item.Integer("days", kOptional, 1, 366)) activity.days = static_cast<int>(*days);
  if (auto kind = refs_.One(item, "kind", kRequired, vocabulary_.activity_kinds,
                            "activity kind")) {
    activity.kind = *kind;
  }
  activity.also = refs_.List(item, "also", kOptional, vocabulary_.activity_kinds,
                             "activity kind", TermRefReader::Repeats::kAllowed);
  if (auto point = item.String("contact_point", kOptional)) {
    activity.contact_point = *point;
    activity.contact_point_index = ContactPointIndex(cadre, *point);
  }
  if (auto mode = item.String("mode", kOptional)) {
    if (auto value = ValueOf(kActivityModeNames, *mode)) {
      activity.mode = *value;
    } else {
      problems_.Add(path.Key("mode"),
                    StrCat("\"", *mode, "\" is not one of ", AllowedNames(kActivityModeNames)),
                    StrCat("“", *mode, "”不是以下之一：", AllowedNames(kActivityModeNames)));
    }
  }
  if (auto headcount = item.Integer("headcount", kOptional, 0, kMaxQuantity)) {
    activity.headcount = *headcount;
  }
  ReadPeople(item, activity, cadre);
  activity.partner_level =
      refs_.One(item, "partner_level", kOptional, vocabulary_.levels, "level");
  activity.area = refs_.One(item, "area", kOptional, vocabulary_.areas, "area");
  if (auto evidence = item.String("evidence", kOptional)) activity.evidence = *evidence;
  item.RejectUnknownKeys();
}

void ActivityDecoder::ReadPeople(json::ObjectReader& item, Activity& activity,
                                 CadreYear& cadre) {
  std::optional<simdjson::dom::array> people = item.Array("people", kOptional);
  if (!people) return;
  const JsonPath people_path = item.path().Key("people");
  std::size_t index = 0;
  activity.people.reserve(people->size());
  for (element person : *people) {
    const JsonPath person_path = people_path.Index(index++);
    std::optional<std::string_view> id = json::ReadString(person, person_path, problems_);
    if (!id) continue;
    activity.people.push_back(PersonIndex(*id, cadre));
  }
}

bool ActivityDecoder::DecodeWellFormed(element entry, CadreYear& cadre) {
  Activity& activity = cadre.activities.emplace_back();  // filled in place
  std::string_view id;
  PeopleMet people;
  // An id used before fails here, having changed nothing.
  if (!ReadWellFormed(entry, cadre, activity, id, people) || !ids_.Insert(id)) {
    cadre.activities.pop_back();
    return false;
  }
  // Well-formed: what DecodeReporting records, it records now. The id is
  // appended to the new activity's empty one: a copy, without the general
  // replacement assignment makes.
  activity.id.append(id);
  if (people.empty()) return true;  // most activities: no call to reserve nothing
  activity.people.reserve(people.size());
  for (std::string_view person : people) activity.people.push_back(PersonIndex(person, cadre));
  return true;
}

// Reads a well-formed activity into `activity`, all but its id and the
// people it met, which it leaves in `id` and `people` as written. Returns
// false as soon as anything is not well-formed.
bool ActivityDecoder::ReadWellFormed(element entry, const CadreYear& cadre, Activity& activity,
                                     std::string_view& id, PeopleMet& people) const {
  constexpr std::uint32_t kRequiredKeys = std::uint32_t{1} << kActivityKeys.IndexOf("id") |
                                          std::uint32_t{1} << kActivityKeys.IndexOf("date") |
                                          std::uint32_t{1} << kActivityKeys.IndexOf("kind");
  return ReadWellFormedFields(entry, kActivityKeys, kRequiredKeys, [&](std::size_t key, element value) {
    return ReadWellFormedField(key, value, cadre, activity, id, people);
  });
}

// Reads the value of key `key` (its position in kActivityKeys); false when
// it is not well-formed. Inlined into ReadWellFormed's loop over the fields,
// which GCC would otherwise leave as a call of seven arguments for each
// field of each activity.
[[gnu::always_inline]] inline bool ActivityDecoder::ReadWellFormedField(
    std::size_t key, element value, const CadreYear& cadre, Activity& activity,
    std::string_view& id, PeopleMet& people) const {
  std::string_view text;
  std::int64_t number = 0;
  switch (key) {
    case kActivityKeys.IndexOf("id"):
      return value.get_string().get(id) == simdjson::SUCCESS && !id.empty();
    case kActivityKeys.IndexOf("date"): {
      if (value.get_string().get(text) != simdjson::SUCCESS) return false;
      std::optional<absl::CivilDay> date = days_.Parse(text);
      if (!date) return false;
      activity.date = *date;
      return true;
    }
    case kActivityKeys.IndexOf("days"):
      if (value.get_int64().get(number) != simdjson::SUCCESS || number < 1 || number > 366) {
        return false;
      }
      activity.days = static_cast<int>(number);
      return true;
    case kActivityKeys.IndexOf("kind"): {
      std::optional<TermId> kind = WellFormedTermRef(value, vocabulary_.activity_kinds);
      if (kind) activity.kind = *kind;
      return kind.has_value();
    }
    case kActivityKeys.IndexOf("also"): {
      simdjson::dom::array kinds;
      if (value.get_array().get(kinds) != simdjson::SUCCESS) return false;
      for (element kind_value : kinds) {
        std::optional<TermId> kind = WellFormedTermRef(kind_value, vocabulary_.activity_kinds);
        if (!kind) return false;
        activity.also.push_back(*kind);
      }
      return true;
    }
    case kActivityKeys.IndexOf("contact_point"):
      if (value.get_string().get(text) != simdjson::SUCCESS) return false;
      activity.contact_point.append(text);  // to the empty one: each key is read once
      activity.contact_point_index = ContactPointIndex(cadre, text);
      return true;
    case kActivityKeys.IndexOf("mode"): {
      if (value.get_string().get(text) != simdjson::SUCCESS) return false;
      std::optional<ActivityMode> mode = ValueOf(kActivityModeNames, text);
      if (mode) activity.mode = *mode;
      return mode.has_value();
    }
    case kActivityKeys.IndexOf("headcount"):
      if (value.get_int64().get(number) != simdjson::SUCCESS || number < 0 ||
          number > kMaxQuantity) {
        return false;
      }
      activity.headcount = number;
      return true;
    case kActivityKeys.IndexOf("people"): {
      simdjson::dom::array ids;
      if (value.get_array().get(ids) != simdjson::SUCCESS) return false;
      for (element person : ids) {
        if (person.get_string().get(text) != simdjson::SUCCESS) return false;
        people.push_back(text);
      }
      return true;
    }
    case kActivityKeys.IndexOf("partner_level"):
      activity.partner_level = WellFormedTermRef(value, vocabulary_.levels);
      return activity.partner_level.has_value();
    case kActivityKeys.IndexOf("area"):
      activity.area = WellFormedTermRef(value, vocabulary_.areas);
      return activity.area.has_value();
    case kActivityKeys.IndexOf("evidence"):
      if (value.get_string().get(text) != simdjson::SUCCESS) return false;
      activity.evidence.append(text);  // to the empty one, as contact_point
      return true;
  }
  return true;
}

// The index of the person `id` in CadreYear::people, added when first met.
std::uint32_t ActivityDecoder::PersonIndex(std::string_view id, CadreYear& cadre) {
  const auto [number, first_met] = people_.Insert(id);
  if (first_met) cadre.people.emplace_back(id);
  return number;
}

}  // namespace liaison
