// Grading without fresh memory per call: ProposeGradesInto reuses a proposal
// from call to call, and ProposeGrades keeps its working memory per thread.
// Whatever came before, a call gives the proposal worked out by hand for its
// own cadres alone.
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "hunan_grading.h"
#include "liaison/grade_proposal.h"
#include "liaison/grading_input.h"

namespace liaison {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using testing::HunanGrading;

// `count` cadres of `department`, ids "<prefix>01"…, scores 0.95, 0.90, …
// (no ties), each eligible for every grade.
std::vector<GradingInput> Department(const std::string& prefix, const std::string& department,
                                     int count) {
  std::vector<GradingInput> cadres;
  for (int i = 1; i <= count; ++i) {
    GradingInput cadre;
    cadre.cadre_id = absl::StrCat(prefix, i < 10 ? "0" : "", i);
    cadre.department = department;
    cadre.score = 1.0 - 0.05 * i;
    cadre.eligible_grade = testing::kExcellent;
    cadres.push_back(cadre);
  }
  return cadres;
}

std::vector<int> Grades(const GradeProposal& proposal) {
  std::vector<int> grades;
  for (const CadreProposal& cadre : proposal.cadres) grades.push_back(cadre.grade ? *cadre.grade : -1);
  return grades;
}

std::vector<std::uint32_t> Ranks(const GradeProposal& proposal) {
  std::vector<std::uint32_t> ranks;
  for (const CadreProposal& cadre : proposal.cadres) ranks.push_back(cadre.rank);
  return ranks;
}

// Base 10: 优 floor(0.3 × 10) = 3, 良 floor(0.5 × 10) = 5, the other 2 中.
void ExpectTenGradedByHand(const GradeProposal& proposal) {
  EXPECT_THAT(Grades(proposal), ElementsAre(0, 0, 0, 1, 1, 1, 1, 1, 2, 2));
  EXPECT_THAT(Ranks(proposal), ElementsAre(1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
  ASSERT_EQ(proposal.units.size(), 1u);
  EXPECT_THAT(proposal.units[0].counts, ElementsAre(3, 5, 2, 0));
  EXPECT_EQ(proposal.cadres[3].full_grade, testing::kExcellent);
}

TEST(GradeProposalReuseTest, AProposalOfALargerOrganIsReusedForASmallerOne) {
  const GradingPolicy policy = HunanGrading();
  // 40 cadres in 2 departments of 20: base 20, 优 6, 良 10 in each.
  std::vector<GradingInput> organ = Department("a", "d1", 20);
  for (GradingInput& cadre : Department("b", "d2", 20)) organ.push_back(cadre);
  GradeProposal proposal;
  ASSERT_TRUE(ProposeGradesInto(policy, organ, proposal).ok());
  ASSERT_EQ(proposal.units.size(), 2u);
  EXPECT_THAT(proposal.units[1].counts, ElementsAre(6, 10, 4, 0));

  ASSERT_TRUE(ProposeGradesInto(policy, Department("c", "d3", 10), proposal).ok());
  ExpectTenGradedByHand(proposal);
}

TEST(GradeProposalReuseTest, IdsOfTheCallBeforeAreNotTakenForRepeats) {
  const GradingPolicy policy = HunanGrading();
  const std::vector<GradingInput> cadres = Department("c", "org", 10);
  GradeProposal proposal;
  ASSERT_TRUE(ProposeGradesInto(policy, cadres, proposal).ok());
  ASSERT_TRUE(ProposeGradesInto(policy, cadres, proposal).ok());
  ExpectTenGradedByHand(proposal);
  absl::StatusOr<GradeProposal> again = ProposeGrades(policy, cadres);
  ASSERT_TRUE(again.ok()) << again.status();
  ExpectTenGradedByHand(*again);
}

TEST(GradeProposalReuseTest, ARepeatedIdIsFoundAfterALargerCall) {
  const GradingPolicy policy = HunanGrading();
  GradeProposal proposal;
  ASSERT_TRUE(ProposeGradesInto(policy, Department("a", "d1", 200), proposal).ok());
  std::vector<GradingInput> cadres = Department("c", "org", 10);
  cadres[7].cadre_id = "c03";
  const absl::Status status = ProposeGradesInto(policy, cadres, proposal);
  EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(status.message(), HasSubstr("cadre \"c03\" is listed twice"));
  // And the next call is whole again.
  ASSERT_TRUE(ProposeGradesInto(policy, Department("c", "org", 10), proposal).ok());
  ExpectTenGradedByHand(proposal);
}

TEST(GradeProposalReuseTest, EachThreadGradesWithItsOwnWorkingMemory) {
  const GradingPolicy policy = HunanGrading();
  std::vector<std::thread> threads;
  std::vector<int> wrong(4, 0);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&policy, &wrong, t] {
      // Each thread alternates a 10-cadre department with a larger organ.
      const std::vector<GradingInput> ten = Department(absl::StrCat("t", t, "c"), "org", 10);
      const std::vector<GradingInput> larger =
          Department(absl::StrCat("t", t, "x"), "big", 20 + 10 * t);
      GradeProposal proposal;
      for (int round = 0; round < 50; ++round) {
        if (!ProposeGradesInto(policy, larger, proposal).ok()) ++wrong[t];
        if (!ProposeGradesInto(policy, ten, proposal).ok() ||
            Grades(proposal) != std::vector<int>{0, 0, 0, 1, 1, 1, 1, 1, 2, 2}) {
          ++wrong[t];
        }
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  EXPECT_THAT(wrong, ElementsAre(0, 0, 0, 0));
}

}  // namespace
}  // namespace liaison
