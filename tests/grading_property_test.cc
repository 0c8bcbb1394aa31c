// Properties of grading over many random organs and policies: a proposal
// never exceeds a cap, never gives a grade above eligibility, and does not
// depend on the order of its input; the typed and the string check agree.
#include <algorithm>
#include <cstdint>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"
#include "liaison/grade_check.h"
#include "liaison/grade_proposal.h"
#include "liaison/grading_input.h"
#include "liaison/grading_policy.h"
#include "liaison/quota_caps.h"

namespace liaison {
namespace {

constexpr int kRounds = 2000;

int Uniform(std::mt19937& random, int low, int high) {
  return std::uniform_int_distribution<int>(low, high)(random);
}

bool Chance(std::mt19937& random, double p) { return std::bernoulli_distribution(p)(random); }

GradingPolicy RandomPolicy(std::mt19937& random) {
  GradingPolicy policy;
  const int grades = Uniform(random, 2, 5);
  std::vector<Term> terms;
  for (int g = 0; g < grades; ++g) {
    terms.push_back({absl::StrCat("g", g), {absl::StrCat("等", g), absl::StrCat("grade", g)}});
  }
  policy.scale = TermList(terms);
  for (int g = 0; g < grades; ++g) {
    // Mostly the better grades are capped; sometimes every grade is.
    if (Chance(random, g + 1 < grades ? 0.7 : 0.15)) {
      policy.caps.push_back({static_cast<TermId>(g), 0.05 * Uniform(random, 0, 20)});
    }
  }
  std::shuffle(policy.caps.begin(), policy.caps.end(), random);
  policy.rounding = static_cast<Rounding>(Uniform(random, 0, 2));
  policy.cumulative = Chance(random, 0.3);
  policy.pass_down = Chance(random, 0.4);
  policy.minimum_one_from = Chance(random, 0.3) ? Uniform(random, 1, 6) : 0;
  policy.pool_below = Chance(random, 0.3) ? Uniform(random, 1, 6) : 0;
  policy.organ_quota = Chance(random, 0.25);
  policy.ties = Chance(random, 0.5) ? TiePolicy::kHoldForCommittee : TiePolicy::kBreakByKeys;
  if (Chance(random, 0.5)) policy.tie_keys.push_back({TieKey::Type::kBindingMet, ""});
  if (Chance(random, 0.5)) policy.tie_keys.push_back({TieKey::Type::kRuleCompletion, "r"});
  if (Chance(random, 0.3)) {
    policy.floors.push_back({static_cast<TermId>(grades - 1), 0.05 * Uniform(random, 0, 8)});
  }
  return policy;
}

std::vector<GradingInput> RandomOrgan(std::mt19937& random, const GradingPolicy& policy) {
  std::size_t rule_keys = 0;
  for (const TieKey& key : policy.tie_keys) {
    if (key.type == TieKey::Type::kRuleCompletion) ++rule_keys;
  }
  std::vector<GradingInput> cadres;
  const int departments = Uniform(random, 1, 8);
  for (int d = 0; d < departments; ++d) {
    const int size = Uniform(random, 0, 15);
    for (int i = 0; i < size; ++i) {
      GradingInput cadre;
      cadre.cadre_id = absl::StrCat("d", d, "c", i);
      cadre.department = absl::StrCat("d", d);
      cadre.in_base = !Chance(random, 0.08);
      if (!cadre.in_base) cadre.outside_base_reason = "exempt";
      // Few distinct scores, so ties are common.
      cadre.score = Uniform(random, 0, 10) / 10.0;
      cadre.binding_met = Uniform(random, 0, 3);
      cadre.all_binding_met = Chance(random, 0.7);
      if (!Chance(random, 0.05)) {
        cadre.eligible_grade =
            static_cast<TermId>(Uniform(random, 0, static_cast<int>(policy.scale.size()) - 1));
      }
      for (std::size_t k = 0; k < rule_keys; ++k) {
        cadre.tie_rule_completions.push_back(Uniform(random, 0, 4) / 4.0);
      }
      cadres.push_back(std::move(cadre));
    }
  }
  return cadres;
}

// The proposal taken as the department's grades.
std::vector<GradingInput> WithProposedGrades(const GradingPolicy& policy,
                                             std::vector<GradingInput> cadres,
                                             const GradeProposal& proposal) {
  for (std::size_t i = 0; i < cadres.size(); ++i) {
    const std::optional<TermId>& grade = proposal.cadres[i].grade;
    cadres[i].assigned_grade = grade ? policy.scale[*grade].id : "";
  }
  return cadres;
}

TEST(GradingPropertyTest, ProposalsRespectCapsAndEligibility) {
  std::mt19937 random(20181023);
  // What the random organs exercised, so the properties are not vacuous.
  struct {
    int cadres = 0;
    int without_grade = 0;
    int held_places = 0;
    int tied_at_floor = 0;
    int pooled_units = 0;
    int cap_reached = 0;
  } seen;
  for (int round = 0; round < kRounds; ++round) {
    const GradingPolicy policy = RandomPolicy(random);
    const std::vector<GradingInput> cadres = RandomOrgan(random, policy);
    absl::StatusOr<GradeProposal> proposal = ProposeGrades(policy, cadres);
    ASSERT_TRUE(proposal.ok()) << proposal.status();
    for (const QuotaUnit& unit : proposal->plan.units) seen.pooled_units += unit.pooled;
    for (std::size_t i = 0; i < cadres.size(); ++i) {
      const CadreProposal& p = proposal->cadres[i];
      ++seen.cadres;
      seen.tied_at_floor += p.tied_at_floor;
      seen.cap_reached += p.full_grade.has_value();
      if (cadres[i].in_base && !p.grade) ++seen.without_grade;
      if (!p.grade) continue;
      ASSERT_TRUE(cadres[i].in_base);
      ASSERT_TRUE(cadres[i].eligible_grade.has_value());
      EXPECT_GE(*p.grade, *cadres[i].eligible_grade) << "round " << round;
      if (p.floor) {
        EXPECT_GE(*p.grade, *p.floor) << "round " << round;
      }
    }
    // Given and held places together stay within every cap.
    for (std::size_t u = 0; u < proposal->units.size(); ++u) {
      const UnitProposal& unit = proposal->units[u];
      std::vector<std::int32_t> taken(unit.counts.begin(), unit.counts.end());
      for (std::size_t g = 0; g < taken.size(); ++g) {
        taken[g] += unit.held[g];
        if (policy.ties == TiePolicy::kBreakByKeys) {
          EXPECT_EQ(unit.held[g], 0);
        }
        if (unit.held[g] > 0) ++seen.held_places;
      }
      EXPECT_TRUE(proposal->plan.units[u].caps.Admits(taken)) << "round " << round;
    }
    // The check of the proposal as assigned finds nothing but the cadres left
    // without a grade.
    const std::vector<GradingInput> graded = WithProposedGrades(policy, cadres, *proposal);
    absl::StatusOr<OrganGradeCheck> check = CheckOrganGrades(policy, graded);
    ASSERT_TRUE(check.ok()) << check.status();
    for (const GradeCheck& unit : check->units) {
      for (const GradeViolation& violation : unit.violations) {
        ASSERT_EQ(violation.kind, GradeViolationKind::kMissingGrade) << "round " << round;
        EXPECT_FALSE(proposal->cadres[*violation.cadre].grade.has_value());
      }
    }
  }
  EXPECT_GT(seen.cadres, 50000);
  EXPECT_GT(seen.without_grade, 0);
  EXPECT_GT(seen.held_places, 0);
  EXPECT_GT(seen.tied_at_floor, 0);
  EXPECT_GT(seen.pooled_units, 0);
  EXPECT_GT(seen.cap_reached, 0);
}

TEST(GradingPropertyTest, ProposalsDoNotDependOnInputOrder) {
  std::mt19937 random(42);
  for (int round = 0; round < kRounds; ++round) {
    const GradingPolicy policy = RandomPolicy(random);
    const std::vector<GradingInput> cadres = RandomOrgan(random, policy);
    std::vector<std::size_t> order(cadres.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::shuffle(order.begin(), order.end(), random);
    std::vector<GradingInput> shuffled;
    for (std::size_t i : order) shuffled.push_back(cadres[i]);

    absl::StatusOr<GradeProposal> a = ProposeGrades(policy, cadres);
    absl::StatusOr<GradeProposal> b = ProposeGrades(policy, shuffled);
    ASSERT_TRUE(a.ok() && b.ok());
    ASSERT_EQ(a->units.size(), b->units.size());
    for (std::size_t u = 0; u < a->units.size(); ++u) {
      EXPECT_EQ(a->plan.units[u].id, b->plan.units[u].id);
      EXPECT_EQ(a->units[u].counts, b->units[u].counts);
      EXPECT_EQ(a->units[u].held, b->units[u].held);
    }
    for (std::size_t k = 0; k < order.size(); ++k) {
      const CadreProposal& x = a->cadres[order[k]];
      const CadreProposal& y = b->cadres[k];
      EXPECT_EQ(x.unit, y.unit);
      EXPECT_EQ(x.rank, y.rank);
      EXPECT_EQ(x.grade, y.grade) << "round " << round << " cadre " << shuffled[k].cadre_id;
      EXPECT_EQ(x.full_grade, y.full_grade);
      EXPECT_EQ(x.full_cap, y.full_cap);
      EXPECT_EQ(x.floor, y.floor);
      EXPECT_EQ(x.held_grade, y.held_grade);
      EXPECT_EQ(x.tied_at_floor, y.tied_at_floor);
      EXPECT_EQ(x.tie_first_rank, y.tie_first_rank);
      EXPECT_EQ(x.tie_size, y.tie_size);
      EXPECT_EQ(DescribeProposal(policy, *a, cadres, order[k]),
                DescribeProposal(policy, *b, shuffled, k));
    }
  }
}

TEST(GradingPropertyTest, TypedCheckAgreesWithTheFullCheck) {
  std::mt19937 random(7);
  for (int round = 0; round < kRounds; ++round) {
    const GradingPolicy policy = RandomPolicy(random);
    const int base = Uniform(random, 0, 20);
    absl::StatusOr<QuotaCaps> caps = ComputeQuotaCaps(policy, base);
    ASSERT_TRUE(caps.ok()) << caps.status();
    const int scale = static_cast<int>(policy.scale.size());
    std::vector<std::int32_t> grades;
    std::vector<std::int32_t> eligible;
    std::vector<GradingInput> cadres;
    for (int i = 0; i < base; ++i) {
      const int grade = Uniform(random, -1, scale);  // -1: none, scale: not in the scale
      const int best = Uniform(random, -1, scale - 1);
      grades.push_back(grade);
      eligible.push_back(best);
      GradingInput cadre;
      cadre.cadre_id = absl::StrCat("c", i);
      if (best >= 0) cadre.eligible_grade = static_cast<TermId>(best);
      if (grade >= 0) {
        cadre.assigned_grade =
            grade < scale ? policy.scale[static_cast<TermId>(grade)].id : std::string("unknown");
      }
      cadres.push_back(std::move(cadre));
    }
    absl::StatusOr<GradeIndexCheck> fast = CheckGradeIndices(policy, *caps, grades, eligible);
    absl::StatusOr<GradeCheck> full = CheckGrades(policy, *caps, cadres);
    ASSERT_TRUE(fast.ok() && full.ok());
    EXPECT_EQ(fast->counts, full->counts);
    absl::flat_hash_map<GradeViolationKind, int> kinds;
    for (const GradeViolation& violation : full->violations) ++kinds[violation.kind];
    EXPECT_EQ(fast->over_cap, kinds[GradeViolationKind::kOverCap]);
    EXPECT_EQ(fast->above_eligible, kinds[GradeViolationKind::kAboveEligible]);
    EXPECT_EQ(fast->not_in_scale, kinds[GradeViolationKind::kNotInScale]);
    EXPECT_EQ(fast->missing, kinds[GradeViolationKind::kMissingGrade]);
    EXPECT_EQ(fast->ok(), full->ok());
  }
}

}  // namespace
}  // namespace liaison
