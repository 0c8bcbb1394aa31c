// PolicyWarnings (liaison/policy_warnings.h): each warning on a variant of
// the example city policy (examples/policies/city/policy.json) made to say
// one thing its author probably did not mean, with its path and both
// languages; and none on the policies that ship. The sizes and places are
// worked out by hand in the comments.
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "liaison/policy.h"
#include "liaison/policy_warnings.h"
#include "test_support.h"

namespace liaison {
namespace {

using testing::MustParsePolicy;
using testing::ReadSourceFile;
using testing::Replace;

std::string City() { return ReadSourceFile("examples/policies/city/policy.json"); }

std::vector<PolicyWarning> WarningsOf(const std::string& text) {
  return PolicyWarnings(MustParsePolicy(text));
}

std::string Describe(const std::vector<PolicyWarning>& warnings) {
  std::string out;
  for (const PolicyWarning& w : warnings) out += "\n  " + w.path + " " + w.code + ": " + w.message.en;
  return out.empty() ? "\n  (none)" : out;
}

// The one warning of `warnings`, which must be at `path` with `code`.
PolicyWarning Only(const std::vector<PolicyWarning>& warnings, const std::string& path,
                   const std::string& code) {
  if (warnings.size() != 1 || warnings[0].path != path || warnings[0].code != code) {
    throw testing::SetupFailure("expected one " + code + " warning at " + path + ", got" +
                                Describe(warnings));
  }
  return warnings[0];
}

TEST(PolicyWarnings, NoneOnThePoliciesThatShip) {
  for (const char* id : {"hunan", "hunan-2018"}) {
    EXPECT_TRUE(PolicyWarnings(Policy::Embedded(id).value()).empty())
        << id << Describe(PolicyWarnings(Policy::Embedded(id).value()));
  }
  for (const char* example : {"city", "county", "university"}) {
    const std::vector<PolicyWarning> warnings =
        WarningsOf(ReadSourceFile(std::string("examples/policies/") + example + "/policy.json"));
    EXPECT_TRUE(warnings.empty()) << example << Describe(warnings);
  }
}

TEST(PolicyWarnings, ATitleQuotingTheOldMinimum) {
  // youth_met's minimum is 80; a title left at the province's 100.
  const PolicyWarning warning = Only(
      WarningsOf(Replace("与不少于80名基层青年", "与不少于100名基层青年")(City())),
      "$.rules[2].title.zh", "title_number");
  EXPECT_EQ(warning.message.en,
            "the title quotes 100 but the rule's min is 80: check the title or the parameter");
  EXPECT_EQ(warning.message.zh, "标题中的数字为 100，但最低要求 min 为 80：请核对标题或参数");
}

TEST(PolicyWarnings, ATitleWithoutTheMaximum) {
  // work_tasks is 2–3; "2—4项" quotes 2 and 4, not 3.
  const PolicyWarning warning =
      Only(WarningsOf(Replace("提出2—3项", "提出2—4项")(City())), "$.rules[5].title.zh",
           "title_number");
  EXPECT_NE(warning.message.en.find("the title quotes 2, 4 but the rule's max is 3"),
            std::string::npos)
      << warning.message.en;
}

TEST(PolicyWarnings, ATitleNamingAnotherDeadline) {
  // research is due 11-30; the province's "10月底前" names 10-31.
  const PolicyWarning zh = Only(WarningsOf(Replace("11月底前", "10月底前")(City())),
                                "$.rules[4].title.zh", "title_date");
  EXPECT_EQ(zh.message.en,
            "the title names the deadline 10-31 but the rule is due 11-30: check the title or the "
            "due date");
  EXPECT_EQ(zh.message.zh, "标题写的期限为 10-31，但 due 为 11-30：请核对标题或截止日期");
  Only(WarningsOf(Replace("by the end of November", "by the end of October")(City())),
       "$.rules[4].title.en", "title_date");
  Only(WarningsOf(Replace("by the end of November", "by 31 October")(City())),
       "$.rules[4].title.en", "title_date");
  Only(WarningsOf(Replace("11月底前", "10月31日前")(City())), "$.rules[4].title.zh",
       "title_date");
  // The same dates spelt another way agree.
  EXPECT_TRUE(WarningsOf(Replace("11月底前", "11月30日前")(City())).empty());
  EXPECT_TRUE(WarningsOf(Replace("by the end of November", "by 30 November")(City())).empty());
}

TEST(PolicyWarnings, AMinimumOfOneThatNeverRaisesAnything) {
  // 25% of 4 rounds to 1 (half_up) and 50% of 4 floors to 2: both grades have
  // a place from 4 cadres on without the minimum.
  const PolicyWarning warning = Only(
      WarningsOf(Replace(R"("minimum_one_from": 0)", R"("minimum_one_from": 4)")(City())),
      "$.grading.minimum_one_from", "no_effect");
  EXPECT_EQ(warning.message.en,
            "from 4 cadres every capped grade already has a place (excellent: 25% of 4 rounds to "
            "1; good: 50% of 4 rounds to 2), so minimum_one_from changes nothing at any size");
  EXPECT_NE(warning.message.zh.find("minimum_one_from 在任何部门人数下都不起作用"),
            std::string::npos);
  // From 1 it does something: 25% of 1 is 0.25, which rounds to 0, so a
  // department of 1 gets its 优 place from the minimum.
  EXPECT_TRUE(
      WarningsOf(Replace(R"("minimum_one_from": 0)", R"("minimum_one_from": 1)")(City())).empty());
}

TEST(PolicyWarnings, ACapOfTheWholeBase) {
  Only(WarningsOf(Replace(R"({"grade": "good", "share": 0.5})", R"({"grade": "good", "share": 1})")(
           City())),
       "$.grading.caps[1].share", "no_effect");
}

TEST(PolicyWarnings, PassDownUnderCumulativeCaps) {
  const std::string text = Replace(R"("pass_down": false)", R"("pass_down": true)")(
      Replace(R"("cumulative": false)", R"("cumulative": true)")(City()));
  Only(WarningsOf(text), "$.grading.pass_down", "no_effect");
}

TEST(PolicyWarnings, CapsThatRoundAboveTheirShare) {
  // Both caps rounding the grading's way, half_up. 25% of n rounds up past
  // n/4 when n mod 4 is 2 (a half) or 3 (three quarters): 2–3, 6–7, … 46–47,
  // and 50. 50% of n does for every odd n.
  const std::string text =
      Replace(R"("rounding": "floor")", R"("rounding": "half_up")")(
          Replace(R"({"grade": "excellent", "share": 0.25, "rounding": "half_up"})",
                  R"({"grade": "excellent", "share": 0.25})")(City()));
  const std::vector<PolicyWarning> warnings = WarningsOf(text);
  ASSERT_EQ(warnings.size(), 2u) << Describe(warnings);
  EXPECT_EQ(warnings[0].path, "$.grading.caps[0]");
  EXPECT_EQ(warnings[0].code, "cap_above_share");
  EXPECT_EQ(warnings[0].message.en,
            "excellent cap 25% rounded half_up gives more than its share at department sizes 2–3, "
            "6–7, 10–11, 14–15, 18–19, 22–23, 26–27, 30–31, 34–35, 38–39, 42–43, 46–47, 50 (1 of "
            "2); if that is meant, give the cap its own rounding");
  EXPECT_NE(warnings[0].message.zh.find("优 上限 25% 四舍五入后"), std::string::npos)
      << warnings[0].message.zh;
  EXPECT_EQ(warnings[1].path, "$.grading.caps[1]");
  EXPECT_NE(warnings[1].message.en.find("department sizes 1, 3, 5, 7,"), std::string::npos)
      << warnings[1].message.en;
  EXPECT_NE(warnings[1].message.en.find(" 49 (1 of 1)"), std::string::npos)
      << warnings[1].message.en;
}

TEST(PolicyWarnings, MoreDaysThanTheYearHas) {
  // 13 months of 30 days is 390 days; a year has at most 366.
  const PolicyWarning warning = Only(
      WarningsOf(Replace(R"("min": 2, "unit": "month")", R"("min": 13, "unit": "month")")(
          Replace("累计时间不得少于2个月", "累计时间不得少于13个月")(
              Replace("At least 2 months a year", "At least 13 months a year")(City())))),
      "$.rules[7].min", "unmeetable");
  EXPECT_NE(warning.message.en.find("asks for 390 days, but at most 366"), std::string::npos)
      << warning.message.en;
}

TEST(PolicyWarnings, AProratedMaximumBelowAnOverriddenMinimum) {
  // A third of the year, the ceiling scaled too: work_tasks max ⌈3/3⌉ = 1,
  // while an override asks for 2.
  const std::string text =
      Replace(R"("min": 2, "max": 3,)", R"("min": 2, "max": 3, "prorate_max": true,)")(
          Replace(R"("counting": )",
                  R"("proration": {"numerator": 1, "denominator": 3, "rounding": "ceil", "overrides": [{"rule": "work_tasks", "min": 2}]},
  "counting": )")(City()));
  const std::vector<PolicyWarning> warnings = WarningsOf(text);
  bool found = false;
  for (const PolicyWarning& warning : warnings) {
    if (warning.path == "$.rules[5]" && warning.code == "unmeetable") {
      found = true;
      EXPECT_EQ(warning.message.en,
                "its minimum in effect, 2, is above its maximum 1: no record can meet it");
    }
  }
  EXPECT_TRUE(found) << Describe(warnings);
}

TEST(PolicyWarnings, AKindMinimumForAKindNotAllowed) {
  const std::string text = Replace(
      R"("allowed_kinds": ["league_branch", "youth_home", "social_org", "online_org"],
    "sets": [{"ranks": [], "min": 3, "max": 4, "kind_minimums": []}])",
      R"("allowed_kinds": ["league_branch", "youth_home", "social_org"],
    "sets": [{"ranks": [], "min": 3, "max": 4, "kind_minimums": [{"kind": "online_org", "min": 1}]}])")(
      City());
  const PolicyWarning warning =
      Only(WarningsOf(text), "$.contact_points.sets[0].kind_minimums[0].kind", "unmeetable");
  EXPECT_NE(warning.message.en.find("kind \"online_org\" is not in allowed_kinds"),
            std::string::npos);
}

TEST(PolicyWarnings, AsJson) {
  const std::vector<PolicyWarning> warnings =
      WarningsOf(Replace("与不少于80名基层青年", "与不少于100名基层青年")(City()));
  EXPECT_EQ(PolicyWarningsJson(warnings),
            R"([{"path":"$.rules[2].title.zh","code":"title_number","zh":"标题中的数字为 100，但最低要求 min 为 80：请核对标题或参数","en":"the title quotes 100 but the rule's min is 80: check the title or the parameter"}])");
  EXPECT_EQ(PolicyWarningsJson({}), "[]");
}

}  // namespace
}  // namespace liaison
