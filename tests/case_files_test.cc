// The shipped case files (tests/cases/**/*.case.json): expectations for the
// example departments under both embedded policies, worked out by hand in
// tests/cases/WORKINGS.md, and for the example city, county and university
// policies, worked out in the README of each (examples/policies/*/). Each
// case file is one test.
#include <string>

#include "gtest/gtest.h"
#include "liaison/case_runner.h"
#include "liaison/problem.h"

namespace liaison {
namespace {

class ShippedCaseTest : public ::testing::TestWithParam<std::string> {};

TEST_P(ShippedCaseTest, EveryExpectationHolds) {
  const CaseResult result =
      RunCaseFile(std::string(LIAISON_SOURCE_DIR) + "/tests/cases/" + GetParam());
  ASSERT_TRUE(result.error.ok()) << result.error;
  EXPECT_GE(result.checks, 24);
  for (const CaseFailure& failure : result.failures) {
    ADD_FAILURE() << failure.path << ": " << failure.message;
  }
}

INSTANTIATE_TEST_SUITE_P(Cases, ShippedCaseTest,
                         ::testing::Values("hunan-2026-year-end.case.json",
                                           "hunan-2026-midyear.case.json",
                                           "hunan-2018.case.json", "hunan-2018-work-tasks.case.json",
                                           "hunan-caps.case.json", "city/caps.case.json",
                                           "city/year-end.case.json",
                                           "county/year-end.case.json",
                                           "university/year-end.case.json"),
                         [](const ::testing::TestParamInfo<std::string>& info) {
                           std::string name = info.param.substr(0, info.param.find('.'));
                           for (char& c : name) {
                             if (c == '-' || c == '/') c = '_';
                           }
                           return name;
                         });

}  // namespace
}  // namespace liaison
