// The lean result form (liaison/lean_report.h): findings without their texts,
// and the renderer that gives back the full document from the policy.
//
// The values of cadre c01 of examples/department.json below are worked out by
// hand from the example's activities under the hunan policy as of 2026-12-31
// (as in tests/cases/WORKINGS.md, section "c01 刘建华"):
//   lectures      c01-lec-1..5 (four lectures, one league class): 5 of 4, met
//   youth_visits  c01-vis-01..12, all in person: 12 of 10, met
//   youth_met     12 visits × 4 named youth = 48 ids, y-0001 and y-0002 met
//                 twice: 46; the five lectures name nobody, so their
//                 headcounts count: 40 + 35 + 60 + 30 + 45 = 210; 256 of 100
//   cadre_talks   province → county/township/grassroots, all ≥ 2 levels
//                 down; g-0001..g-0022 with g-0001 twice: 22 of 20, met
//   work_tasks    c01-task-1 at cp1, c01-task-2 at cp4, both own: 2 of 2–3
//   supervision   theory_study, three_meetings_one_class, league_reform,
//                 key_projects: 4 of 4, nothing missing
//   field_days    31 single dates + 2 (field-1) + 12 (sink-1) + 15 (sink-2):
//                 60 of 2 months × 30 days, met
//   research      submitted 2026-10-20, due 2026-10-31: met
#include <string>

#include "gtest/gtest.h"
#include "liaison/lean_report.h"
#include "liaison/report_json.h"
#include "simdjson.h"
#include "test_support.h"

