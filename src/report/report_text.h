// The report's own words, in Chinese and English: headings, column names,
// chart series and the status of a finding in words. Everything else the
// report shows comes from the policy's labels (rule titles, grades, reasons)
// or from finding_message.h's sentences, so a report in one language carries
// no word of the other (names and titles from the records aside).
#ifndef LIAISON_SRC_REPORT_REPORT_TEXT_H_
#define LIAISON_SRC_REPORT_REPORT_TEXT_H_

#include <string>
#include <string_view>

#include "liaison/cadre_report.h"
#include "liaison/localized_text.h"

namespace liaison::report {

enum class Phrase {
  kTitle, kPolicy, kFingerprint, kAsOf, kScope, kWholeOrgan, kDepartment,
  kRulesChart, kMet, kOnPace, kBehind, kOverdue,
  kGradesAssigned, kGradesProposed, kCap, kCadreCount, kPooled,
  kCadres, kName, kId, kParticipation, kScore, kWithinReach, kGrade, kMissing,
  kReview, kNothingToFollowUp,
  kSheet, kRule, kClause, kRequired, kActual, kShortfall, kDue, kStatus, kSetAside,
  kNotEvaluated, kCadreSignature, kDepartmentOpinion, kErrors,
  kPolicyCheckpoint, kGradeProposed, kNotYetDone, kOverCap, kGradeCheck, kNotGraded,
  kLast = kNotGraded,
};

// The phrase in `language`.
std::string_view Say(Phrase phrase, Language language);

// `text` (a cap's derivation, as the library words it: "floor(0.30 × 10)")
// with the rounding written as a symbol: ⌊0.30 × 10⌋, ⌈0.30 × 10⌉, and
// half-up rounding as 四舍五入(0.30 × 10) / round(0.30 × 10). The report and
// the command's tables write caps so; the JSON keeps the library's words.
std::string WithRoundingSymbols(std::string text, Language language);

// The status of a finding in words: 已达标 / met, 进度落后 / behind pace,
// 未到期 / not yet due, 已逾期 / overdue …
std::string_view StatusWords(const Finding& finding, Language language);

}  // namespace liaison::report

#endif  // LIAISON_SRC_REPORT_REPORT_TEXT_H_
