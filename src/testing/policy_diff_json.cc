#include "liaison/policy_diff_json.h"

#include <optional>

#include "json/json_writer.h"
#include "liaison/version.h"

namespace liaison {
namespace {

using json::JsonWriter;

// {"before": …, "after": …} under `key`, written only when the two differ.
template <typename T, typename Spell>
void WritePair(JsonWriter& w, std::string_view key, const std::optional<T>& before,
               const std::optional<T>& after, Spell spell) {
  if (before == after) return;
  w.Key(key);
  w.BeginObject();
  w.Field("before", before ? std::optional<std::string_view>(spell(*before)) : std::nullopt);
  w.Field("after", after ? std::optional<std::string_view>(spell(*after)) : std::nullopt);
  w.EndObject();
}

void WritePair(JsonWriter& w, std::string_view key, const std::optional<std::string>& before,
               const std::optional<std::string>& after) {
  WritePair(w, key, before, after, [](const std::string& text) { return std::string_view(text); });
}

void WriteOutcome(JsonWriter& w, std::string_view key, const std::optional<RuleOutcome>& outcome) {
  w.Key(key);
  if (!outcome) {
    w.Null();
    return;
  }
  w.BeginObject();
  w.Field("status", FindingStatusName(outcome->status));
  w.Field("required", outcome->required);
  w.Field("actual", outcome->actual);
  w.EndObject();
}

// The identity of one of the two policies; the year is the records' when the
// policy was applied to a year it does not cover.
void WritePolicy(JsonWriter& w, std::string_view key, const Policy& policy, bool applied,
                 int year) {
  w.Key(key);
  w.BeginObject();
  w.Field("id", policy.id());
  w.Field("version", policy.document().version);
  w.Field("fingerprint", policy.fingerprint());
  w.Field("applied_to_year", applied ? std::optional<int>(year) : std::nullopt);
  w.EndObject();
}

void WriteSummary(JsonWriter& w, const PolicyDiff& diff) {
  w.Key("summary");
  w.BeginObject();
  w.Field("parameters_changed", diff.parameters.size());
  w.Field("cadres", diff.summary.cadres);
  w.Field("cadres_changed", diff.summary.cadres_changed);
  w.Field("rule_changes", diff.summary.rule_changes);
  w.Field("eligibility_changes", diff.summary.eligibility_changes);
  w.Field("proposed_better", diff.summary.proposed_better);
  w.Field("proposed_worse", diff.summary.proposed_worse);
  w.Field("departments_changed", diff.summary.departments_changed);
  w.Field("errors", diff.summary.errors);
  w.EndObject();
}

void WriteParameters(JsonWriter& w, const std::vector<ParameterChange>& parameters) {
  w.Key("parameters");
  w.BeginArray();
  for (const ParameterChange& change : parameters) {
    w.BeginObject();
    w.Field("path", change.path);
    w.Field("before", change.before);
    w.Field("after", change.after);
    w.EndObject();
  }
  w.EndArray();
}

void WriteCadre(JsonWriter& w, const CadreChange& change) {
  w.BeginObject();
  w.Field("cadre", change.cadre);
  w.Field("department", change.department);
  WritePair(w, "participation", change.participation_before, change.participation_after,
            ParticipationStatusName);
  if (change.error_before || change.error_after) {  // a bad record, even alike under both
    w.Key("error");
    w.BeginObject();
    w.Field("before", change.error_before);
    w.Field("after", change.error_after);
    w.EndObject();
  }
  w.Key("score");
  w.BeginObject();
  w.Field("before", change.score_before);
  w.Field("after", change.score_after);
  w.EndObject();
  WritePair(w, "eligible_grade", change.eligible_before, change.eligible_after);
  WritePair(w, "proposed_grade", change.proposed_before, change.proposed_after);
  w.Key("rules");
  w.BeginArray();
  for (const RuleChange& rule : change.rules) {
    w.BeginObject();
    w.Field("rule", rule.rule);
    WriteOutcome(w, "before", rule.before);
    WriteOutcome(w, "after", rule.after);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
}

void WriteDepartment(JsonWriter& w, const DepartmentChange& change) {
  w.BeginObject();
  w.Field("department", change.department);
  w.Key("base");
  w.BeginObject();
  w.Field("before", change.base_before);
  w.Field("after", change.base_after);
  w.EndObject();
  w.Key("grades");
  w.BeginArray();
  for (const DepartmentChange::GradeLine& line : change.grades) {
    w.BeginObject();
    w.Field("grade", line.grade);
    w.Field("cap_before", line.cap_before);
    w.Field("cap_after", line.cap_after);
    w.Field("proposed_before", line.proposed_before);
    w.Field("proposed_after", line.proposed_after);
    w.EndObject();
  }
  w.EndArray();
  w.Key("rules");
  w.BeginArray();
  for (const DepartmentChange::RuleLine& rule : change.rules) {
    const auto status = [](const std::optional<FindingStatus>& value) {
      return value ? std::optional<std::string_view>(FindingStatusName(*value)) : std::nullopt;
    };
    w.BeginObject();
    w.Field("rule", rule.rule);
    w.Field("before", status(rule.status_before));
    w.Field("after", status(rule.status_after));
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
}

}  // namespace

std::string EncodePolicyDiff(const PolicyDiff& diff, JsonStyle style) {
  std::string out;
  JsonWriter w(out, style == JsonStyle::kPretty ? json::Layout::kPretty : json::Layout::kCompact);
  w.BeginObject();
  w.Field("schema", "liaison.policy-diff/1");
  w.Field("library_version", LIAISON_VERSION_STRING);
  WritePolicy(w, "before", diff.before, diff.before_applied_to_year, diff.year);
  WritePolicy(w, "after", diff.after, diff.after_applied_to_year, diff.year);
  w.Field("year", diff.year);
  w.Field("as_of", diff.as_of);
  WriteSummary(w, diff);
  WriteParameters(w, diff.parameters);
  w.Key("cadres");
  w.BeginArray();
  for (const CadreChange& change : diff.cadres) WriteCadre(w, change);
  w.EndArray();
  w.Key("departments");
  w.BeginArray();
  for (const DepartmentChange& change : diff.departments) WriteDepartment(w, change);
  w.EndArray();
  w.EndObject();
  if (style == JsonStyle::kPretty) out += '\n';
  return out;
}

}  // namespace liaison