namespace liaison {
namespace {

using testing::HasProblem;
using testing::ReadSourceFile;

const absl::CivilDay kYearEnd(2026, 12, 31);

Policy Hunan() { return *Policy::Embedded("hunan"); }

std::string Lean(const Policy& policy, const std::string& records,
                 JsonStyle style = JsonStyle::kCompact) {
  absl::StatusOr<std::string> lean = EvaluateRecordsLeanJson(policy, records, kYearEnd, style);
  EXPECT_TRUE(lean.ok()) << lean.status();
  return lean.ok() ? *lean : std::string();
}

std::string Full(const Policy& policy, const std::string& records,
                 JsonStyle style = JsonStyle::kCompact) {
  absl::StatusOr<std::string> full = EvaluateRecordsJson(policy, records, kYearEnd, style);
  EXPECT_TRUE(full.ok()) << full.status();
  return full.ok() ? *full : std::string();
}

std::vector<Problem> RenderProblems(const Policy& policy, const std::string& lean) {
  absl::StatusOr<std::string> rendered = RenderLeanJson(policy, lean);
  EXPECT_FALSE(rendered.ok());
  return ProblemsOf(rendered.status());
}

TEST(LeanReport, RenderedIsTheFullDocument) {
  const Policy policy = Hunan();
  const std::string records = ReadSourceFile("examples/department.json");
  absl::StatusOr<std::string> rendered = RenderLeanJson(policy, Lean(policy, records));
  ASSERT_TRUE(rendered.ok()) << rendered.status();
  EXPECT_EQ(*rendered, Full(policy, records));
}

TEST(LeanReport, RenderedIsTheFullDocumentInPrettyLayoutAndUnderHunan2018) {
  const Policy policy = *Policy::Embedded("hunan-2018");
  const std::string records = ReadSourceFile("examples/department-2018.json");
  absl::StatusOr<std::string> rendered =
      RenderLeanJson(policy, Lean(policy, records), JsonStyle::kPretty);
  ASSERT_TRUE(rendered.ok()) << rendered.status();
  EXPECT_EQ(*rendered, Full(policy, records, JsonStyle::kPretty));
}

TEST(LeanReport, ErrorEntriesRenderAsTheyWere) {
  const Policy policy = Hunan();
  std::string records = ReadSourceFile("examples/department.json");
  const std::size_t at = records.find("\"2026-01-15\"");
  ASSERT_NE(at, std::string::npos);
  records.replace(at, 12, "\"2026-02-30\"");
  const std::string lean = Lean(policy, records);
  ASSERT_NE(lean.find("\"ok\":false"), std::string::npos);
  absl::StatusOr<std::string> rendered = RenderLeanJson(policy, lean);
  ASSERT_TRUE(rendered.ok()) << rendered.status();
  EXPECT_EQ(*rendered, Full(policy, records));
}

TEST(LeanReport, CadreC01HasTheHandWorkedNumbersAndNoTexts) {
  const std::string lean = Lean(Hunan(), ReadSourceFile("examples/department.json"));
  simdjson::dom::parser parser;
  simdjson::dom::element document = parser.parse(lean);
  EXPECT_EQ(std::string_view(document["schema"]), "liaison.evaluation-lean/1");
  simdjson::dom::element report = document["results"].at(0)["report"];
  EXPECT_EQ(std::string_view(report["cadre"]), "c01");
  EXPECT_EQ(report["participation"]["message"].error(), simdjson::NO_SUCH_FIELD);
  struct Expected {
    std::string_view rule;
    std::int64_t actual;
    std::int64_t required;
  };
  const Expected expected[] = {{"lectures", 5, 4},     {"youth_visits", 12, 10},
                               {"youth_met", 256, 100}, {"cadre_talks", 22, 20},
                               {"work_tasks", 2, 2},    {"supervision", 4, 4},
                               {"field_days", 60, 60}};
  for (const Expected& want : expected) {
    SCOPED_TRACE(want.rule);
    bool found = false;
    for (simdjson::dom::element finding : report["findings"].get_array()) {
      if (std::string_view(finding["rule"]) != want.rule) continue;
      found = true;
      EXPECT_EQ(std::string_view(finding["status"]), "met");
      EXPECT_EQ(int64_t(finding["actual"]), want.actual);
      EXPECT_EQ(int64_t(finding["required"]), want.required);
      EXPECT_EQ(int64_t(finding["shortfall"]), 0);
      for (std::string_view text : {"kind", "title", "basis", "message"}) {
        EXPECT_EQ(finding[text].error(), simdjson::NO_SUCH_FIELD) << text;
      }
    }
    EXPECT_TRUE(found);
  }
  for (simdjson::dom::element finding : report["findings"].get_array()) {
    const std::string_view rule = finding["rule"];
    if (rule == "work_tasks") EXPECT_EQ(int64_t(finding["maximum"]), 3);
    if (rule == "supervision") EXPECT_EQ(finding["missing"].error(), simdjson::NO_SUCH_FIELD);
    if (rule == "research") {
      EXPECT_EQ(std::string_view(finding["status"]), "met");
      EXPECT_EQ(std::string_view(finding["submitted"]), "2026-10-20");
      EXPECT_EQ(std::string_view(finding["due"]), "2026-10-31");
    }
  }
}

TEST(LeanReport, IsSmallerThanTheFullForm) {
  const Policy policy = Hunan();
  const std::string records = ReadSourceFile("examples/department.json");
  EXPECT_LT(2 * Lean(policy, records).size(), Full(policy, records).size());
}

TEST(LeanReport, MadeUnderAnotherPolicyIsRefused) {
  const std::string lean = Lean(Hunan(), ReadSourceFile("examples/department.json"));
  EXPECT_TRUE(HasProblem(RenderProblems(*Policy::Embedded("hunan-2018"), lean),
                         "$.policy.fingerprint", "render it with the policy it was made under"));
}

TEST(LeanReport, UnknownRuleStatusAndKeyNameTheirPlace) {
  const Policy policy = Hunan();
  const std::string lean = Lean(policy, ReadSourceFile("examples/department.json"));
  const auto changed = [&](std::string_view from, std::string_view to) {
    std::string text = lean;
    const std::size_t at = text.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    text.replace(at, from.size(), to);
    return text;
  };
  EXPECT_TRUE(HasProblem(RenderProblems(policy, changed("\"rule\":\"lectures\"",
                                                        "\"rule\":\"lecturez\"")),
                         "$.results[0].report.findings[0].rule", "not a rule of policy hunan"));
  EXPECT_TRUE(HasProblem(RenderProblems(policy, changed("\"status\":\"met\"",
                                                        "\"status\":\"done\"")),
                         "$.results[0].report.findings[0].status", "\"done\" is not one of"));
  EXPECT_TRUE(HasProblem(RenderProblems(policy, changed("\"binding\":true",
                                                        "\"title\":\"x\",\"binding\":true")),
                         "$.results[0].report.findings[0].title", "unknown field"));
  EXPECT_TRUE(HasProblem(RenderProblems(policy, changed("liaison.evaluation-lean/1",
                                                        "liaison.evaluation/1")),
                         "$.schema", "expected \"liaison.evaluation-lean/1\""));
  EXPECT_FALSE(RenderLeanJson(policy, "{").ok());
}

}  // namespace
}  // namespace liaison
