#include "records/cadre_decoder.h"

#include <algorithm>

#include "absl/container/flat_hash_set.h"

#include "base/absl_compat.h"
#include "base/days_of_year.h"
#include "base/enum_names.h"
#include "json/object_reader.h"
#include "policy/term_refs.h"
#include "records/activity_decoder.h"

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
constexpr std::string_view kLinesSchema = "liaison.records.lines/1";

// The keys of each kind of object, in the order the decoders below read them.
constexpr KeyList kTopKeys{"schema", "year", "departments", "cadres"};
constexpr KeyList kLinesTopKeys{"schema", "year", "departments"};
constexpr KeyList kDepartmentKeys{"id", "name", "plan"};
constexpr KeyList kPlanKeys{"submitted", "names_contact_points"};
constexpr KeyList kCadreKeys{"id",          "name",         "department",     "rank",
                             "organ_level", "category",     "participates",   "exemption",
                             "not_rated",   "tags",         "contact_points", "task_list",
                             "activities",  "submissions",  "expenses",       "scores",
                             "grade"};
constexpr KeyList kExemptionKeys{"approved_by", "approved_on", "reason"};
constexpr KeyList kContactPointKeys{"id", "name", "kind", "level", "region", "source", "from", "to"};
constexpr KeyList kTaskListKeys{"approved_on"};
constexpr KeyList kSubmissionKeys{"kind", "date", "title"};
constexpr KeyList kExpenseKeys{"id", "activity", "amount_cents", "date"};

