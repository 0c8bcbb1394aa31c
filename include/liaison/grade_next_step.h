// How a violation of the grade check (grade_check.h) is told, in Chinese and
// English, so that `liaison check` and the report (docs/report.md) say the
// same words: what is wrong, with the cadre named and, above the eligible
// grade, the binding rules that cost it (GradeViolationText); and what to do
// about it, written after "下一步：" / "next: " (GradeNextStep): "请改评为可评
// 等次或以下，…" / "grade no better than the eligible grade, …"; over a cap,
// with the records at hand, whom to regrade.
#ifndef LIAISON_GRADE_NEXT_STEP_H_
#define LIAISON_GRADE_NEXT_STEP_H_

#include <cstddef>

#include "liaison/batch_grading.h"
#include "liaison/evaluate.h"
#include "liaison/grade_check.h"
#include "liaison/grading_policy.h"
#include "liaison/localized_text.h"

namespace liaison {

// The violation of quota unit `unit` of an organ's check over `batch`, as
// DescribeViolation says it, the cadre by name and id: "彭志伟（c11）：评为
// 优，但最高只可评 良，因…（二.3.(4)）：要求 2–3项，实际 4项，超出上限" /
// "彭志伟 (c11): graded excellent but eligible for good at best, because of
// …". Above the eligible grade, the binding rules that cost it replace
// "（有约束性任务未完成）": one rule by its finding's sentence, several by title,
// clause and how each was missed (short, overdue, late, over the range).
LocalizedText GradeViolationText(const BatchReport& batch, const BatchGradeCheck& check,
                                 std::size_t unit, const GradeViolation& violation);

// The next step for `violation`, found by `check` (one quota unit's).
LocalizedText GradeNextStep(const GradingPolicy& policy, const GradeCheck& check,
                            const GradeViolation& violation);

// The same for a violation of quota unit `unit` of an organ's check over
// `batch`, a cap exceeded naming the unit and whom to regrade, by name and
// id: "宣传部本年不能评 优（上限 0）：请改评彭志伟（c11）" / "no one in 宣传部
// may be graded excellent (cap 0): regrade 彭志伟 (c11)"; with places,
// "优 上限 1：请从刘建华（c01）、王芳（c02）中改评 1 人" / "excellent cap 1:
// regrade 1 of 刘建华 (c01), 王芳 (c02)". `liaison check` and the report
// both write this one.
LocalizedText GradeNextStep(const BatchReport& batch, const BatchGradeCheck& check,
                            std::size_t unit, const GradeViolation& violation);

}  // namespace liaison

#endif  // LIAISON_GRADE_NEXT_STEP_H_
