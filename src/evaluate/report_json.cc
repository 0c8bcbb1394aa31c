#include "liaison/report_json.h"

#include "base/absl_compat.h"
#include "evaluate/finding_message_text.h"
#include "liaison/finding_message.h"
#include "liaison/problem.h"
#include "liaison/record_decoder.h"
#include "liaison/version.h"
#include "json/json_writer.h"
#include "json/problems_json.h"
#include "records/records_reader.h"

namespace liaison {
namespace {

using json::JsonWriter;

constexpr std::string_view kEvaluationSchema = "liaison.evaluation/1";

std::string_view RejectedExpenseReasonName(RejectedExpense::Reason reason) {
  return reason == RejectedExpense::Reason::kNoSuchActivity ? "no_such_activity"
                                                            : "outside_period";
}

void WriteTermIds(JsonWriter& w, const TermList& terms, const std::vector<TermId>& ids) {
  w.BeginArray();
  for (TermId id : ids) w.String(terms[id].id);
  w.EndArray();
}

// {"zh": …, "en": …} of a finding's message; `scratch` is reused from one
// message to the next.
void WriteFindingMessage(JsonWriter& w, const CadreReport& report, const Finding& f,
                         std::string& scratch) {
  w.BeginObject();
  w.Key("zh");
  scratch.clear();
  AppendFindingMessage(report, f, Language::kChinese, scratch);
  w.String(scratch);
  w.Key("en");
  scratch.clear();
  AppendFindingMessage(report, f, Language::kEnglish, scratch);
  w.String(scratch);
  w.EndObject();
}

void WriteFinding(JsonWriter& w, const CadreReport& report, const Finding& f,
                  std::string& scratch) {
  const Policy& policy = report.policy;
  w.BeginObject();
  w.Key("rule");
  w.String(f.RuleId(policy));
  w.Key("kind");
  w.String(f.subject == FindingSubject::kTaskRule
               ? RuleKindName(policy.rules()[f.rule].rule->kind)
               : std::string_view("contact_points"));
  w.Key("title");
  if (f.subject == FindingSubject::kTaskRule) {
    w.Localized(policy.rules()[f.rule].rule->title);  // FindingTitle would copy it
  } else {
    w.Localized(FindingTitle(policy, f));
  }
  w.Key("basis");
  w.String(FindingBasis(policy, f));
  w.Key("status");
  w.String(FindingStatusName(f.status));
  w.Key("binding");
  w.Bool(f.binding);
  w.Key("required");
  w.Int(f.required);
  w.Key("maximum");
  if (f.maximum) {
    w.Int(*f.maximum);
  } else {
    w.Null();
  }
  w.Key("actual");
  w.Int(f.actual);
  w.Key("shortfall");
  w.Int(f.shortfall);
  w.Key("due");
  if (f.due) {
    w.Date(*f.due);
  } else {
    w.Null();
  }
  if (f.submitted) {
    w.Key("submitted");
    w.Date(*f.submitted);
  }
  w.Key("completion");
  w.Double(f.completion);
  w.Key("pace");
  w.String(PaceName(f.pace));
  if (f.pace != Pace::kNotTracked) {
    w.Key("expected_by_now");
    w.Double(f.expected_by_now);
  }
  w.Key("set_aside");
  w.BeginArray();
  for (const SetAside& entry : f.set_aside) {
    w.BeginObject();
    w.Key("activity");
    w.String(entry.activity_id);
    w.Key("reason");
    w.String(SetAsideReasonName(entry.reason));
    w.EndObject();
  }
  w.EndArray();
  if (!f.missing.empty()) {
    const Vocabulary& v = policy.document().vocabulary;
    w.Key("missing");
    WriteTermIds(w, f.subject == FindingSubject::kTaskRule ? v.areas : v.contact_point_kinds,
                 f.missing);
  }
  if (!f.not_allowed.empty()) {
    w.Key("not_allowed");
    w.StringArray(f.not_allowed);
  }
  w.Key("message");
  WriteFindingMessage(w, report, f, scratch);
  w.EndObject();
}

void WriteReport(JsonWriter& w, const CadreReport& report, std::string& scratch) {
  const PolicyDocument& document = report.policy.document();
  w.BeginObject();
  w.Key("cadre");
  w.String(report.cadre_id);
  w.Key("name");
  w.String(report.name);
  w.Key("department");
  w.String(report.department);
  w.Key("participation");
  w.BeginObject();
  w.Key("status");
  w.String(ParticipationStatusName(report.participation.status));
  w.Key("in_quota_base");
  w.Bool(report.participation.InQuotaBase());
  if (report.participation.not_rated_reason) {
    w.Key("not_rated_reason");
    w.String(document.vocabulary.not_rated_reasons[*report.participation.not_rated_reason].id);
  }
  w.Key("exemption_without_approval");
  w.Bool(report.participation.exemption_without_approval);
  w.Key("message");
  w.Localized(ParticipationMessage(report));
  w.EndObject();
  w.Key("findings");
  w.BeginArray();
  for (const Finding& finding : report.findings) WriteFinding(w, report, finding, scratch);
  w.EndArray();
  const bool evaluated = !report.findings.empty();
  w.Key("binding_rules");
  w.Int(report.binding_rules);
  w.Key("binding_met");
  w.Int(report.binding_met);
  w.Key("task_completion");
  if (evaluated) {
    w.Double(report.task_completion);
  } else {
    w.Null();
  }
  w.Key("score_components");
  w.BeginArray();
  for (const ScoreComponent& component : report.score_components) {
    w.BeginObject();
    w.Key("component");
    w.String(component.component);
    w.Key("weight");
    w.Double(component.weight);
    w.Key("value");
    w.Double(component.value);
    w.Key("recorded");
    w.Bool(component.recorded);
    w.EndObject();
  }
  w.EndArray();
  w.Key("score");
  if (evaluated) {
    w.Double(report.score);
  } else {
    w.Null();
  }
  w.Key("eligible_grade");
  if (report.eligible_grade) {
    w.String(document.grading.scale[*report.eligible_grade].id);
  } else {
    w.Null();
  }
  w.Key("expenses");
  w.BeginObject();
  w.Key("accepted");
  w.Int(report.accepted_expenses);
  w.Key("rejected");
  w.BeginArray();
  for (const RejectedExpense& rejected : report.rejected_expenses) {
    w.BeginObject();
    w.Key("claim");
    w.String(rejected.claim_id);
    w.Key("reason");
    w.String(RejectedExpenseReasonName(rejected.reason));
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  w.EndObject();
}

void WriteError(JsonWriter& w, const absl::Status& status) {
  w.BeginObject();
  w.Key("message");
  w.String(std::string(status.message()));
  std::vector<Problem> problems = ProblemsOf(status);
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

void WriteDepartment(JsonWriter& w, const Policy& policy, const DepartmentReport& report) {
  w.BeginObject();
  w.Key("department");
  w.String(report.department);
  w.Key("name");
  w.String(report.name);
  w.Key("findings");
  w.BeginArray();
  for (const DepartmentFinding& f : report.findings) {
    const DepartmentRule& rule = policy.document().department_rules[f.rule];
    w.BeginObject();
    w.Key("rule");
    w.String(rule.id);
    w.Key("title");
    w.Localized(rule.title);
    w.Key("basis");
    w.String(rule.basis);
    w.Key("status");
    w.String(FindingStatusName(f.status));
    w.Key("due");
    w.Date(f.due);
    w.Key("submitted");
    if (f.submitted) {
      w.Date(*f.submitted);
    } else {
      w.Null();
    }
    w.Key("names_contact_points");
    w.Bool(f.names_contact_points);
    w.Key("message");
    w.Localized(DepartmentFindingMessage(policy, f));
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
}

// Writes an entry of "results": {"ok": true, "report": …} or {"ok": false,
// "error": …}. Returns the offset of its '{' in the output: what its
// BeginObject wrote before it (a comma; in pretty layout a line break and
// indent) is not the entry's.
std::size_t WriteEntry(JsonWriter& w, const CadreReport* report, const absl::Status& error,
                       std::string& scratch) {
  w.BeginObject();
  const std::size_t begin = w.Offset() - 1;
  w.Key("ok");
  w.Bool(report != nullptr);
  if (report != nullptr) {
    w.Key("report");
    WriteReport(w, *report, scratch);
  } else {
    w.Key("error");
    WriteError(w, error);
  }
  w.EndObject();
  return begin;
}

// About 800 bytes a finding, more in pretty layout: growing the output as it
// fills would copy it again and again.
std::size_t ExpectedSize(std::size_t findings, std::size_t cadres, JsonStyle style) {
  const std::size_t per_finding = style == JsonStyle::kPretty ? 1600 : 800;
  return per_finding * findings + 2048 * (cadres + 1);
}

// The liaison.evaluation/1 document of `cadres` entries; `write_entry(w, i,
// scratch)`, called for i = 0, 1, … in turn, writes entry i with WriteEntry
// and returns what that returned. Spans as for EncodeBatchReport.
template <typename WriteEntryAt>
std::string EncodeDocument(const Policy& policy, int year, absl::CivilDay as_of,
                           const std::vector<DepartmentReport>& departments,
                           std::size_t cadres, std::size_t expected_size, JsonStyle style,
                           std::vector<EntrySpan>* entries, WriteEntryAt write_entry) {
  const PolicyDocument& document = policy.document();
  std::string out;
  out.reserve(expected_size);
  JsonWriter w(out, style == JsonStyle::kPretty ? json::Layout::kPretty : json::Layout::kCompact);
  std::string scratch;  // each message in turn
  w.BeginObject();
  w.Key("schema");
  w.String(kEvaluationSchema);
  w.Key("policy");
  w.BeginObject();
  w.Key("id");
  w.String(document.id);
  w.Key("version");
  w.String(document.version);
  w.Key("year");
  w.Int(document.year);
  w.Key("fingerprint");
  w.String(policy.fingerprint());
  w.EndObject();
  w.Key("library_version");
  w.String(LIAISON_VERSION_STRING);
  w.Key("year");
  w.Int(year);
  w.Key("as_of");
  w.Date(as_of);
  w.Key("departments");
  w.BeginArray();
  for (const DepartmentReport& department : departments) {
    WriteDepartment(w, policy, department);
  }
  w.EndArray();
  w.Key("results");
  w.BeginArray();
  if (entries != nullptr) {
    entries->clear();
    entries->reserve(cadres);
  }
  for (std::size_t i = 0; i < cadres; ++i) {
    const std::size_t entry_begin = write_entry(w, i, scratch);
    if (entries != nullptr) entries->push_back({entry_begin, w.Offset() - entry_begin});
  }
  w.EndArray();
  w.EndObject();
  if (style == JsonStyle::kPretty) out += '\n';
  return out;
}

}  // namespace

std::string EncodeBatchReport(const BatchReport& report, JsonStyle style,
                              std::vector<EntrySpan>* entries) {
  std::size_t findings = 0;
  for (const absl::StatusOr<CadreReport>& cadre : report.cadres) {
    if (cadre.ok()) findings += cadre->findings.size();
  }
  return EncodeDocument(
      report.policy, report.year, report.as_of, report.departments, report.cadres.size(),
      ExpectedSize(findings, report.cadres.size(), style), style, entries,
      [&](JsonWriter& w, std::size_t i, std::string& scratch) {
        const absl::StatusOr<CadreReport>& cadre = report.cadres[i];
        return WriteEntry(w, cadre.ok() ? &*cadre : nullptr, cadre.status(), scratch);
      });
}

// Each cadre is decoded, evaluated into one reused report and written before
// the next is decoded, rather than decoding and evaluating the whole batch
// first (DecodeRecords + EvaluateBatch + EncodeBatchReport, which give the
// same bytes): an organ's records and reports are never all in memory, and
// the cadre at work stays in the processor's cache.
absl::StatusOr<std::string> EvaluateRecordsJson(const Policy& policy,
                                                std::string_view records_json,
                                                absl::CivilDay as_of, JsonStyle style,
                                                std::vector<EntrySpan>* entries) {
  if (entries != nullptr) entries->clear();
  RecordsReader reader(policy);
  if (absl::Status opened = reader.Open(records_json); !opened.ok()) return opened;
  const RecordBatch& document = reader.document();
  const std::vector<DepartmentReport> departments = EvaluateDepartments(policy, document, as_of);
  const std::size_t cadres = reader.size();
  CadreReport report(policy);
  return EncodeDocument(
      policy, document.year, as_of, departments, cadres,
      ExpectedSize(cadres * (policy.rules().size() + 3), cadres, style), style, entries,
      [&](JsonWriter& w, std::size_t, std::string& scratch) {
        const absl::StatusOr<CadreYear> cadre = reader.Next();
        if (!cadre.ok()) return WriteEntry(w, nullptr, cadre.status(), scratch);
        const absl::Status evaluated = EvaluateInto(policy, *cadre, as_of, report);
        return WriteEntry(w, evaluated.ok() ? &report : nullptr, evaluated, scratch);
      });
}

}  // namespace liaison
