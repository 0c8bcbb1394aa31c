// The parts of a result both evaluation documents write alike
// (report_parts_json.h).
#include "evaluate/report_parts_json.h"

#include "json/result_stamp.h"

#include <optional>
#include <string_view>
#include <vector>

#include "json/problems_json.h"
#include "liaison/problem.h"

namespace liaison {

using json::JsonWriter;

namespace {

void WriteSetAside(JsonWriter& w, const std::vector<SetAside>& set_aside) {
  w.BeginArray();
  for (const SetAside& entry : set_aside) {
    w.BeginObject();
    w.Field("activity", entry.activity_id);
    w.Field("reason", SetAsideReasonName(entry.reason));
    w.EndObject();
  }
  w.EndArray();
}

void WriteTermIds(JsonWriter& w, const TermList& terms, const std::vector<TermId>& ids) {
  w.BeginArray();
  for (TermId id : ids) w.String(terms[id].id);
  w.EndArray();
}

void WriteScoreComponents(JsonWriter& w, const std::vector<ScoreComponent>& components) {
  w.BeginArray();
  for (const ScoreComponent& component : components) {
    w.BeginObject();
    w.Field("component", component.component);
    w.Field("weight", component.weight);
    w.Field("value", component.value);
    w.Field("recorded", component.recorded);
    w.EndObject();
  }
  w.EndArray();
}

void WriteExpenses(JsonWriter& w, const CadreReport& report) {
  w.BeginObject();
  w.Field("accepted", report.accepted_expenses);
  w.Key("rejected");
  w.BeginArray();
  for (const RejectedExpense& rejected : report.rejected_expenses) {
    w.BeginObject();
    w.Field("claim", rejected.claim_id);
    w.Field("reason", rejected.reason == RejectedExpense::Reason::kNoSuchActivity
                          ? std::string_view("no_such_activity")
                          : std::string_view("outside_period"));
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
}

// A value of a report that only an evaluated cadre has; null for the others.
std::optional<double> IfEvaluated(const CadreReport& report, double value) {
  if (report.findings.empty()) return std::nullopt;
  return value;
}

}  // namespace

void WriteFindingFacts(JsonWriter& w, const Policy& policy, const Finding& f) {
  w.Field("status", FindingStatusName(f.status));
  w.Field("binding", f.binding);
  w.Field("required", f.required);
  w.Field("maximum", f.maximum);
  w.Field("actual", f.actual);
  w.Field("shortfall", f.shortfall);
  w.Field("due", f.due);
  if (f.submitted) w.Field("submitted", *f.submitted);
  w.Field("completion", f.completion);
  w.Field("pace", PaceName(f.pace));
  if (f.pace != Pace::kNotTracked) w.Field("expected_by_now", f.expected_by_now);
  w.Key("set_aside");
  WriteSetAside(w, f.set_aside);
  if (!f.missing.empty()) {
    const Vocabulary& v = policy.document().vocabulary;
    w.Key("missing");
    WriteTermIds(w, f.subject == FindingSubject::kTaskRule ? v.areas : v.contact_point_kinds,
                 f.missing);
  }
  if (!f.not_allowed.empty()) w.Field("not_allowed", f.not_allowed);
}

void WriteParticipationFacts(JsonWriter& w, const CadreReport& report) {
  const Participation& participation = report.participation;
  w.Field("status", ParticipationStatusName(participation.status));
  w.Field("in_quota_base", participation.InQuotaBase());
  if (participation.not_rated_reason) {
    const TermList& reasons = report.policy.document().vocabulary.not_rated_reasons;
    w.Field("not_rated_reason", reasons[*participation.not_rated_reason].id);
  }
  w.Field("exemption_without_approval", participation.exemption_without_approval);
}

void WriteReportTotals(JsonWriter& w, const CadreReport& report) {
  w.Field("binding_rules", report.binding_rules);
  w.Field("binding_met", report.binding_met);
  w.Field("task_completion", IfEvaluated(report, report.task_completion));
  w.Key("score_components");
  WriteScoreComponents(w, report.score_components);
  w.Field("score", IfEvaluated(report, report.score));
  w.Key("eligible_grade");
  if (report.eligible_grade) {
    w.String(report.policy.document().grading.scale[*report.eligible_grade].id);
  } else {
    w.Null();
  }
  w.Key("expenses");
  WriteExpenses(w, report);
}

void WriteEntryErrorMembers(JsonWriter& w, std::size_t index, const absl::Status& status) {
  w.Key("error");
  w.BeginObject();
  const absl::string_view message = status.message();
  w.Field("message", std::string_view(message.data(), message.size()));
  w.Field("message_zh", StatusMessageIn(status, Language::kChinese));
  const std::vector<Problem> problems = ProblemsOf(status);
  w.Key("path");
  if (problems.empty()) {
    w.Null();
  } else {
    w.String(problems.front().path);
  }
  w.Key("problems");
  WriteBilingualProblems(w, problems);
  w.EndObject();
  w.Field("index", index);
  WriteErrorCadre(w, status);
}

void WriteResultsHead(json::JsonWriter& w, const Policy& policy, std::string_view schema,
                      int year, absl::CivilDay as_of,
                      const std::vector<DepartmentReport>& departments,
                      DepartmentWriter write_department) {
  w.BeginObject();
  w.Field("schema", schema);
  WriteResultStamp(w, policy);
  w.Field("year", year);
  w.Field("as_of", as_of);
  w.Key("departments");
  w.BeginArray();
  for (const DepartmentReport& department : departments) write_department(w, policy, department);
  w.EndArray();
}

}  // namespace liaison
