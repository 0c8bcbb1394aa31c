#include "records/records_reader.h"

#include <algorithm>

#include "absl/container/inlined_vector.h"
#include "base/absl_compat.h"
#include "liaison/dates.h"
#include "base/enum_names.h"
#include "json/object_reader.h"
#include "json/parse_json.h"
#include "base/short_text.h"
#include "base/with_article.h"

namespace liaison {
namespace {

using json::JsonPath;
using json::KeyList;
using json::kOptional;
using json::kRequired;
using json::ObjectReader;
using json::Problems;
using simdjson::dom::element;

constexpr std::string_view kRecordsSchema = "liaison.records/1";
constexpr std::int64_t kMaxQuantity = 1'000'000;

// The keys of each kind of object, in the order the decoders below read them.
constexpr KeyList kTopKeys{"schema", "year", "departments", "cadres"};
constexpr KeyList kDepartmentKeys{"id", "name", "plan"};
constexpr KeyList kPlanKeys{"submitted", "names_contact_points"};
constexpr KeyList kCadreKeys{"id",          "name",         "department",     "rank",
                             "organ_level", "category",     "participates",   "exemption",
                             "not_rated",   "tags",         "contact_points", "task_list",
                             "activities",  "submissions",  "expenses",       "scores",
                             "grade"};
constexpr KeyList kExemptionKeys{"approved_by", "approved_on", "reason"};
constexpr KeyList kContactPointKeys{"id", "name", "kind", "region", "source", "from", "to"};
constexpr KeyList kTaskListKeys{"approved_on"};
constexpr KeyList kActivityKeys{"id",     "date",          "days", "kind",
                                "also",   "contact_point", "mode", "headcount",
                                "people", "partner_level", "area", "evidence"};
constexpr KeyList kSubmissionKeys{"kind", "date", "title"};
constexpr KeyList kExpenseKeys{"id", "activity", "amount_cents", "date"};

// What a cadre's activities decoded so far have used: their ids (each may be
// used once) and the people they met, numbered as in CadreYear::people.
struct ActivitiesSoFar {
  StringIndex& ids;
  StringIndex& people;
};

// Decodes one cadre against the policy's vocabulary, collecting problems.
class CadreDecoder {
 public:
  // `departments`: the document's departments; when it lists any, a cadre's
  // department must be one of them.
  CadreDecoder(const Policy& policy, int year, const std::vector<Department>& departments,
               ActivitiesSoFar activities_so_far, Problems& problems)
      : vocabulary_(policy.document().vocabulary),
        participation_(policy.document().participation),
        year_(year),
        departments_(departments),
        activities_so_far_(activities_so_far),
        problems_(problems) {}

  CadreYear Decode(element value, const JsonPath& path) {
    CadreYear cadre;
    cadre.year = year_;
    ObjectReader reader(value, path, problems_, kCadreKeys);
    if (!reader.valid()) return cadre;
    if (auto id = reader.NonEmptyString("id", kRequired)) cadre.id = *id;
    if (auto name = reader.String("name", kOptional)) cadre.name = *name;
    if (auto department = reader.NonEmptyString("department", kRequired)) {
      cadre.department = *department;
      if (!departments_.empty() &&
          std::none_of(departments_.begin(), departments_.end(),
                       [&](const Department& listed) { return listed.id == *department; })) {
        std::string listed;
        for (const Department& entry : departments_) {
          StrAppend(&listed, listed.empty() ? "" : ", ", entry.id);
        }
        problems_.Add(path.Key("department"),
                      StrCat("\"", *department, "\" is not a department of this document (",
                             listed, ")"));
      }
    }
    cadre.rank = Ref(reader, "rank", kOptional, vocabulary_.ranks, "rank");
    if (auto level = Ref(reader, "organ_level", kRequired, vocabulary_.levels, "level")) {
      cadre.organ_level = *level;
    }
    bool category_known = false;
    if (auto name = reader.String("category", kRequired)) {
      if (auto category = ParseCadreCategory(*name)) {
        cadre.category = *category;
        category_known = true;
      } else {
        problems_.Add(path.Key("category"), StrCat("\"", *name, "\" is not one of ",
                                                         AllowedNames(kCadreCategoryNames)));
      }
    }
    cadre.participates = reader.Bool("participates", kOptional);
    if (category_known && !cadre.participates &&
        participation_.For(cadre.category) == CategoryRule::kDepartmentDecides) {
      problems_.Add(path.Key("participates"),
                    StrCat("required for a ", CadreCategoryName(cadre.category),
                                 " cadre: the policy leaves participation to the department"));
    }
    DecodeExemption(reader, cadre);
    cadre.not_rated = Ref(reader, "not_rated", kOptional, vocabulary_.not_rated_reasons,
                          "not-rated reason");
    cadre.tags = Refs(reader, "tags", vocabulary_.tags, "tag");
    DecodeContactPoints(reader, cadre);
    if (std::optional<element> task_list = reader.Element("task_list", kOptional)) {
      JsonPath list_path = path.Key("task_list");
      ObjectReader list(*task_list, list_path, problems_, kTaskListKeys);
      cadre.task_list_approved_on = list.Date("approved_on", kOptional);
      list.RejectUnknownKeys();
    }
    DecodeActivities(reader, cadre);
    DecodeSubmissions(reader, cadre);
    DecodeExpenses(reader, cadre);
    DecodeScores(reader, cadre);
    if (auto grade = reader.String("grade", kOptional)) cadre.assigned_grade = *grade;
    reader.RejectUnknownKeys();
    return cadre;
  }

