#include "cadre_sheet_view.h"

#include "absl/strings/str_format.h"
#include "absl/time/civil_time.h"
#include "base/cadre_identity.h"
#include "evaluate/finding_message_text.h"
#include "liaison/finding_message.h"
#include "report/report_text.h"

namespace liaison::cli {
namespace {

std::string Required(const Finding& finding) {
  if (finding.status == FindingStatus::kNotApplicable) return "-";
  std::string text = std::to_string(finding.required);
  if (finding.maximum && *finding.maximum != finding.required) {
    text += "-" + std::to_string(*finding.maximum);
  }
  return text;
}

std::string Actual(const Finding& finding) {
  if (finding.status == FindingStatus::kNotApplicable) return "-";
  if (finding.submitted) return absl::FormatCivilTime(*finding.submitted);
  return std::to_string(finding.actual);
}

// "c03-vis-07 晚于评估日期；c03-talk-2 不符合“下跨一级”" / "c03-vis-07 after the
// evaluation date; …".
std::string SetAsideList(const Finding& finding, Language language) {
  std::string text;
  for (const SetAside& entry : finding.set_aside) {
    if (!text.empty()) text += language == Language::kChinese ? "；" : "; ";
    text += entry.activity_id + " " + std::string(SetAsideReasonText(entry.reason, language));
  }
  return text;
}

}  // namespace

std::string CadreSheet(const absl::StatusOr<CadreReport>& entry,
                       const DepartmentNames& departments, Language language,
                       const TableLayout& layout) {
  const bool zh = language == Language::kChinese;
  if (!entry.ok()) {
    const CadreIdentity who = CadreIdentityOf(entry.status());
    return (zh ? "考核表：" : "Appraisal sheet: ") + CadreLabel(who.name, who.id, language) +
           (zh ? "：记录有误，未能评估\n" : ": bad record, not evaluated\n");
  }
  const CadreReport& cadre = *entry;
  const Policy& policy = cadre.policy;
  std::string out = (zh ? "考核表：" : "Appraisal sheet: ") +
                    CadreLabel(cadre.name, cadre.cadre_id, language) + (zh ? "，" : ", ") +
                    departments.Of(cadre.department) + "\n";
  out += (zh ? "政策 " : "policy ") + policy.id() + (zh ? "  评估日期 " : "  as of ") +
         absl::FormatCivilTime(cadre.as_of) + "\n";
  out += (zh ? "参加情况 " : "participation ") + ParticipationLabel(cadre, language);
  if (!cadre.findings.empty()) {
    std::string grade = "-";
    if (cadre.eligible_grade) {
      grade = policy.document().grading.scale[*cadre.eligible_grade].label.In(language);
    }
    out += zh ? absl::StrFormat("  达标 %d/%d  得分 %.3f  可评等次 %s", cadre.binding_met,
                                cadre.binding_rules, cadre.score, grade)
              : absl::StrFormat("  met %d/%d  score %.3f  eligible %s", cadre.binding_met,
                                cadre.binding_rules, cadre.score, grade);
  }
  out += "\n\n";
  if (cadre.findings.empty()) {
    out += WrappedLines(ParticipationMessage(cadre).In(language), 0, layout);
    return out;
  }
  TextTable table(zh ? std::vector<std::string>{"条款", "规则", "要求", "实际", "状态", "未计入"}
                     : std::vector<std::string>{"clause", "rule", "required", "actual", "status",
                                                "set aside"});
  table.WrapColumn(1);
  std::string notes;
  for (const Finding& finding : cadre.findings) {
    table.AddRow({std::string(FindingBasis(policy, finding)),
                  FindingTitle(policy, finding).In(language), Required(finding), Actual(finding),
                  std::string(report::StatusWords(finding, language)),
                  std::to_string(finding.set_aside.size())});
    notes += WrappedLines(FindingMessage(cadre, finding).In(language), 2, layout);
    if (!finding.set_aside.empty()) {
      notes += WrappedLines((zh ? "未计入：" : "set aside: ") + SetAsideList(finding, language), 4,
                            layout);
    }
  }
  out += table.Render(layout);
  out += "\n" + std::string(zh ? "说明：" : "Explanations:") + "\n" + notes;
  out += zh ? "\n本人签字：                部门意见：\n"
            : "\ncadre's signature:                department's opinion:\n";
  return out;
}

}  // namespace liaison::cli
