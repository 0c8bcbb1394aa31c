// The table of rule kinds (rule_kind.h): every kind has one row, its name is
// the one documents spell, and what varies by kind reads from it.
#include <cstddef>
#include <iterator>

#include "base/enum_names.h"
#include "gtest/gtest.h"
#include "liaison/policy.h"
#include "liaison/rule_kind.h"
#include "liaison/task_rule.h"

namespace liaison {
namespace {

TEST(RuleKindTest, EveryKindHasItsRowAndItsNameParsesBack) {
  ASSERT_EQ(std::size(kRuleKindNames), std::size(kRuleKinds));
  for (const RuleKindTraits& row : kRuleKinds) {
    EXPECT_EQ(&TraitsOf(row.kind), &row);
    EXPECT_EQ(RuleKindName(row.kind), row.name);
    EXPECT_EQ(ValueOf(kRuleKindNames, row.name), row.kind) << row.name;
  }
  EXPECT_EQ(RuleKindName(RuleKind::kDuration), "duration");
  EXPECT_EQ(AllowedNames(kRuleKindNames),
            "\"count\", \"sum\", \"distinct\", \"deadline\", \"range\", \"coverage\", "
            "\"duration\"");
}

TEST(RuleKindTest, OnlyADeadlineCountsSubmissionsAndIsNeverProrated) {
  for (const RuleKindTraits& row : kRuleKinds) {
    const bool deadline = row.kind == RuleKind::kDeadline;
    EXPECT_EQ(row.counted == Counted::kSubmissions, deadline) << row.name;
    EXPECT_EQ(row.prorated, !deadline) << row.name;
  }
}

TEST(RuleKindTest, ADurationsBoundsAreInDaysOfItsUnit) {
  EXPECT_TRUE(TraitsOf(RuleKind::kDuration).in_days);
  EXPECT_FALSE(TraitsOf(RuleKind::kSum).in_days);
  // Hunan's field_days: "min": 2, "unit": "month", "days_per_unit": 30.
  const Policy hunan = *Policy::Embedded("hunan");
  const EffectiveRule& field_days = hunan.rules()[*hunan.FindRule("field_days")];
  EXPECT_EQ(field_days.rule->min, 2);
  EXPECT_EQ(field_days.min, 60);
}

TEST(RuleKindTest, ASumCountsInTheUnitOfItsQuantity) {
  TaskRule rule;
  rule.kind = RuleKind::kSum;
  rule.quantity = Quantity::kDays;
  EXPECT_EQ(UnitOf(rule).zh, "天");
  EXPECT_EQ(UnitOf(rule).many, "days");
  rule.quantity = Quantity::kHeadcount;
  EXPECT_EQ(UnitOf(rule).zh, "人次");
  rule.kind = RuleKind::kDistinct;
  EXPECT_EQ(UnitOf(rule).zh, "人");
  EXPECT_EQ(UnitOf(rule).one, "person");
  rule.kind = RuleKind::kCount;
  EXPECT_EQ(UnitOf(rule).zh, "次");
  EXPECT_EQ(UnitOf(rule).many, "");  // a bare number in English
}

}  // namespace
}  // namespace liaison
