// The parts of a result both evaluation documents write alike
// (report_parts_json.h).
#include "evaluate/report_parts_json.h"

#include <string_view>

#include "json/problems_json.h"
#include "liaison/problem.h"

namespace liaison {

using json::JsonWriter;

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

void WriteEntryError(JsonWriter& w, const absl::Status& status) {
  w.BeginObject();
  const absl::string_view message = status.message();
  w.Field("message", std::string_view(message.data(), message.size()));
  const std::vector<Problem> problems = ProblemsOf(status);
  w.Key("path");
  if (problems.empty()) {
    w.Null();
  } else {
    w.String(problems.front().path);
  }
  w.Key("problems");
  WriteProblems(w, problems);
  w.EndObject();
}

}  // namespace liaison
