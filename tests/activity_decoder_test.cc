// The activity decoder's two paths agree: every activity of the example
// departments, decoded through the fast path for well-formed activities and
// through the reporting path, gives the same Activity, field by field, and
// the same people met.
#include <cstddef>
#include <string>
#include <string_view>

#include "absl/status/statusor.h"
#include "base/string_index.h"
#include "gtest/gtest.h"
#include "json/object_reader.h"
#include "liaison/cadre_record.h"
#include "liaison/policy.h"
#include "liaison/record_decoder.h"
#include "records/activity_decoder.h"
#include "simdjson.h"
#include "test_support.h"

namespace liaison {
namespace {

using testing::Describe;
using testing::ReadSourceFile;

void ExpectSameActivity(const Activity& fast, const Activity& reporting) {
  EXPECT_EQ(fast.id, reporting.id);
  EXPECT_EQ(fast.date, reporting.date);
  EXPECT_EQ(fast.days, reporting.days);
  EXPECT_EQ(fast.kind, reporting.kind);
  EXPECT_EQ(fast.also, reporting.also);
  EXPECT_EQ(fast.contact_point, reporting.contact_point);
  EXPECT_EQ(fast.contact_point_index, reporting.contact_point_index);
  EXPECT_EQ(fast.mode, reporting.mode);
  EXPECT_EQ(fast.headcount, reporting.headcount);
  EXPECT_EQ(fast.people, reporting.people);
  EXPECT_EQ(fast.partner_level, reporting.partner_level);
  EXPECT_EQ(fast.area, reporting.area);
  EXPECT_EQ(fast.evidence, reporting.evidence);
}

// Decodes every activity of `records` (under policy `policy_id`) both ways
// and compares them; returns how many activities were compared.
std::size_t CompareDecoders(std::string_view policy_id, const std::string& records) {
  absl::StatusOr<Policy> policy = Policy::Embedded(policy_id);
  EXPECT_TRUE(policy.ok()) << policy.status();
  if (!policy.ok()) return 0;
  // The cadres as the library decodes them: their contact points, which
  // activities refer to.
  absl::StatusOr<RecordBatch> batch = DecodeRecords(*policy, records);
  EXPECT_TRUE(batch.ok()) << batch.status();
  if (!batch.ok()) return 0;

  simdjson::dom::parser parser;
  simdjson::dom::array cadres;
  EXPECT_EQ(parser.parse(records)["cadres"].get_array().get(cadres), simdjson::SUCCESS);
  const json::JsonPath root;  // paths point to their parents: each lives in a variable
  const json::JsonPath cadres_path = root.Key("cadres");
  const Vocabulary& vocabulary = policy->document().vocabulary;
  StringIndex fast_ids, fast_people, reporting_ids, reporting_people;
  json::Problems problems;
  const DaysOfYear days(batch->year);
  ActivityDecoder fast(vocabulary, days, fast_ids, fast_people, problems);
  ActivityDecoder reporting(vocabulary, days, reporting_ids, reporting_people, problems);
  std::size_t compared = 0;
  std::size_t cadre_index = 0;
  for (simdjson::dom::element cadre_value : cadres) {
    const absl::StatusOr<CadreYear>& decoded = batch->cadres[cadre_index];
    EXPECT_TRUE(decoded.ok()) << decoded.status();
    if (!decoded.ok()) continue;
    CadreYear by_fast, by_reporting;
    by_fast.contact_points = by_reporting.contact_points = decoded->contact_points;
    fast.ForgetCadre();
    reporting.ForgetCadre();
    const json::JsonPath cadre_path = cadres_path.Index(cadre_index++);
    const json::JsonPath list_path = cadre_path.Key("activities");
    simdjson::dom::array activities;
    if (cadre_value["activities"].get_array().get(activities) != simdjson::SUCCESS) continue;
    std::size_t index = 0;
    for (simdjson::dom::element entry : activities) {
      EXPECT_TRUE(fast.DecodeWellFormed(entry, by_fast))
          << "not well-formed: " << list_path.Index(index).ToString();
      const json::JsonPath path = list_path.Index(index++);
      reporting.DecodeReporting(entry, path, by_reporting);
    }
    EXPECT_EQ(by_fast.activities.size(), by_reporting.activities.size());
    if (by_fast.activities.size() != by_reporting.activities.size()) continue;
    for (std::size_t i = 0; i < by_fast.activities.size(); ++i) {
      SCOPED_TRACE(list_path.Index(i).ToString());
      ExpectSameActivity(by_fast.activities[i], by_reporting.activities[i]);
      ++compared;
    }
    EXPECT_EQ(by_fast.people, by_reporting.people);
    // And both as the library decoded the cadre.
    EXPECT_EQ(by_fast.people, decoded->people);
  }
  EXPECT_TRUE(problems.empty()) << Describe(problems.Take());
  return compared;
}

TEST(ActivityDecoderTest, BothPathsAgreeOnTheExampleDepartment) {
  EXPECT_GT(CompareDecoders("hunan", ReadSourceFile("examples/department.json")), 0u);
}

TEST(ActivityDecoderTest, BothPathsAgreeOnTheExampleDepartmentOf2018) {
  EXPECT_GT(CompareDecoders("hunan-2018", ReadSourceFile("examples/department-2018.json")), 0u);
}

}  // namespace
}  // namespace liaison
