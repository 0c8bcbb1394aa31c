// Malformed policy documents: every one must fail with InvalidArgument and
// name the offending value by its JSON path, with a reason an author can act on.
//
// Each case starts from one small, complete, valid policy (kBasePolicy) and
// changes one thing in it, so a failure points at exactly that change.
#include <cstddef>
#include <functional>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "liaison/month_day.h"
#include "liaison/policy.h"
#include "liaison/policy_document.h"
#include "liaison/problem.h"
#include "test_support.h"

namespace liaison {
namespace {

// Everything but the grading section, which some cases replace or drop whole.
constexpr char kPolicyBody[] = R"json({
  "schema": "liaison.policy/1",
  "id": "test-policy",
  "version": "1.0",
  "title": {"zh": "测试方案", "en": "Test policy"},
  "year": 2026,
  "recurring": true,
  "period": {"start": "01-01", "end": "12-31"},
  "vocabulary": {
    "activity_kinds": [
      {"id": "lecture", "zh": "宣讲", "en": "lecture"},
      {"id": "visit", "zh": "走访", "en": "visit"},
      {"id": "supervision", "zh": "督导", "en": "supervision"}
    ],
    "contact_point_kinds": [{"id": "branch", "zh": "团支部", "en": "League branch"}],
    "levels": [
      {"id": "province", "zh": "省级", "en": "province"},
      {"id": "city", "zh": "市级", "en": "city"},
      {"id": "county", "zh": "县级", "en": "county"}
    ],
    "areas": [
      {"id": "theory", "zh": "理论学习", "en": "theory study"},
      {"id": "reform", "zh": "团的改革", "en": "League reform"}
    ],
    "submission_kinds": [{"id": "report", "zh": "调研报告", "en": "research report"}],
    "ranks": [
      {"id": "head", "zh": "部长", "en": "department head"},
      {"id": "staff", "zh": "科员", "en": "staff member"}
    ],
    "tags": [{"id": "newcomer", "zh": "新进人员", "en": "newcomer"}],
    "not_rated_reasons": [{"id": "leave", "zh": "长期请假", "en": "long leave"}]
  },
  "participation": {"basis": "1", "full_time": "required", "part_time": "department_decides"},
  "contact_points": {
    "basis": "2",
    "sets": [{"ranks": [], "min": 1, "max": 3, "kind_minimums": [{"kind": "branch", "min": 1}]}],
    "home_region": "长沙市",
    "min_home_share": 0.5
  },
  "rules": [
    {"id": "lectures", "kind": "count", "basis": "3.1", "min": 4,
     "title": {"zh": "宣讲", "en": "Lectures"},
     "match": {"kinds": ["lecture"], "modes": ["in_person"]},
     "applies_to": {"tags": ["newcomer"], "ranks": ["staff"]}},
    {"id": "visits", "kind": "range", "basis": "3.2", "min": 2, "max": 3,
     "title": {"zh": "走访", "en": "Visits"},
     "match": {"kinds": ["visit"], "min_levels_below": 1}},
    {"id": "people_met", "kind": "sum", "basis": "3.3", "min": 100, "quantity": "headcount",
     "title": {"zh": "见面人数", "en": "People met"},
     "match": {"kinds": ["lecture", "visit"]}},
    {"id": "report", "kind": "deadline", "basis": "3.4", "due": "10-31", "submission": "report",
     "title": {"zh": "调研报告", "en": "Research report"}},
    {"id": "supervision", "kind": "coverage", "basis": "3.5", "areas": ["theory", "reform"],
     "title": {"zh": "督导", "en": "Supervision"},
     "match": {"kinds": ["supervision"]}}
  ],
  "proration": {"numerator": 1, "denominator": 1, "rounding": "ceil",
                "overrides": [{"rule": "report", "due": "11-30"}]},
  "checkpoints": [{"id": "midyear", "title": {"zh": "中期", "en": "Mid-year"}, "date": "06-30"}],
  "department_rules": [{"id": "plan", "title": {"zh": "部门计划", "en": "Department plan"},
                        "basis": "4", "due": "03-31"}])json";

constexpr char kGradingField[] = R"json(,
  "grading": {
    "basis": "5",
    "scale": [
      {"id": "excellent", "zh": "优", "en": "excellent"},
      {"id": "good", "zh": "良", "en": "good"},
      {"id": "poor", "zh": "差", "en": "poor"}
    ],
    "caps": [{"grade": "excellent", "share": 0.3}],
    "ties": "break",
    "tie_keys": ["binding_met", "rule:lectures"],
    "eligibility": [{"grade": "excellent", "min_score": 0.8, "all_binding_met": true}],
    "weights": [{"component": "tasks", "weight": 0.75}, {"component": "review", "weight": 0.25}]
  })json";

