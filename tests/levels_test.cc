// Levels relative to the cadre's organ (policy format 1.1): a contact point's
// `level` checked against contact_points.min/max_levels_below, and a talk
// partner's level against a rule's min/max_levels_below. The expected values
// follow from the example city policy (examples/policies/city/policy.json):
// levels central, province, city, county, township, grassroots; the organ is
// at city level; points and talks must be exactly one level down (county).
#include <algorithm>
#include <string>

#include "gtest/gtest.h"
#include "liaison/evaluate.h"
#include "liaison/finding_message.h"
#include "liaison/policy.h"
#include "liaison/record_decoder.h"
#include "test_support.h"

namespace liaison {
namespace {

using testing::FindingFor;
using testing::HasProblem;
using testing::MustDecodeCadre;
using testing::MustParsePolicy;
using testing::ReadSourceFile;
using testing::Replace;

std::string CityPolicyText() { return ReadSourceFile("examples/policies/city/policy.json"); }

// One cadre of the city's organ, with `points` and `activities` (JSON array
// contents).
std::string CityRecords(const std::string& points, const std::string& activities) {
  return R"({"schema": "liaison.records/1", "year": 2026, "cadres": [{"id": "k01", "name": "赵明",
    "department": "org", "organ_level": "city", "category": "full_time",
    "contact_points": [)" +
         points + R"(], "activities": [)" + activities + "]}]}";
}

std::string Talk(const std::string& id, const std::string& person, const std::string& level) {
  return R"({"id": ")" + id + R"(", "date": "2026-03-01", "kind": "cadre_talk", "mode": "in_person", "people": [")" +
         person + "\"]" + (level.empty() ? "" : R"(, "partner_level": ")" + level + "\"") + "}";
}

std::string Point(const std::string& id, const std::string& level) {
  return R"({"id": ")" + id + R"(", "name": "点", "kind": "league_branch")" +
         (level.empty() ? "" : R"(, "level": ")" + level + "\"") + "}";
}

// Talks with one cadre each at the city's own level (g1), one level down
// (g2, county), two down (g3, township), and with no level recorded (g4).
std::string TalksAtEveryDistance() {
  return Talk("t-city", "g1", "city") + "," + Talk("t-county", "g2", "county") + "," +
         Talk("t-township", "g3", "township") + "," + Talk("t-none", "g4", "");
}

CadreReport EvaluateCity(const Policy& policy, const std::string& records) {
  const CadreYear cadre = MustDecodeCadre(policy, records);
  absl::StatusOr<CadreReport> report = Evaluate(policy, cadre, absl::CivilDay(2026, 12, 31));
  if (!report.ok()) throw testing::SetupFailure(report.status().ToString());
  return *std::move(report);
}

TEST(TalkLevels, OnlyCadresExactlyOneLevelBelowTheCityCount) {
  const Policy policy = MustParsePolicy(CityPolicyText());
  const CadreReport report = EvaluateCity(
      policy, CityRecords("", TalksAtEveryDistance()));
  const Finding talks = FindingFor(report, "cadre_talks");
  EXPECT_EQ(talks.actual, 1);  // g2 only
  ASSERT_EQ(talks.set_aside.size(), 3u);
  EXPECT_EQ(talks.set_aside[0].activity_id, "t-city");      // 0 levels below
  EXPECT_EQ(talks.set_aside[1].activity_id, "t-township");  // 2 levels below
  EXPECT_EQ(talks.set_aside[2].activity_id, "t-none");      // level not recorded
  for (const SetAside& entry : talks.set_aside) {
    EXPECT_EQ(entry.reason, SetAsideReason::kLevelRule);
  }
}

TEST(TalkLevels, AnUpperBoundAloneStillNeedsThePartnersLevel) {
  // min 0, max 1: the city itself or a county; a township (2) and an
  // unrecorded level are set aside.
  const Policy policy = MustParsePolicy(
      Replace(R"("match": {"kinds": ["cadre_talk"], "min_levels_below": 1, "max_levels_below": 1})",
              R"("match": {"kinds": ["cadre_talk"], "max_levels_below": 1})")(CityPolicyText()));
  const CadreReport report = EvaluateCity(
      policy, CityRecords("", TalksAtEveryDistance()));
  EXPECT_EQ(FindingFor(report, "cadre_talks").actual, 2);
  EXPECT_EQ(FindingFor(report, "cadre_talks").set_aside.size(), 2u);
}

