#include "liaison/case_runner.h"

#include <charconv>
#include <map>

#include "base/absl_compat.h"
#include "json/json_writer.h"
#include "testing/case_documents.h"
#include "json/object_reader.h"
#include "json/parse_json.h"
#include "liaison/batch_grading.h"
#include "liaison/evaluate.h"
#include "liaison/grade_check.h"
#include "liaison/grade_proposal.h"
#include "liaison/policy.h"
#include "liaison/quota_caps.h"
#include "json/problems_json.h"
#include "liaison/problem.h"
#include "liaison/record_decoder.h"
#include "liaison/version.h"

namespace liaison {
namespace {

using json::JsonPath;
using json::kOptional;
using json::kRequired;
using json::ObjectReader;
using json::Problems;
using case_files::DocumentSource;
using case_files::DocumentText;
using case_files::LoadRecords;
using case_files::ReadFile;
using case_files::SourceOf;
using simdjson::dom::element;

constexpr std::string_view kCaseSchema = "liaison.case/1";

std::string Quoted(std::string_view text) {
  std::string out;
  json::AppendQuoted(out, text);
  return out;
}

std::string Number(double value) {
  char buffer[32];
  auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  return std::string(buffer, result.ptr);
}

// A document given by path or inline, as text: {"path": "…"} or {"inline": {…}}.
// Compares expectations with evaluated reports and records every mismatch.
class Comparison {
 public:
  Comparison(CaseResult& result, Problems& problems) : result_(result), problems_(problems) {}

  void Expect(const JsonPath& path, std::string_view subject, std::string_view expected,
              std::string_view actual) {
    ++result_.checks;
    if (expected == actual) return;
    result_.failures.push_back({path.ToString(), std::string(expected), std::string(actual),
                                StrCat(subject, ": expected ", expected, ", got ", actual)});
  }

  void Integer(ObjectReader& reader, std::string_view key, std::string_view subject,
               std::int64_t actual) {
    if (auto expected = reader.Integer(key, kOptional, INT64_MIN / 2, INT64_MAX / 2)) {
      Expect(reader.path().Key(key), StrCat(subject, " ", key), StrCat(*expected),
             StrCat(actual));
    }
  }

  void String(ObjectReader& reader, std::string_view key, std::string_view subject,
              std::string_view actual) {
    if (auto expected = reader.String(key, kOptional)) {
      Expect(reader.path().Key(key), StrCat(subject, " ", key), Quoted(*expected),
             Quoted(actual));
    }
  }

  // A string or null against an optional actual value.
  void OptionalString(ObjectReader& reader, std::string_view key, std::string_view subject,
                      const std::optional<std::string>& actual) {
    std::optional<element> value = reader.Element(key, kOptional);
    if (!value) return;
    const std::string shown = actual ? Quoted(*actual) : "null";
    if (value->is_null()) {
      Expect(reader.path().Key(key), StrCat(subject, " ", key), "null", shown);
      return;
    }
    std::optional<std::string_view> expected =
        json::ReadString(*value, reader.path().Key(key), problems_);
    if (expected) Expect(reader.path().Key(key), StrCat(subject, " ", key), Quoted(*expected), shown);
  }

  // An integer or null against an optional actual value.
  void OptionalInteger(ObjectReader& reader, std::string_view key, std::string_view subject,
                       const std::optional<std::int64_t>& actual) {
    std::optional<element> value = reader.Element(key, kOptional);
    if (!value) return;
    const std::string shown = actual ? StrCat(*actual) : "null";
    if (value->is_null()) {
      Expect(reader.path().Key(key), StrCat(subject, " ", key), "null", shown);
      return;
    }
    std::int64_t expected = 0;
    if (value->get_int64().get(expected) != simdjson::SUCCESS) {
      problems_.Add(reader.path().Key(key), "expected an integer or null");
      return;
    }
    Expect(reader.path().Key(key), StrCat(subject, " ", key), StrCat(expected), shown);
  }