std::string BasePolicy() { return std::string(kPolicyBody) + kGradingField + "\n}\n"; }

using testing::Mutation;
using testing::Replace;

Mutation Both(Mutation first, Mutation second) {
  return [first = std::move(first), second = std::move(second)](std::string text) {
    return second(first(std::move(text)));
  };
}

// Ignores the base: the document is `text`.
Mutation Whole(std::string text) {
  return [text = std::move(text)](const std::string&) { return text; };
}

// 65 activity kinds: one more than a compiled policy can mask.
std::string SixtyFiveActivityKinds(std::string text) {
  std::string kinds;
  for (int i = 0; i < 65; ++i) {
    kinds += "{\"id\": \"k" + std::to_string(i) + "\", \"zh\": \"类\", \"en\": \"kind\"}, ";
  }
  return Replace(R"("activity_kinds": [)", "\"activity_kinds\": [" + kinds)(std::move(text));
}

struct PolicyErrorCase {
  std::string name;
  Mutation mutation;
  std::string path;      // exactly the path of one reported problem
  std::string fragment;  // contained in that problem's message
};

std::ostream& operator<<(std::ostream& out, const PolicyErrorCase& c) { return out << c.name; }

using testing::Describe;
using testing::HasProblem;

std::vector<PolicyErrorCase> Cases() {
  return {
      // The text itself.
      {"not_json", Whole(R"({"schema": "liaison.policy/1", "id": )"), "$.id",
       "line 1, column 38: not valid JSON: the text ends inside an object"},
      {"empty_text", Whole(""), "$", "not valid JSON"},
      {"invalid_utf8", Replace("测试方案", "\xff\xfe测试"), "$", "not valid UTF-8"},
      {"overlong_utf8_in_rule_title", Replace(R"("en": "Lectures")", "\"en\": \"Lec\xc0\xaf\""), "$",
       "not valid UTF-8"},
      {"top_level_array", Whole("[]"), "$", "expected an object, found an array"},

      // The top level.
      {"wrong_schema", Replace("liaison.policy/1", "liaison.policy/2"), "$.schema",
       "\"liaison.policy/2\" is not supported; expected \"liaison.policy/1\""},
      {"missing_schema", Replace(R"("schema": "liaison.policy/1",)", ""), "$.schema",
       "required field is missing"},
      {"unknown_top_level_field", Replace(R"("recurring": true,)", R"("recurring": true, "recuring": true,)"),
       "$.recuring", "unknown field; allowed here: schema, id, version"},
      {"bad_policy_id", Replace(R"("id": "test-policy")", R"("id": "Test Policy")"), "$.id",
       "must be 1–64 of a-z"},
      {"year_out_of_range", Replace(R"("year": 2026)", R"("year": 1999)"), "$.year",
       "1999 is out of range: expected 2000 to 2100"},
      {"missing_title", Replace(R"("title": {"zh": "测试方案", "en": "Test policy"},)", ""), "$.title",
       "required field is missing"},
      {"title_is_a_number", Replace(R"({"zh": "测试方案", "en": "Test policy"})", "5"), "$.title",
       "expected an object, found an integer"},
      {"unknown_field_in_title",
       Replace(R"({"zh": "测试方案", "en": "Test policy"})", R"({"zh": "测试方案", "en": "Test policy", "fr": "x"})"),
       "$.title.fr", "unknown field; allowed here: zh, en"},
      {"empty_english_title", Replace(R"("en": "Test policy")", R"("en": "")"), "$.title.en",
       "must not be empty"},
      {"duplicate_top_level_key", Replace(R"("year": 2026,)", R"("year": 2026, "year": 2027,)"), "$.year",
       "the key is given more than once"},
      {"missing_grading", Replace(kGradingField, ""), "$.grading", "required field is missing"},
      {"grading_is_an_array", Replace(kGradingField, ",\n  \"grading\": [1, 2]"), "$.grading",
       "expected an object, found an array"},
      {"rules_is_an_object", Both(Replace(R"("rules": [)", R"("rules": {"x": [)"),
                                  Replace(R"("match": {"kinds": ["supervision"]}}
  ],)", R"("match": {"kinds": ["supervision"]}}
  ]},)")),
       "$.rules", "expected an array, found an object"},

      // Period and dates.
      {"period_start_after_end",
       Replace(R"({"start": "01-01", "end": "12-31"})", R"({"start": "12-31", "end": "01-01"})"), "$.period",
       "start is after end"},
      {"period_end_feb_29", Replace(R"("end": "12-31")", R"("end": "02-29")"), "$.period.end",
       "\"02-29\" is not a month-day valid in every year"},
      {"checkpoint_feb_30", Replace(R"("date": "06-30")", R"("date": "02-30")"), "$.checkpoints[0].date",
       "\"02-30\" is not a month-day valid in every year"},
      {"rule_due_month_13", Replace(R"("due": "10-31")", R"("due": "13-01")"), "$.rules[3].due",
       "\"13-01\" is not a month-day"},
      {"department_due_not_mm_dd", Replace(R"("due": "03-31")", R"("due": "2026-03-31")"),
       "$.department_rules[0].due", "is not a month-day"},
      {"rule_due_outside_period", Replace(R"("end": "12-31")", R"("end": "09-30")"), "$.rules[3].due",
       "is outside the policy period"},
      {"override_due_outside_period", Both(Replace(R"("end": "12-31")", R"("end": "11-30")"),
                                           Replace(R"("due": "11-30")", R"("due": "12-15")")),
       "$.proration.overrides[0].due", "is outside the policy period"},
      {"checkpoint_outside_period", Replace(R"("start": "01-01")", R"("start": "07-01")"),
       "$.checkpoints[0].date", "is outside the policy period"},
      {"deadline_without_due", Replace(R"("due": "10-31", )", ""), "$.rules[3].due",
       "required field is missing"},

      // Wrong types and values.
      {"min_is_a_string", Replace(R"("min": 4,)", R"("min": "4",)"), "$.rules[0].min",
       "expected an integer, found a string"},
      {"min_has_a_fraction", Replace(R"("min": 4,)", R"("min": 4.5,)"), "$.rules[0].min",
       "expected an integer, found a number with a fraction"},
      {"min_is_negative", Replace(R"("min": 4,)", R"("min": -1,)"), "$.rules[0].min",
       "-1 is out of range: expected 0 to 1000000"},
      {"min_beyond_int64", Replace(R"("min": 4,)", R"("min": 18446744073709551615,)"), "$.rules[0].min",
       "out of range"},
      {"binding_is_a_string", Replace(R"("kind": "range",)", R"("kind": "range", "binding": "yes",)"),
       "$.rules[1].binding", "expected true or false, found a string"},
      {"min_greater_than_max", Replace(R"("min": 2, "max": 3)", R"("min": 5, "max": 3)"), "$.rules[1]",
       "min 5 is greater than max 3"},
      {"range_without_max", Replace(R"("min": 2, "max": 3)", R"("min": 2)"), "$.rules[1].max",
       "a range rule needs a max"},
      {"unknown_rule_kind", Replace(R"("kind": "count")", R"("kind": "kount")"), "$.rules[0].kind",
       "\"kount\" is not one of \"count\", \"sum\", \"distinct\", \"deadline\", \"range\", "
       "\"coverage\", \"duration\""},
      {"unknown_mode", Replace(R"("modes": ["in_person"])", R"("modes": ["by_post"])"),
       "$.rules[0].match.modes[0]", "\"by_post\" is not one of \"in_person\", \"online\""},
      {"min_levels_below_too_deep", Replace(R"("min_levels_below": 1)", R"("min_levels_below": 3)"),
       "$.rules[1].match.min_levels_below", "3 is out of range: expected 0 to 2"},
      {"unknown_participation_rule", Replace(R"("part_time": "department_decides")", R"("part_time": "maybe")"),
       "$.participation.part_time", "\"maybe\" is not one of \"required\", \"department_decides\", "
       "\"excluded\""},
      {"min_home_share_above_one", Replace(R"("min_home_share": 0.5)", R"("min_home_share": 1.5)"),
       "$.contact_points.min_home_share", "1.5 is out of range: expected 0 to 1"},
      {"min_home_share_negative", Replace(R"("min_home_share": 0.5)", R"("min_home_share": -0.5)"),
       "$.contact_points.min_home_share", "-0.5 is out of range: expected 0 to 1"},
      {"cap_share_above_one", Replace(R"("share": 0.3)", R"("share": 1.2)"), "$.grading.caps[0].share",
       "1.2 is out of range: expected 0 to 1"},
      {"cap_share_negative", Replace(R"("share": 0.3)", R"("share": -0.1)"), "$.grading.caps[0].share",
       "-0.1 is out of range: expected 0 to 1"},
      {"contact_set_min_greater_than_max", Replace(R"("min": 1, "max": 3,)", R"("min": 4, "max": 3,)"),
       "$.contact_points.sets[0]", "min 4 is greater than max 3"},
      {"kind_minimums_above_set_max", Replace(R"({"kind": "branch", "min": 1})", R"({"kind": "branch", "min": 4})"),
       "$.contact_points.sets[0].kind_minimums", "the kind minimums add up to 4, more than the set's max 3"},
      {"proration_above_one", Replace(R"("numerator": 1, "denominator": 1)", R"("numerator": 3, "denominator": 2)"),
       "$.proration", "must not exceed 1"},
      {"prorate_max_without_max", Replace(R"("kind": "sum",)", R"("kind": "sum", "prorate_max": true,)"),
       "$.rules[2].prorate_max", "scales the max, so it needs a max and prorate true"},
      {"prorate_max_without_prorate",
       Replace(R"("min": 2, "max": 3,)", R"("min": 2, "max": 3, "prorate": false, "prorate_max": true,)"),
       "$.rules[1].prorate_max", "scales the max, so it needs a max and prorate true"},
      {"override_min_greater_than_max",
       Replace(R"([{"rule": "report", "due": "11-30"}])", R"([{"rule": "report", "due": "11-30"}, {"rule": "visits", "min": 5}])"),
       "$.proration.overrides[1]", "min 5 is greater than max 3"},

      // Unknown fields below the top level.
      {"unknown_field_in_match", Replace(R"("match": {"kinds": ["visit"],)", R"("match": {"kinds": ["visit"], "mode": ["online"],)"),
       "$.rules[1].match.mode", "unknown field; allowed here: kinds, modes, contact_point_kinds"},
      {"unknown_field_in_rule", Replace(R"("kind": "sum",)", R"("kind": "sum", "maximum": 3,)"),
       "$.rules[2].maximum", "unknown field"},
      {"unknown_field_in_vocabulary_term", Replace(R"({"id": "newcomer", "zh": "新进人员", "en": "newcomer"})",
                                                   R"({"id": "newcomer", "zh": "新进人员", "en": "newcomer", "de": "Neu"})"),
       "$.vocabulary.tags[0].de", "unknown field; allowed here: id, zh, en"},
      {"unknown_vocabulary_list", Replace(R"("tags": [{"id")", R"("colours": [], "tags": [{"id")"),
       "$.vocabulary.colours", "unknown field"},
      {"unknown_field_in_grading", Replace(R"("ties": "break",)", R"("ties": "break", "tie": "hold",)"),
       "$.grading.tie", "unknown field"},
      {"non_identifier_key_is_quoted", Replace(R"("recurring": true,)", R"("recurring": true, "min home share": 1,)"),
       "$[\"min home share\"]", "unknown field"},

      // Duplicates.
      {"duplicate_rule_id", Replace(R"("id": "people_met")", R"("id": "lectures")"), "$.rules[2].id",
       "rule id \"lectures\" is used twice"},
      {"duplicate_key_in_rule", Replace(R"("min": 4,)", R"("min": 4, "min": 5,)"), "$.rules[0].min",
       "the key is given more than once"},
      {"duplicate_key_in_match", Replace(R"("match": {"kinds": ["supervision"]})",
                                         R"("match": {"kinds": ["supervision"], "kinds": ["lecture"]})"),
       "$.rules[4].match.kinds", "the key is given more than once"},
      {"duplicate_vocabulary_id", Replace(R"({"id": "city", "zh": "市级", "en": "city"})",
                                          R"({"id": "province", "zh": "市级", "en": "city"})"),
       "$.vocabulary.levels[1].id", "\"province\" is defined twice"},
      {"duplicate_area_in_rule", Replace(R"("areas": ["theory", "reform"])", R"("areas": ["theory", "theory"])"),
       "$.rules[4].areas[1]", "\"theory\" is listed twice"},
      {"duplicate_cap_grade", Replace(R"([{"grade": "excellent", "share": 0.3}])",
                                      R"([{"grade": "excellent", "share": 0.3}, {"grade": "excellent", "share": 0.2}])"),
       "$.grading.caps[1].grade", "this grade already has a cap"},
      {"override_given_twice", Replace(R"([{"rule": "report", "due": "11-30"}])",
                                       R"([{"rule": "report", "due": "11-30"}, {"rule": "report", "min": 1}])"),
       "$.proration.overrides[1].rule", "this rule is overridden twice"},
      {"sixty_five_activity_kinds", SixtyFiveActivityKinds, "$.vocabulary.activity_kinds",
       "68 terms; at most 64 are allowed"},

      // References to what the policy does not define.
      {"undefined_activity_kind", Replace(R"("match": {"kinds": ["lecture"],)", R"("match": {"kinds": ["talk"],)"),
       "$.rules[0].match.kinds[0]", "\"talk\" is not a"},
      {"undefined_activity_kind_lists_defined", Replace(R"("match": {"kinds": ["lecture"],)", R"("match": {"kinds": ["talk"],)"),
       "$.rules[0].match.kinds[0]", "activity kind of this policy; defined: lecture, visit, supervision"},
      {"undefined_area", Replace(R"("areas": ["theory", "reform"])", R"("areas": ["theory", "ethics"])"),
       "$.rules[4].areas[1]", "area of this policy; defined: theory, reform"},
      {"undefined_submission_kind", Replace(R"("submission": "report")", R"("submission": "paper")"),
       "$.rules[3].submission", "submission kind of this policy; defined: report"},
      {"undefined_rank", Replace(R"("ranks": ["staff"])", R"("ranks": ["boss"])"),
       "$.rules[0].applies_to.ranks[0]", "rank of this policy; defined: head, staff"},
      {"undefined_tag", Replace(R"("tags": ["newcomer"])", R"("tags": ["veteran"])"),
       "$.rules[0].applies_to.tags[0]", "tag of this policy; defined: newcomer"},
      {"undefined_category", Replace(R"("ranks": ["staff"]})", R"("ranks": ["staff"], "categories": ["intern"]})"),
       "$.rules[0].applies_to.categories[0]", "\"intern\" is not one of \"full_time\", \"part_time\", \"seconded\""},
      {"undefined_contact_point_kind", Replace(R"({"kind": "branch", "min": 1})", R"({"kind": "youth_home", "min": 1})"),
       "$.contact_points.sets[0].kind_minimums[0].kind", "contact-point kind of this policy; defined: branch"},
      {"undefined_rank_in_contact_set", Replace(R"("sets": [{"ranks": [],)", R"("sets": [{"ranks": ["boss"],)"),
       "$.contact_points.sets[0].ranks[0]", "rank of this policy; defined: head, staff"},
      {"undefined_grade_in_cap", Replace(R"([{"grade": "excellent", "share": 0.3}])", R"([{"grade": "superb", "share": 0.3}])"),
       "$.grading.caps[0].grade", "grade of this policy; defined: excellent, good, poor"},
      {"undefined_grade_in_eligibility", Replace(R"([{"grade": "excellent", "min_score": 0.8)", R"([{"grade": "fair", "min_score": 0.8)"),
       "$.grading.eligibility[0].grade", "grade of this policy; defined: excellent, good, poor"},
      {"tie_key_names_unknown_rule", Replace(R"("rule:lectures")", R"("rule:lecture")"), "$.grading.tie_keys[1]",
       "no rule \"lecture\" in this policy"},
      {"tie_key_not_a_key", Replace(R"("rule:lectures")", R"("seniority")"), "$.grading.tie_keys[1]",
       "\"seniority\" is not a tie-break key"},
      {"override_of_unknown_rule", Replace(R"({"rule": "report", "due": "11-30"})", R"({"rule": "reports", "due": "11-30"})"),
       "$.proration.overrides[0].rule", "no rule \"reports\" in this policy"},

      // Fields of one rule kind on another.
      {"areas_on_count_rule", Replace(R"("kind": "count",)", R"("kind": "count", "areas": ["theory"],)"),
       "$.rules[0].areas", "only rules of kind coverage take this field"},
      {"quantity_on_range_rule", Replace(R"("kind": "range",)", R"("kind": "range", "quantity": "days",)"),
       "$.rules[1].quantity", "only rules of kind sum take this field"},
      {"submission_on_sum_rule", Replace(R"("kind": "sum",)", R"("kind": "sum", "submission": "report",)"),
       "$.rules[2].submission", "only rules of kind deadline take this field"},
      {"unit_on_coverage_rule", Replace(R"("kind": "coverage",)", R"("kind": "coverage", "days_per_unit": 30,)"),
       "$.rules[4].days_per_unit", "only rules of kind duration take this field"},
      {"max_on_deadline_rule", Replace(R"("kind": "deadline",)", R"("kind": "deadline", "max": 2,)"),
       "$.rules[3].max", "deadline rules take no max"},
      {"match_on_deadline_rule", Replace(R"("kind": "deadline",)", R"("kind": "deadline", "match": {"kinds": ["lecture"]},)"),
       "$.rules[3].match", "deadline rules look at submissions, not activities"},
      {"coverage_min_above_its_areas", Replace(R"("kind": "coverage",)", R"("kind": "coverage", "min": 3,)"),
       "$.rules[4].min", "min 3 is more than the number of areas listed (2)"},
      {"coverage_without_areas", Replace(R"("areas": ["theory", "reform"],)", ""), "$.rules[4].areas",
       "required field is missing"},
      {"coverage_with_no_areas", Replace(R"("areas": ["theory", "reform"])", R"("areas": [])"), "$.rules[4].areas",
       "a coverage rule needs at least one area"},
      {"sum_without_quantity", Replace(R"(, "quantity": "headcount")", ""), "$.rules[2].quantity",
       "required field is missing"},

      // Grading.
      {"weights_not_adding_up_to_one", Replace(R"("weight": 0.25)", R"("weight": 0.2)"), "$.grading.weights",
       "the weights add up to 0.95; they must add up to 1"},
      {"weight_component_twice", Replace(R"("component": "review")", R"("component": "tasks")"),
       "$.grading.weights[1].component", "this component is weighted twice"},
      {"empty_scale", Replace(R"("scale": [
      {"id": "excellent", "zh": "优", "en": "excellent"},
      {"id": "good", "zh": "良", "en": "good"},
      {"id": "poor", "zh": "差", "en": "poor"}
    ],)", R"("scale": [],)"),
       "$.grading.scale", "a scale needs at least one grade"},
      {"late_credit_above_one", Replace(R"("ties": "break",)", R"("ties": "break", "late_credit": 2,)"),
       "$.grading.late_credit", "2 is out of range: expected 0 to 1"},

      // Missing required fields.
      {"rule_without_id", Replace(R"("id": "visits", )", ""), "$.rules[1].id", "required field is missing"},
      {"rule_without_title", Replace(R"(
     "title": {"zh": "见面人数", "en": "People met"},)", ""),
       "$.rules[2].title", "required field is missing"},
      {"rule_without_kind", Replace(R"("kind": "range", )", ""), "$.rules[1].kind", "required field is missing"},
      {"rule_without_basis", Replace(R"("basis": "3.1", )", ""), "$.rules[0].basis", "required field is missing"},
      {"term_without_zh", Replace(R"({"id": "leave", "zh": "长期请假", "en": "long leave"})", R"({"id": "leave", "en": "long leave"})"),
       "$.vocabulary.not_rated_reasons[0].zh", "required field is missing"},
      {"contact_points_without_sets", Replace(R"("sets": [{"ranks": [], "min": 1, "max": 3, "kind_minimums": [{"kind": "branch", "min": 1}]}],)", ""),
       "$.contact_points.sets", "required field is missing"},
      {"rule_is_not_an_object", Replace(R"("rules": [
    {)", R"("rules": [
    7, {)"),
       "$.rules[0]", "expected an object, found an integer"},
  };
}

class PolicyErrorTest : public ::testing::TestWithParam<PolicyErrorCase> {};

TEST(PolicyErrorBase, BasePolicyParses) {
  absl::StatusOr<Policy> policy = Policy::FromJson(BasePolicy());
  ASSERT_TRUE(policy.ok()) << policy.status() << Describe(ProblemsOf(policy.status()));
  EXPECT_EQ(policy->id(), "test-policy");
  EXPECT_EQ(policy->rules().size(), 5u);
}

TEST_P(PolicyErrorTest, FailsWithPathAndReason) {
  const PolicyErrorCase& c = GetParam();
  const std::string text = c.mutation(BasePolicy());
  ASSERT_NE(text, BasePolicy()) << "the mutation changed nothing";
  absl::StatusOr<Policy> policy = Policy::FromJson(text);
  ASSERT_FALSE(policy.ok()) << "accepted:\n" << text;
  EXPECT_EQ(policy.status().code(), absl::StatusCode::kInvalidArgument) << policy.status();
  const std::vector<Problem> problems = ProblemsOf(policy.status());
  ASSERT_FALSE(problems.empty()) << "no problems in " << policy.status();
  EXPECT_TRUE(HasProblem(problems, c.path, c.fragment));
  // The status message repeats every problem, so a log line is enough to act on.
  for (const Problem& p : problems) {
    EXPECT_THAT(std::string(policy.status().message()), ::testing::HasSubstr(p.path + ": " + p.message));
  }
}

INSTANTIATE_TEST_SUITE_P(Malformed, PolicyErrorTest, ::testing::ValuesIn(Cases()),
                         [](const ::testing::TestParamInfo<PolicyErrorCase>& info) {
                           return info.param.name;
                         });

// One pass reports every problem, not just the first.
TEST(PolicyErrorBase, ReportsEveryProblemAtOnce) {
  const std::string text = Both(Replace(R"("min": 4,)", R"("min": -1,)"),
                                Replace(R"("recurring": true,)", R"("recurring": true, "colour": "red",)"))(
      BasePolicy());
  absl::StatusOr<Policy> policy = Policy::FromJson(text);
  ASSERT_FALSE(policy.ok());
  EXPECT_EQ(policy.status().code(), absl::StatusCode::kInvalidArgument);
  const std::vector<Problem> problems = ProblemsOf(policy.status());
  EXPECT_EQ(problems.size(), 2u) << Describe(problems);
  EXPECT_TRUE(HasProblem(problems, "$.rules[0].min", "-1 is out of range"));
  EXPECT_TRUE(HasProblem(problems, "$.colour", "unknown field"));
  EXPECT_THAT(std::string(policy.status().message()), ::testing::StartsWith("policy has 2 problems: "));
  EXPECT_EQ(FirstProblemPath(policy.status()), problems.front().path);
}

TEST(PolicyErrorBase, ReportsProblemsInDifferentSections) {
  const std::string text = Both(Both(Replace(R"("share": 0.3)", R"("share": 3)"),
                                     Replace(R"("date": "06-30")", R"("date": "02-29")")),
                                Replace(R"("kinds": ["visit"])", R"("kinds": ["visits"])"))(BasePolicy());
  absl::StatusOr<Policy> policy = Policy::FromJson(text);
  ASSERT_FALSE(policy.ok());
  const std::vector<Problem> problems = ProblemsOf(policy.status());
  EXPECT_EQ(problems.size(), 3u) << Describe(problems);
  EXPECT_TRUE(HasProblem(problems, "$.grading.caps[0].share", "out of range"));
  EXPECT_TRUE(HasProblem(problems, "$.checkpoints[0].date", "02-29"));
  EXPECT_TRUE(HasProblem(problems, "$.rules[1].match.kinds[0]", "\"visits\""));
}

// An unknown rule kind is one mistake: the fields that every rule takes
// ("match") must not be reported as unknown on top of it.
TEST(PolicyErrorBase, UnknownRuleKindIsOneProblem) {
  const std::string text = Replace(R"("kind": "count")", R"("kind": "kount")")(BasePolicy());
  absl::StatusOr<Policy> policy = Policy::FromJson(text);
  ASSERT_FALSE(policy.ok());
  const std::vector<Problem> problems = ProblemsOf(policy.status());
  EXPECT_TRUE(HasProblem(problems, "$.rules[0].kind", "\"kount\" is not one of"));
  EXPECT_EQ(problems.size(), 1u) << Describe(problems);
}

// A typo in a coverage area is one mistake: the rule's min, defaulted from
// the areas as written, must not turn into a second problem.
TEST(PolicyErrorBase, UndefinedCoverageAreaIsOneProblem) {
  const std::string text =
      Replace(R"("kind": "coverage", "basis": "3.5", "areas": ["theory", "reform"])",
              R"("kind": "coverage", "basis": "3.5", "min": 2, "areas": ["theory", "reforms"])")(BasePolicy());
  absl::StatusOr<Policy> policy = Policy::FromJson(text);
  ASSERT_FALSE(policy.ok());
  const std::vector<Problem> problems = ProblemsOf(policy.status());
  EXPECT_TRUE(HasProblem(problems, "$.rules[4].areas[1]", "\"reforms\""));
  EXPECT_EQ(problems.size(), 1u) << Describe(problems);
}

// A range rule with a bad max has one problem, not also "needs a max".
TEST(PolicyErrorBase, BadMaxOnRangeRuleIsOneProblem) {
  const std::string text = Replace(R"("min": 2, "max": 3)", R"("min": 2, "max": -3)")(BasePolicy());
  absl::StatusOr<Policy> policy = Policy::FromJson(text);
  ASSERT_FALSE(policy.ok());
  const std::vector<Problem> problems = ProblemsOf(policy.status());
  EXPECT_TRUE(HasProblem(problems, "$.rules[1].max", "-3 is out of range"));
  EXPECT_EQ(problems.size(), 1u) << Describe(problems);
}

// A document built in code goes through the same validator; a term index
// outside its list must come back as a problem with a path, not a crash.
class FromDocumentTest : public ::testing::Test {
 protected:
  void SetUp() override {
    absl::StatusOr<Policy> policy = Policy::FromJson(BasePolicy());
    ASSERT_TRUE(policy.ok()) << policy.status();
    document_ = policy->document();
  }

  static std::vector<Problem> Fails(PolicyDocument document) {
    absl::StatusOr<Policy> policy = Policy::FromDocument(std::move(document));
    EXPECT_FALSE(policy.ok());
    if (policy.ok()) return {};
    EXPECT_EQ(policy.status().code(), absl::StatusCode::kInvalidArgument) << policy.status();
    return ProblemsOf(policy.status());
  }

  PolicyDocument document_;
};

TEST_F(FromDocumentTest, ValidDocumentRoundTrips) {
  absl::StatusOr<Policy> policy = Policy::FromDocument(document_);
  ASSERT_TRUE(policy.ok()) << policy.status();
  EXPECT_EQ(policy->document(), document_);
}

TEST_F(FromDocumentTest, ActivityKindOutOfRange) {
  document_.rules[0].match.kinds = {7};
  EXPECT_TRUE(HasProblem(Fails(document_), "$.rules[0].match.kinds[0]",
                         "activity kind of this policy; defined: lecture, visit, supervision"));
}

TEST_F(FromDocumentTest, LargestTermIdOutOfRange) {
  document_.rules[0].applies_to.ranks = {65535};
  EXPECT_TRUE(HasProblem(Fails(document_), "$.rules[0].applies_to.ranks[0]", "rank of this policy"));
}

TEST_F(FromDocumentTest, SubmissionKindOutOfRange) {
  document_.rules[3].submission = 1;
  EXPECT_TRUE(HasProblem(Fails(document_), "$.rules[3].submission", "submission kind of this policy"));
}

TEST_F(FromDocumentTest, CoverageAreaOutOfRange) {
  document_.rules[4].areas = {0, 2};
  EXPECT_TRUE(HasProblem(Fails(document_), "$.rules[4].areas[1]", "area of this policy"));
}

TEST_F(FromDocumentTest, GradeOutOfRange) {
  document_.grading.caps[0].grade = 3;
  EXPECT_TRUE(HasProblem(Fails(document_), "$.grading.caps[0].grade", "grade of this policy"));
}

TEST_F(FromDocumentTest, ContactPointKindOutOfRange) {
  document_.contact_points->sets[0].kind_minimums[0].kind = 1;
  EXPECT_TRUE(HasProblem(Fails(document_), "$.contact_points.sets[0].kind_minimums[0].kind",
                         "contact-point kind of this policy"));
}

TEST_F(FromDocumentTest, TermIdIntoAnEmptyList) {
  document_.vocabulary.tags = TermList();
  // rules[0].applies_to.tags still holds 0, which now names nothing.
  EXPECT_TRUE(HasProblem(Fails(document_), "$.rules[0].applies_to.tags[0]", "defined: none"));
}

TEST_F(FromDocumentTest, ImpossibleMonthDay) {
  document_.checkpoints[0].date = MonthDay{2, 30};
  EXPECT_TRUE(HasProblem(Fails(document_), "$.checkpoints[0].date", "\"02-30\" is not a month-day"));
}

// An enumerator outside its enum is as wrong as a term outside its list; it
// must not be written back as some valid kind and accepted.
TEST_F(FromDocumentTest, RuleKindOutOfRange) {
  document_.rules[1].kind = static_cast<RuleKind>(99);
  EXPECT_TRUE(HasProblem(Fails(document_), "$.rules[1].kind", "is not one of"));
}

TEST_F(FromDocumentTest, RangeMinAboveMax) {
  document_.rules[1].min = 9;
  EXPECT_TRUE(HasProblem(Fails(document_), "$.rules[1]", "min 9 is greater than max 3"));
}

}  // namespace
}  // namespace liaison