TEST(ContactPointLevels, APointAtTheWrongLevelIsFlagged) {
  const Policy policy = MustParsePolicy(CityPolicyText());
  const CadreReport report = EvaluateCity(
      policy, CityRecords(Point("cp1", "county") + "," + Point("cp2", "township") + "," +
                              Point("cp3", ""),
                          ""));
  const Finding level = FindingFor(report, "contact_points.level");
  EXPECT_EQ(level.status, FindingStatus::kShort);
  EXPECT_EQ(level.required, 3);  // every active point
  EXPECT_EQ(level.actual, 1);    // cp1
  EXPECT_EQ(level.shortfall, 2);
  EXPECT_EQ(level.not_allowed, (std::vector<std::string>{"cp2", "cp3"}));
  EXPECT_TRUE(level.binding);
  // The count is unaffected: three points, 3–4 wanted.
  EXPECT_EQ(FindingFor(report, "contact_points.count").status, FindingStatus::kMet);
  const LocalizedText message = FindingMessage(report, level);
  EXPECT_NE(message.zh.find("联系点层级"), std::string::npos) << message.zh;
  EXPECT_NE(message.zh.find("cp2, cp3"), std::string::npos) << message.zh;
  EXPECT_NE(message.en.find("At a level the policy does not allow, or none recorded: cp2, cp3"),
            std::string::npos)
      << message.en;
}

TEST(ContactPointLevels, EveryPointAtLevelIsMet) {
  const Policy policy = MustParsePolicy(CityPolicyText());
  const CadreReport report = EvaluateCity(
      policy, CityRecords(Point("cp1", "county") + "," + Point("cp2", "county") + "," +
                              Point("cp3", "county"),
                          ""));
  const Finding level = FindingFor(report, "contact_points.level");
  EXPECT_EQ(level.status, FindingStatus::kMet);
  EXPECT_EQ(level.actual, 3);
  EXPECT_TRUE(level.not_allowed.empty());
}

TEST(ContactPointLevels, APolicyWithoutLevelRulesChecksNoLevel) {
  const Policy policy = Policy::Embedded("hunan").value();
  for (const Finding& finding :
       EvaluateCity(policy, CityRecords(Point("cp1", "township"), "")).findings) {
    EXPECT_NE(finding.subject, FindingSubject::kContactPointLevel);
  }
}

TEST(LevelFields, AreWrittenOnlyWhenSetSoOlderPoliciesKeepTheirFingerprints) {
  const Policy city = MustParsePolicy(CityPolicyText());
  const std::string& canonical = city.canonical_json();
  EXPECT_NE(canonical.find(R"("online":"excluded","min_levels_below":1,"max_levels_below":1)"),
            std::string::npos);
  EXPECT_NE(canonical.find(R"("min_levels_below":1,"max_levels_below":1})"), std::string::npos);
  EXPECT_EQ(MustParsePolicy(canonical).fingerprint(), city.fingerprint());
  for (const char* id : {"hunan", "hunan-2018"}) {
    EXPECT_EQ(Policy::Embedded(id)->canonical_json().find("max_levels_below"), std::string::npos);
  }
  // docs/policy.md §1, format 1.1: hunan-2018's fingerprint since 1.1.
  EXPECT_EQ(Policy::Embedded("hunan-2018")->fingerprint(),
            "sha256:8c65c51b1b1bd0bc756d5176639db2060ac102e758c44bb08524e7e4bd977d09");
}

std::vector<Problem> PolicyProblems(const std::string& text) {
  absl::StatusOr<Policy> policy = Policy::FromJson(text);
  EXPECT_FALSE(policy.ok());
  return ProblemsOf(policy.status());
}

TEST(LevelFields, AMaximumBelowTheMinimumIsAnError) {
  const std::vector<Problem> rule = PolicyProblems(Replace(
      R"("min_levels_below": 1, "max_levels_below": 1})",
      R"("min_levels_below": 2, "max_levels_below": 1})")(CityPolicyText()));
  EXPECT_TRUE(HasProblem(rule, "$.rules[3].match.max_levels_below", "less than min_levels_below 2"));
  const std::vector<Problem> points = PolicyProblems(Replace(
      "\"min_levels_below\": 1,\n    \"max_levels_below\": 1",
      "\"min_levels_below\": 3,\n    \"max_levels_below\": 2")(CityPolicyText()));
  EXPECT_TRUE(HasProblem(points, "$.contact_points.max_levels_below", "less than min_levels_below 3"));
  EXPECT_TRUE(std::any_of(points.begin(), points.end(), [](const Problem& p) {
    return p.path == "$.contact_points.max_levels_below" &&
           p.message_zh == "小于 min_levels_below 3，没有任何层级符合";
  }));
}

TEST(LevelFields, ALevelBeyondTheVocabularyIsAnError) {
  // Six levels: at most 5 below.
  const std::vector<Problem> problems = PolicyProblems(
      Replace("\"max_levels_below\": 1\n", "\"max_levels_below\": 6\n")(CityPolicyText()));
  EXPECT_TRUE(HasProblem(problems, "$.contact_points.max_levels_below", ""));
}

TEST(LevelFields, APointsLevelMustBeOneOfThePolicys) {
  const Policy policy = MustParsePolicy(CityPolicyText());
  absl::StatusOr<RecordBatch> batch =
      DecodeRecords(policy, CityRecords(Point("cp1", "prefecture"), ""));
  ASSERT_TRUE(batch.ok()) << batch.status();
  ASSERT_FALSE(batch->cadres[0].ok());
  EXPECT_TRUE(HasProblem(ProblemsOf(batch->cadres[0].status()),
                         "$.cadres[0].contact_points[0].level", "prefecture"));
}

}  // namespace
}  // namespace liaison