 private:
  std::optional<TermId> Ref(ObjectReader& reader, std::string_view key, json::Need need,
                            const TermList& terms, std::string_view what) {
    std::optional<std::string_view> id = reader.String(key, need);
    if (!id) return std::nullopt;
    std::optional<TermId> term = terms.Find(*id);
    if (!term) {
      problems_.Add(reader.path().Key(key),
                    StrCat("\"", *id, "\" is not ", WithArticle(what), " of the policy; defined: ",
                                 terms.empty() ? "none" : terms.JoinedIds()));
    }
    return term;
  }

  std::vector<TermId> Refs(ObjectReader& reader, std::string_view key, const TermList& terms,
                           std::string_view what) {
    std::vector<TermId> ids;
    std::optional<simdjson::dom::array> array = reader.Array(key, kOptional);
    if (!array) return ids;
    JsonPath list_path = reader.path().Key(key);
    std::size_t index = 0;
    for (element entry : *array) {
      JsonPath entry_path = list_path.Index(index++);
      std::optional<std::string_view> id = json::ReadString(entry, entry_path, problems_);
      if (!id) continue;
      if (std::optional<TermId> term = terms.Find(*id)) {
        ids.push_back(*term);
      } else {
        problems_.Add(entry_path, StrCat("\"", *id, "\" is not ", WithArticle(what),
                                               " of the policy; defined: ",
                                               terms.empty() ? "none" : terms.JoinedIds()));
      }
    }
    return ids;
  }

  // A record date must lie in the record's year, or it is a typing slip.
  std::optional<absl::CivilDay> DateInYear(ObjectReader& reader, std::string_view key,
                                           json::Need need) {
    std::optional<absl::CivilDay> date = reader.Date(key, need);
    if (date && date->year() != year_) {
      problems_.Add(reader.path().Key(key),
                    StrCat("is not in ", year_, ", the year of this records document"));
    }
    return date;
  }

  void DecodeExemption(ObjectReader& reader, CadreYear& cadre) {
    std::optional<element> value = reader.Element("exemption", kOptional);
    if (!value) return;
    JsonPath path = reader.path().Key("exemption");
    ObjectReader exemption_reader(*value, path, problems_, kExemptionKeys);
    Exemption exemption;
    if (auto by = exemption_reader.String("approved_by", kOptional)) exemption.approved_by = *by;
    exemption.approved_on = exemption_reader.Date("approved_on", kOptional);
    if (auto reason = exemption_reader.String("reason", kOptional)) exemption.reason = *reason;
    exemption_reader.RejectUnknownKeys();
    cadre.exemption = std::move(exemption);
  }

