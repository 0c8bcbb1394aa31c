// InitCase (liaison/case_init.h) on the example city policy and records: the
// case it writes names its sources relative to itself, pins the values worked
// out by hand in examples/policies/city/README.md, and passes when run.
#include <string>

#include "gtest/gtest.h"
#include "liaison/case_init.h"
#include "liaison/case_runner.h"
#include "liaison/record_decoder.h"
#include "test_support.h"

namespace liaison {
namespace {

using testing::MustParsePolicy;
using testing::ReadSourceFile;

class CaseInitTest : public ::testing::Test {
 protected:
  CaseInitTest() : policy_(MustParsePolicy(ReadSourceFile("examples/policies/city/policy.json"))) {
    absl::StatusOr<RecordBatch> batch =
        DecodeRecords(policy_, ReadSourceFile("examples/policies/city/records.json"));
    if (!batch.ok()) throw testing::SetupFailure(batch.status().ToString());
    absl::StatusOr<std::string> text =
        InitCase(policy_, *batch, absl::CivilDay(2026, 12, 31),
                 {"examples/policies/city/policy.json", "examples/policies/city/records.json"},
                 "city-pinned");
    if (!text.ok()) throw testing::SetupFailure(text.status().ToString());
    text_ = *std::move(text);
  }

  bool Contains(const std::string& piece) const { return text_.find(piece) != std::string::npos; }

  Policy policy_;
  std::string text_;
};

TEST_F(CaseInitTest, NamesItsSources) {
  EXPECT_TRUE(Contains(R"("name": "city-pinned")")) << text_;
  EXPECT_TRUE(Contains(R"("path": "examples/policies/city/policy.json")")) << text_;
  EXPECT_TRUE(Contains(R"("as_of": "2026-12-31")")) << text_;
}

TEST_F(CaseInitTest, PinsTheResultsWorkedOutByHand) {
  // k01: 3 of its 4 points at county level; 15 county cadres talked with.
  EXPECT_TRUE(Contains(R"("contact_points.level": {
            "status": "short",
            "required": 4,
            "actual": 3
          })")) << text_;
  EXPECT_TRUE(Contains(R"("cadre_talks": {
            "status": "met",
            "required": 15,
            "actual": 15
          })")) << text_;
  // org, base 4: 1 优 (k02), 2 良 (k04, k01), k03 中.
  EXPECT_TRUE(Contains(R"("caps": {
          "excellent": 1,
          "good": 2
        })")) << text_;
  EXPECT_TRUE(Contains(R"("k02": "excellent")")) << text_;
  EXPECT_TRUE(Contains(R"("k03": "fair")")) << text_;
  EXPECT_FALSE(Contains("record_errors"));
}

TEST_F(CaseInitTest, PassesAsWritten) {
  const CaseResult result = RunCase(text_, LIAISON_SOURCE_DIR);
  ASSERT_TRUE(result.error.ok()) << result.error;
  EXPECT_TRUE(result.failures.empty());
  // 6 cadres × (participation, 11 findings × 3, binding_met, binding_rules,
  // eligible_grade) + 2 departments × (base, 2 caps) + 6 proposed.
  EXPECT_EQ(result.checks, 6 * (1 + 11 * 3 + 3) + 2 * 3 + 6);
}

}  // namespace
}  // namespace liaison
