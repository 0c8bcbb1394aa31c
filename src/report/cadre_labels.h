// How the report names a cadre's standing in one cell: participation, score,
// a grade, the binding rules not met, and the heading of a cadre's part.
#ifndef LIAISON_SRC_REPORT_CADRE_LABELS_H_
#define LIAISON_SRC_REPORT_CADRE_LABELS_H_

#include <optional>
#include <string>

#include "liaison/cadre_report.h"
#include "liaison/localized_text.h"
#include "report/report_scope.h"

namespace liaison::report {

// 参加 / takes part; 批准免除 / exempt; 不参加 / not taking part; the not-rated
// reason; a participation without the approval the exemption needs says so.
std::string ParticipationText(const CadreReport& cadre, Language language);

// "0.914"; "—" for a cadre outside the quota base.
std::string ScoreText(const CadreReport& cadre);

// The grade's label in the policy's scale; "—" for none or outside the base.
std::string GradeText(const CadreReport& cadre, std::optional<TermId> grade, Language language);

// The titles of the binding rules not met yet, joined; "—" when none.
std::string UnmetRulesText(const CadreReport& cadre, Language language);

// "刘建华（c01），基层组织建设部" / "刘建华 (c01), 基层组织建设部".
std::string CadreHeading(const CadreReport& cadre, const ReportScope& scope, Language language);

}  // namespace liaison::report

#endif  // LIAISON_SRC_REPORT_CADRE_LABELS_H_