  void DecodeContactPoints(ObjectReader& reader, CadreYear& cadre) {
    ForEachObject(reader, "contact_points", kContactPointKeys, problems_,
                  [&](ObjectReader& point_reader, const JsonPath& path) {
      ContactPoint point;
      if (auto id = point_reader.NonEmptyString("id", kRequired)) {
        point.id = *id;
        for (const ContactPoint& earlier : cadre.contact_points) {
          if (earlier.id == point.id) {
            problems_.Add(path.Key("id"), StrCat("contact point \"", point.id,
                                                       "\" is listed twice"));
          }
        }
      }
      if (auto name = point_reader.String("name", kOptional)) point.name = *name;
      if (auto kind = Ref(point_reader, "kind", kRequired, vocabulary_.contact_point_kinds,
                          "contact-point kind")) {
        point.kind = *kind;
      }
      if (auto region = point_reader.String("region", kOptional)) point.region = *region;
      if (auto source = point_reader.String("source", kOptional)) point.source = *source;
      point.from = point_reader.Date("from", kOptional);
      point.to = point_reader.Date("to", kOptional);
      if (point.from && point.to && *point.to < *point.from) {
        problems_.Add(path.Key("to"), "is before \"from\"");
      }
      cadre.contact_points.push_back(std::move(point));
    });
  }

  void DecodeActivities(ObjectReader& reader, CadreYear& cadre) {
    std::optional<simdjson::dom::array> array = reader.Array("activities", kOptional);
    if (!array) return;
    JsonPath list_path = reader.path().Key("activities");
    ActivitiesSoFar& so_far = activities_so_far_;
    so_far.ids.Clear();
    so_far.people.Clear();
    cadre.activities.reserve(array->size());
    std::size_t index = 0;
    for (element entry : *array) {
      JsonPath path = list_path.Index(index++);
      if (!DecodeWellFormedActivity(entry, cadre, so_far)) {
        DecodeActivity(entry, path, cadre, so_far);
      }
    }
  }

  // Decodes one activity through an ObjectReader, reporting every problem.
  void DecodeActivity(element entry, const JsonPath& path, CadreYear& cadre,
                      ActivitiesSoFar& so_far) {
    ObjectReader item(entry, path, problems_, kActivityKeys);
    Activity& activity = cadre.activities.emplace_back();
    if (auto id = item.NonEmptyString("id", kRequired)) {
      activity.id = *id;
      if (!so_far.ids.Insert(*id).second) {
        problems_.Add(path.Key("id"), StrCat("activity id \"", *id, "\" is used twice"));
      }
    }
    // Activities of other years are kept: evaluation sets them aside as
    // outside the period and reports them, rather than losing them here.
    if (auto date = item.Date("date", kRequired)) activity.date = *date;
    if (auto days = item.Integer("days", kOptional, 1, 366)) {
      activity.days = static_cast<int>(*days);
    }
    if (auto kind = Ref(item, "kind", kRequired, vocabulary_.activity_kinds, "activity kind")) {
      activity.kind = *kind;
    }
    activity.also = Refs(item, "also", vocabulary_.activity_kinds, "activity kind");
    if (auto point = item.String("contact_point", kOptional)) {
      activity.contact_point = *point;
      activity.contact_point_index = ContactPointIndex(cadre, *point);
    }
    if (auto mode = item.String("mode", kOptional)) {
      if (auto value = ValueOf(kActivityModeNames, *mode)) {
        activity.mode = *value;
      } else {
        problems_.Add(path.Key("mode"), StrCat("\"", *mode, "\" is not one of ",
                                               AllowedNames(kActivityModeNames)));
      }
    }
    if (auto headcount = item.Integer("headcount", kOptional, 0, kMaxQuantity)) {
      activity.headcount = *headcount;
    }
    if (std::optional<simdjson::dom::array> people = item.Array("people", kOptional)) {
      JsonPath people_path = path.Key("people");
      std::size_t person_index = 0;
      activity.people.reserve(people->size());
      for (element person : *people) {
        JsonPath person_path = people_path.Index(person_index++);
        std::optional<std::string_view> person_id =
            json::ReadString(person, person_path, problems_);
        if (!person_id) continue;
        activity.people.push_back(PersonIndex(*person_id, cadre, so_far));
      }
    }
    activity.partner_level = Ref(item, "partner_level", kOptional, vocabulary_.levels, "level");
    activity.area = Ref(item, "area", kOptional, vocabulary_.areas, "area");
    if (auto evidence = item.String("evidence", kOptional)) activity.evidence = *evidence;
    item.RejectUnknownKeys();
  }

