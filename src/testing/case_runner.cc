// RunCase and RunCaseFile (liaison/case_runner.h): a case file read
// (case_file.h), its records evaluated and, when an expectation asks, graded;
// then every expectation compared with what came out (comparison.h). The
// results' documents are written apart (case_results.cc, junit_xml.cc).
#include "liaison/case_runner.h"

#include <array>
#include <map>
#include <set>
#include <utility>

#include "base/absl_compat.h"
#include "base/cadre_identity.h"
#include "json/object_reader.h"
#include "json/parse_json.h"
#include "liaison/batch_grading.h"
#include "liaison/evaluate.h"
#include "liaison/finding_message.h"
#include "liaison/grade_check.h"
#include "liaison/grade_proposal.h"
#include "liaison/policy.h"
#include "liaison/quota_caps.h"
#include "liaison/record_decoder.h"
#include "testing/case_file.h"
#include "report/report_text.h"
#include "testing/comparison.h"

namespace liaison {
namespace {

using json::JsonPath;
using json::kOptional;
using json::kRequired;
using json::ObjectReader;
using json::Problems;
using simdjson::dom::element;

std::string DayText(absl::CivilDay day) { return absl::FormatCivilTime(day); }

// A grade of the policy's scale, by id or label (优, excellent); none: an
// empty id.
NamedValue GradeNamed(const GradingPolicy& grading, std::optional<TermId> grade) {
  NamedValue named;
  for (const Term& term : grading.scale.terms()) named.others.push_back({term.id, term.label});
  if (!grade) return named;
  const Term& term = grading.scale.terms()[*grade];
  named.id = term.id;
  named.labels = {term.label.zh, term.label.en};
  named.words = term.label;
  return named;
}

// The words of the reports for a finding's status.
LocalizedText StatusWords(const Finding& finding) {
  return {std::string(report::StatusWords(finding, Language::kChinese)),
          std::string(report::StatusWords(finding, Language::kEnglish))};
}

// Every finding status by its id, in the reports' words (a pending one as
// not yet due).
std::vector<NamedValue::Other> StatusWordsByName() {
  std::vector<NamedValue::Other> words;
  for (FindingStatus status :
       {FindingStatus::kMet, FindingStatus::kShort, FindingStatus::kPending,
        FindingStatus::kOverdue, FindingStatus::kLate, FindingStatus::kOver,
        FindingStatus::kNotApplicable, FindingStatus::kAdvisory}) {
    Finding finding;
    finding.status = status;
    words.push_back({std::string(FindingStatusName(status)), StatusWords(finding)});
  }
  return words;
}

// A finding's status, by id or in the words of the reports (已达标 or 达标,
// met).
NamedValue StatusNamed(const Finding& finding) {
  NamedValue named{std::string(FindingStatusName(finding.status)), {}, StatusWords(finding),
                   StatusWordsByName()};
  const std::string_view zh = named.words.zh;
  named.labels.emplace_back(zh);
  if (zh.substr(0, 3) == "已") named.labels.emplace_back(zh.substr(3));
  named.labels.emplace_back(named.words.en);
  return named;
}

// One of a few values named by id, shown by `zh` and `en` (in the enum's
// order).
template <typename Enum, std::size_t N>
NamedValue WordNamed(Enum value, std::string_view (*name)(Enum),
                     const std::array<std::string_view, N>& zh,
                     const std::array<std::string_view, N>& en) {
  const auto words_of = [&](std::size_t i) {
    return LocalizedText{std::string(zh[i]), std::string(en[i])};
  };
  NamedValue named{std::string(name(value)), {}, words_of(static_cast<std::size_t>(value)), {}};
  for (std::size_t i = 0; i < N; ++i) {
    named.others.push_back({std::string(name(static_cast<Enum>(i))), words_of(i)});
  }
  return named;
}

// A finding's pace, as the reports say it.
NamedValue PaceNamed(Pace pace) {
  return WordNamed(pace, &PaceName,
                   std::array<std::string_view, 4>{"不跟踪进度", "已完成", "进度正常", "进度落后"},
                   std::array<std::string_view, 4>{"not tracked", "done", "on pace",
                                                   "behind pace"});
}

// A participation status, as the tables say it.
NamedValue ParticipationNamed(ParticipationStatus status) {
  return WordNamed(status, &ParticipationStatusName,
                   std::array<std::string_view, 4>{"参加", "不参加", "批准免除", "不评等次"},
                   std::array<std::string_view, 4>{"takes part", "not taking part", "exempt",
                                                   "not rated"});
}

// A department finding's status, in the reports' words.
NamedValue DepartmentStatusNamed(FindingStatus status) {
  Finding finding;
  finding.status = status;
  return {std::string(FindingStatusName(status)), {}, StatusWords(finding), StatusWordsByName()};
}

// Who or what a check is about as a person names it: 陈思远（c02） /
// c02 陈思远 (the id alone when there is no name).
LocalizedText Named(const std::string& id, const std::string& name) {
  if (name.empty()) return Subject(id);
  return {StrCat(name, "（", id, "）"), StrCat(id, " ", name)};
}

// `who` and the title of what is checked: 陈思远（c02）每年走访基层青年不少于10次
// / c02 陈思远, Youth visits (the id when there is no title; "c02 每年…" when
// the cadre has no name).
LocalizedText Titled(const LocalizedText& who, const LocalizedText& title, std::string_view id) {
  const LocalizedText shown = title.zh.empty() || title.en.empty() ? Subject(id) : title;
  const bool named = who.zh.size() >= 3 && who.zh.substr(who.zh.size() - 3) == "）";
  return {StrCat(who.zh, named ? "" : " ", shown.zh), StrCat(who.en, ", ", shown.en)};
}

// The title of the policy's rule `rule_id` (none when it has no such rule).
LocalizedText RuleTitle(const Policy& policy, std::string_view rule_id) {
  for (const TaskRule& rule : policy.document().rules) {
    if (rule.id == rule_id) return rule.title;
  }
  return {};
}

void CompareFinding(Comparison& compare, ObjectReader& reader, const CadreReport& report,
                    const Finding& finding, const LocalizedText& subject) {
  const Vocabulary& v = report.policy.document().vocabulary;
  compare.Named(reader, "status", subject, StatusNamed(finding));
  compare.Integer(reader, "required", subject, finding.required);
  compare.Integer(reader, "actual", subject, finding.actual);
  compare.Integer(reader, "shortfall", subject, finding.shortfall);
  compare.OptionalInteger(reader, "maximum", subject, finding.maximum);
  compare.Word(reader, "pace", subject, PaceNamed(finding.pace));
  compare.Integer(reader, "set_aside", subject,
                  static_cast<std::int64_t>(finding.set_aside.size()));
  std::vector<std::string> missing;
  const TermList& terms =
      finding.subject == FindingSubject::kTaskRule ? v.areas : v.contact_point_kinds;
  for (TermId id : finding.missing) missing.push_back(terms[id].id);
  compare.StringList(reader, "missing", subject, missing);
  compare.StringList(reader, "not_allowed", subject, finding.not_allowed);
  if (finding.due) compare.String(reader, "due", subject, DayText(*finding.due));
  compare.OptionalString(reader, "submitted", subject,
                         finding.submitted ? std::optional<std::string>(DayText(*finding.submitted))
                                           : std::nullopt);
  reader.RejectUnknownKeys();
}

void CompareCadre(Comparison& compare, ObjectReader& reader, const CadreReport& report) {
  const LocalizedText id = Named(report.cadre_id, report.name);
  compare.Word(reader, "participation", id, ParticipationNamed(report.participation.status));
  compare.ForEachKeyed(reader, "rules", "rule id", [&](std::string_view rule_id, element value,
                                                        const JsonPath& rule_path) {
    const Finding* finding = nullptr;
    for (const Finding& candidate : report.findings) {
      if (candidate.RuleId(report.policy) == rule_id) finding = &candidate;
    }
    const LocalizedText title =
        finding ? FindingTitle(report.policy, *finding) : RuleTitle(report.policy, rule_id);
    const LocalizedText subject = Titled(id, title, rule_id);
    if (finding == nullptr) {
      compare.Expect(rule_path, subject, {"一项评估结果", "a finding"},
                     report.findings.empty()
                         ? LocalizedText{"没有评估结果（未评估）", "no findings (not evaluated)"}
                         : LocalizedText{"报告中没有该规则", "no such rule in the report"});
      return;
    }
    ObjectReader expectation(value, rule_path, compare.problems());
    CompareFinding(compare, expectation, report, *finding, subject);
  });
  compare.Integer(reader, "binding_met", id, report.binding_met);
  compare.Integer(reader, "binding_rules", id, report.binding_rules);
  compare.Range(reader, "score", id, report.score);
  compare.Range(reader, "task_completion", id, report.task_completion);
  const GradingPolicy& grading = report.policy.document().grading;
  compare.Named(reader, "eligible_grade", id, GradeNamed(grading, report.eligible_grade));
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
                 const LocalizedText& subject, const GradingPolicy& policy,
                 const QuotaCaps& caps) {
  std::optional<element> value = reader.Element(key, kOptional);
  if (!value) return;
  JsonPath path = reader.path().Key(key);
  ObjectReader expected(*value, path, compare.problems());
  for (const QuotaCap& cap : caps.caps) {
    const Term& grade = policy.scale[cap.grade];
    if (auto places = expected.Integer(grade.id, kOptional, INT64_MIN / 2, INT64_MAX / 2)) {
      compare.Expect(path.Key(grade.id),
                     {StrCat(subject.zh, " ", grade.label.zh, " 名额上限"),
                      StrCat(subject.en, " cap ", grade.id)},
                     StrCat(*places), StrCat(cap.cap));
    }
  }
  expected.RejectUnknownKeys();
}

void CompareDepartmentGrading(Comparison& compare, ObjectReader& reader, Grading& grading,
                              const DepartmentReport& report) {
  const std::string& department = report.department;
  const LocalizedText named = Named(department, report.name);
  const bool asks = reader.Has("base") || reader.Has("caps") || reader.Has("proposed") ||
                    reader.Has("violations");
  if (!asks) return;
  const absl::StatusOr<GradeProposal>& proposal = grading.Proposal();
  const absl::StatusOr<OrganGradeCheck>& check = grading.Check();
  if (!proposal.ok() || !check.ok()) {
    const absl::Status& status = !proposal.ok() ? proposal.status() : check.status();
    compare.Expect(reader.path(), {StrCat(department, " 评定等次"), StrCat(department, " grading")},
                   {"等次", "grades"},
                   {StrCat("出错：", StatusMessageIn(status, Language::kChinese)),
                    StrCat("an error: ", status.message())});
    return;
  }
  std::optional<std::size_t> unit = proposal->plan.UnitOf(department);
  if (!unit) {
    compare.Expect(
        reader.path(), {StrCat(department, " 名额单位"), StrCat(department, " quota unit")},
        {"一个名额单位", "a unit"},
        {"本部门没有干部计入名额基数", "no cadre of this department is in a quota base"});
    return;
  }
  const QuotaUnit& quota_unit = proposal->plan.units[*unit];
  compare.Integer(reader, "base", named, quota_unit.base);
  CompareCaps(compare, reader, "caps", named, grading.policy(), quota_unit.caps);
  compare.ForEachKeyed(reader, "proposed", "cadre id", [&](std::string_view cadre_id,
                                                           element value, const JsonPath& path) {
    NamedValue actual;
    bool found = false;
    for (std::size_t i = 0; i < grading.inputs().inputs.size(); ++i) {
      if (grading.inputs().inputs[i].cadre_id != cadre_id) continue;
      found = true;
      actual = GradeNamed(grading.policy(), proposal->cadres[i].grade);
    }
    const LocalizedText subject{StrCat(cadre_id, " 建议等次"), StrCat(cadre_id, " proposed")};
    if (!found) {
      compare.Expect(path, subject, {"一个等次", "a grade"},
                     {"没有该编号的已评估干部", "no evaluated cadre with this id"});
      return;
    }
    std::string_view expected_grade;
    if (value.is_null()) {
      compare.ExpectNone(path, subject, actual);
    } else if (value.get_string().get(expected_grade) == simdjson::SUCCESS) {
      compare.ExpectNamed(path, subject, expected_grade, actual);
    } else {
      compare.problems().Add(path, "expected a grade id, a grade label or null",
                             "应为等次编号、等次名称或 null");
    }
  });
  std::vector<std::string> violations;
  for (const GradeViolation& violation : check->units[*unit].violations) {
    violations.push_back(ViolationText(grading.policy(), grading.inputs(), violation));
  }
  compare.StringList(reader, "violations", named, violations);
}

void CompareDepartment(Comparison& compare, ObjectReader& reader, const Policy& policy,
                       const DepartmentReport& report, Grading& grading) {
  CompareDepartmentGrading(compare, reader, grading, report);
  compare.ForEachKeyed(reader, "rules", "rule id", [&](std::string_view rule_id, element value,
                                                        const JsonPath& rule_path) {
    const DepartmentFinding* finding = nullptr;
    for (const DepartmentFinding& candidate : report.findings) {
      if (policy.document().department_rules[candidate.rule].id == rule_id) finding = &candidate;
    }
    LocalizedText title;
    for (const DepartmentRule& rule : policy.document().department_rules) {
      if (rule.id == rule_id) title = rule.title;
    }
    const LocalizedText subject = Titled(Named(report.department, report.name), title, rule_id);
    if (finding == nullptr) {
      compare.Expect(rule_path, subject, {"一项评估结果", "a finding"},
                     {"没有该部门规则", "no such department rule"});
      return;
    }
    ObjectReader expectation(value, rule_path, compare.problems());
    compare.Word(expectation, "status", subject, DepartmentStatusNamed(finding->status));
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
        CompareCaps(compare, reader, "caps", {StrCat("基数 ", *base), StrCat("base ", *base)},
                    grading, *caps);
      } else {
        compare.Expect(row_path, {StrCat("基数 ", *base), StrCat("base ", *base)},
                       {"名额上限", "caps"},
                       {StrCat("出错：", StatusMessageIn(caps.status(), Language::kChinese)),
                        StrCat("an error: ", caps.status().message())});
        reader.Has("caps");
      }
    }
    reader.RejectUnknownKeys();
  }
}

// "record_errors": ["$.cadres[1]", …], the entries of the records expected to
// be bad. Every bad record not listed fails the case, naming the cadre and its
// path; every listed entry that is not bad fails it too.
void CompareRecordErrors(Comparison& compare, ObjectReader& expect, const BatchReport& batch) {
  const LocalizedText kGoodRecord{"无误的记录", "a good record"};
  const LocalizedText kBadRecord{"有误的记录", "a bad record"};
  std::set<std::string> expected;
  const JsonPath path = expect.path().Key("record_errors");
  if (auto listed = expect.Array("record_errors", json::kOptional)) {
    std::size_t index = 0;
    for (element value : *listed) {
      std::string_view entry;
      if (value.get_string().get(entry) == simdjson::SUCCESS) {
        expected.emplace(entry);
      } else {
        compare.problems().Add(path.Index(index), "expected a cadre entry's path, \"$.cadres[i]\"",
                               "应为干部条目的路径“$.cadres[i]”");
      }
      ++index;
    }
  }
  for (std::size_t i = 0; i < batch.cadres.size(); ++i) {
    const std::string entry = StrCat("$.cadres[", i, "]");
    const bool bad = !batch.cadres[i].ok();
    if (bad == (expected.erase(entry) > 0)) continue;
    if (bad) {
      const CadreIdentity identity = CadreIdentityOf(batch.cadres[i].status());
      const absl::Status& status = batch.cadres[i].status();
      compare.Expect(path,
                     identity.id.empty() ? LocalizedText{entry, entry}
                                         : LocalizedText{StrCat(identity.id, "（", entry, "）"),
                                                         StrCat(identity.id, " at ", entry)},
                     kGoodRecord,
                     {Quoted(StrCat("有误的记录：", StatusMessageIn(status, Language::kChinese))),
                      Quoted(StrCat("a bad record: ", status.message()))});
    } else {
      compare.Expect(path, {entry, entry}, kBadRecord, kGoodRecord);
    }
  }
  for (const std::string& entry : expected) {
    compare.Expect(path, {entry, entry}, kBadRecord, {"没有该干部条目", "no such cadre entry"});
  }
}

// Runs the expectations of `expect` against `batch`.
void CompareExpectations(Comparison& compare, ObjectReader& expect, const BatchReport& batch,
                         Grading& grading) {
  CompareRecordErrors(compare, expect, batch);
  std::map<std::string_view, const absl::StatusOr<CadreReport>*> cadres;
  for (const absl::StatusOr<CadreReport>& report : batch.cadres) {
    if (report.ok()) cadres[report->cadre_id] = &report;
  }
  compare.ForEachKeyed(expect, "cadres", "cadre id", [&](std::string_view cadre_id, element value,
                                                          const JsonPath& cadre_path) {
    auto found = cadres.find(cadre_id);
    if (found == cadres.end()) {
      compare.Expect(cadre_path, Subject(cadre_id), {"一份评估报告", "a report"},
                     {"没有该编号的已评估干部", "no evaluated cadre with this id"});
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

// The records of a case: inline JSON decoded, or the file read by `loader`
// (empty: a JSON records document).
absl::StatusOr<RecordBatch> LoadRecords(const DocumentSource& source, const Policy& policy,
                                        const RecordsLoader& loader) {
  if (!source.is_file) return DecodeRecords(policy, source.text_or_path);
  if (loader) return loader(policy, source.text_or_path);
  absl::StatusOr<std::string> text = ReadFileText(source.text_or_path);
  if (!text.ok()) return text.status();
  return DecodeRecords(policy, *text);
}

// Compares the expectations of `file` into `result`, and returns the problems
// of the expectations themselves. Records that cannot be decoded are the
// result's error.
std::vector<Problem> CompareCase(const CaseFile& file, const CaseOptions& options,
                                 CaseResult& result) {
  Problems problems;
  Comparison compare(result, problems);
  JsonPath root;
  JsonPath expect_path = root.Key("expect");
  ObjectReader expect_reader(file.expect, expect_path, problems);
  CompareCapsTable(compare, expect_reader, file.policy);
  if (file.records) {
    absl::StatusOr<RecordBatch> batch = LoadRecords(*file.records, file.policy,
                                                    options.records_loader);
    if (!batch.ok()) {
      result.error = batch.status();
      return {};
    }
    const BatchReport report = EvaluateBatch(file.policy, *batch, *file.as_of);
    Grading grading(report);
    CompareExpectations(compare, expect_reader, report, grading);
  } else {
    for (std::string_view key : {"cadres", "departments"}) {
      if (expect_reader.Has(key)) {
        problems.Add(expect_path.Key(key), "expectations about records need \"records\"",
                     "对记录的预期须有“records”");
      }
    }
    expect_reader.RejectUnknownKeys();
  }
  return problems.Take();
}

}  // namespace

CaseResult RunCase(std::string_view case_json, std::string_view base_directory,
                   std::string_view source, const CaseOptions& options) {
  CaseResult result;
  result.source = std::string(source);
  simdjson::dom::parser parser;
  absl::StatusOr<element> root = json::ParseJson(parser, case_json, {"用例", "case"});
  if (!root.ok()) {
    result.error = root.status();
    return result;
  }
  absl::StatusOr<CaseFile> file = ReadCaseFile(*root, base_directory, result.name);
  if (!file.ok()) {
    result.error = file.status();
    return result;
  }
  std::vector<Problem> problems = CompareCase(*file, options, result);
  if (!result.error.ok()) return result;
  problems.insert(problems.end(), file->unknown_keys.begin(), file->unknown_keys.end());
  if (!problems.empty()) {
    result.error = InvalidInput(LocalizedText{"用例", "case"}, std::move(problems));
  }
  return result;
}

CaseResult RunCaseFile(const std::string& path, const CaseOptions& options) {
  absl::StatusOr<std::string> text = ReadFileText(path);
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

}  // namespace liaison
