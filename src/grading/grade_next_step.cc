#include "liaison/grade_next_step.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "liaison/finding_message.h"

namespace liaison {
namespace {

// "彭志伟（c11）" / "彭志伟 (c11)"; the id alone without a name.
LocalizedText CadreNamed(const BatchReport& batch, const BatchGrading& grading, std::size_t i) {
  const std::string& id = grading.inputs[i].cadre_id;
  const absl::StatusOr<CadreReport>& report = batch.cadres[grading.batch_entries[i]];
  if (!report.ok() || report->name.empty()) return {id, id};
  return {absl::StrCat(report->name, "（", id, "）"), absl::StrCat(report->name, " (", id, ")")};
}

// A department by its name in the records, else its id.
std::string DepartmentNamed(const BatchReport& batch, const std::string& department) {
  for (const DepartmentReport& each : batch.departments) {
    if (each.department == department && !each.name.empty()) return each.name;
  }
  return department;
}

// The quota unit by its department's name; a pooled one by all of them.
LocalizedText UnitNamed(const BatchReport& batch, const QuotaUnit& unit) {
  if (!unit.pooled) {
    const std::string name =
        DepartmentNamed(batch, unit.departments.empty() ? unit.id : unit.departments.front());
    return {name, name};
  }
  LocalizedText text{"合并计算：", "pooled: "};
  for (std::size_t i = 0; i < unit.departments.size(); ++i) {
    const std::string name = DepartmentNamed(batch, unit.departments[i]);
    absl::StrAppend(&text.zh, i == 0 ? "" : "、", name);
    absl::StrAppend(&text.en, i == 0 ? "" : ", ", name);
  }
  return text;
}

// The cadres of quota unit `u` a cap on `grade` counts (cumulative: graded
// `grade` or better), by name and id: "彭志伟（c11）、刘建华（c01）".
LocalizedText CountedCadres(const BatchReport& batch, const BatchGradeCheck& check,
                            std::size_t u, TermId grade) {
  const GradingPolicy& grading = check.policy.document().grading;
  const QuotaUnit& unit = check.check.plan.units[u];
  LocalizedText list;
  for (std::size_t i = 0; i < check.grading.inputs.size(); ++i) {
    const GradingInput& input = check.grading.inputs[i];
    const std::optional<TermId> assigned = grading.scale.Find(input.assigned_grade);
    if (!input.in_base || !assigned ||
        !(*assigned == grade || (unit.caps.cumulative && *assigned < grade)) ||
        std::find(unit.departments.begin(), unit.departments.end(), input.department) ==
            unit.departments.end()) {
      continue;
    }
    const LocalizedText named = CadreNamed(batch, check.grading, i);
    absl::StrAppend(&list.zh, list.zh.empty() ? "" : "、", named.zh);
    absl::StrAppend(&list.en, list.en.empty() ? "" : ", ", named.en);
  }
  return list;
}

bool CostsTheGrade(const Finding& finding) {
  return finding.binding &&
         (finding.status == FindingStatus::kShort || finding.status == FindingStatus::kOverdue ||
          finding.status == FindingStatus::kLate || finding.status == FindingStatus::kOver);
}

// "超出范围" / "over the range": how a binding rule was missed.
LocalizedText HowMissed(FindingStatus status) {
  switch (status) {
    case FindingStatus::kShort: return {"未完成", "short"};
    case FindingStatus::kOverdue: return {"逾期未交", "overdue"};
    case FindingStatus::kLate: return {"逾期提交", "late"};
    default: return {"超出范围", "over the range"};
  }
}

// `text` without a final "。" or ".".
std::string WithoutStop(std::string text) {
  for (const std::string_view stop : {"。", "."}) {
    if (text.size() >= stop.size() &&
        text.compare(text.size() - stop.size(), stop.size(), stop) == 0) {
      text.resize(text.size() - stop.size());
    }
  }
  return text;
}

// The binding rules that cost `report`'s cadre the grade, as its findings say
// them: short, overdue, late or over the range (a rule still pending can be
// met). Empty when none is.
LocalizedText RulesMissed(const Policy& policy, const CadreReport& report) {
  std::vector<const Finding*> missed;
  for (const Finding& finding : report.findings) {
    if (CostsTheGrade(finding)) missed.push_back(&finding);
  }
  LocalizedText text;
  for (const Finding* finding : missed) {
    LocalizedText said;
    if (missed.size() > 1) {
      const LocalizedText title = FindingTitle(policy, *finding);
      const std::string basis(FindingBasis(policy, *finding));
      const LocalizedText how = HowMissed(finding->status);
      said = {absl::StrCat(title.zh, "（", basis, "）", how.zh),
              absl::StrCat(title.en, " (", basis, ") ", how.en)};
    } else {
      const LocalizedText sentence = FindingMessage(report, *finding);
      said = {WithoutStop(sentence.zh), WithoutStop(sentence.en)};
    }
    absl::StrAppend(&text.zh, text.zh.empty() ? "" : "；", said.zh);
    absl::StrAppend(&text.en, text.en.empty() ? "" : "; ", said.en);
  }
  return text;
}

// `text` with its tail `note` replaced by `replacement`, when it ends so.
void ReplaceTail(std::string& text, const std::string& note, const std::string& replacement) {
  if (text.size() >= note.size() &&
      text.compare(text.size() - note.size(), note.size(), note) == 0) {
    text.replace(text.size() - note.size(), note.size(), replacement);
  }
}

// `text` with its leading `id` replaced by `named`, when it begins so.
void NameTheCadre(std::string& text, const std::string& id, const std::string& named) {
  if (text.rfind(id, 0) == 0) text.replace(0, id.size(), named);
}

}  // namespace

LocalizedText GradeViolationText(const BatchReport& batch, const BatchGradeCheck& check,
                                 std::size_t unit, const GradeViolation& violation) {
  const GradingPolicy& grading = check.policy.document().grading;
  LocalizedText text =
      DescribeViolation(grading, check.check.units[unit], check.grading.inputs, violation);
  if (!violation.cadre) return text;
  const std::size_t i = *violation.cadre;
  const absl::StatusOr<CadreReport>& report = batch.cadres[check.grading.batch_entries[i]];
  if (violation.kind == GradeViolationKind::kAboveEligible && report.ok()) {
    const LocalizedText missed = RulesMissed(batch.policy, *report);
    if (!missed.zh.empty()) {
      ReplaceTail(text.zh, kBindingUnmetNote.zh, "，因" + missed.zh);
      ReplaceTail(text.en, kBindingUnmetNote.en, ", because of " + missed.en);
    }
  }
  if (violation.kind != GradeViolationKind::kGradedTwice) {
    const std::string& id = check.grading.inputs[i].cadre_id;
    const LocalizedText named = CadreNamed(batch, check.grading, i);
    NameTheCadre(text.zh, id, named.zh);
    NameTheCadre(text.en, id, named.en);
  }
  return text;
}

LocalizedText GradeNextStep(const GradingPolicy& policy, const GradeCheck& check,
                            const GradeViolation& violation) {
  const LocalizedText& grade = policy.scale[violation.grade].label;
  switch (violation.kind) {
    case GradeViolationKind::kOverCap: {
      std::int32_t limit = 0;
      for (const CapUse& use : check.cap_uses) {
        if (use.grade == violation.grade) limit = use.limit();
      }
      return {absl::StrCat("请将评为 ", grade.zh, " 的人数减至 ", limit, " 人以内"),
              absl::StrCat("grade at most ", limit, " as ", grade.en)};
    }
    case GradeViolationKind::kAboveEligible:
      return {"请改评为可评等次或以下，或完成约束性任务后重新评估",
              "grade no better than the eligible grade, or complete the binding tasks and "
              "evaluate again"};
    case GradeViolationKind::kNotInScale: {
      LocalizedText scale{"请改为等次表中的等次：", "use a grade of the scale: "};
      bool first = true;
      for (const Term& term : policy.scale.terms()) {
        absl::StrAppend(&scale.zh, first ? "" : "、", term.label.zh);
        absl::StrAppend(&scale.en, first ? "" : ", ", term.label.en);
        first = false;
      }
      return scale;
    }
    case GradeViolationKind::kMissingGrade: return {"请为其评定等次", "assign a grade"};
    case GradeViolationKind::kGradedTwice: return {"请删除重复的记录", "remove the repeated entry"};
    case GradeViolationKind::kGradedOutsideBase: return {"请删除其等次", "remove the grade"};
  }
  return {};
}

LocalizedText GradeNextStep(const BatchReport& batch, const BatchGradeCheck& check,
                            std::size_t unit, const GradeViolation& violation) {
  const GradingPolicy& grading = check.policy.document().grading;
  const GradeCheck& unit_check = check.check.units[unit];
  if (violation.kind != GradeViolationKind::kOverCap) {
    return GradeNextStep(grading, unit_check, violation);
  }
  const LocalizedText& grade = grading.scale[violation.grade].label;
  const LocalizedText named = UnitNamed(batch, check.check.plan.units[unit]);
  const LocalizedText cadres = CountedCadres(batch, check, unit, violation.grade);
  CapUse use;
  for (const CapUse& each : unit_check.cap_uses) {
    if (each.grade == violation.grade) use = each;
  }
  if (use.limit() == 0) {
    return {absl::StrFormat("%s本年不能评 %s（上限 0）：请改评%s", named.zh, grade.zh, cadres.zh),
            absl::StrFormat("no one in %s may be graded %s (cap 0): regrade %s", named.en,
                            grade.en, cadres.en)};
  }
  const std::int32_t over = use.counted - use.limit();
  return {absl::StrFormat("%s 上限 %d：请从%s中改评 %d 人", grade.zh, use.limit(), cadres.zh, over),
          absl::StrFormat("%s cap %d: regrade %d of %s", grade.en, use.limit(), over, cadres.en)};
}

}  // namespace liaison