  // {"min": a, "max": b}: the actual value must lie in [a, b].
  void Range(ObjectReader& reader, std::string_view key, std::string_view subject,
             double actual) {
    std::optional<element> value = reader.Element(key, kOptional);
    if (!value) return;
    JsonPath path = reader.path().Key(key);
    ObjectReader range(*value, path, problems_);
    std::optional<double> min = range.Number("min", kRequired, -1e300, 1e300);
    std::optional<double> max = range.Number("max", kRequired, -1e300, 1e300);
    range.RejectUnknownKeys();
    if (!min || !max) return;
    ++result_.checks;
    if (actual >= *min && actual <= *max) return;
    const std::string expected = StrCat("[", Number(*min), ", ", Number(*max), "]");
    result_.failures.push_back({path.ToString(), expected, Number(actual),
                                StrCat(subject, " ", key, ": expected within ", expected,
                                       ", got ", Number(actual))});
  }

  void StringList(ObjectReader& reader, std::string_view key, std::string_view subject,
                  const std::vector<std::string>& actual) {
    std::optional<simdjson::dom::array> array = reader.Array(key, kOptional);
    if (!array) return;
    std::string expected = "[", shown = "[";
    std::size_t index = 0;
    for (element entry : *array) {
      auto text = json::ReadString(entry, reader.path().Key(key).Index(index), problems_);
      StrAppend(&expected, index++ == 0 ? "" : ",", Quoted(text.value_or("")));
    }
    for (std::size_t i = 0; i < actual.size(); ++i) {
      StrAppend(&shown, i == 0 ? "" : ",", Quoted(actual[i]));
    }
    Expect(reader.path().Key(key), StrCat(subject, " ", key), expected + "]", shown + "]");
  }

  Problems& problems() { return problems_; }

  // Calls visit(entry key, entry value, entry path) for each entry of the
  // object under `key` (an object keyed by `what`, e.g. "cadre id").
  template <typename Visit>
  void ForEachKeyed(ObjectReader& reader, std::string_view key, std::string_view what,
                    Visit visit) {
    std::optional<element> value = reader.Element(key, kOptional);
    if (!value) return;
    JsonPath path = reader.path().Key(key);
    simdjson::dom::object object;
    if (value->get_object().get(object) != simdjson::SUCCESS) {
      problems_.Add(path, StrCat("expected an object keyed by ", what));
      return;
    }
    for (simdjson::dom::key_value_pair entry : object) {
      visit(entry.key, entry.value, path.Key(entry.key));
    }
  }

 private:
  CaseResult& result_;
  Problems& problems_;
};

std::string DayText(absl::CivilDay day) { return absl::FormatCivilTime(day); }

void CompareFinding(Comparison& compare, ObjectReader& reader, const CadreReport& report,
                    const Finding& finding, std::string_view subject) {
  const Vocabulary& v = report.policy.document().vocabulary;
  compare.String(reader, "status", subject, FindingStatusName(finding.status));
  compare.Integer(reader, "required", subject, finding.required);
  compare.Integer(reader, "actual", subject, finding.actual);
  compare.Integer(reader, "shortfall", subject, finding.shortfall);
  compare.OptionalInteger(reader, "maximum", subject, finding.maximum);
  compare.String(reader, "pace", subject, PaceName(finding.pace));
  compare.Integer(reader, "set_aside", subject,
                  static_cast<std::int64_t>(finding.set_aside.size()));
  std::vector<std::string> missing;
  const TermList& terms =
      finding.subject == FindingSubject::kTaskRule ? v.areas : v.contact_point_kinds;
  for (TermId id : finding.missing) missing.push_back(terms[id].id);
  compare.StringList(reader, "missing", subject, missing);
  if (finding.due) compare.String(reader, "due", subject, DayText(*finding.due));
  compare.OptionalString(reader, "submitted", subject,
                         finding.submitted ? std::optional<std::string>(DayText(*finding.submitted))
                                           : std::nullopt);
  reader.RejectUnknownKeys();
}

void CompareCadre(Comparison& compare, ObjectReader& reader, const CadreReport& report) {
  const std::string& id = report.cadre_id;
  compare.String(reader, "participation", id,
                 ParticipationStatusName(report.participation.status));
  compare.ForEachKeyed(reader, "rules", "rule id", [&](std::string_view rule_id, element value,
                                                        const JsonPath& rule_path) {
    const Finding* finding = nullptr;
    for (const Finding& candidate : report.findings) {
      if (candidate.RuleId(report.policy) == rule_id) finding = &candidate;
    }
    if (finding == nullptr) {
      compare.Expect(rule_path, StrCat(id, " ", rule_id), "a finding",
                     report.findings.empty() ? "no findings (not evaluated)"
                                             : "no such rule in the report");
      return;
    }
    ObjectReader expectation(value, rule_path, compare.problems());
    CompareFinding(compare, expectation, report, *finding, StrCat(id, " ", rule_id));
  });
  compare.Integer(reader, "binding_met", id, report.binding_met);
  compare.Integer(reader, "binding_rules", id, report.binding_rules);
  compare.Range(reader, "score", id, report.score);
  compare.Range(reader, "task_completion", id, report.task_completion);
  const GradingPolicy& grading = report.policy.document().grading;
  compare.OptionalString(reader, "eligible_grade", id,
                         report.eligible_grade
                             ? std::optional<std::string>(grading.scale[*report.eligible_grade].id)
                             : std::nullopt);
  compare.Integer(reader, "accepted_expenses", id, report.accepted_expenses);
  compare.Integer(reader, "rejected_expenses", id,
                  static_cast<std::int64_t>(report.rejected_expenses.size()));
  reader.RejectUnknownKeys();
}

// Grading of the evaluated batch, computed once when an expectation asks.
class Grading {
 public:
  explicit Grading(const BatchReport& batch)
      : batch_(batch), inputs_(GradingInputsOf(batch)) {}

