// The report of each participation status on the example department, as
// tables label it (ParticipationLabel), and the grade the record assigned,
// carried on the report.
#include <string>

#include "gtest/gtest.h"
#include "liaison/evaluate.h"
#include "liaison/finding_message.h"
#include "liaison/record_decoder.h"
#include "test_support.h"

namespace liaison {
namespace {

class ExampleDepartmentTest : public ::testing::Test {
 protected:
  void SetUp() override {
    absl::StatusOr<RecordBatch> records =
        DecodeRecords(policy_, testing::ReadSourceFile("examples/department.json"));
    ASSERT_TRUE(records.ok()) << records.status();
    records_ = *std::move(records);
  }

  // The report of the cadre `id` of examples/department.json at year end.
  CadreReport ReportOf(const std::string& id) {
    for (const absl::StatusOr<CadreYear>& cadre : records_.cadres) {
      if (cadre.ok() && cadre->id == id) {
        absl::StatusOr<CadreReport> report = Evaluate(policy_, *cadre, absl::CivilDay(2026, 12, 31));
        EXPECT_TRUE(report.ok()) << report.status();
        if (report.ok()) return *std::move(report);
      }
    }
    ADD_FAILURE() << "no cadre " << id;
    return CadreReport(policy_);
  }

  Policy policy_ = *Policy::Embedded("hunan");
  RecordBatch records_;
};

TEST_F(ExampleDepartmentTest, ParticipationLabelInBothLanguages) {
  const struct {
    const char* cadre;
    const char* zh;
    const char* en;
  } kCases[] = {
      {"c01", "参加", "takes part"},
      {"c06", "批准免除", "exempt"},
      {"c07", "参加（免除未批准）", "takes part (exemption not approved)"},
      {"c09", "不参加", "not taking part"},
      {"c10", "不评等次（新录用人员（试用期））", "not rated (new recruit on probation)"},
  };
  for (const auto& c : kCases) {
    const CadreReport report = ReportOf(c.cadre);
    EXPECT_EQ(ParticipationLabel(report, Language::kChinese), c.zh) << c.cadre;
    EXPECT_EQ(ParticipationLabel(report, Language::kEnglish), c.en) << c.cadre;
  }
}

TEST_F(ExampleDepartmentTest, TheReportCarriesTheAssignedGradeAsRecorded) {
  EXPECT_EQ(ReportOf("c01").assigned_grade, "excellent");
  const CadreReport ungraded = ReportOf("c09");  // not taking part: no grade recorded
  EXPECT_EQ(ungraded.assigned_grade, "");
}

TEST_F(ExampleDepartmentTest, EvaluateIntoReplacesTheAssignedGrade) {
  CadreReport report = ReportOf("c01");
  for (const absl::StatusOr<CadreYear>& cadre : records_.cadres) {
    if (cadre.ok() && cadre->id == "c09") {
      ASSERT_TRUE(EvaluateInto(policy_, *cadre, absl::CivilDay(2026, 12, 31), report).ok());
    }
  }
  EXPECT_EQ(report.cadre_id, "c09");
  EXPECT_EQ(report.assigned_grade, "");
}

}  // namespace
}  // namespace liaison
