#include "liaison/grade_next_step.h"

#include <cstdint>
#include <string>

#include "absl/strings/str_cat.h"

namespace liaison {

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

}  // namespace liaison