  const GradingPolicy& policy() const { return batch_.policy.document().grading; }
  const BatchGrading& inputs() const { return inputs_; }

  const absl::StatusOr<GradeProposal>& Proposal() {
    if (!proposal_) proposal_ = ProposeGrades(policy(), inputs_.inputs);
    return *proposal_;
  }
  const absl::StatusOr<OrganGradeCheck>& Check() {
    if (!check_) check_ = CheckOrganGrades(policy(), inputs_.inputs);
    return *check_;
  }

 private:
  const BatchReport& batch_;
  BatchGrading inputs_;
  std::optional<absl::StatusOr<GradeProposal>> proposal_;
  std::optional<absl::StatusOr<OrganGradeCheck>> check_;
};

// "over_cap:excellent", "above_eligible:c11": a violation in the compact form
// case files list them in.
std::string ViolationText(const GradingPolicy& policy, const BatchGrading& inputs,
                          const GradeViolation& violation) {
  return StrCat(GradeViolationKindName(violation.kind), ":",
                violation.cadre ? inputs.inputs[*violation.cadre].cadre_id
                                : policy.scale[violation.grade].id);
}

// {"excellent": 2, "good": 3}: the caps of `caps` by grade id.
void CompareCaps(Comparison& compare, ObjectReader& reader, std::string_view key,
                 std::string_view subject, const GradingPolicy& policy, const QuotaCaps& caps) {
  std::optional<element> value = reader.Element(key, kOptional);
  if (!value) return;
  JsonPath path = reader.path().Key(key);
  ObjectReader expected(*value, path, compare.problems());
  for (const QuotaCap& cap : caps.caps) {
    compare.Integer(expected, policy.scale[cap.grade].id, StrCat(subject, " cap"), cap.cap);
  }
  expected.RejectUnknownKeys();
}

void CompareDepartmentGrading(Comparison& compare, ObjectReader& reader, Grading& grading,
                              std::string_view department) {
  const bool asks = reader.Has("base") || reader.Has("caps") || reader.Has("proposed") ||
                    reader.Has("violations");
  if (!asks) return;
  const absl::StatusOr<GradeProposal>& proposal = grading.Proposal();
  const absl::StatusOr<OrganGradeCheck>& check = grading.Check();
  if (!proposal.ok() || !check.ok()) {
    const absl::Status& status = !proposal.ok() ? proposal.status() : check.status();
    compare.Expect(reader.path(), StrCat(department, " grading"), "grades",
                   StrCat("an error: ", status.message()));
    return;
  }
  std::optional<std::size_t> unit = proposal->plan.UnitOf(department);
  if (!unit) {
    compare.Expect(reader.path(), StrCat(department, " quota unit"), "a unit",
                   "no cadre of this department is in a quota base");
    return;
  }
  const QuotaUnit& quota_unit = proposal->plan.units[*unit];
  compare.Integer(reader, "base", department, quota_unit.base);
  CompareCaps(compare, reader, "caps", department, grading.policy(), quota_unit.caps);
  compare.ForEachKeyed(reader, "proposed", "cadre id", [&](std::string_view cadre_id,
                                                           element value, const JsonPath& path) {
    std::optional<std::string> actual;
    bool found = false;
    for (std::size_t i = 0; i < grading.inputs().inputs.size(); ++i) {
      if (grading.inputs().inputs[i].cadre_id != cadre_id) continue;
      found = true;
      const std::optional<TermId> grade = proposal->cadres[i].grade;
      if (grade) actual = grading.policy().scale[*grade].id;
    }
    const std::string subject = StrCat(cadre_id, " proposed");
    if (!found) {
      compare.Expect(path, subject, "a grade", "no evaluated cadre with this id");
      return;
    }
    const std::string shown = actual ? Quoted(*actual) : "null";
    std::string_view expected_grade;
    if (value.is_null()) {
      compare.Expect(path, subject, "null", shown);
    } else if (value.get_string().get(expected_grade) == simdjson::SUCCESS) {
      compare.Expect(path, subject, Quoted(expected_grade), shown);
    } else {
      compare.problems().Add(path, "expected a grade id or null");
    }
  });
  std::vector<std::string> violations;
  for (const GradeViolation& violation : check->units[*unit].violations) {
    violations.push_back(ViolationText(grading.policy(), grading.inputs(), violation));
  }
  compare.StringList(reader, "violations", StrCat(department, " check"), violations);
}

void CompareDepartment(Comparison& compare, ObjectReader& reader, const Policy& policy,
                       const DepartmentReport& report, Grading& grading) {
  CompareDepartmentGrading(compare, reader, grading, report.department);
  compare.ForEachKeyed(reader, "rules", "rule id", [&](std::string_view rule_id, element value,
                                                        const JsonPath& rule_path) {
    const DepartmentFinding* finding = nullptr;
    for (const DepartmentFinding& candidate : report.findings) {
      if (policy.document().department_rules[candidate.rule].id == rule_id) finding = &candidate;
    }
    const std::string subject = StrCat(report.department, " ", rule_id);
    if (finding == nullptr) {
      compare.Expect(rule_path, subject, "a finding", "no such department rule");
      return;
    }
    ObjectReader expectation(value, rule_path, compare.problems());
    compare.String(expectation, "status", subject, FindingStatusName(finding->status));
    compare.String(expectation, "due", subject, DayText(finding->due));
    compare.OptionalString(expectation, "submitted", subject,
                           finding->submitted
                               ? std::optional<std::string>(DayText(*finding->submitted))
                               : std::nullopt);
    expectation.RejectUnknownKeys();
  });
  reader.RejectUnknownKeys();
}

// "caps_table": [{"base": n, "caps": {"excellent": …}}, …]: one expectation
// table run over many bases (a parameterised case).
void CompareCapsTable(Comparison& compare, ObjectReader& expect, const Policy& policy) {
  std::optional<simdjson::dom::array> rows = expect.Array("caps_table", kOptional);
  if (!rows) return;
  const GradingPolicy& grading = policy.document().grading;
  JsonPath rows_path = expect.path().Key("caps_table");
  std::size_t index = 0;
  for (element row : *rows) {
    JsonPath row_path = rows_path.Index(index++);
    ObjectReader reader(row, row_path, compare.problems());
    std::optional<std::int64_t> base = reader.Integer("base", kRequired, 0, 1'000'000);
    if (base) {
      absl::StatusOr<QuotaCaps> caps = ComputeQuotaCaps(grading, static_cast<std::int32_t>(*base));
      if (caps.ok()) {
        CompareCaps(compare, reader, "caps", StrCat("base ", *base), grading, *caps);
      } else {
        compare.Expect(row_path, StrCat("base ", *base), "caps",
                       StrCat("an error: ", caps.status().message()));
        reader.Has("caps");
      }
    }
    reader.RejectUnknownKeys();
  }
}

// Runs the expectations of `expect` against `batch`.
void CompareExpectations(Comparison& compare, ObjectReader& expect, const BatchReport& batch,
                         Grading& grading) {
  std::map<std::string_view, const absl::StatusOr<CadreReport>*> cadres;
  for (const absl::StatusOr<CadreReport>& report : batch.cadres) {
    if (report.ok()) cadres[report->cadre_id] = &report;
  }
  compare.ForEachKeyed(expect, "cadres", "cadre id", [&](std::string_view cadre_id, element value,
                                                          const JsonPath& cadre_path) {
    auto found = cadres.find(cadre_id);
    if (found == cadres.end()) {
      compare.Expect(cadre_path, cadre_id, "a report", "no evaluated cadre with this id");
      return;
    }
    ObjectReader expectation(value, cadre_path, compare.problems());
    CompareCadre(compare, expectation, **found->second);
  });
  compare.ForEachKeyed(expect, "departments", "department id",
                       [&](std::string_view department_id, element value,
                           const JsonPath& department_path) {
    // A department need not be listed in the records' "departments" to have
    // cadres and grades; its department rules are then not evaluated.
    DepartmentReport unlisted;
    unlisted.department = std::string(department_id);
    const DepartmentReport* report = &unlisted;
    for (const DepartmentReport& candidate : batch.departments) {
      if (candidate.department == department_id) report = &candidate;
    }
    ObjectReader expectation(value, department_path, compare.problems());
    CompareDepartment(compare, expectation, batch.policy, *report, grading);
  });
  expect.RejectUnknownKeys();
}

absl::StatusOr<Policy> CasePolicy(ObjectReader& top, std::string_view base_directory) {
  std::optional<element> value = top.Element("policy", kRequired);
  if (!value) return absl::InvalidArgumentError("no policy");
  if (value->is_string()) {
    std::string_view id;
    if (value->get_string().get(id) != simdjson::SUCCESS) return absl::InternalError("string");
    absl::StatusOr<Policy> policy = Policy::Embedded(id);
    if (!policy.ok()) top.problems().Add(top.path().Key("policy"), std::string(policy.status().message()));
    return policy;
  }
  absl::StatusOr<std::string> text = DocumentText(top, "policy", base_directory);
  if (!text.ok()) return text.status();
  return Policy::FromJson(*text);
}

}  // namespace

CaseResult RunCase(std::string_view case_json, std::string_view base_directory,
                   std::string_view source, const CaseOptions& options) {
  CaseResult result;
  result.source = std::string(source);
  simdjson::dom::parser parser;
  absl::StatusOr<element> root = json::ParseJson(parser, case_json, "case");
  if (!root.ok()) {
    result.error = root.status();
    return result;
  }
  Problems problems;
  JsonPath path;
  ObjectReader top(*root, path, problems);
  if (auto schema = top.String("schema", kRequired); schema && *schema != kCaseSchema) {
    problems.Add(path.Key("schema"), StrCat("\"", *schema, "\" is not supported; expected \"",
                                            kCaseSchema, "\""));
  }
  if (auto name = top.NonEmptyString("name", kRequired)) result.name = std::string(*name);
  top.String("description", kOptional);
  std::optional<absl::CivilDay> as_of = top.Date("as_of", kOptional);
  absl::StatusOr<Policy> policy = CasePolicy(top, base_directory);
  // Records are optional: a case may pin down caps alone.
  std::optional<absl::StatusOr<DocumentSource>> records;
  if (top.Has("records")) records = SourceOf(top, "records", base_directory);
  std::optional<element> expect = top.Element("expect", kRequired);
  if (!policy.ok() && problems.empty()) {
    result.error = policy.status();  // the policy's own problems, with their paths
    return result;
  }
  const bool records_failed = records && !records->ok();
  if (records && !as_of && !top.Has("as_of")) {
    problems.Add(path.Key("as_of"), "required with \"records\": the date to evaluate them as of");
  }
  if (!problems.empty() || !policy.ok() || records_failed || (records && !as_of) || !expect) {
    top.RejectUnknownKeys();
    result.error = InvalidInput("case", problems.Take());
    return result;
  }
  Comparison compare(result, problems);
  JsonPath expect_path = path.Key("expect");
  ObjectReader expect_reader(*expect, expect_path, problems);
  CompareCapsTable(compare, expect_reader, *policy);
  if (records) {
    absl::StatusOr<RecordBatch> batch = LoadRecords(**records, *policy, options.records_loader);
    if (!batch.ok()) {
      result.error = batch.status();
      return result;
    }
    const BatchReport report = EvaluateBatch(*policy, *batch, *as_of);
    Grading grading(report);
    CompareExpectations(compare, expect_reader, report, grading);
  } else {
    for (std::string_view key : {"cadres", "departments"}) {
      if (expect_reader.Has(key)) {
        problems.Add(expect_path.Key(key), "expectations about records need \"records\"");
      }
    }
    expect_reader.RejectUnknownKeys();
  }
  top.RejectUnknownKeys();
  if (!problems.empty()) result.error = InvalidInput("case", problems.Take());
  return result;
}

CaseResult RunCaseFile(const std::string& path, const CaseOptions& options) {
  absl::StatusOr<std::string> text = ReadFile(path);
  if (!text.ok()) {
    CaseResult result;
    result.source = path;
    result.error = text.status();
    return result;
  }
  const std::size_t slash = path.find_last_of('/');
  const std::string directory = slash == std::string::npos ? "" : path.substr(0, slash);
  return RunCase(*text, directory, path, options);
}

std::string CaseResultsJson(absl::Span<const CaseResult> results) {
  std::string out;
  json::JsonWriter w(out, json::Layout::kPretty);
  int passed = 0;
  for (const CaseResult& result : results) passed += result.passed() ? 1 : 0;
  w.BeginObject();
  w.Key("schema");
  w.String("liaison.case-results/1");
  w.Key("library_version");
  w.String(LIAISON_VERSION_STRING);
  w.Key("passed");
  w.Int(passed);
  w.Key("failed");
  w.Int(static_cast<std::int64_t>(results.size()) - passed);
  w.Key("cases");
  w.BeginArray();
  for (const CaseResult& result : results) {
    w.BeginObject();
    w.Key("name");
    w.String(result.name);
    w.Key("source");
    w.String(result.source);
    w.Key("passed");
    w.Bool(result.passed());
    w.Key("checks");
    w.Int(result.checks);
    if (!result.error.ok()) {
      w.Key("error");
      w.BeginObject();
      w.Key("message");
      w.String(std::string(result.error.message()));
      w.Key("problems");
      WriteProblems(w, ProblemsOf(result.error));
      w.EndObject();
    }
    w.Key("failures");
    w.BeginArray();
    for (const CaseFailure& failure : result.failures) {
      w.BeginObject();
      w.Key("path");
      w.String(failure.path);
      w.Key("expected");
      w.String(failure.expected);
      w.Key("actual");
      w.String(failure.actual);
      w.Key("message");
      w.String(failure.message);
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  out += '\n';
  return out;
}

namespace {

std::string XmlEscaped(std::string_view text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

}  // namespace

std::string CaseResultsJUnitXml(absl::Span<const CaseResult> results) {
  int failures = 0, errors = 0;
  for (const CaseResult& result : results) {
    if (!result.error.ok()) {
      ++errors;
    } else if (!result.failures.empty()) {
      ++failures;
    }
  }
  std::string out = StrCat("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
                           "<testsuite name=\"liaison cases\" tests=\"", results.size(),
                           "\" failures=\"", failures, "\" errors=\"", errors, "\">\n");
  for (const CaseResult& result : results) {
    StrAppend(&out, "  <testcase classname=\"", XmlEscaped(result.source), "\" name=\"",
              XmlEscaped(result.name), "\">\n");
    if (!result.error.ok()) {
      StrAppend(&out, "    <error message=\"", XmlEscaped(std::string(result.error.message())), "\"/>\n");
    } else if (!result.failures.empty()) {
      StrAppend(&out, "    <failure message=\"", result.failures.size(),
                " expectation(s) failed\">");
      for (const CaseFailure& failure : result.failures) {
        StrAppend(&out, XmlEscaped(failure.path), ": ", XmlEscaped(failure.message), "\n");
      }
      out += "</failure>\n";
    }
    out += "  </testcase>\n";
  }
  out += "</testsuite>\n";
  return out;
}

}  // namespace liaison
