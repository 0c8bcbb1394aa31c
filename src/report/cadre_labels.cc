#include "report/cadre_labels.h"

#include "absl/strings/str_format.h"
#include "liaison/batch_grading.h"
#include "liaison/finding_message.h"
#include "liaison/quota_caps.h"
#include "liaison/problem.h"
#include "base/cadre_identity.h"
#include "report/report_text.h"
#include "report/rule_tally.h"

namespace liaison::report {
namespace {

constexpr std::string_view kNothing = "—";

}  // namespace

std::string ParticipationText(const CadreReport& cadre, Language language) {
  return ParticipationLabel(cadre, language);
}

std::string ScoreText(const CadreReport& cadre) {
  if (!cadre.participation.InQuotaBase()) return std::string(kNothing);
  return absl::StrFormat("%.3f", cadre.score);
}

std::string GradeText(const CadreReport& cadre, std::optional<TermId> grade, Language language) {
  if (!grade || !cadre.participation.InQuotaBase()) return std::string(kNothing);
  return GradeLabel(cadre.policy.document().grading, *grade).In(language);
}

std::string UnmetRulesText(const CadreReport& cadre, Language language) {
  std::string text;
  for (const Finding& finding : cadre.findings) {
    const std::optional<Standing> standing = StandingOf(finding);
    if (!standing || *standing == Standing::kMet) continue;
    if (!text.empty()) text += language == Language::kChinese ? "；" : "; ";
    text += FindingTitle(cadre.policy, finding).In(language);
  }
  return text.empty() ? std::string(kNothing) : text;
}

std::string CadreHeading(const CadreReport& cadre, const ReportScope& scope, Language language) {
  const std::string department = scope.DepartmentName(cadre.department);
  if (language == Language::kChinese) {
    return cadre.name + "（" + cadre.cadre_id + "），" + department;
  }
  return cadre.name + " (" + cadre.cadre_id + "), " + department;
}

std::string BadCadreText(const ReportScope& scope, std::size_t entry, Language language) {
  const absl::Status& status = scope.batch->cadres[entry].status();
  CadreIdentity who = CadreIdentityOf(status);
  if (who.path.empty()) who.path = "$.cadres[" + std::to_string(entry) + "]";
  const bool zh = language == Language::kChinese;
  std::string text;
  if (!who.name.empty()) text += who.name + (zh ? "（" : " (");
  if (!who.id.empty()) text += who.id + (who.name.empty() ? "" : zh ? "，" : ", ");
  text += who.path + (who.name.empty() ? "" : zh ? "）" : ")");
  return text + (zh ? "：" : ": ") + StatusMessageIn(status, language);
}

}  // namespace liaison::report
