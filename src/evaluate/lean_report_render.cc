// RenderLeanJson (liaison/lean_report.h): a lean evaluation document read back
// into reports, strictly (every value checked against the policy, every
// problem with its JSON path), and encoded in the full form by
// EncodeBatchReport, whose finding texts come from finding_message.cc.
#include <algorithm>
#include <cfloat>
#include <cstdint>
#include <limits>
#include <optional>
#include <utility>

#include "base/cadre_identity.h"
#include "base/absl_compat.h"
#include "liaison/lean_report.h"
#include "liaison/localized_text.h"
#include "json/json_path.h"
#include "json/object_reader.h"
#include "json/parse_json.h"
#include "liaison/problem.h"
#include "liaison/report_json.h"

namespace liaison {
namespace {

using json::JsonPath;
using json::kOptional;
using json::kRequired;
using json::ObjectReader;
using json::Problems;
using simdjson::dom::element;

constexpr std::int64_t kAnyInteger = std::numeric_limits<std::int64_t>::max();
const LocalizedText kLeanResult{"精简结果", "lean result"};

// The value of `read()` for `key`, or nullopt when the value is null; a
// missing key is reported as missing.
template <typename Read>
auto Nullable(ObjectReader& r, std::string_view key, Read read) -> decltype(read()) {
  const std::optional<element> value = r.Element(key, kRequired);
  if (!value || value->is_null()) return std::nullopt;
  return read();
}

std::optional<double> AnyNumber(ObjectReader& r, std::string_view key, json::Need need) {
  return r.Number(key, need, -DBL_MAX, DBL_MAX);
}

// The enum value spelt `key`'s string, by `name_of` over the values up to
// `last`; a problem listing the spellings when it is none of them.
template <typename Enum, typename NameOf>
std::optional<Enum> EnumField(ObjectReader& r, std::string_view key, Enum last, NameOf name_of) {
  const std::optional<std::string_view> name = r.String(key, kRequired);
  if (!name) return std::nullopt;
  std::string allowed;
  for (int i = 0; i <= static_cast<int>(last); ++i) {
    const auto value = static_cast<Enum>(i);
    if (name_of(value) == *name) return value;
    StrAppend(&allowed, i == 0 ? "\"" : ", \"", name_of(value), "\"");
  }
  r.problems().Add(r.path().Key(key), StrCat("\"", *name, "\" is not one of ", allowed),
                   StrCat("“", *name, "”不是以下之一：", allowed));
  return std::nullopt;
}

// The id of `key` looked up in `terms`; `what` names the list in a problem.
std::optional<TermId> TermField(ObjectReader& r, std::string_view key, const TermList& terms,
                                const LocalizedText& what) {
  const std::optional<std::string_view> id = r.String(key, kRequired);
  if (!id) return std::nullopt;
  const std::optional<TermId> term = terms.Find(*id);
  if (!term) {
    r.problems().Add(r.path().Key(key),
                     StrCat("\"", *id, "\" is not one of the policy's ", what.en),
                     StrCat("“", *id, "”不是政策所列的", what.zh));
  }
  return term;
}

// Calls `read(element, path)` for each element of the array `key`.
template <typename Read>
void EachElement(ObjectReader& r, std::string_view key, json::Need need, Read read) {
  const std::optional<simdjson::dom::array> array = r.Array(key, need);
  if (!array) return;
  const JsonPath path = r.path().Key(key);
  std::size_t index = 0;
  for (element value : *array) read(value, path.Index(index++));
}

// What a finding's rule id names: a task rule of the policy or one of the
// contact-point checks.
bool ReadFindingSubject(ObjectReader& r, const Policy& policy, Finding& f) {
  const std::optional<std::string_view> id = r.String("rule", kRequired);
  if (!id) return false;
  if (const std::optional<std::size_t> rule = policy.FindRule(*id)) {
    f.subject = FindingSubject::kTaskRule;
    f.rule = static_cast<std::uint16_t>(*rule);
    return true;
  }
  constexpr std::pair<std::string_view, FindingSubject> kChecks[] = {
      {"contact_points.count", FindingSubject::kContactPointCount},
      {"contact_points.kinds", FindingSubject::kContactPointKinds},
      {"contact_points.home_share", FindingSubject::kContactPointHome}};
  for (const auto& [name, subject] : kChecks) {
    if (*id == name && policy.document().contact_points) {
      f.subject = subject;
      return true;
    }
  }
  r.problems().Add(r.path().Key("rule"),
                   StrCat("\"", *id, "\" is not a rule of policy ", policy.id()),
                   StrCat("“", *id, "”不是政策 ", policy.id(), " 的规则"));
  return false;
}

Finding ReadFinding(element value, const JsonPath& path, const Policy& policy,
                    Problems& problems) {
  Finding f;
  ObjectReader r(value, path, problems);
  if (!r.valid() || !ReadFindingSubject(r, policy, f)) return f;
  f.status = EnumField(r, "status", FindingStatus::kAdvisory, FindingStatusName)
                 .value_or(FindingStatus::kMet);
  f.binding = r.Bool("binding", kRequired).value_or(true);
  f.required = r.Integer("required", kRequired, -kAnyInteger, kAnyInteger).value_or(0);
  f.maximum = Nullable(r, "maximum", [&] {
    return r.Integer("maximum", kRequired, -kAnyInteger, kAnyInteger);
  });
  f.actual = r.Integer("actual", kRequired, -kAnyInteger, kAnyInteger).value_or(0);
  f.shortfall = r.Integer("shortfall", kRequired, -kAnyInteger, kAnyInteger).value_or(0);
  f.due = Nullable(r, "due", [&] { return r.Date("due", kRequired); });
  f.submitted = r.Date("submitted", kOptional);
  f.completion = r.Number("completion", kRequired, 0, 1).value_or(0);
  f.pace = EnumField(r, "pace", Pace::kBehind, PaceName).value_or(Pace::kNotTracked);
  if (f.pace != Pace::kNotTracked) {
    f.expected_by_now = AnyNumber(r, "expected_by_now", kRequired).value_or(0);
  }
  EachElement(r, "set_aside", kRequired, [&](element entry, const JsonPath& at) {
    ObjectReader set_aside(entry, at, problems);
    SetAside& made = f.set_aside.emplace_back();
    made.activity_id = std::string(set_aside.String("activity", kRequired).value_or(""));
    made.reason = EnumField(set_aside, "reason", SetAsideReason::kContactPointKind,
                            SetAsideReasonName)
                      .value_or(SetAsideReason::kOutsidePeriod);
    set_aside.RejectUnknownKeys();
  });
  const Vocabulary& v = policy.document().vocabulary;
  const bool areas = f.subject == FindingSubject::kTaskRule;
  EachElement(r, "missing", kOptional, [&](element id, const JsonPath& at) {
    const std::optional<std::string_view> text = json::ReadString(id, at, problems);
    const std::optional<TermId> term =
        text ? (areas ? v.areas : v.contact_point_kinds).Find(*text) : std::nullopt;
    if (text && !term) {
      problems.Add(at,
                   StrCat("\"", *text, "\" is not one of the policy's ",
                          areas ? "areas" : "contact point kinds"),
                   StrCat("“", *text, "”不是政策所列的", areas ? "领域" : "联系点类型"));
    }
    if (term) f.missing.push_back(*term);
  });
  EachElement(r, "not_allowed", kOptional, [&](element id, const JsonPath& at) {
    if (std::optional<std::string_view> text = json::ReadString(id, at, problems)) {
      f.not_allowed.emplace_back(*text);
    }
  });
  r.RejectUnknownKeys();
  return f;
}

void ReadParticipation(ObjectReader& report, const Policy& policy, Participation& p) {
  const std::optional<element> value = report.Element("participation", kRequired);
  if (!value) return;
  ObjectReader r(*value, report.path().Key("participation"), report.problems());
  p.status = EnumField(r, "status", ParticipationStatus::kNotRated, ParticipationStatusName)
                 .value_or(ParticipationStatus::kParticipating);
  r.Bool("in_quota_base", kRequired);  // follows from the status
  if (r.Has("not_rated_reason")) {
    p.not_rated_reason = TermField(r, "not_rated_reason",
                                   policy.document().vocabulary.not_rated_reasons,
                                   LocalizedText{"不评定的理由", "reasons for not rating"});
  } else if (p.status == ParticipationStatus::kNotRated) {
    r.String("not_rated_reason", kRequired);  // reports it missing
  }
  p.exemption_without_approval = r.Bool("exemption_without_approval", kRequired).value_or(false);
  r.RejectUnknownKeys();
}

void ReadExpenses(ObjectReader& report, CadreReport& out) {
  const std::optional<element> value = report.Element("expenses", kRequired);
  if (!value) return;
  ObjectReader r(*value, report.path().Key("expenses"), report.problems());
  out.accepted_expenses =
      static_cast<int>(r.Integer("accepted", kRequired, 0, INT32_MAX).value_or(0));
  EachElement(r, "rejected", kRequired, [&](element entry, const JsonPath& at) {
    ObjectReader rejected(entry, at, r.problems());
    RejectedExpense& made = out.rejected_expenses.emplace_back();
    made.claim_id = std::string(rejected.String("claim", kRequired).value_or(""));
    const std::optional<std::string_view> reason = rejected.String("reason", kRequired);
    if (reason && *reason != "no_such_activity" && *reason != "outside_period") {
      rejected.problems().Add(
          at.Key("reason"),
          StrCat("\"", *reason, "\" is not one of \"no_such_activity\", \"outside_period\""),
          StrCat("“", *reason, "”不是 \"no_such_activity\"、\"outside_period\" 之一"));
    }
    made.reason = reason == "outside_period" ? RejectedExpense::Reason::kOutsidePeriod
                                             : RejectedExpense::Reason::kNoSuchActivity;
    rejected.RejectUnknownKeys();
  });
  r.RejectUnknownKeys();
}

CadreReport ReadReport(element value, const JsonPath& path, const Policy& policy,
                       Problems& problems) {
  CadreReport report(policy);
  ObjectReader r(value, path, problems);
  if (!r.valid()) return report;
  report.cadre_id = std::string(r.String("cadre", kRequired).value_or(""));
  report.name = std::string(r.String("name", kRequired).value_or(""));
  report.department = std::string(r.String("department", kRequired).value_or(""));
  ReadParticipation(r, policy, report.participation);
  EachElement(r, "findings", kRequired, [&](element finding, const JsonPath& at) {
    report.findings.push_back(ReadFinding(finding, at, policy, problems));
  });
  report.binding_rules =
      static_cast<int>(r.Integer("binding_rules", kRequired, 0, INT32_MAX).value_or(0));
  report.binding_met =
      static_cast<int>(r.Integer("binding_met", kRequired, 0, INT32_MAX).value_or(0));
  report.task_completion =
      Nullable(r, "task_completion", [&] { return AnyNumber(r, "task_completion", kRequired); })
          .value_or(0);
  EachElement(r, "score_components", kRequired, [&](element entry, const JsonPath& at) {
    ObjectReader component(entry, at, problems);
    ScoreComponent& made = report.score_components.emplace_back();
    made.component = std::string(component.String("component", kRequired).value_or(""));
    made.weight = AnyNumber(component, "weight", kRequired).value_or(0);
    made.value = AnyNumber(component, "value", kRequired).value_or(0);
    made.recorded = component.Bool("recorded", kRequired).value_or(true);
    component.RejectUnknownKeys();
  });
  report.score =
      Nullable(r, "score", [&] { return AnyNumber(r, "score", kRequired); }).value_or(0);
  report.eligible_grade = Nullable(r, "eligible_grade", [&] {
    return TermField(r, "eligible_grade", policy.document().grading.scale,
                     LocalizedText{"等次", "grades"});
  });
  ReadExpenses(r, report);
  r.RejectUnknownKeys();
  return report;
}

// An error entry's {"message", "message_zh", "path", "problems"} as the
// status it was written from. A document written before the entries carried
// their Chinese has no "message_zh": its Chinese is then not known.
absl::Status ReadError(element value, const JsonPath& path, Problems& problems) {
  ObjectReader r(value, path, problems);
  const std::string message(r.String("message", kRequired).value_or(""));
  const std::string message_zh(r.String("message_zh", kOptional).value_or(""));
  Nullable(r, "path", [&] { return r.String("path", kRequired); });
  std::vector<Problem> listed;
  EachElement(r, "problems", kRequired, [&](element entry, const JsonPath& at) {
    ObjectReader problem(entry, at, problems);
    listed.push_back({std::string(problem.String("path", kRequired).value_or("")),
                      std::string(problem.String("message", kRequired).value_or("")),
                      std::string(problem.String("message_zh", kOptional).value_or(""))});
    problem.RejectUnknownKeys();
  });
  r.RejectUnknownKeys();
  absl::Status status = StatusWithProblems(message, std::move(listed));
  return message_zh.empty() ? status : WithChineseMessage(std::move(status), message_zh);
}

absl::StatusOr<CadreReport> ReadEntry(element value, const JsonPath& path, const Policy& policy,
                                      Problems& problems) {
  ObjectReader r(value, path, problems);
  const bool ok = r.Bool("ok", kRequired).value_or(false);
  const std::string_view key = ok ? "report" : "error";
  const std::optional<element> body = r.Element(key, kRequired);
  // An error entry names its place and its cadre (null: its id unread).
  std::string cadre_id;
  if (!ok) {
    r.Integer("index", kRequired, 0, std::numeric_limits<std::int64_t>::max());
    Nullable(r, "cadre", [&] {
      std::optional<std::string_view> id = r.String("cadre", kRequired);
      if (id) cadre_id = std::string(*id);
      return id;
    });
  }
  r.RejectUnknownKeys();
  if (!body) return absl::InvalidArgumentError("unreadable entry");
  if (ok) return ReadReport(*body, path.Key(key), policy, problems);
  absl::Status error = ReadError(*body, path.Key(key), problems);
  AttachCadreIdentity(error, {"", cadre_id, "", ""});
  return error;
}

DepartmentReport ReadDepartment(element value, const JsonPath& path, const Policy& policy,
                                Problems& problems) {
  DepartmentReport department;
  ObjectReader r(value, path, problems);
  department.department = std::string(r.String("department", kRequired).value_or(""));
  department.name = std::string(r.String("name", kRequired).value_or(""));
  const std::vector<DepartmentRule>& rules = policy.document().department_rules;
  EachElement(r, "findings", kRequired, [&](element entry, const JsonPath& at) {
    ObjectReader finding(entry, at, problems);
    DepartmentFinding& made = department.findings.emplace_back();
    if (const std::optional<std::string_view> id = finding.String("rule", kRequired)) {
      const auto rule = std::find_if(rules.begin(), rules.end(),
                                     [&](const DepartmentRule& each) { return each.id == *id; });
      if (rule == rules.end()) {
        problems.Add(at.Key("rule"),
                     StrCat("\"", *id, "\" is not a department rule of policy ", policy.id()),
                     StrCat("“", *id, "”不是政策 ", policy.id(), " 的部门规则"));
      }
      made.rule = static_cast<std::uint16_t>(rule - rules.begin());
    }
    made.status = EnumField(finding, "status", FindingStatus::kAdvisory, FindingStatusName)
                      .value_or(FindingStatus::kMet);
    made.due = finding.Date("due", kRequired).value_or(absl::CivilDay());
    made.submitted = Nullable(finding, "submitted",
                              [&] { return finding.Date("submitted", kRequired); });
    made.names_contact_points = finding.Bool("names_contact_points", kRequired).value_or(false);
    finding.RejectUnknownKeys();
  });
  r.RejectUnknownKeys();
  return department;
}

// The stamp's fingerprint must be the policy's: the lean numbers mean what
// they say only under the rules they were computed by.
void CheckStamp(ObjectReader& document, const Policy& policy) {
  const std::optional<element> value = document.Element("policy", kRequired);
  if (!value) return;
  ObjectReader stamp(*value, document.path().Key("policy"), document.problems());
  const std::optional<std::string_view> id = stamp.String("id", kRequired);
  stamp.String("version", kRequired);
  stamp.Integer("year", kRequired, 0, 9999);
  const std::optional<std::string_view> fingerprint = stamp.String("fingerprint", kRequired);
  if (fingerprint && *fingerprint != policy.fingerprint()) {
    document.problems().Add(
        document.path().Key("policy").Key("fingerprint"),
        StrCat("the result was made under policy ", id.value_or("?"), " ", *fingerprint,
               ", not under the policy given (", policy.id(), " ", policy.fingerprint(),
               "): render it with the policy it was made under"),
        StrCat("该结果是在政策 ", id.value_or("?"), " ", *fingerprint, " 下得出的，而非所给政策（",
               policy.id(), " ", policy.fingerprint(), "）：请用得出它的政策来呈现"));
  }
  stamp.RejectUnknownKeys();
}

}  // namespace

absl::StatusOr<std::string> RenderLeanJson(const Policy& policy, std::string_view lean_json,
                                           JsonStyle style) {
  simdjson::dom::parser parser;
  const absl::StatusOr<element> root = json::ParseJson(parser, lean_json, kLeanResult);
  if (!root.ok()) return root.status();
  Problems problems;
  const JsonPath path;
  ObjectReader document(*root, path, problems);
  BatchReport batch(policy);
  if (document.valid()) {
    const std::optional<std::string_view> schema = document.String("schema", kRequired);
    if (schema && *schema != kLeanEvaluationSchema) {
      problems.Add(path.Key("schema"),
                   StrCat("expected \"", kLeanEvaluationSchema, "\", found \"", *schema, "\""),
                   StrCat("应为“", kLeanEvaluationSchema, "”，实为“", *schema, "”"));
      return InvalidInput(kLeanResult, problems.Take());
    }
    CheckStamp(document, policy);
    document.String("library_version", kRequired);
    batch.year = static_cast<int>(document.Integer("year", kRequired, 0, 9999).value_or(0));
    batch.as_of = document.Date("as_of", kRequired).value_or(absl::CivilDay());
    EachElement(document, "departments", kRequired, [&](element value, const JsonPath& at) {
      batch.departments.push_back(ReadDepartment(value, at, policy, problems));
    });
    EachElement(document, "results", kRequired, [&](element value, const JsonPath& at) {
      batch.cadres.push_back(ReadEntry(value, at, policy, problems));
    });
    document.RejectUnknownKeys();
  }
  if (!problems.empty()) return InvalidInput(kLeanResult, problems.Take());
  return EncodeBatchReport(batch, style);
}

}  // namespace liaison
