#include "liaison/report_json.h"

#include <optional>

#include "base/absl_compat.h"
#include "evaluate/finding_texts_json.h"
#include "evaluate/lean_report_json.h"
#include "evaluate/report_parts_json.h"
#include "liaison/finding_message.h"
#include "liaison/huge_pages.h"
#include "liaison/record_decoder.h"
#include "json/json_writer.h"
#include "json/result_stamp.h"
#include "evaluate/results_writer.h"
#include "records/records_stream.h"

namespace liaison {
namespace {

using json::JsonWriter;

constexpr std::string_view kEvaluationSchema = "liaison.evaluation/1";
constexpr std::string_view kEvaluationLinesSchema = "liaison.evaluation.lines/1";

void WriteFinding(JsonWriter& w, const CadreReport& report, const Finding& f,
                  FindingTextsJson& texts) {
  w.BeginObject();
  texts.WriteHead(w, f);
  WriteFindingFacts(w, report.policy, f);
  texts.WriteMessage(w, report, f);
  w.EndObject();
}

void WriteParticipation(JsonWriter& w, const CadreReport& report) {
  w.BeginObject();
  WriteParticipationFacts(w, report);
  w.Field("message", ParticipationMessage(report));
  w.EndObject();
}

void WriteReport(JsonWriter& w, const CadreReport& report, FindingTextsJson& texts) {
  w.BeginObject();
  w.Field("cadre", report.cadre_id);
  w.Field("name", report.name);
  w.Field("department", report.department);
  w.Key("participation");
  WriteParticipation(w, report);
  w.Key("findings");
  w.BeginArray();
  for (const Finding& finding : report.findings) WriteFinding(w, report, finding, texts);
  w.EndArray();
  WriteReportTotals(w, report);
  w.EndObject();
}

void WriteDepartmentFinding(JsonWriter& w, const Policy& policy, const DepartmentFinding& f) {
  const DepartmentRule& rule = policy.document().department_rules[f.rule];
  w.BeginObject();
  w.Field("rule", rule.id);
  w.Field("title", rule.title);
  w.Field("basis", rule.basis);
  w.Field("status", FindingStatusName(f.status));
  w.Field("due", f.due);
  w.Field("submitted", f.submitted);
  w.Field("names_contact_points", f.names_contact_points);
  w.Field("message", DepartmentFindingMessage(policy, f));
  w.EndObject();
}

void WriteDepartment(JsonWriter& w, const Policy& policy, const DepartmentReport& report) {
  w.BeginObject();
  w.Field("department", report.department);
  w.Field("name", report.name);
  w.Key("findings");
  w.BeginArray();
  for (const DepartmentFinding& f : report.findings) WriteDepartmentFinding(w, policy, f);
  w.EndArray();
  w.EndObject();
}

// Writes entry `index` of "results": {"ok": true, "report": …} or {"ok":
// false, "error": …, "index": …, "cadre": id or null}. Returns the offset of its '{' in the output: what its
// BeginObject wrote before it (a comma; in pretty layout a line break and
// indent) is not the entry's.
std::size_t WriteEntry(JsonWriter& w, std::size_t index, const CadreReport* report,
                       const absl::Status& error, FindingTextsJson& texts) {
  w.BeginObject();
  const std::size_t begin = w.Offset() - 1;
  w.Field("ok", report != nullptr);
  if (report != nullptr) {
    w.Key("report");
    WriteReport(w, *report, texts);
  } else {
    WriteEntryErrorMembers(w, index, error);
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

// What comes before the first entry of a liaison.evaluation/1 document, up
// to the opening of `results`.
void WriteDocumentHead(JsonWriter& w, const Policy& policy, int year, absl::CivilDay as_of,
                       const std::vector<DepartmentReport>& departments) {
  WriteResultsHead(w, policy, kEvaluationSchema, year, as_of, departments, WriteDepartment);
  w.Key("results");
  w.BeginArray();
}

// What comes after the last entry.
void WriteDocumentTail(JsonWriter& w, std::string& out, JsonStyle style) {
  w.EndArray();
  w.EndObject();
  if (style == JsonStyle::kPretty) out += '\n';
}

// The liaison.evaluation/1 document of about `cadres` entries; `write_entry(w,
// i, texts)`, called for i = 0, 1, … in turn, writes entry i with
// WriteEntry and returns what that returned, or nullopt after the last
// entry. Spans as for EncodeBatchReport.
template <typename WriteEntryAt>
std::string EncodeDocument(const Policy& policy, int year, absl::CivilDay as_of,
                           const std::vector<DepartmentReport>& departments,
                           std::size_t cadres, std::size_t expected_size, JsonStyle style,
                           std::vector<EntrySpan>* entries, WriteEntryAt write_entry) {
  std::string out;
  out.reserve(expected_size);
  AdviseHugePages(out.data(), expected_size);
  JsonWriter w(out, json::LayoutOf(style));
  FindingTextsJson texts(policy);
  WriteDocumentHead(w, policy, year, as_of, departments);
  if (entries != nullptr) {
    entries->clear();
    entries->reserve(cadres);
  }
  for (std::size_t i = 0;; ++i) {
    const std::optional<std::size_t> entry_begin = write_entry(w, i, texts);
    if (!entry_begin) break;
    if (entries != nullptr) entries->push_back({*entry_begin, w.Offset() - *entry_begin});
  }
  WriteDocumentTail(w, out, style);
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
      [&](JsonWriter& w, std::size_t i, FindingTextsJson& texts) -> std::optional<std::size_t> {
        if (i == report.cadres.size()) return std::nullopt;
        const absl::StatusOr<CadreReport>& cadre = report.cadres[i];
        return WriteEntry(w, i, cadre.ok() ? &*cadre : nullptr, cadre.status(), texts);
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
  RecordsStream stream(policy);
  if (absl::Status fed = stream.FeedWhole(records_json); !fed.ok()) return fed;
  const RecordBatch& document = stream.document();
  const std::vector<DepartmentReport> departments = EvaluateDepartments(policy, document, as_of);
  // About 3 bytes out for each byte in, compact; 4 pretty.
  const std::size_t expected = records_json.size() * (style == JsonStyle::kPretty ? 4 : 3);
  CadreYear cadre;
  CadreReport report(policy);
  std::string out = EncodeDocument(
      policy, document.year, as_of, departments, 0, expected, style, entries,
      [&](JsonWriter& w, std::size_t i, FindingTextsJson& texts) -> std::optional<std::size_t> {
        const std::optional<absl::Status> entry = stream.Next(cadre);
        if (!entry) return std::nullopt;
        if (!entry->ok()) return WriteEntry(w, i, nullptr, *entry, texts);
        const absl::Status evaluated = EvaluateInto(policy, cadre, as_of, report);
        return WriteEntry(w, i, evaluated.ok() ? &report : nullptr, evaluated, texts);
      });
  if (absl::Status finished = stream.Finish(); !finished.ok()) return finished;
  return out;
}

ResultsWriter::ResultsWriter(const Policy& policy, absl::CivilDay as_of, JsonStyle style,
                             ResultsForm form)
    : policy_(policy),
      as_of_(as_of),
      style_(form == ResultsForm::kLines ? JsonStyle::kCompact : style),
      form_(form),
      report_(policy),
      texts_(policy) {}

void ResultsWriter::Begin(const RecordBatch& document) {
  out_.clear();
  next_index_ = 0;
  writer_.emplace(out_, json::LayoutOf(style_));
  const std::vector<DepartmentReport> departments =
      EvaluateDepartments(policy_, document, as_of_);
  if (form_ == ResultsForm::kDocument) {
    WriteDocumentHead(*writer_, policy_, document.year, as_of_, departments);
    return;
  }
  if (form_ == ResultsForm::kLean) {
    BeginLeanDocument(*writer_, policy_, document.year, as_of_, departments);
    return;
  }
  WriteResultsHead(*writer_, policy_, kEvaluationLinesSchema, document.year, as_of_, departments,
                   WriteDepartment);
  writer_->EndObject();
  out_ += '\n';
}

void ResultsWriter::Add(const absl::Status& entry, const CadreYear& cadre) {
  JsonWriter& w = *writer_;
  const std::size_t index = next_index_++;
  const absl::Status evaluated =
      entry.ok() ? EvaluateInto(policy_, cadre, as_of_, report_) : entry;
  const CadreReport* report = entry.ok() && evaluated.ok() ? &report_ : nullptr;
  if (form_ == ResultsForm::kLean) {
    WriteLeanEntry(w, index, report, evaluated);
  } else {
    WriteEntry(w, index, report, evaluated, texts_);
  }
  if (form_ == ResultsForm::kLines) out_ += '\n';
}

void ResultsWriter::End() {
  if (form_ != ResultsForm::kLines) WriteDocumentTail(*writer_, out_, style_);
}

std::string_view ResultsWriter::pending() {
  if (writer_) writer_->Drain();
  return out_;
}

}  // namespace liaison