  // Decodes an activity that is well-formed — every key known and given once,
  // every value of its type, in range and defined by the policy — exactly as
  // DecodeActivity would, at a fraction of the cost. Returns false, having
  // changed nothing, for anything else, which DecodeActivity then reports.
  // Almost every activity of a real document takes this path.
  bool DecodeWellFormedActivity(element entry, CadreYear& cadre, ActivitiesSoFar& so_far) {
    Activity& activity = cadre.activities.emplace_back();  // filled in place
    std::string_view id;
    absl::InlinedVector<std::string_view, 8> people;
    // An id used before fails here, having changed nothing.
    if (!ReadWellFormedActivity(entry, cadre, activity, id, people) ||
        !so_far.ids.Insert(id).second) {
      cadre.activities.pop_back();
      return false;
    }
    // Well-formed: what DecodeActivity records, it records now.
    activity.id = id;
    activity.people.reserve(people.size());
    for (std::string_view person : people) {
      activity.people.push_back(PersonIndex(person, cadre, so_far));
    }
    return true;
  }

  // Reads a well-formed activity into `activity`, all but its id and the
  // people it met, which it leaves in `id` and `people` as written. Returns
  // false as soon as anything is not well-formed.
  bool ReadWellFormedActivity(element entry, const CadreYear& cadre, Activity& activity,
                              std::string_view& id,
                              absl::InlinedVector<std::string_view, 8>& people) {
    simdjson::dom::object object;
    if (entry.get_object().get(object) != simdjson::SUCCESS) return false;
    std::uint32_t seen = 0;  // bit k: key k of kActivityKeys
    for (simdjson::dom::key_value_pair field : object) {
      const std::size_t key = kActivityKeys.Find(field.key);
      if (key == KeyList::kNone || (seen >> key & 1) != 0) return false;
      seen |= std::uint32_t{1} << key;
      const element value = field.value;
      std::string_view text;
      std::int64_t number = 0;
      switch (key) {
        case kActivityKeys.IndexOf("id"):
          if (value.get_string().get(id) != simdjson::SUCCESS || id.empty()) return false;
          break;
        case kActivityKeys.IndexOf("date"): {
          if (value.get_string().get(text) != simdjson::SUCCESS) return false;
          std::optional<absl::CivilDay> date = ParseCivilDay(text);
          if (!date) return false;
          activity.date = *date;
          break;
        }
        case kActivityKeys.IndexOf("days"):
          if (value.get_int64().get(number) != simdjson::SUCCESS || number < 1 || number > 366) {
            return false;
          }
          activity.days = static_cast<int>(number);
          break;
        case kActivityKeys.IndexOf("kind"): {
          std::optional<TermId> kind = WellFormedRef(value, vocabulary_.activity_kinds);
          if (!kind) return false;
          activity.kind = *kind;
          break;
        }
        case kActivityKeys.IndexOf("also"): {
          simdjson::dom::array kinds;
          if (value.get_array().get(kinds) != simdjson::SUCCESS) return false;
          for (element kind_value : kinds) {
            std::optional<TermId> kind = WellFormedRef(kind_value, vocabulary_.activity_kinds);
            if (!kind) return false;
            activity.also.push_back(*kind);
          }
          break;
        }
        case kActivityKeys.IndexOf("contact_point"):
          if (value.get_string().get(text) != simdjson::SUCCESS) return false;
          activity.contact_point = text;
          activity.contact_point_index = ContactPointIndex(cadre, text);
          break;
        case kActivityKeys.IndexOf("mode"): {
          if (value.get_string().get(text) != simdjson::SUCCESS) return false;
          std::optional<ActivityMode> mode = ValueOf(kActivityModeNames, text);
          if (!mode) return false;
          activity.mode = *mode;
          break;
        }
        case kActivityKeys.IndexOf("headcount"):
          if (value.get_int64().get(number) != simdjson::SUCCESS || number < 0 ||
              number > kMaxQuantity) {
            return false;
          }
          activity.headcount = number;
          break;
        case kActivityKeys.IndexOf("people"): {
          simdjson::dom::array ids;
          if (value.get_array().get(ids) != simdjson::SUCCESS) return false;
          for (element person : ids) {
            if (person.get_string().get(text) != simdjson::SUCCESS) return false;
            people.push_back(text);
          }
          break;
        }
        case kActivityKeys.IndexOf("partner_level"):
          activity.partner_level = WellFormedRef(value, vocabulary_.levels);
          if (!activity.partner_level) return false;
          break;
        case kActivityKeys.IndexOf("area"):
          activity.area = WellFormedRef(value, vocabulary_.areas);
          if (!activity.area) return false;
          break;
        case kActivityKeys.IndexOf("evidence"):
          if (value.get_string().get(text) != simdjson::SUCCESS) return false;
          activity.evidence = text;
          break;
      }
    }
    constexpr std::uint32_t kRequiredKeys =
        std::uint32_t{1} << kActivityKeys.IndexOf("id") |
        std::uint32_t{1} << kActivityKeys.IndexOf("date") |
        std::uint32_t{1} << kActivityKeys.IndexOf("kind");
    return (seen & kRequiredKeys) == kRequiredKeys;
  }

