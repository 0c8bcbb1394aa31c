// ParameterChangeWords and the words of rounding and ties
// (parameter_words.h): each known path of the policy format matched by a
// pattern, named in both languages, its values in words (yes/no, rounding,
// shares as percentages).
#include "parameter_words.h"

#include <cstdio>
#include <cstdlib>
#include <regex>

#include "base/enum_names.h"

namespace liaison::cli {
namespace {

// How a parameter's values read.
enum class Values { kAsWritten, kYesNo, kRounding, kTies, kShare, kCategory, kOnline };

struct Known {
  const char* pattern;  // on the path; its group names the entry (a rule, a grade …)
  enum class Names { kNothing, kRule, kCheckpoint, kGrade, kComponent, kSet } names;
  LocalizedText label;  // "{}" stands for what the group names
  Values values;
};

using Names = Known::Names;

// The known paths of the policy format (docs/policy.md).
const Known kKnown[] = {
    {R"(\$\.year)", Names::kNothing, {"起始年度", "first year"}, Values::kAsWritten},
    {R"(\$\.recurring)", Names::kNothing, {"逐年适用", "recurring"}, Values::kYesNo},
    {R"(\$\.period\.start)", Names::kNothing, {"考核期起始日", "period start"},
     Values::kAsWritten},
    {R"(\$\.period\.end)", Names::kNothing, {"考核期截止日", "period end"}, Values::kAsWritten},
    {R"(\$\.grading\.rounding)", Names::kNothing, {"取整方式", "rounding"}, Values::kRounding},
    {R"(\$\.grading\.ties)", Names::kNothing, {"并列处理", "ties"}, Values::kTies},
    {R"(\$\.grading\.cumulative)", Names::kNothing, {"累计计算名额", "cumulative caps"},
     Values::kYesNo},
    {R"(\$\.grading\.pass_down)", Names::kNothing, {"名额顺延", "pass_down"}, Values::kYesNo},
    {R"(\$\.grading\.minimum_one_from)", Names::kNothing,
     {"至少一名的起始人数（0：不适用）", "minimum_one_from (0: off)"}, Values::kAsWritten},
    {R"(\$\.grading\.pool_below)", Names::kNothing,
     {"合并部门的人数界限（0：不合并）", "pool_below (0: off)"}, Values::kAsWritten},
    {R"(\$\.grading\.organ_quota)", Names::kNothing, {"机关统筹", "organ_quota"}, Values::kYesNo},
    {R"(\$\.grading\.late_credit)", Names::kNothing, {"逾期得分", "late_credit"},
     Values::kAsWritten},
    {R"(\$\.grading\.caps\[grade=([^\]]+)\]\.share)", Names::kGrade,
     {"{} 的比例上限", "cap on {}"}, Values::kShare},
    {R"(\$\.grading\.caps\[grade=([^\]]+)\]\.rounding)", Names::kGrade,
     {"{} 名额的取整方式", "rounding of the {} cap"}, Values::kRounding},
    {R"(\$\.grading\.eligibility\[grade=([^\]]+)\]\.min_score)", Names::kGrade,
     {"评为{}的最低得分", "minimum score for {}"}, Values::kAsWritten},
    {R"(\$\.grading\.eligibility\[grade=([^\]]+)\]\.all_binding_met)", Names::kGrade,
     {"评为{}须必须项全部完成", "{} needs every binding rule met"}, Values::kYesNo},
    {R"(\$\.grading\.weights\[component=([^\]]+)\]\.weight)", Names::kComponent,
     {"得分构成中{}的权重", "weight of {} in the score"}, Values::kAsWritten},
    {R"(\$\.rules\[id=([^\]]+)\]\.min)", Names::kRule, {"{} 的要求", "{}, minimum"},
     Values::kAsWritten},
    {R"(\$\.rules\[id=([^\]]+)\]\.max)", Names::kRule, {"{} 的上限", "{}, maximum"},
     Values::kAsWritten},
    {R"(\$\.rules\[id=([^\]]+)\]\.due)", Names::kRule, {"{} 的截止日期", "{}, due"},
     Values::kAsWritten},
    {R"(\$\.rules\[id=([^\]]+)\]\.binding)", Names::kRule, {"{} 是否约束性", "{}, binding"},
     Values::kYesNo},
    {R"(\$\.rules\[id=([^\]]+)\]\.weight)", Names::kRule, {"{} 的权重", "{}, weight"},
     Values::kAsWritten},
    {R"(\$\.rules\[id=([^\]]+)\]\.prorate)", Names::kRule,
     {"{} 是否按比例折算", "{}, prorated"}, Values::kYesNo},
    {R"(\$\.rules\[id=([^\]]+)\]\.prorate_max)", Names::kRule,
     {"{} 的上限是否按比例折算", "{}, maximum prorated"}, Values::kYesNo},
    {R"(\$\.rules\[id=([^\]]+)\]\.title\.zh)", Names::kRule, {"{} 的中文标题", "{}, Chinese title"},
     Values::kAsWritten},
    {R"(\$\.rules\[id=([^\]]+)\]\.title\.en)", Names::kRule, {"{} 的英文标题", "{}, English title"},
     Values::kAsWritten},
    {R"(\$\.checkpoints\[id=([^\]]+)\]\.date)", Names::kCheckpoint,
     {"检查点 {} 的日期", "checkpoint {}, date"}, Values::kAsWritten},
    {R"(\$\.proration\.numerator)", Names::kNothing, {"按比例折算的分子", "proration numerator"},
     Values::kAsWritten},
    {R"(\$\.proration\.denominator)", Names::kNothing,
     {"按比例折算的分母", "proration denominator"}, Values::kAsWritten},
    {R"(\$\.proration\.rounding)", Names::kNothing,
     {"按比例折算的取整方式", "proration rounding"}, Values::kRounding},
    {R"(\$\.participation\.full_time)", Names::kNothing, {"专职干部", "full-time cadres"},
     Values::kCategory},
    {R"(\$\.participation\.part_time)", Names::kNothing, {"兼职干部", "part-time cadres"},
     Values::kCategory},
    {R"(\$\.participation\.seconded)", Names::kNothing, {"挂职干部", "seconded cadres"},
     Values::kCategory},
    {R"(\$\.participation\.exemption_requires_approval)", Names::kNothing,
     {"豁免须有批准记录", "an exemption needs a recorded approval"}, Values::kYesNo},
    {R"(\$\.contact_points\.binding)", Names::kNothing, {"联系点是否约束性", "contact points: binding"},
     Values::kYesNo},
    {R"(\$\.contact_points\.home_region)", Names::kNothing,
     {"联系点的本地", "contact points: home region"}, Values::kAsWritten},
    {R"(\$\.contact_points\.min_home_share)", Names::kNothing,
     {"联系点在本地的最低比例", "contact points: minimum home share"}, Values::kShare},
    {R"(\$\.contact_points\.online)", Names::kNothing,
     {"线上联系点", "online contact points"}, Values::kOnline},
    {R"(\$\.contact_points\.min_levels_below)", Names::kNothing,
     {"联系点至少低于机关的级数", "contact points: at least levels below the organ"},
     Values::kAsWritten},
    {R"(\$\.contact_points\.max_levels_below)", Names::kNothing,
     {"联系点至多低于机关的级数", "contact points: at most levels below the organ"},
     Values::kAsWritten},
    {R"(\$\.contact_points\.sets\[(\d+)\]\.min)", Names::kSet,
     {"第{}组联系点数量下限", "contact points, set {}, minimum"}, Values::kAsWritten},
    {R"(\$\.contact_points\.sets\[(\d+)\]\.max)", Names::kSet,
     {"第{}组联系点数量上限", "contact points, set {}, maximum"}, Values::kAsWritten},
};

// A JSON string's text without its quotes (the values worded here hold no
// escapes); other JSON as it is.
std::string Unquoted(const std::string& json) {
  if (json.size() >= 2 && json.front() == '"' && json.back() == '"') {
    return json.substr(1, json.size() - 2);
  }
  return json;
}

// One side's value in words; none when the side does not have it.
std::string ValueWords(const std::optional<std::string>& json, Values values, Language language) {
  const bool zh = language == Language::kChinese;
  if (!json) return zh ? "（无）" : "(none)";
  const std::string text = Unquoted(*json);
  switch (values) {
    case Values::kAsWritten: return *json;
    case Values::kYesNo:
      if (text == "true") return zh ? "是" : "yes";
      if (text == "false") return zh ? "否" : "no";
      return *json;
    case Values::kRounding:
      if (auto rounding = ValueOf(kRoundingNames, text)) return RoundingWords(*rounding, language);
      return *json;
    case Values::kTies:
      if (auto ties = ValueOf(kTiePolicyNames, text)) return TiesWords(*ties, language);
      return *json;
    case Values::kShare: {
      char percent[32];
      std::snprintf(percent, sizeof percent, "%g%%", std::strtod(text.c_str(), nullptr) * 100);
      return percent;
    }
    case Values::kCategory:
      if (auto rule = ValueOf(kCategoryRuleNames, text)) return CategoryWords(*rule, language);
      return *json;
    case Values::kOnline:
      if (auto online = ValueOf(kOnlinePointsNames, text)) return OnlineWords(*online, language);
      return *json;
  }
  return *json;
}

// The title of rule `id`: the after policy's, else the before's; the id
// when neither has the rule.
template <typename Entry>
LocalizedText TitleOf(const std::vector<Entry>& after, const std::vector<Entry>& before,
                      const std::string& id) {
  for (const auto* entries : {&after, &before}) {
    for (const Entry& entry : *entries) {
      if (entry.id == id) return entry.title;
    }
  }
  return {id, id};
}

LocalizedText GradeLabel(const PolicyDocument& before, const PolicyDocument& after,
                         const std::string& id) {
  for (const PolicyDocument* document : {&after, &before}) {
    for (const Term& term : document->grading.scale.terms()) {
      if (term.id == id) return term.label;
    }
  }
  return {id, id};
}

// What a pattern's group names, in both languages.
LocalizedText NameOfEntry(Names names, const std::string& group, const PolicyDocument& before,
                          const PolicyDocument& after) {
  switch (names) {
    case Names::kNothing: return {};
    case Names::kRule: return TitleOf(after.rules, before.rules, group);
    case Names::kCheckpoint: return TitleOf(after.checkpoints, before.checkpoints, group);
    case Names::kGrade: return GradeLabel(before, after, group);
    case Names::kComponent:
      return group == "tasks" ? LocalizedText{"任务完成", "tasks"} : LocalizedText{group, group};
    case Names::kSet: {
      const std::string number = std::to_string(std::atoi(group.c_str()) + 1);
      return {number, number};
    }
  }
  return {};
}

std::string Filled(const std::string& label, const std::string& name) {
  const std::size_t at = label.find("{}");
  return at == std::string::npos ? label : label.substr(0, at) + name + label.substr(at + 2);
}

// A whole rule or checkpoint added or removed: 新增规则：… / rule added: ….
std::optional<std::string> EntryAddedOrRemoved(const ParameterChange& change,
                                               const PolicyDocument& before,
                                               const PolicyDocument& after, Language language) {
  static const std::regex kRule(R"(\$\.rules\[id=([^\]]+)\])");
  static const std::regex kCheckpoint(R"(\$\.checkpoints\[id=([^\]]+)\])");
  static const std::regex kDepartmentRule(R"(\$\.department_rules\[id=([^\]]+)\])");
  if (change.before.has_value() == change.after.has_value()) return std::nullopt;
  std::smatch match;
  const bool zh = language == Language::kChinese;
  const bool added = change.after.has_value();
  LocalizedText title;
  LocalizedText what;
  if (std::regex_match(change.path, match, kRule)) {
    title = TitleOf(after.rules, before.rules, match[1]);
    what = added ? LocalizedText{"新增规则", "rule added"} : LocalizedText{"删除规则", "rule removed"};
  } else if (std::regex_match(change.path, match, kDepartmentRule)) {
    title = TitleOf(after.department_rules, before.department_rules, match[1]);
    what = added ? LocalizedText{"新增部门规则", "department rule added"}
                 : LocalizedText{"删除部门规则", "department rule removed"};
  } else if (std::regex_match(change.path, match, kCheckpoint)) {
    title = TitleOf(after.checkpoints, before.checkpoints, match[1]);
    what = added ? LocalizedText{"新增检查点", "checkpoint added"}
                 : LocalizedText{"删除检查点", "checkpoint removed"};
  } else {
    return std::nullopt;
  }
  return what.In(language) + (zh ? "：" : ": ") + title.In(language) +
         (zh ? "（" + change.path + "）" : " (" + change.path + ")");
}

}  // namespace

std::string RoundingWords(Rounding rounding, Language language) {
  const bool zh = language == Language::kChinese;
  switch (rounding) {
    case Rounding::kFloor: return zh ? "向下取整" : "down";
    case Rounding::kCeil: return zh ? "向上取整" : "up";
    case Rounding::kHalfUp: return zh ? "四舍五入" : "half up";
  }
  return "";
}

std::string TiesWords(TiePolicy ties, Language language) {
  const bool zh = language == Language::kChinese;
  return ties == TiePolicy::kBreakByKeys
             ? (zh ? "按排序条件区分" : "broken by the tie keys")
             : (zh ? "提交部门党支部研究" : "held for the department's Party branch");
}

std::string CategoryWords(CategoryRule rule, Language language) {
  const bool zh = language == Language::kChinese;
  switch (rule) {
    case CategoryRule::kRequired: return zh ? "必须参加" : "takes part";
    case CategoryRule::kDepartmentDecides: return zh ? "由部门决定" : "as the department decides";
    case CategoryRule::kExcluded: return zh ? "不参加" : "does not take part";
  }
  return "";
}

std::string OnlineWords(OnlinePoints online, Language language) {
  const bool zh = language == Language::kChinese;
  switch (online) {
    case OnlinePoints::kExcluded: return zh ? "不计入本地比例" : "left out of the home share";
    case OnlinePoints::kCountAsHome: return zh ? "计为本地" : "counted as home";
    case OnlinePoints::kCountAsAway: return zh ? "计为外地" : "counted as away";
  }
  return "";
}

std::optional<std::string> ParameterChangeWords(const ParameterChange& change,
                                                const PolicyDocument& before,
                                                const PolicyDocument& after, Language language) {
  if (auto entry = EntryAddedOrRemoved(change, before, after, language)) return entry;
  const bool zh = language == Language::kChinese;
  for (const Known& known : kKnown) {
    std::smatch match;
    if (!std::regex_match(change.path, match, std::regex(known.pattern))) continue;
    const std::string name =
        match.size() > 1 ? NameOfEntry(known.names, match[1], before, after).In(language) : "";
    return Filled(known.label.In(language), name) + (zh ? "：" : ": ") +
           ValueWords(change.before, known.values, language) + " → " +
           ValueWords(change.after, known.values, language) +
           (zh ? "（" + change.path + "）" : " (" + change.path + ")");
  }
  return std::nullopt;
}

}  // namespace liaison::cli
