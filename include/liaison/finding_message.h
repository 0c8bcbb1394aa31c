// Messages: the text of a finding, in Chinese and English, rendered from data.
//
// Reports hold facts (required, actual, due date, set-aside activities …);
// these functions turn one fact into a sentence a cadre or a department head
// reads, citing the plan's clause:
//
//   集中宣讲（二.3.(1)）：要求 4，实际 3，差 1（截止 2026-12-31）。
//   Lectures (二.3.(1)): 3 of 4 by 2026-12-31, 1 short.
//
// OA systems that want their own wording render from the Finding instead.
#ifndef LIAISON_FINDING_MESSAGE_H_
#define LIAISON_FINDING_MESSAGE_H_

#include <string>
#include <string_view>

#include "liaison/cadre_report.h"
#include "liaison/evaluate.h"
#include "liaison/localized_text.h"

namespace liaison {

// The sentence for one finding of `report`.
LocalizedText FindingMessage(const CadreReport& report, const Finding& finding);

// The title of what a finding is about ("集中宣讲" / "Lectures").
LocalizedText FindingTitle(const Policy& policy, const Finding& finding);

// The clause a finding cites ("二.3.(1)").
std::string_view FindingBasis(const Policy& policy, const Finding& finding);

// Why a cadre is or is not evaluated and counted in the quota base.
LocalizedText ParticipationMessage(const CadreReport& report);

// The cadre's participation in a few words, for a table's column:
// "参加" / "takes part", "参加（免除未批准）" / "takes part (exemption not
// approved)", "不参加" / "not taking part", "批准免除" / "exempt",
// "不评等次（新录用人员（试用期））" / "not rated (new recruit on probation)".
std::string ParticipationLabel(const CadreReport& report, Language language);

// The sentence for one department-level finding.
LocalizedText DepartmentFindingMessage(const Policy& policy, const DepartmentFinding& finding);

}  // namespace liaison

#endif  // LIAISON_FINDING_MESSAGE_H_