  // The term `value` names, when it is a string naming one of `terms`; as
  // TermList::Find (no term's id is empty, so an empty one fails at once),
  // with no call to memcmp.
  static std::optional<TermId> WellFormedRef(element value, const TermList& terms) {
    std::string_view id;
    if (value.get_string().get(id) != simdjson::SUCCESS || id.empty()) return std::nullopt;
    const std::vector<Term>& list = terms.terms();
    for (std::size_t i = 0; i < list.size(); ++i) {
      if (SameText(list[i].id, id)) return static_cast<TermId>(i);
    }
    return std::nullopt;
  }

  // The last of the cadre's contact points with this id, or kNoOwnContactPoint.
  static int ContactPointIndex(const CadreYear& cadre, std::string_view id) {
    int index = kNoOwnContactPoint;
    for (std::size_t i = 0; i < cadre.contact_points.size(); ++i) {
      if (SameText(cadre.contact_points[i].id, id)) index = static_cast<int>(i);
    }
    return index;
  }

  // The index of the person `id` in CadreYear::people, added when first met.
  static std::uint32_t PersonIndex(std::string_view id, CadreYear& cadre,
                                   ActivitiesSoFar& so_far) {
    const auto [number, first_met] = so_far.people.Insert(id);
    if (first_met) cadre.people.emplace_back(id);
    return number;
  }

  void DecodeSubmissions(ObjectReader& reader, CadreYear& cadre) {
    ForEachObject(reader, "submissions", kSubmissionKeys, problems_,
                  [&](ObjectReader& item, const JsonPath&) {
      Submission submission;
      if (auto kind = Ref(item, "kind", kRequired, vocabulary_.submission_kinds,
                          "submission kind")) {
        submission.kind = *kind;
      }
      if (auto date = item.Date("date", kRequired)) submission.date = *date;
      if (auto title = item.String("title", kOptional)) submission.title = *title;
      cadre.submissions.push_back(std::move(submission));
    });
  }