void DecodeDepartments(ObjectReader& top, int year, RecordBatch& batch,
                       absl::flat_hash_set<std::string>& ids, Problems& problems) {
  ForEachObject(top, "departments", kDepartmentKeys, problems,
                [&](ObjectReader& reader, const JsonPath& path) {
    Department department;
    if (auto id = reader.NonEmptyString("id", kRequired)) {
      department.id = *id;
      if (!ids.insert(department.id).second) {
        problems.Add(path.Key("id"), StrCat("department \"", *id, "\" is listed twice"),
                     StrCat("部门“", *id, "”重复列出"));
      }
    }
    if (auto name = reader.String("name", kOptional)) department.name = *name;
    if (std::optional<element> plan = reader.Element("plan", kOptional)) {
      JsonPath plan_path = path.Key("plan");
      ObjectReader plan_reader(*plan, plan_path, problems, kPlanKeys);
      department.plan_submitted = plan_reader.Date("submitted", kOptional);
      if (department.plan_submitted && department.plan_submitted->year() != year) {
        problems.Add(plan_path.Key("submitted"),
                     StrCat("is not in ", year, ", the year of this records document"),
                     StrCat("不在本记录文档的年度 ", year, " 年内"));
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

// Decodes one cadre against the policy's vocabulary, collecting problems.
class CadreDecoder::Impl {
 public:
  // `departments`: the document's departments; when it lists any, a cadre's
  // department must be one of them.
  // `activity_ids` and `people_met`: see ActivityDecoder.
  Impl(const Policy& policy, int year, const std::vector<Department>& departments,
               const absl::flat_hash_set<std::string>& department_ids,
               StringIndex& activity_ids, StringIndex& people_met, Problems& problems)
      : vocabulary_(policy.document().vocabulary),
        participation_(policy.document().participation),
        grading_(policy.document().grading),
        year_(year),
        days_(year),
        departments_(departments),
        department_ids_(department_ids),
        problems_(problems),
        activities_(vocabulary_, days_, activity_ids, people_met, problems) {
    for (const ScoreWeight& weight : grading_.weights) weights_.insert(weight.component);
  }

  CadreYear Decode(element value, const JsonPath& path) {
    CadreYear cadre;
    cadre.year = year_;
    ObjectReader reader(value, path, problems_, kCadreKeys);
    if (!reader.valid()) return cadre;
    if (auto id = reader.NonEmptyString("id", kRequired)) cadre.id = *id;
    if (auto name = reader.String("name", kOptional)) cadre.name = *name;
    if (auto department = reader.NonEmptyString("department", kRequired)) {
      cadre.department = *department;
      if (!departments_.empty() && !department_ids_.contains(AbslView(*department))) {
        problems_.Add(path.Key("department"),
                      StrCat("\"", *department, "\" is not a department of this document (",
                             DepartmentList(false), ")"),
                      StrCat("“", *department, "”不是本文档所列的部门（", DepartmentList(true), "）"));
      }
    }
    cadre.rank = refs_.One(reader, "rank", kOptional, vocabulary_.ranks, "rank");
    if (auto level = refs_.One(reader, "organ_level", kRequired, vocabulary_.levels, "level")) {
      cadre.organ_level = *level;
    }
    bool category_known = false;
    if (auto name = reader.String("category", kRequired)) {
      if (auto category = ParseCadreCategory(*name)) {
        cadre.category = *category;
        category_known = true;
      } else {
        problems_.Add(path.Key("category"),
                      StrCat("\"", *name, "\" is not one of ", AllowedNames(kCadreCategoryNames)),
                      StrCat("“", *name, "”不是以下之一：", AllowedNames(kCadreCategoryNames)));
      }
    }
    cadre.participates = reader.Bool("participates", kOptional);
    if (category_known && !cadre.participates &&
        participation_.For(cadre.category) == CategoryRule::kDepartmentDecides) {
      problems_.Add(path.Key("participates"),
                    StrCat("required for a ", CadreCategoryName(cadre.category),
                           " cadre: the policy leaves participation to the department"),
                    StrCat("必填：本政策规定该类干部由部门决定是否参加（",
                           cadre.category == CadreCategory::kFullTime   ? "专职"
                           : cadre.category == CadreCategory::kPartTime ? "兼职"
                                                                        : "挂职",
                           "）"));
    }
    DecodeExemption(reader, cadre);
    cadre.not_rated = refs_.One(reader, "not_rated", kOptional, vocabulary_.not_rated_reasons,
                                "not-rated reason");
    cadre.tags = refs_.List(reader, "tags", kOptional, vocabulary_.tags, "tag",
                            TermRefReader::Repeats::kAllowed);
    DecodeContactPoints(reader, cadre);
    if (std::optional<element> task_list = reader.Element("task_list", kOptional)) {
      JsonPath list_path = path.Key("task_list");
      ObjectReader list(*task_list, list_path, problems_, kTaskListKeys);
      cadre.task_list_approved_on = list.Date("approved_on", kOptional);
      list.RejectUnknownKeys();
    }
    activities_.DecodeActivities(reader, cadre);
    DecodeSubmissions(reader, cadre);
    DecodeExpenses(reader, cadre);
    DecodeScores(reader, cadre);
    if (auto grade = reader.String("grade", kOptional)) cadre.assigned_grade = *grade;
    reader.RejectUnknownKeys();
    return cadre;
  }

 private:
  // The document's department ids, the first kListedDepartments of them, in
  // Chinese or English.
  std::string DepartmentList(bool zh) const {
    constexpr std::size_t kListedDepartments = 10;
    std::string listed;
    for (std::size_t i = 0; i < departments_.size() && i < kListedDepartments; ++i) {
      StrAppend(&listed, i == 0 ? "" : zh ? "、" : ", ", departments_[i].id);
    }
    if (departments_.size() > kListedDepartments) {
      const std::size_t more = departments_.size() - kListedDepartments;
      StrAppend(&listed, zh ? "等，另有 " : " and ", more, zh ? " 个" : " more");
    }
    return listed;
  }

  // A record date must lie in the record's year, or it is a typing slip.
  std::optional<absl::CivilDay> DateInYear(ObjectReader& reader, std::string_view key,
                                           json::Need need) {
    std::optional<absl::CivilDay> date = reader.Date(key, need);
    if (date && date->year() != year_) {
      problems_.Add(reader.path().Key(key),
                    StrCat("is not in ", year_, ", the year of this records document"),
                    StrCat("不在本记录文档的年度 ", year_, " 年内"));
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

  // Each contact point well-formed (WellFormedContactPoint), or read through
  // an ObjectReader that reports what is wrong with it.
  void DecodeContactPoints(ObjectReader& reader, CadreYear& cadre) {
    std::optional<simdjson::dom::array> array = reader.Array("contact_points", kOptional);
    if (!array) return;
    absl::flat_hash_set<absl::string_view>& ids = point_ids_;  // a repeat found in one look
    ids.clear();
    const JsonPath list_path = reader.path().Key("contact_points");
    std::size_t index = 0;
    cadre.contact_points.reserve(array->size());
    for (element entry : *array) {
      const JsonPath path = list_path.Index(index++);
      if (WellFormedContactPoint(entry, cadre)) continue;
      ObjectReader point_reader(entry, path, problems_, kContactPointKeys);
      ContactPoint point;
      if (auto id = point_reader.NonEmptyString("id", kRequired)) {
        point.id = *id;
        if (!ids.insert(AbslView(*id)).second) {
          problems_.Add(path.Key("id"), StrCat("contact point \"", point.id, "\" is listed twice"),
                        StrCat("联系点“", point.id, "”重复列出"));
        }
      }
      if (auto name = point_reader.String("name", kOptional)) point.name = *name;
      if (auto kind = refs_.One(point_reader, "kind", kRequired,
                                vocabulary_.contact_point_kinds, "contact-point kind")) {
        point.kind = *kind;
      }
      point.level = refs_.One(point_reader, "level", kOptional, vocabulary_.levels, "level");
      if (auto region = point_reader.String("region", kOptional)) point.region = *region;
      if (auto source = point_reader.String("source", kOptional)) point.source = *source;
      point.from = point_reader.Date("from", kOptional);
      point.to = point_reader.Date("to", kOptional);
      if (point.from && point.to && *point.to < *point.from) {
        problems_.Add(path.Key("to"), "is before \"from\"", "早于联系起始日期（from）");
      }
      cadre.contact_points.push_back(std::move(point));
      point_reader.RejectUnknownKeys();
    }
  }

  // The fast path of DecodeContactPoints, as ActivityDecoder's: appends the
  // point and returns true when every key is known and given once, every
  // value of its type and defined, its id new and its dates in order (what
  // the reporting path then reads without a problem); false, having changed
  // nothing, otherwise. An id is recorded only when all else is well, so
  // that the reporting path still finds a repeat.
  bool WellFormedContactPoint(element entry, CadreYear& cadre) {
    ContactPoint point;
    std::string_view id;
    constexpr std::uint32_t kRequiredKeys = std::uint32_t{1} << kContactPointKeys.IndexOf("id") |
                                            std::uint32_t{1} << kContactPointKeys.IndexOf("kind");
    const bool read = ReadWellFormedFields(
        entry, kContactPointKeys, kRequiredKeys, [&](std::size_t key, element value) {
          std::string_view text;
          switch (key) {
            case kContactPointKeys.IndexOf("id"):
              return value.get_string().get(id) == simdjson::SUCCESS && !id.empty();
            case kContactPointKeys.IndexOf("kind"): {
              std::optional<TermId> kind = WellFormedTermRef(value, vocabulary_.contact_point_kinds);
              if (kind) point.kind = *kind;
              return kind.has_value();
            }
            case kContactPointKeys.IndexOf("level"):
              point.level = WellFormedTermRef(value, vocabulary_.levels);
              return point.level.has_value();
            case kContactPointKeys.IndexOf("from"):
            case kContactPointKeys.IndexOf("to"): {
              if (value.get_string().get(text) != simdjson::SUCCESS) return false;
              std::optional<absl::CivilDay> day = days_.Parse(text);
              (key == kContactPointKeys.IndexOf("from") ? point.from : point.to) = day;
              return day.has_value();
            }
            default:  // name, region, source: any string
              if (value.get_string().get(text) != simdjson::SUCCESS) return false;
              (key == kContactPointKeys.IndexOf("name")     ? point.name
               : key == kContactPointKeys.IndexOf("region") ? point.region
                                                            : point.source) = text;
              return true;
          }
        });
    if (!read) return false;
    if (point.from && point.to && *point.to < *point.from) return false;
    if (!point_ids_.insert(AbslView(id)).second) return false;
    point.id = id;
    cadre.contact_points.push_back(std::move(point));
    return true;
  }

  // Each submission well-formed (WellFormedSubmission), or read through an
  // ObjectReader that reports what is wrong with it.
  void DecodeSubmissions(ObjectReader& reader, CadreYear& cadre) {
    std::optional<simdjson::dom::array> array = reader.Array("submissions", kOptional);
    if (!array) return;
    const JsonPath list_path = reader.path().Key("submissions");
    std::size_t index = 0;
    cadre.submissions.reserve(array->size());
    for (element entry : *array) {
      const JsonPath path = list_path.Index(index++);
      if (WellFormedSubmission(entry, cadre)) continue;
      ObjectReader item(entry, path, problems_, kSubmissionKeys);
      Submission submission;
      if (auto kind = refs_.One(item, "kind", kRequired, vocabulary_.submission_kinds,
                                "submission kind")) {
        submission.kind = *kind;
      }
      if (auto date = item.Date("date", kRequired)) submission.date = *date;
      if (auto title = item.String("title", kOptional)) submission.title = *title;
      cadre.submissions.push_back(std::move(submission));
      item.RejectUnknownKeys();
    }
  }

  // The fast path of DecodeSubmissions: as WellFormedContactPoint.
  bool WellFormedSubmission(element entry, CadreYear& cadre) {
    Submission submission;
    constexpr std::uint32_t kRequiredKeys = std::uint32_t{1} << kSubmissionKeys.IndexOf("kind") |
                                            std::uint32_t{1} << kSubmissionKeys.IndexOf("date");
    const bool read = ReadWellFormedFields(
        entry, kSubmissionKeys, kRequiredKeys, [&](std::size_t key, element value) {
          if (key == kSubmissionKeys.IndexOf("kind")) {
            std::optional<TermId> kind = WellFormedTermRef(value, vocabulary_.submission_kinds);
            if (kind) submission.kind = *kind;
            return kind.has_value();
          }
          std::string_view text;
          if (value.get_string().get(text) != simdjson::SUCCESS) return false;
          if (key == kSubmissionKeys.IndexOf("title")) {
            submission.title = text;
            return true;
          }
          std::optional<absl::CivilDay> date = days_.Parse(text);
          if (date) submission.date = *date;
          return date.has_value();
        });
    if (!read) return false;
    cadre.submissions.push_back(std::move(submission));
    return true;
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
      problems_.Add(
          path,
          StrCat("expected an object of score components, found ", json::TypeName(value->type())),
          StrCat("应为由得分项组成的对象，实为", json::TypeNameZh(value->type())));
      return;
    }
    absl::flat_hash_set<std::string_view> seen;
    for (simdjson::dom::key_value_pair field : object) {
      if (!seen.insert(field.key).second) {
        problems_.Add(path.Key(field.key), "the key is given more than once; give each key once",
                      "该键出现了不止一次；每个键只能给出一次");
        continue;
      }
      double score = 0;
      if (field.value.get_double().get(score) != simdjson::SUCCESS || score < 0 || score > 1) {
        problems_.Add(path.Key(field.key), "expected a number from 0 to 1", "应为 0 到 1 之间的数");
        continue;
      }
      if (field.key == "tasks" || !weights_.count(field.key)) {
        problems_.Add(path.Key(field.key),
                      StrCat("is not a score component of the policy (",
                             ScoreComponentList(false), ")"),
                      StrCat("不是所依据政策的得分项（", ScoreComponentList(true), "）"));
        continue;
      }
      cadre.scores.emplace_back(std::string(field.key), score);
    }
  }

  // The components a record's `scores` may give: the policy's weights but
  // "tasks", which the evaluation computes; in Chinese or English.
  std::string ScoreComponentList(bool zh) const {
    std::string list;
    for (const ScoreWeight& weight : grading_.weights) {
      if (weight.component == "tasks") continue;
      StrAppend(&list, list.empty() ? "" : zh ? "、" : ", ", weight.component);
    }
    if (!list.empty()) return list;
    return zh ? "该政策不从记录中取任何得分项" : "it weighs none from records";
  }

  const Vocabulary& vocabulary_;
  const ParticipationPolicy& participation_;
  const GradingPolicy& grading_;
  absl::flat_hash_set<std::string_view> weights_;  // the grading weights' components
  int year_;
  DaysOfYear days_;  // the year's days, by which the fast paths read dates
  const std::vector<Department>& departments_;
  const absl::flat_hash_set<std::string>& department_ids_;
  Problems& problems_;
  TermRefReader refs_{problems_, TermRefReader::kThePolicy};
  ActivityDecoder activities_;
  absl::flat_hash_set<absl::string_view> point_ids_;  // the cadre's contact points' ids
};

CadreDecoder::CadreDecoder(const Policy& policy, const RecordBatch& document,
                           const absl::flat_hash_set<std::string>& department_ids,
                           StringIndex& activity_ids, StringIndex& people_met,
                           json::Problems& problems)
    : impl_(std::make_unique<Impl>(policy, document.year, document.departments, department_ids,
                                   activity_ids, people_met, problems)) {}

CadreDecoder::~CadreDecoder() = default;

CadreYear CadreDecoder::Decode(simdjson::dom::element value, const json::JsonPath& path) {
  return impl_->Decode(value, path);
}

absl::Status DecodeRecordsHeader(const Policy& policy, simdjson::dom::element root,
                                RecordsForm form, RecordBatch& document,
                                absl::flat_hash_set<std::string>& department_ids) {
  const bool lines = form == RecordsForm::kLines;
  const std::string_view expected_schema = lines ? kLinesSchema : kRecordsSchema;
  Problems problems;
  JsonPath path;
  ObjectReader top(root, path, problems, lines ? kLinesTopKeys : kTopKeys);
  if (auto schema = top.String("schema", kRequired); schema && *schema != expected_schema) {
    problems.Add(path.Key("schema"),
                 StrCat("\"", *schema, "\" is not supported; expected \"", expected_schema, "\""),
                 StrCat("不支持“", *schema, "”；应为“", expected_schema, "”"));
  }
  if (auto year = top.Integer("year", kRequired, 2000, 2100)) {
    document.year = static_cast<int>(*year);
  }
  if (problems.empty() && !policy.Covers(document.year)) {
    problems.Add(path.Key("year"),
                 StrCat(document.year, " is not covered by policy \"", policy.id(), "\" (",
                        policy.document().recurring ? StrCat(policy.year(), " and later")
                                                     : StrCat(policy.year(), " only"),
                        ")"),
                 StrCat(document.year, " 年不在政策“", policy.id(), "”的适用范围内（",
                        policy.document().recurring ? StrCat(policy.year(), " 年起")
                                                     : StrCat("仅 ", policy.year(), " 年"),
                        "）"));
  }
  DecodeDepartments(top, document.year, document, department_ids, problems);
  if (!lines) top.Array("cadres", kRequired);
  top.RejectUnknownKeys();
  if (!problems.empty()) return InvalidInput(LocalizedText{"记录", "records"}, problems.Take());
  return absl::OkStatus();
}

}  // namespace liaison
