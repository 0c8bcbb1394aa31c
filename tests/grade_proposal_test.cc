// Grade proposals on hand-worked departments: caps, eligibility, floors, ties.
#include "liaison/grade_proposal.h"

#include <algorithm>
#include <limits>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "liaison/grading_input.h"
#include "liaison/grading_policy.h"
#include "test_support.h"

namespace liaison {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

using testing::HunanGrading;
using testing::kExcellent;
using testing::kFair;
using testing::kGood;
using testing::kPoor;


GradingInput Cadre(std::string id, double score, std::optional<TermId> eligible = kExcellent,
                   std::string department = "org") {
  GradingInput cadre;
  cadre.cadre_id = std::move(id);
  cadre.department = std::move(department);
  cadre.score = score;
  cadre.all_binding_met = eligible == kExcellent;
  cadre.eligible_grade = eligible;
  return cadre;
}

// c01 … c10 with scores 0.95, 0.90, …, 0.50: no ties.
std::vector<GradingInput> TenCadres() {
  std::vector<GradingInput> cadres;
  for (int i = 1; i <= 10; ++i) {
    cadres.push_back(Cadre(absl::StrCat("c", i < 10 ? "0" : "", i), 1.0 - 0.05 * i));
  }
  return cadres;
}

GradeProposal Propose(const GradingPolicy& policy, const std::vector<GradingInput>& cadres) {
  absl::StatusOr<GradeProposal> proposal = ProposeGrades(policy, cadres);
  EXPECT_TRUE(proposal.ok()) << proposal.status();
  return *std::move(proposal);
}

// The proposed grade of each cadre, in input order; -1 for none.
std::vector<int> Grades(const GradeProposal& proposal) {
  std::vector<int> grades;
  for (const CadreProposal& cadre : proposal.cadres)
    grades.push_back(cadre.grade ? *cadre.grade : -1);
  return grades;
}

std::string English(const GradingPolicy& policy, const GradeProposal& proposal,
                    const std::vector<GradingInput>& cadres, std::size_t i) {
  return DescribeProposal(policy, proposal, cadres, i).en;
}

TEST(GradeProposalTest, CapsFillInRankOrder) {
  // Base 10: 优 floor(3.0) = 3, 良 floor(5.0) = 5; ranks 1–3 优, 4–8 良, 9–10 中.
  const GradingPolicy policy = HunanGrading();
  const std::vector<GradingInput> cadres = TenCadres();
  const GradeProposal proposal = Propose(policy, cadres);
  EXPECT_THAT(Grades(proposal), ElementsAre(0, 0, 0, 1, 1, 1, 1, 1, 2, 2));
  EXPECT_THAT(proposal.units[0].counts, ElementsAre(3, 5, 2, 0));
  EXPECT_EQ(proposal.units[0].ranked, 10);
  EXPECT_EQ(proposal.cadres[3].rank, 4u);
  EXPECT_EQ(proposal.cadres[3].full_grade, kExcellent);
  EXPECT_EQ(proposal.cadres[3].full_cap, kExcellent);
  EXPECT_EQ(English(policy, proposal, cadres, 0), "rank 1 of 10; proposed excellent");
  EXPECT_EQ(English(policy, proposal, cadres, 3),
            "rank 4 of 10; excellent cap 3 reached; proposed good");
  EXPECT_EQ(DescribeProposal(policy, proposal, cadres, 3).zh, "排名 4/10；优 上限 3 已满；建议 良");
  EXPECT_EQ(English(policy, proposal, cadres, 8),
            "rank 9 of 10; excellent cap 3 reached; good cap 5 reached; proposed fair");
}

TEST(GradeProposalTest, EligibilityBoundsTheGrade) {
  // c01 ranks first but a binding task is unmet: 良 at best. 优 goes to
  // c02–c04; 良 to c01 and c05–c08 (5); 中 to c09, c10.
  const GradingPolicy policy = HunanGrading();
  std::vector<GradingInput> cadres = TenCadres();
  cadres[0].eligible_grade = kGood;
  cadres[0].all_binding_met = false;
  const GradeProposal proposal = Propose(policy, cadres);
  EXPECT_THAT(Grades(proposal), ElementsAre(1, 0, 0, 0, 1, 1, 1, 1, 2, 2));
  EXPECT_EQ(English(policy, proposal, cadres, 0),
            "rank 1 of 10; eligible for good at best; proposed good");
  EXPECT_EQ(DescribeProposal(policy, proposal, cadres, 0).zh, "排名 1/10；最高可评 良；建议 良");
}

TEST(GradeProposalTest, CumulativeVersusPerGrade) {
  // Cumulative: 优 ≤ 3 and 优+良 ≤ 5, so 3 优, 2 良, 5 中.
  GradingPolicy policy = HunanGrading();
  policy.cumulative = true;
  const std::vector<GradingInput> cadres = TenCadres();
  GradeProposal proposal = Propose(policy, cadres);
  EXPECT_THAT(Grades(proposal), ElementsAre(0, 0, 0, 1, 1, 2, 2, 2, 2, 2));
  EXPECT_EQ(English(policy, proposal, cadres, 5),
            "rank 6 of 10; excellent cap 3 reached; excellent+good cap 5 reached; "
            "proposed fair");
  // Per grade (above): 3 优, 5 良, 2 中.
  policy.cumulative = false;
  proposal = Propose(policy, cadres);
  EXPECT_THAT(proposal.units[0].counts, ElementsAre(3, 5, 2, 0));
}

TEST(GradeProposalTest, PassDown) {
  // Only c01 may have 优; the rest are eligible for 良 at best.
  GradingPolicy policy = HunanGrading();
  std::vector<GradingInput> cadres = TenCadres();
  for (std::size_t i = 1; i < cadres.size(); ++i) cadres[i].eligible_grade = kGood;
  // Without pass-down: 1 优, 良 cap 5 (c02–c06), 4 中.
  GradeProposal proposal = Propose(policy, cadres);
  EXPECT_THAT(proposal.units[0].counts, ElementsAre(1, 5, 4, 0));
  // With pass-down the 3 − 1 = 2 unused 优 places go to 良: 5 + 2 = 7
  // (c02–c08), 2 中.
  policy.pass_down = true;
  proposal = Propose(policy, cadres);
  EXPECT_THAT(Grades(proposal), ElementsAre(0, 1, 1, 1, 1, 1, 1, 1, 2, 2));
  EXPECT_EQ(English(policy, proposal, cadres, 8),
            "rank 9 of 10; eligible for good at best; good cap 5 + 2 passed down reached; "
            "proposed fair");
}

TEST(GradeProposalTest, PassedDownPlacesServeRankOrder) {
  // c01–c08 (ranks 1–8) are eligible for 良 at best, c09 and c10 for 优.
  // In rank order c01–c05 fill 良's 5 and c06–c08 take the 3 places 优 has
  // not used (5 + 3 = 8). c09 could have 优, but a 优 would leave 良 only 2
  // passed-down places for its 8 cadres: no room. The higher ranks keep theirs.
  GradingPolicy policy = HunanGrading();
  policy.pass_down = true;
  std::vector<GradingInput> cadres = TenCadres();
  for (std::size_t i = 0; i < 8; ++i) cadres[i].eligible_grade = kGood;
  const GradeProposal proposal = Propose(policy, cadres);
  EXPECT_THAT(Grades(proposal), ElementsAre(1, 1, 1, 1, 1, 1, 1, 1, 2, 2));
  EXPECT_EQ(proposal.cadres[8].full_grade, kExcellent);
  EXPECT_EQ(proposal.cadres[8].full_cap, kGood);
  EXPECT_EQ(English(policy, proposal, cadres, 8),
            "rank 9 of 10; no room for excellent: good cap 5 + 3 passed down reached; "
            "proposed fair");
}

TEST(GradeProposalTest, FloorsPutTheBottomShareLow) {
  // Bottom 20% of 10 = floor(2.0) = 2: c09, c10 are 差 at best.
  GradingPolicy policy = HunanGrading();
  policy.floors = {{kPoor, 0.2}};
  std::vector<GradingInput> cadres = TenCadres();
  GradeProposal proposal = Propose(policy, cadres);
  EXPECT_THAT(Grades(proposal), ElementsAre(0, 0, 0, 1, 1, 1, 1, 1, 3, 3));
  EXPECT_EQ(proposal.cadres[9].floor, kPoor);
  EXPECT_EQ(English(policy, proposal, cadres, 9),
            "rank 10 of 10; in the bottom 20%, poor at best; proposed poor");
  EXPECT_EQ(DescribeProposal(policy, proposal, cadres, 9).zh,
            "排名 10/10；位列末位 20%，最高 差；建议 差");
  // Rounded as the caps: half_up of 0.2 × 8 = 1.6 is 2; floor would be 1.
  cadres.resize(8);
  policy.rounding = Rounding::kHalfUp;
  proposal = Propose(policy, cadres);
  // 优 half_up(2.4) = 2, 良 half_up(4.0) = 4, then 差 for the bottom 2.
  EXPECT_THAT(Grades(proposal), ElementsAre(0, 0, 1, 1, 1, 1, 3, 3));
  policy.rounding = Rounding::kFloor;
  proposal = Propose(policy, cadres);
  // 优 floor(2.4) = 2, 良 4, 中 for rank 7, 差 for the bottom floor(1.6) = 1.
  EXPECT_THAT(Grades(proposal), ElementsAre(0, 0, 1, 1, 1, 1, 2, 3));
}

// c01 0.95; c02, c03, c04 tie at 0.90 with 8, 9, 9 binding rules met;
// c05 … c10 at 0.80, 0.75, …, 0.55.
std::vector<GradingInput> TiedAtTheExcellentCap() {
  std::vector<GradingInput> cadres = {Cadre("c01", 0.95), Cadre("c02", 0.90), Cadre("c03", 0.90),
                                      Cadre("c04", 0.90)};
  cadres[1].binding_met = 8;
  cadres[2].binding_met = 9;
  cadres[3].binding_met = 9;
  for (int i = 5; i <= 10; ++i) {
    cadres.push_back(Cadre(absl::StrCat("c", i < 10 ? "0" : "", i), 1.05 - 0.05 * i));
  }
  return cadres;
}

TEST(GradeProposalTest, TiesBrokenByKeysThenId) {
  GradingPolicy policy = HunanGrading();
  std::vector<GradingInput> cadres = TiedAtTheExcellentCap();
  // No keys: the ids decide, c02 < c03 < c04; c04 misses the 3 优 places.
  GradeProposal proposal = Propose(policy, cadres);
  EXPECT_THAT(Grades(proposal), ElementsAre(0, 0, 0, 1, 1, 1, 1, 1, 2, 2));

  // binding_met first: c03 (9) and c04 (9, after c03 by id), then c02 (8).
  policy.tie_keys = {{TieKey::Type::kBindingMet, ""}};
  proposal = Propose(policy, cadres);
  EXPECT_THAT(Grades(proposal), ElementsAre(0, 1, 0, 0, 1, 1, 1, 1, 2, 2));
  EXPECT_EQ(proposal.cadres[1].rank, 4u);
  EXPECT_EQ(proposal.cadres[2].rank, 2u);
  EXPECT_EQ(proposal.cadres[3].rank, 3u);

  // A rule's completion first, then binding_met: c02 (1.0) before c03, c04
  // (0.5 each, 9 binding met each, then by id).
  policy.tie_keys = {{TieKey::Type::kRuleCompletion, "research"}, {TieKey::Type::kBindingMet, ""}};
  for (GradingInput& cadre : cadres) cadre.tie_rule_completions = {0.5};
  cadres[1].tie_rule_completions = {1.0};
  proposal = Propose(policy, cadres);
  EXPECT_THAT(Grades(proposal), ElementsAre(0, 0, 0, 1, 1, 1, 1, 1, 2, 2));
  EXPECT_EQ(proposal.cadres[1].rank, 2u);
  EXPECT_EQ(proposal.cadres[3].rank, 4u);
}

TEST(GradeProposalTest, ScoresEqualAtNineDecimalsTie) {
  // 0.1 + 0.2 is 0.30000000000000004: the same score as 0.3 for ranking.
  GradingPolicy policy = HunanGrading();
  policy.caps = {{kExcellent, 0.5}};
  std::vector<GradingInput> cadres = {Cadre("b", 0.1 + 0.2), Cadre("a", 0.3)};
  const GradeProposal proposal = Propose(policy, cadres);
  EXPECT_EQ(proposal.cadres[1].rank, 1u);  // a before b by id
  EXPECT_THAT(Grades(proposal), ElementsAre(1, 0));
}

TEST(GradeProposalTest, TiesHeldForTheCommittee) {
  // c02, c03, c04 tie at 0.90 and seek the 2 优 places c01 leaves: 3 > 2, so
  // none gets 优. The 2 places stay open (held), the three are flagged and go
  // on to 良, where 5 places take all three and then c05, c06. c05 finds 优
  // full, because the held places count. c07–c10 get 中.
  GradingPolicy policy = HunanGrading();
  policy.ties = TiePolicy::kHoldForCommittee;
  policy.tie_keys = {{TieKey::Type::kBindingMet, ""}};
  const std::vector<GradingInput> cadres = TiedAtTheExcellentCap();
  const GradeProposal proposal = Propose(policy, cadres);
  EXPECT_THAT(Grades(proposal), ElementsAre(0, 1, 1, 1, 1, 1, 2, 2, 2, 2));
  EXPECT_THAT(proposal.units[0].counts, ElementsAre(1, 5, 4, 0));
  EXPECT_THAT(proposal.units[0].held, ElementsAre(2, 0, 0, 0));
  for (std::size_t i = 1; i <= 3; ++i) {
    EXPECT_EQ(proposal.cadres[i].held_grade, kExcellent);
    EXPECT_EQ(proposal.cadres[i].tie_first_rank, 2u);
    EXPECT_EQ(proposal.cadres[i].tie_size, 3u);
  }
  EXPECT_FALSE(proposal.cadres[4].held_grade.has_value());
  // The keys still order the ranks shown (c03, c04, then c02).
  EXPECT_EQ(English(policy, proposal, cadres, 1),
            "rank 4 of 10; ranks 2–4 tie on score for excellent: 2 places held for the "
            "committee; provisionally good");
  EXPECT_EQ(DescribeProposal(policy, proposal, cadres, 1).zh,
            "排名 4/10；第 2–4 名同分竞争 优，2 个名额留待委员会决定；暂定 良");
  EXPECT_EQ(English(policy, proposal, cadres, 4),
            "rank 5 of 10; excellent cap 3 reached; proposed good");
}

TEST(GradeProposalTest, HoldOnlyWhenTheTieStraddles) {
  GradingPolicy policy = HunanGrading();
  policy.ties = TiePolicy::kHoldForCommittee;
  // Two tie at 0.90 for the last 2 优 places: both fit, nobody is flagged.
  std::vector<GradingInput> cadres = TenCadres();
  cadres[2].score = cadres[1].score;
  GradeProposal proposal = Propose(policy, cadres);
  EXPECT_THAT(Grades(proposal), ElementsAre(0, 0, 0, 1, 1, 1, 1, 1, 2, 2));
  for (const CadreProposal& cadre : proposal.cadres) EXPECT_FALSE(cadre.held_grade);
  // c04 and c05 tie just after 优 is full (no place left to contest): both
  // get 良 unflagged.
  cadres = TenCadres();
  cadres[4].score = cadres[3].score;
  proposal = Propose(policy, cadres);
  EXPECT_THAT(Grades(proposal), ElementsAre(0, 0, 0, 1, 1, 1, 1, 1, 2, 2));
  for (const CadreProposal& cadre : proposal.cadres) EXPECT_FALSE(cadre.held_grade);
}

TEST(GradeProposalTest, TiesAtAFloorBoundary) {
  // Bottom 20% of 10 = 2 (ranks 9, 10), but c08 and c09 tie at 0.575.
  GradingPolicy policy = HunanGrading();
  policy.floors = {{kPoor, 0.2}};
  std::vector<GradingInput> cadres = TenCadres();
  cadres[7].score = 0.575;
  cadres[8].score = 0.575;
  // Broken by id: c08 rank 8 takes the 5th 良 place; c09, c10 差.
  GradeProposal proposal = Propose(policy, cadres);
  EXPECT_THAT(Grades(proposal), ElementsAre(0, 0, 0, 1, 1, 1, 1, 1, 3, 3));
  // Held: the tied pair goes under the floor whole, so c08, c09, c10 are 差
  // provisionally, c08 and c09 flagged; 良 has 4.
  policy.ties = TiePolicy::kHoldForCommittee;
  proposal = Propose(policy, cadres);
  EXPECT_THAT(Grades(proposal), ElementsAre(0, 0, 0, 1, 1, 1, 1, 3, 3, 3));
  EXPECT_TRUE(proposal.cadres[7].tied_at_floor);
  EXPECT_TRUE(proposal.cadres[8].tied_at_floor);
  EXPECT_FALSE(proposal.cadres[9].tied_at_floor);
  EXPECT_EQ(English(policy, proposal, cadres, 7),
            "rank 8 of 10; in the bottom 20%, poor at best; ranks 8–9 tie on score across "
            "the floor's boundary, all held under the floor for the committee; "
            "provisionally poor");
}

TEST(GradeProposalTest, SameProposalWhateverTheInputOrder) {
  GradingPolicy policy = HunanGrading();
  policy.tie_keys = {{TieKey::Type::kBindingMet, ""}};
  const std::vector<GradingInput> cadres = TiedAtTheExcellentCap();
  const GradeProposal expected = Propose(policy, cadres);
  std::vector<std::size_t> order(cadres.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::mt19937 random(7);
  for (int round = 0; round < 20; ++round) {
    std::shuffle(order.begin(), order.end(), random);
    std::vector<GradingInput> shuffled;
    for (std::size_t i : order) shuffled.push_back(cadres[i]);
    const GradeProposal proposal = Propose(policy, shuffled);
    for (std::size_t k = 0; k < order.size(); ++k) {
      EXPECT_EQ(proposal.cadres[k].grade, expected.cadres[order[k]].grade);
      EXPECT_EQ(proposal.cadres[k].rank, expected.cadres[order[k]].rank);
    }
  }
}

TEST(GradeProposalTest, PooledDepartments) {
  // pool_below 5: publicity (3) and youth (2) pool to 5 cadres, 优
  // floor(1.5) = 1, 良 floor(2.5) = 2, ranked together: y1 0.95 优; p1 0.9,
  // p2 0.8 良; p3 0.7, y2 0.6 中. org (5 cadres, 优 1, 良 2) is its own unit.
  GradingPolicy policy = HunanGrading();
  policy.pool_below = 5;
  std::vector<GradingInput> cadres = {
      Cadre("p1", 0.9, kExcellent, "publicity"), Cadre("p2", 0.8, kExcellent, "publicity"),
      Cadre("p3", 0.7, kExcellent, "publicity"), Cadre("y1", 0.95, kExcellent, "youth"),
      Cadre("y2", 0.6, kExcellent, "youth")};
  for (int i = 1; i <= 5; ++i) cadres.push_back(Cadre(absl::StrCat("o", i), 1.0 - 0.1 * i));
  const GradeProposal proposal = Propose(policy, cadres);
  ASSERT_EQ(proposal.plan.units.size(), 2u);
  EXPECT_EQ(proposal.plan.units[1].id, "pool:publicity+youth");
  EXPECT_THAT(Grades(proposal), ElementsAre(1, 1, 2, 0, 2, 0, 1, 1, 2, 2));
  EXPECT_EQ(proposal.cadres[4].unit, 1u);
  EXPECT_EQ(proposal.cadres[4].rank, 5u);
  EXPECT_EQ(English(policy, proposal, cadres, 4),
            "rank 5 of 5; excellent cap 1 reached; good cap 2 reached; proposed fair");
}

TEST(GradeProposalTest, OrganQuota) {
  // Organ base 14: 优 4 split a 2, b 2, c 0; 良 7 split 3, 3, 1 (worked out in
  // apportionment_test). c's best cadre gets no 优 place.
  GradingPolicy policy = HunanGrading();
  policy.organ_quota = true;
  std::vector<GradingInput> cadres;
  for (int i = 0; i < 6; ++i) cadres.push_back(Cadre(absl::StrCat("a", i), 0.9 - 0.1 * i, 0, "a"));
  for (int i = 0; i < 6; ++i) cadres.push_back(Cadre(absl::StrCat("b", i), 0.9 - 0.1 * i, 0, "b"));
  cadres.push_back(Cadre("c0", 0.99, kExcellent, "c"));
  cadres.push_back(Cadre("c1", 0.5, kExcellent, "c"));
  const GradeProposal proposal = Propose(policy, cadres);
  EXPECT_THAT(proposal.units[0].counts, ElementsAre(2, 3, 1, 0));
  EXPECT_THAT(proposal.units[2].counts, ElementsAre(0, 1, 1, 0));
  EXPECT_EQ(English(policy, proposal, cadres, 12),
            "rank 1 of 2; excellent cap 0 reached; proposed good");
  ASSERT_EQ(proposal.plan.alabama_paradoxes.size(), 1u);
}

TEST(GradeProposalTest, CadresOutsideTheBaseOrEligibleForNothing) {
  const GradingPolicy policy = HunanGrading();
  std::vector<GradingInput> cadres = TenCadres();
  GradingInput exempt = Cadre("c11", 0.99);
  exempt.in_base = false;
  exempt.outside_base_reason = "exempt";
  cadres.push_back(exempt);
  cadres[0].eligible_grade = std::nullopt;
  const GradeProposal proposal = Propose(policy, cadres);
  // The base stays 10; c01 gets nothing, so 优 goes to c02–c04.
  EXPECT_THAT(Grades(proposal), ElementsAre(-1, 0, 0, 0, 1, 1, 1, 1, 1, 2, -1));
  EXPECT_EQ(proposal.cadres[10].rank, 0u);
  EXPECT_EQ(English(policy, proposal, cadres, 10), "outside the quota base (exempt); no grade");
  EXPECT_EQ(DescribeProposal(policy, proposal, cadres, 10).zh,
            "不计入考核基数（exempt）；不评等次");
  EXPECT_EQ(English(policy, proposal, cadres, 0), "rank 1 of 10; eligible for no grade; no grade");
}

TEST(GradeProposalTest, NoGradeWhenEveryGradeIsFull) {
  // Two grades, each capped at 50% of 3: floor(1.5) = 1 place each.
  GradingPolicy policy;
  policy.scale = TermList({{"pass", {"合格", "pass"}}, {"merit", {"良好", "merit"}}});
  policy.caps = {{0, 0.5}, {1, 0.5}};
  const std::vector<GradingInput> cadres = {Cadre("a", 0.9, 0), Cadre("b", 0.8, 0),
                                            Cadre("c", 0.7, 0)};
  const GradeProposal proposal = Propose(policy, cadres);
  EXPECT_THAT(Grades(proposal), ElementsAre(0, 1, -1));
  EXPECT_EQ(English(policy, proposal, cadres, 2),
            "rank 3 of 3; pass cap 1 reached; merit cap 1 reached; no grade");
}

TEST(GradeProposalTest, InvalidInputIsAnError) {
  GradingPolicy policy = HunanGrading();
  std::vector<GradingInput> cadres = TenCadres();
  cadres[4].cadre_id = "c01";
  EXPECT_THAT(ProposeGrades(policy, cadres).status().message(), HasSubstr("listed twice"));
  cadres = TenCadres();
  cadres[2].score = std::numeric_limits<double>::quiet_NaN();
  EXPECT_EQ(ProposeGrades(policy, cadres).status().code(), absl::StatusCode::kInvalidArgument);
  cadres = TenCadres();
  cadres[2].score = 2e9;
  EXPECT_EQ(ProposeGrades(policy, cadres).status().code(), absl::StatusCode::kInvalidArgument);
  cadres = TenCadres();
  cadres[2].eligible_grade = 4;
  EXPECT_THAT(ProposeGrades(policy, cadres).status().message(), HasSubstr("outside the scale"));
  cadres = TenCadres();
  policy.tie_keys = {{TieKey::Type::kRuleCompletion, "research"}};
  EXPECT_THAT(ProposeGrades(policy, cadres).status().message(),
              HasSubstr("0 tie-break rule completions given"));
  policy = HunanGrading();
  policy.floors = {{kPoor, 1.2}};
  EXPECT_EQ(ProposeGrades(policy, cadres).status().code(), absl::StatusCode::kInvalidArgument);
  policy = HunanGrading();
  policy.caps = {{9, 0.3}};
  EXPECT_EQ(ProposeGrades(policy, cadres).status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_TRUE(ProposeGrades(HunanGrading(), {}).ok());
}

}  // namespace
}  // namespace liaison
