// How the report names a cadre's standing in one cell: participation, score,
// a grade, the binding rules not met, the heading of a cadre's part, and a
// cadre whose record is bad.
#ifndef LIAISON_SRC_REPORT_CADRE_LABELS_H_
#define LIAISON_SRC_REPORT_CADRE_LABELS_H_

#include <optional>
#include <string>

#include "liaison/cadre_report.h"
#include "liaison/localized_text.h"
#include "report/report_scope.h"

namespace liaison::report {

// The library's participation label (ParticipationLabel), as the command's
// tables show it: 参加 / takes part; 参加（免除未批准）; 批准免除 / exempt;
// 不参加 / not taking part; 不评等次（新录用人员（试用期））.
std::string ParticipationText(const CadreReport& cadre, Language language);

// "0.914"; "—" for a cadre outside the quota base.
std::string ScoreText(const CadreReport& cadre);

// The grade's label in the policy's scale; "—" for none or outside the base.
std::string GradeText(const CadreReport& cadre, std::optional<TermId> grade, Language language);

// The titles of the binding rules not met yet, joined; "—" when none.
std::string UnmetRulesText(const CadreReport& cadre, Language language);

// "刘建华（c01），基层组织建设部" / "刘建华 (c01), 基层组织建设部".
std::string CadreHeading(const CadreReport& cadre, const ReportScope& scope, Language language);

// A cadre whose record could not be evaluated, by name, id and place, with
// why: "刘建华（c01，$.cadres[0]）：…"; what the decoder could not read is left out.
std::string BadCadreText(const ReportScope& scope, std::size_t entry, Language language);

}  // namespace liaison::report

#endif  // LIAISON_SRC_REPORT_CADRE_LABELS_H_
