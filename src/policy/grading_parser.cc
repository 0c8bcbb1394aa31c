// The grading policy of a policy document: the scale of grades, how many
// cadres each grade may take (caps, floors), who may take it (eligibility),
// how ties are broken and how a score is weighed together.
#include <algorithm>

#include "policy/policy_document_parser.h"

namespace liaison {
namespace {

constexpr json::KeyList kCapKeys{"grade", "share", "rounding"};
constexpr json::KeyList kEligibilityKeys{"grade", "min_score", "all_binding_met"};
constexpr json::KeyList kFloorKeys{"grade", "bottom_share"};
constexpr json::KeyList kWeightKeys{"component", "weight"};

}  // namespace

void PolicyDocumentParser::ParseGrading(ObjectReader& top) {
  std::optional<element> value = top.Element("grading", kRequired);
  if (!value) return;
  JsonPath path = top.path().Key("grading");
  ObjectReader reader(*value, path, problems_);
  if (!reader.valid()) return;
  GradingPolicy& g = doc_.grading;
  g.basis = Basis(reader, kOptional);
  ParseScale(reader);
  ParseCaps(reader);
  if (auto rounding = EnumField(reader, "rounding", kOptional, kRoundingNames)) {
    g.rounding = *rounding;
  }
  if (auto flag = reader.Bool("cumulative", kOptional)) g.cumulative = *flag;
  if (auto flag = reader.Bool("pass_down", kOptional)) g.pass_down = *flag;
  if (auto from = reader.Integer("minimum_one_from", kOptional, 0, 100000)) {
    g.minimum_one_from = static_cast<int>(*from);
  }
  if (auto below = reader.Integer("pool_below", kOptional, 0, 100000)) {
    g.pool_below = static_cast<int>(*below);
  }
  if (auto flag = reader.Bool("organ_quota", kOptional)) g.organ_quota = *flag;
  if (auto ties = EnumField(reader, "ties", kOptional, kTiePolicyNames)) g.ties = *ties;
  ParseTieKeys(reader);
  ParseEligibility(reader);
  ParseFloors(reader);
  ParseWeights(reader);
  if (g.weights.empty()) g.weights.push_back({"tasks", 1.0});
  if (auto credit = reader.Number("late_credit", kOptional, 0.0, 1.0)) g.late_credit = *credit;
  reader.RejectUnknownKeys();
}

// The scale is a term list of its own, read like the vocabulary's.
void PolicyDocumentParser::ParseScale(ObjectReader& reader) {
  GradingPolicy& g = doc_.grading;
  g.scale = TermListField(reader, "scale", 16);
  std::optional<element> scale = reader.Element("scale", kRequired);
  if (scale && scale->is_array() && g.scale.empty()) {
    problems_.Add(reader.path().Key("scale"), "a scale needs at least one grade",
                  "等次表至少须有一个等次");
  }
}

void PolicyDocumentParser::ParseCaps(ObjectReader& reader) {
  GradingPolicy& g = doc_.grading;
  json::ForEachObject(reader, "caps", kCapKeys, problems_,
                      [&](ObjectReader& cap, const JsonPath& path) {
    auto grade = refs_.One(cap, "grade", kRequired, g.scale, "grade");
    auto share = cap.Number("share", kRequired, 0.0, 1.0);
    std::optional<Rounding> rounding = EnumField(cap, "rounding", kOptional, kRoundingNames);
    cap.RejectUnknownKeys();  // before the check against earlier caps
    if (!grade || !share) return;
    for (const GradeCap& earlier : g.caps) {
      if (earlier.grade == *grade) {
        problems_.Add(path.Key("grade"), "this grade already has a cap", "该等次已设比例上限");
      }
    }
    g.caps.push_back({*grade, *share, rounding});
  });
}

// Tie-break keys: "binding_met", or "rule:<rule id>" for a rule's completion.
void PolicyDocumentParser::ParseTieKeys(ObjectReader& reader) {
  GradingPolicy& g = doc_.grading;
  std::optional<simdjson::dom::array> keys = reader.Array("tie_keys", kOptional);
  if (!keys) return;
  JsonPath list_path = reader.path().Key("tie_keys");
  std::size_t index = 0;
  for (element entry : *keys) {
    JsonPath path = list_path.Index(index++);
    auto name = json::ReadString(entry, path, problems_);
    if (!name) continue;
    TieKey key;
    constexpr std::string_view kRulePrefix = "rule:";
    if (*name == "binding_met") {
      key.type = TieKey::Type::kBindingMet;
    } else if (name->substr(0, kRulePrefix.size()) == kRulePrefix) {
      key.type = TieKey::Type::kRuleCompletion;
      key.rule = std::string(name->substr(kRulePrefix.size()));
      if (FindRule(key.rule) == nullptr) {
        problems_.Add(path, StrCat("no rule \"", key.rule, "\" in this policy"),
                      StrCat("本政策没有规则“", key.rule, "”"));
      }
    } else {
      problems_.Add(path,
                    StrCat("\"", *name,
                           "\" is not a tie-break key; "
                           "use \"binding_met\" or \"rule:<rule id>\""),
                    StrCat("“", *name,
                           "”不是同分排序依据；请用 \"binding_met\" 或 "
                           "\"rule:<规则编号>\""));
      continue;
    }
    if (std::find(g.tie_keys.begin(), g.tie_keys.end(), key) != g.tie_keys.end()) {
      problems_.Add(path, "this key is listed twice", "该排序依据重复列出");
    }
    g.tie_keys.push_back(std::move(key));
  }
}

void PolicyDocumentParser::ParseEligibility(ObjectReader& reader) {
  GradingPolicy& g = doc_.grading;
  json::ForEachObject(reader, "eligibility", kEligibilityKeys, problems_,
                      [&](ObjectReader& item, const JsonPath& path) {
    auto grade = refs_.One(item, "grade", kRequired, g.scale, "grade");
    GradeEligibility eligibility;
    if (auto score = item.Number("min_score", kOptional, 0.0, 1.0)) eligibility.min_score = *score;
    if (auto flag = item.Bool("all_binding_met", kOptional)) eligibility.all_binding_met = *flag;
    item.RejectUnknownKeys();  // before the check against earlier conditions
    if (!grade) return;
    eligibility.grade = *grade;
    for (const GradeEligibility& earlier : g.eligibility) {
      if (earlier.grade == *grade) {
        problems_.Add(path.Key("grade"), "this grade already has conditions", "该等次已设条件");
      }
    }
    g.eligibility.push_back(eligibility);
  });
}

void PolicyDocumentParser::ParseFloors(ObjectReader& reader) {
  GradingPolicy& g = doc_.grading;
  json::ForEachObject(reader, "floors", kFloorKeys, problems_,
                      [&](ObjectReader& item, const JsonPath&) {
    auto grade = refs_.One(item, "grade", kRequired, g.scale, "grade");
    auto share = item.Number("bottom_share", kRequired, 0.0, 1.0);
    if (grade && share) g.floors.push_back({*grade, *share});
  });
}

void PolicyDocumentParser::ParseWeights(ObjectReader& reader) {
  GradingPolicy& g = doc_.grading;
  double total = 0;
  json::ForEachObject(reader, "weights", kWeightKeys, problems_,
                      [&](ObjectReader& item, const JsonPath& path) {
    auto component = item.NonEmptyString("component", kRequired);
    auto weight = item.Number("weight", kRequired, 0.0, 1.0);
    item.RejectUnknownKeys();  // before the check against earlier weights
    if (!component || !weight) return;
    for (const ScoreWeight& earlier : g.weights) {
      if (earlier.component == *component) {
        problems_.Add(path.Key("component"), "this component is weighted twice",
                      "该得分项重复设权重");
      }
    }
    total += *weight;
    g.weights.push_back({std::string(*component), *weight});
  });
  if (!g.weights.empty() && (total < 0.999999 || total > 1.000001)) {
    problems_.Add(reader.path().Key("weights"),
                  StrCat("the weights add up to ", total, "; they must add up to 1"),
                  StrCat("权重合计为 ", total, "；合计须为 1"));
  }
}

}  // namespace liaison
