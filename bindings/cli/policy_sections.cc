// The sections of `liaison policy show` after the rules: participation,
// contact points, checkpoints and grading, each a heading, its settings on
// lines of their own, then a table, in Chinese or English.
#include "policy_sections.h"

#include <cstdio>

#include "base/enum_names.h"
#include "parameter_words.h"
#include "text_table.h"
#include "views.h"

namespace liaison::cli {
namespace {

// A bilingual word, picked by the output language.
struct Said {
  const char* zh;
  const char* en;
  std::string In(bool zh_out) const { return zh_out ? zh : en; }
};

// "Participation (basis 二.2)" / "参与（依据 二.2）".
std::string Heading(const Said& name, const std::string& basis, bool zh) {
  if (basis.empty()) return name.In(zh);
  return zh ? std::string(name.zh) + "（依据 " + basis + "）"
            : std::string(name.en) + " (basis " + basis + ")";
}

std::string Number(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%g", value);
  return text;
}

std::string Percent(double share) { return Number(share * 100) + "%"; }

std::string YesNo(bool value, bool zh) {
  return zh ? (value ? "是" : "否") : (value ? "yes" : "no");
}

// "youth_home, league_branch" or "-" for none.
std::string Terms(const TermList& list, const std::vector<TermId>& ids, Language language) {
  if (ids.empty()) return "-";
  std::string text;
  for (TermId id : ids) {
    if (!text.empty()) text += language == Language::kChinese ? "、" : ", ";
    text += list[id].label.In(language);
  }
  return text;
}

void Participation(const ParticipationPolicy& p, bool zh, std::ostream& out) {
  out << "\n" << Heading({"参与", "Participation"}, p.basis, zh) << "\n";
  out << (zh ? "豁免须有批准记录（批准人和日期）：" : "An exemption needs a recorded approval: ")
      << YesNo(p.exemption_requires_approval, zh) << "\n";
  const Language language = zh ? Language::kChinese : Language::kEnglish;
  TextTable table(zh ? std::vector<std::string>{"类别", "是否参加"}
                     : std::vector<std::string>{"category", "participation"});
  table.AddRow({zh ? "专职" : "full_time", CategoryWords(p.full_time, language)});
  table.AddRow({zh ? "兼职" : "part_time", CategoryWords(p.part_time, language)});
  table.AddRow({zh ? "挂职" : "seconded", CategoryWords(p.seconded, language)});
  out << table.Render();
}

void ContactPoints(const PolicyDocument& d, Language language, std::ostream& out) {
  const bool zh = language == Language::kChinese;
  if (!d.contact_points) {
    out << "\n" << (zh ? "联系点：无要求" : "Contact points: none required") << "\n";
    return;
  }
  const ContactPointPolicy& c = *d.contact_points;
  const Vocabulary& v = d.vocabulary;
  out << "\n" << Heading({"联系点", "Contact points"}, c.basis, zh) << "\n";
  out << (zh ? "约束：" : "Binding: ") << YesNo(c.binding, zh) << "\n";
  out << (zh ? "可选类型：" : "Kinds allowed: ")
      << (c.allowed_kinds.empty() ? (zh ? "全部" : "all")
                                  : Terms(v.contact_point_kinds, c.allowed_kinds, language))
      << "\n";
  if (!c.home_region.empty()) {
    out << (zh ? "本地：" : "Home region: ") << c.home_region << (zh ? "，不少于 " : ", at least ")
        << Percent(c.min_home_share) << "\n";
  }
  if (c.ChecksLevels()) {
    const std::string lowest = c.max_levels_below ? std::to_string(*c.max_levels_below)
                                                  : std::string(zh ? "任意" : "any");
    out << (zh ? "层级：低于机关 " : "Levels: ") << c.min_levels_below.value_or(0)
        << (zh ? " 至 " : " to ") << lowest << (zh ? " 级" : " below the organ") << "\n";
  }
  if (!c.online_kinds.empty()) {
    out << (zh ? "线上类型：" : "Online kinds: ")
        << Terms(v.contact_point_kinds, c.online_kinds, language) << (zh ? "（" : " (")
        << OnlineWords(c.online, language) << (zh ? "）" : ")") << "\n";
  }
  TextTable table(zh ? std::vector<std::string>{"职级", "数量", "各类型最少"}
                     : std::vector<std::string>{"ranks", "count", "at least, by kind"});
  for (const ContactPointSet& set : c.sets) {
    std::string minimums;
    for (const KindMinimum& m : set.kind_minimums) {
      if (!minimums.empty()) minimums += zh ? "、" : ", ";
      minimums += v.contact_point_kinds[m.kind].label.In(language) + " " + std::to_string(m.min);
    }
    table.AddRow({set.ranks.empty() ? (zh ? "其他" : "others") : Terms(v.ranks, set.ranks, language),
                  std::to_string(set.min) + "–" + std::to_string(set.max),
                  minimums.empty() ? "-" : minimums});
  }
  out << table.Render();
}

void Checkpoints(const PolicyDocument& d, Language language, const TableLayout& layout,
                 std::ostream& out) {
  const bool zh = language == Language::kChinese;
  if (d.checkpoints.empty()) {
    out << "\n" << (zh ? "检查点：无" : "Checkpoints: none") << "\n";
    return;
  }
  out << "\n" << (zh ? "检查点" : "Checkpoints") << "\n";
  // In Chinese by date and title (the id is in the English table and the JSON).
  TextTable table(zh ? std::vector<std::string>{"日期", "名称", "依据"}
                     : std::vector<std::string>{"id", "title", "date", "basis"});
  table.WrapColumn(1);
  for (const Checkpoint& checkpoint : d.checkpoints) {
    char date[8];
    std::snprintf(date, sizeof date, "%02d-%02d", checkpoint.date.month, checkpoint.date.day);
    const std::string basis = checkpoint.basis.empty() ? "-" : checkpoint.basis;
    table.AddRow(zh ? std::vector<std::string>{date, checkpoint.title.In(language), basis}
                    : std::vector<std::string>{checkpoint.id, checkpoint.title.In(language), date,
                                               basis});
  }
  out << table.Render(layout);
}

// The settings that apply to every capped grade, one line.
std::string GradingSettings(const GradingPolicy& g, bool zh) {
  if (zh) {
    const std::string rounding = RoundingWords(g.rounding, Language::kChinese);
    const std::string ties = TiesWords(g.ties, Language::kChinese);
    return "取整 " + rounding + "，累计 " + YesNo(g.cumulative, zh) + "，名额顺延 " +
           YesNo(g.pass_down, zh) + "，" +
           (g.minimum_one_from == 0 ? "至少一名：不适用"
                                    : "至少一名自 " + std::to_string(g.minimum_one_from) + " 人起") +
           "，" +
           (g.pool_below == 0 ? "小部门合并：不合并"
                              : "合并不足 " + std::to_string(g.pool_below) + " 人的部门") +
           "，机关统筹 " + YesNo(g.organ_quota, zh) + "，并列 " + ties +
           "，逾期得分 " + Number(g.late_credit);
  }
  const std::string rounding(NameOf(kRoundingNames, g.rounding));
  const std::string ties(NameOf(kTiePolicyNames, g.ties));
  return "rounding " + rounding + ", cumulative " + YesNo(g.cumulative, zh) + ", pass_down " +
         YesNo(g.pass_down, zh) + ", minimum_one_from " +
         (g.minimum_one_from == 0 ? "off" : std::to_string(g.minimum_one_from)) +
         ", pool_below " + (g.pool_below == 0 ? "off" : std::to_string(g.pool_below)) +
         ", organ_quota " +
         YesNo(g.organ_quota, zh) + ", ties " + ties + ", late_credit " + Number(g.late_credit);
}

void Grading(const GradingPolicy& g, Language language, const TableLayout& layout,
             std::ostream& out) {
  const bool zh = language == Language::kChinese;
  out << "\n" << Heading({"评定等次", "Grading"}, g.basis, zh) << "\n"
      << WrappedLines(GradingSettings(g, zh), 0, layout);
  // "tasks" is the rules' own completion; other components are the records'.
  const auto component = [zh](const std::string& id) {
    return zh && id == "tasks" ? std::string("任务完成") : id;
  };
  std::string weights;
  for (const ScoreWeight& w : g.weights) {
    weights += (weights.empty() ? "" : zh ? "、" : ", ") + component(w.component) + " " +
               Number(w.weight);
  }
  out << (zh ? "得分构成：" : "Score: ") << (weights.empty() ? component("tasks") + " 1" : weights)
      << "\n";
  TextTable table(zh ? std::vector<std::string>{"等次", "比例上限", "条件"}
                     : std::vector<std::string>{"grade", "label", "cap", "eligibility"});
  for (TermId grade = 0; grade < g.scale.size(); ++grade) {
    std::string cap = "-";
    for (const GradeCap& c : g.caps) {
      if (c.grade == grade) cap = Percent(c.share);
    }
    std::string condition = "-";
    for (const GradeEligibility& e : g.eligibility) {
      if (e.grade != grade) continue;
      condition = (zh ? "得分 ≥ " : "score ≥ ") + Number(e.min_score);
      if (e.all_binding_met) condition += zh ? "，必须项全部完成" : ", every binding rule met";
    }
    std::vector<std::string> row{g.scale[grade].label.In(language), cap, condition};
    if (!zh) row.insert(row.begin(), g.scale[grade].id);
    table.AddRow(std::move(row));
  }
  for (const GradeFloor& floor : g.floors) {
    out << (zh ? "排名最后 " : "The lowest ") << Percent(floor.bottom_share)
        << (zh ? " 评为：" : " of the ranking get: ") << g.scale[floor.grade].label.In(language)
        << "\n";
  }
  out << table.Render();
}

}  // namespace

void PrintPolicySections(const PolicyDocument& d, Language language, const TableLayout& layout,
                         std::ostream& out) {
  const bool zh = language == Language::kChinese;
  Participation(d.participation, zh, out);
  ContactPoints(d, language, out);
  Checkpoints(d, language, layout, out);
  Grading(d.grading, language, layout, out);
}

}  // namespace liaison::cli
