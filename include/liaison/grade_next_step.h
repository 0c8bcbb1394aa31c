// What to do about a violation of the grade check (grade_check.h), in Chinese
// and English: "请将评为 优 的人数减至 3 人以内" / "grade at most 3 as
// excellent". `liaison check` and the report (docs/report.md) both write it
// after "下一步：" / "next: ", so the office reads the same step in either.
#ifndef LIAISON_GRADE_NEXT_STEP_H_
#define LIAISON_GRADE_NEXT_STEP_H_

#include "liaison/grade_check.h"
#include "liaison/grading_policy.h"
#include "liaison/localized_text.h"

namespace liaison {

// The next step for `violation`, found by `check` (one quota unit's).
LocalizedText GradeNextStep(const GradingPolicy& policy, const GradeCheck& check,
                            const GradeViolation& violation);

}  // namespace liaison

#endif  // LIAISON_GRADE_NEXT_STEP_H_
