// A cadre's contact points and submissions decoded field by field: every key
// given, in any order, some left out, as docs/records.md defines them. The
// decoder reads a well-formed entry by a fast path and anything else by the
// reporting path; the values expected here are those the test wrote, and
// the terms are looked up by their ids in the policy, not by position.
#include <string>

#include "absl/time/civil_time.h"
#include "gtest/gtest.h"
#include "liaison/policy.h"
#include "liaison/problem.h"
#include "liaison/record_decoder.h"
#include "test_support.h"

namespace liaison {
namespace {

using testing::Describe;
using testing::MustDecodeCadre;

std::string Records(const std::string& contact_points, const std::string& submissions) {
  return R"({"schema": "liaison.records/1", "year": 2026, "departments": [{"id": "org"}],
    "cadres": [{"id": "c1", "department": "org", "organ_level": "province",
                "category": "full_time", "contact_points": )" +
         contact_points + R"(, "submissions": )" + submissions + "}]}";
}

TEST(ContactPointsAndSubmissions, EveryFieldIsReadInAnyOrder) {
  const Policy policy = *Policy::Embedded("hunan");
  const Vocabulary& v = policy.document().vocabulary;
  const CadreYear cadre = MustDecodeCadre(
      policy,
      Records(R"([{"id": "cp1", "name": "望月湖街道青年之家", "kind": "youth_home", "level": "county",
                   "region": "长沙市", "source": "department", "from": "2026-01-01", "to": "2026-12-31"},
                  {"to": "2026-06-30", "kind": "league_branch", "id": "cp2"},
                  {"kind": "social_org", "id": "cp\"3", "region": ""}])",
              R"([{"kind": "research_report", "date": "2026-10-20", "title": "调研报告"},
                  {"date": "2026-06-20", "kind": "midyear_report"}])"));
  ASSERT_EQ(cadre.contact_points.size(), 3u);
  const ContactPoint& first = cadre.contact_points[0];
  EXPECT_EQ(first.id, "cp1");
  EXPECT_EQ(first.name, "望月湖街道青年之家");
  EXPECT_EQ(first.kind, v.contact_point_kinds.Find("youth_home"));
  EXPECT_EQ(first.level, v.levels.Find("county"));
  EXPECT_EQ(first.region, "长沙市");
  EXPECT_EQ(first.source, "department");
  EXPECT_EQ(first.from, absl::CivilDay(2026, 1, 1));
  EXPECT_EQ(first.to, absl::CivilDay(2026, 12, 31));
  const ContactPoint& second = cadre.contact_points[1];
  EXPECT_EQ(second.id, "cp2");
  EXPECT_EQ(second.name, "");
  EXPECT_EQ(second.kind, v.contact_point_kinds.Find("league_branch"));
  EXPECT_EQ(second.level, std::nullopt);
  EXPECT_EQ(second.from, std::nullopt);
  EXPECT_EQ(second.to, absl::CivilDay(2026, 6, 30));
  const ContactPoint& third = cadre.contact_points[2];
  EXPECT_EQ(third.id, "cp\"3");  // the escape read
  EXPECT_EQ(third.kind, v.contact_point_kinds.Find("social_org"));
  EXPECT_EQ(third.region, "");

  ASSERT_EQ(cadre.submissions.size(), 2u);
  EXPECT_EQ(cadre.submissions[0].kind, v.submission_kinds.Find("research_report"));
  EXPECT_EQ(cadre.submissions[0].date, absl::CivilDay(2026, 10, 20));
  EXPECT_EQ(cadre.submissions[0].title, "调研报告");
  EXPECT_EQ(cadre.submissions[1].kind, v.submission_kinds.Find("midyear_report"));
  EXPECT_EQ(cadre.submissions[1].date, absl::CivilDay(2026, 6, 20));
  EXPECT_EQ(cadre.submissions[1].title, "");
}

// What the fast path must leave to the reporting path: a repeated id (the
// first kept, the second named), a key given twice, a missing kind, dates in
// the wrong order or not dates; each is that cadre's error at its path.
TEST(ContactPointsAndSubmissions, WhatIsWrongIsNamedAtItsPath) {
  const Policy policy = *Policy::Embedded("hunan");
  const struct {
    std::string contact_points;
    std::string submissions;
    std::string path;
  } cases[] = {
      {R"([{"id": "p", "kind": "youth_home"}, {"id": "p", "kind": "league_branch"}])", "[]",
       "$.cadres[0].contact_points[1].id"},
      {R"([{"id": "p", "kind": "youth_home", "kind": "youth_home"}])", "[]",
       "$.cadres[0].contact_points[0].kind"},
      {R"([{"id": "p", "name": "x"}])", "[]", "$.cadres[0].contact_points[0].kind"},
      {R"([{"id": "p", "kind": "youth_home", "from": "2026-05-01", "to": "2026-04-30"}])", "[]",
       "$.cadres[0].contact_points[0].to"},
      {R"([{"id": "p", "kind": "youth_home", "level": "nowhere"}])", "[]",
       "$.cadres[0].contact_points[0].level"},
      {"[]", R"([{"kind": "research_report", "date": "2026-02-30"}])",
       "$.cadres[0].submissions[0].date"},
      {"[]", R"([{"kind": "research_report"}])", "$.cadres[0].submissions[0].date"},
      {"[]", R"([{"kind": "research_report", "date": "2026-02-03", "title": 7}])",
       "$.cadres[0].submissions[0].title"},
  };
  for (const auto& c : cases) {
    const absl::StatusOr<RecordBatch> batch =
        DecodeRecords(policy, Records(c.contact_points, c.submissions));
    ASSERT_TRUE(batch.ok()) << batch.status();
    ASSERT_EQ(batch->cadres.size(), 1u);
    ASSERT_FALSE(batch->cadres[0].ok()) << c.contact_points << c.submissions;
    const std::vector<Problem> problems = ProblemsOf(batch->cadres[0].status());
    ASSERT_EQ(problems.size(), 1u) << Describe(problems);
    EXPECT_EQ(problems[0].path, c.path) << Describe(problems);
  }
}

}  // namespace
}  // namespace liaison
