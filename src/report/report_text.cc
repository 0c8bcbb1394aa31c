#include "report/report_text.h"

#include <array>
#include <utility>

namespace liaison::report {
namespace {

using Words = std::pair<std::string_view, std::string_view>;  // zh, en

// In the order of Phrase.
constexpr std::array<Words, static_cast<std::size_t>(Phrase::kLast) + 1> kPhrases = {{
    {"干部密切联系青年工作报告", "Cadre–youth liaison report"},
    {"政策", "Policy"},
    {"政策指纹", "Policy fingerprint"},
    {"评估日期", "As of"},
    {"范围", "Scope"},
    {"全机关", "whole organ"},
    {"部门", "Department"},
    {"约束性规则完成情况", "Binding rules"},
    {"已达标", "met"},
    {"进度正常", "on pace"},
    {"进度落后", "behind pace"},
    {"已逾期或未达标", "overdue or not met"},
    {"等次分布（已评）与上限", "Grades assigned against the caps"},
    {"等次分布（建议）与上限", "Grades proposed against the caps"},
    {"上限", "cap"},
    {"人数", "cadres"},
    {"合并计算", "pooled"},
    {"干部一览", "Cadres"},
    {"姓名", "Name"},
    {"编号", "Id"},
    {"参加情况", "Takes part"},
    {"得分", "Score"},
    {"可评等次", "Eligible grade"},
    {"已评等次", "Assigned grade"},
    {"未达标的约束性规则", "Unmet binding rules"},
    {"中期评估：进度落后或已逾期的事项", "Mid-year review: what is behind pace or overdue"},
    {"各项进度正常。", "Everything is on pace."},
    {"考核表", "Appraisal sheet"},
    {"规则", "Rule"},
    {"依据", "Clause"},
    {"要求", "Required"},
    {"实际", "Actual"},
    {"差额", "Shortfall"},
    {"截止日期", "Due"},
    {"状态", "Status"},
    {"未计入的活动", "Set aside"},
    {"不参加考核", "Not appraised"},
    {"本人签字", "Cadre's signature"},
    {"部门意见", "Department's opinion"},
    {"记录有误，未能评估", "Records that could not be evaluated"},
    {"检查点", "Checkpoint"},
    {"建议等次", "Proposed grade"},
    {"尚未完成的约束性规则", "Binding rules not yet done"},
    {"超出上限", "over the cap"},
    {"等次检查", "Grade check"},
    {"记录有误、未计入等次的干部", "Not graded: their records are bad"},
}};

}  // namespace

std::string_view Say(Phrase phrase, Language language) {
  const Words& words = kPhrases[static_cast<std::size_t>(phrase)];
  return language == Language::kChinese ? words.first : words.second;
}

std::string_view StatusWords(const Finding& finding, Language language) {
  const bool zh = language == Language::kChinese;
  switch (finding.status) {
    case FindingStatus::kMet: return zh ? "已达标" : "met";
    case FindingStatus::kShort: return zh ? "未达标" : "short";
    case FindingStatus::kPending:
      if (finding.pace == Pace::kBehind) return zh ? "进度落后" : "behind pace";
      if (finding.pace == Pace::kNotTracked) return zh ? "未到期" : "not yet due";
      return zh ? "进度正常" : "on pace";
    case FindingStatus::kOverdue: return zh ? "已逾期" : "overdue";
    case FindingStatus::kLate: return zh ? "逾期提交" : "submitted late";
    case FindingStatus::kOver: return zh ? "超出上限" : "above the range";
    case FindingStatus::kNotApplicable: return zh ? "不适用" : "does not apply";
    case FindingStatus::kAdvisory: return zh ? "参考性记录" : "for reference only";
  }
  return "";
}

std::string WithRoundingSymbols(std::string text, Language language) {
  struct Notation {
    std::string_view name, open, close;
  };
  const Notation notations[] = {
      {"floor(", "⌊", "⌋"},
      {"ceil(", "⌈", "⌉"},
      {"half_up(", language == Language::kChinese ? "四舍五入(" : "round(", ")"},
  };
  for (const Notation& notation : notations) {
    for (std::size_t at = text.find(notation.name); at != std::string::npos;
         at = text.find(notation.name, at)) {
      const std::size_t close = text.find(')', at);
      if (close == std::string::npos) break;
      text.replace(close, 1, notation.close);
      text.replace(at, notation.name.size(), notation.open);
      at += notation.open.size();
    }
  }
  return text;
}


}  // namespace liaison::report