  void DecodeExpenses(ObjectReader& reader, CadreYear& cadre) {
    ForEachObject(reader, "expenses", kExpenseKeys, problems_,
                  [&](ObjectReader& item, const JsonPath&) {
      ExpenseClaim claim;
      if (auto id = item.NonEmptyString("id", kRequired)) claim.id = *id;
      if (auto activity = item.NonEmptyString("activity", kRequired)) claim.activity = *activity;
      if (auto cents = item.Integer("amount_cents", kRequired, 0, 100'000'000'00)) {
        claim.amount_cents = *cents;
      }
      if (auto date = DateInYear(item, "date", kRequired)) claim.date = *date;
      cadre.expenses.push_back(std::move(claim));
    });
  }

  void DecodeScores(ObjectReader& reader, CadreYear& cadre) {
    std::optional<element> value = reader.Element("scores", kOptional);
    if (!value) return;
    JsonPath path = reader.path().Key("scores");
    simdjson::dom::object object;
    if (value->get_object().get(object) != simdjson::SUCCESS) {
      problems_.Add(path, StrCat("expected an object of score components, found ",
                                       json::TypeName(value->type())));
      return;
    }
    for (simdjson::dom::key_value_pair field : object) {
      const bool repeated = std::any_of(cadre.scores.begin(), cadre.scores.end(),
                                        [&](const auto& entry) { return entry.first == field.key; });
      if (repeated) {
        problems_.Add(path.Key(field.key), "the key is given more than once; give each key once");
        continue;
      }
      double score = 0;
      if (field.value.get_double().get(score) != simdjson::SUCCESS || score < 0 || score > 1) {
        problems_.Add(path.Key(field.key), "expected a number from 0 to 1");
        continue;
      }
      cadre.scores.emplace_back(std::string(field.key), score);
    }
  }

  const Vocabulary& vocabulary_;
  const ParticipationPolicy& participation_;
  int year_;
  const std::vector<Department>& departments_;
  ActivitiesSoFar activities_so_far_;
  Problems& problems_;
};

void DecodeDepartments(ObjectReader& top, int year, RecordBatch& batch, Problems& problems) {
  ForEachObject(top, "departments", kDepartmentKeys, problems,
                [&](ObjectReader& reader, const JsonPath& path) {
    Department department;
    if (auto id = reader.NonEmptyString("id", kRequired)) {
      department.id = *id;
      for (const Department& earlier : batch.departments) {
        if (earlier.id == department.id) {
          problems.Add(path.Key("id"), StrCat("department \"", *id,
                                                    "\" is listed twice"));
        }
      }
    }
    if (auto name = reader.String("name", kOptional)) department.name = *name;
    if (std::optional<element> plan = reader.Element("plan", kOptional)) {
      JsonPath plan_path = path.Key("plan");
      ObjectReader plan_reader(*plan, plan_path, problems, kPlanKeys);
      department.plan_submitted = plan_reader.Date("submitted", kOptional);
      if (department.plan_submitted && department.plan_submitted->year() != year) {
        problems.Add(plan_path.Key("submitted"),
                     StrCat("is not in ", year, ", the year of this records document"));
      }
      if (auto names = plan_reader.Bool("names_contact_points", kOptional)) {
        department.plan_names_contact_points = *names;
      }
      plan_reader.RejectUnknownKeys();
    }
    batch.departments.push_back(std::move(department));
  });
}

}  // namespace

absl::Status RecordsReader::Open(std::string_view text) {
  absl::StatusOr<element> root = json::ParseJson(*parser_, text, "records");
  if (!root.ok()) return root.status();

  Problems problems;
  JsonPath path;
  ObjectReader top(*root, path, problems, kTopKeys);
  if (auto schema = top.String("schema", kRequired); schema && *schema != kRecordsSchema) {
    problems.Add(path.Key("schema"), StrCat("\"", *schema, "\" is not supported; "
                                                  "expected \"", kRecordsSchema, "\""));
  }
  if (auto year = top.Integer("year", kRequired, 2000, 2100)) {
    document_.year = static_cast<int>(*year);
  }
  if (problems.empty() && !policy_.Covers(document_.year)) {
    problems.Add(path.Key("year"),
                 StrCat(document_.year, " is not covered by policy \"", policy_.id(), "\" (",
                              policy_.document().recurring
                                  ? StrCat(policy_.year(), " and later")
                                  : StrCat(policy_.year(), " only"),
                              ")"));
  }
  DecodeDepartments(top, document_.year, document_, problems);
  std::optional<simdjson::dom::array> cadres = top.Array("cadres", kRequired);
  top.RejectUnknownKeys();
  if (!problems.empty()) return InvalidInput("records", problems.Take());
  cadre_count_ = json::ElementCount(*cadres);
  next_cadre_ = cadres->begin();
  return absl::OkStatus();
}

absl::StatusOr<CadreYear> RecordsReader::Next() {
  const std::size_t index = next_index_++;
  const JsonPath root;
  const JsonPath cadres_path = root.Key("cadres");
  const JsonPath cadre_path = cadres_path.Index(index);
  Problems problems;
  CadreYear cadre = CadreDecoder(policy_, document_.year, document_.departments,
                                 ActivitiesSoFar{activity_ids_, people_met_}, problems)
                        .Decode(*next_cadre_, cadre_path);
  ++next_cadre_;
  if (problems.empty() && !cadre.id.empty()) {
    auto [it, inserted] = index_of_id_.emplace(cadre.id, index);
    if (!inserted) {
      problems.Add(cadre_path.Key("id"),
                   StrCat("cadre \"", cadre.id, "\" is already at $.cadres[", it->second, "]"));
    }
  }
  if (!problems.empty()) {
    return InvalidInput(cadre.id.empty() ? StrCat("cadre at $.cadres[", index, "]")
                                         : StrCat("cadre \"", cadre.id, "\""),
                        problems.Take());
  }
  return cadre;
}

}  // namespace liaison
