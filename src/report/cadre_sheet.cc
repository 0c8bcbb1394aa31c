#include "report/cadre_sheet.h"

#include <string_view>
#include <vector>

#include "base/civil_day_math.h"
#include "evaluate/finding_message_text.h"
#include "liaison/finding_message.h"
#include "report/cadre_labels.h"
#include "report/report_text.h"

namespace liaison::report {
namespace {

constexpr std::string_view kNothing = "—";

std::string Day(const std::optional<absl::CivilDay>& day) {
  return day ? IsoDate(*day) : std::string(kNothing);
}

std::string Required(const Finding& finding) {
  std::string text = std::to_string(finding.required);
  if (finding.maximum && *finding.maximum != finding.required) {
    text += "–" + std::to_string(*finding.maximum);
  }
  return text;
}

// Per reason, how many activities and, for up to three, which:
// "方式不符（线上/面对面） 1 项：c02-v7；晚于评估日期 12 项".
std::string SetAsideText(const Finding& finding, Language language) {
  const bool zh = language == Language::kChinese;
  std::string text;
  for (int reason = 0; reason <= static_cast<int>(SetAsideReason::kContactPointKind); ++reason) {
    std::vector<std::string_view> ids;
    for (const SetAside& entry : finding.set_aside) {
      if (static_cast<int>(entry.reason) == reason) ids.push_back(entry.activity_id);
    }
    if (ids.empty()) continue;
    if (!text.empty()) text += zh ? "；" : "; ";
    text += SetAsideReasonText(static_cast<SetAsideReason>(reason), language);
    text += " " + std::to_string(ids.size()) + (zh ? " 项" : "");
    if (ids.size() > 3) continue;
    for (std::size_t i = 0; i < ids.size(); ++i) {
      text += i == 0 ? (zh ? "：" : ": ") : ", ";
      text += ids[i];
    }
  }
  return text.empty() ? std::string(kNothing) : text;
}

void WriteFindingRow(const CadreReport& cadre, const Finding& finding, Language language,
                     HtmlWriter& html) {
  html.Open("tr", {{"class", finding.binding ? "binding" : "advisory"}});
  html.Element("td", FindingTitle(cadre.policy, finding).In(language));
  html.Element("td", FindingBasis(cadre.policy, finding), {{"class", "tight"}});
  html.Element("td", Required(finding), {{"class", "num"}});
  html.Element("td", finding.submitted ? Day(finding.submitted) : std::to_string(finding.actual),
               {{"class", "num"}});
  html.Element("td",
               finding.shortfall > 0 ? std::to_string(finding.shortfall) : std::string(kNothing),
               {{"class", "num"}});
  html.Element("td", Day(finding.due), {{"class", "tight"}});
  html.Element("td", StatusWords(finding, language), {{"class", "tight"}});
  html.Element("td", SetAsideText(finding, language));
  html.Close("tr");
}

void WriteFacts(const ReportScope& scope, std::size_t entry, HtmlWriter& html) {
  const Language lang = scope.language;
  const CadreReport& cadre = scope.Cadre(entry);
  html.Open("dl", {{"class", "facts"}});
  const auto row = [&](Phrase term, const std::string& value) {
    html.Element("dt", Say(term, lang));
    html.Element("dd", value);
  };
  row(Phrase::kParticipation, ParticipationMessage(cadre).In(lang));
  row(Phrase::kScore, ScoreText(cadre));
  row(scope.grades.assigned ? Phrase::kGrade : Phrase::kGradeProposed,
      GradeText(cadre, scope.grades.grades[entry], lang));
  row(Phrase::kWithinReach, GradeText(cadre, cadre.eligible_grade, lang));
  for (const LocalizedText& problem : scope.grades.problems[entry]) {
    html.Element("dt", Say(Phrase::kGradeCheck, lang), {{"class", "alarm"}});
    html.Element("dd", problem.In(lang), {{"class", "alarm"}});
  }
  html.Close("dl");
}

}  // namespace

void WriteCadreSheet(const ReportScope& scope, std::size_t entry, HtmlWriter& html) {
  const Language lang = scope.language;
  const CadreReport& cadre = scope.Cadre(entry);
  html.OpenSection("sheet", std::string(Say(Phrase::kSheet, lang)) +
                                (lang == Language::kChinese ? "：" : ": ") +
                                CadreHeading(cadre, scope, lang));
  WriteFacts(scope, entry, html);
  if (cadre.findings.empty()) {
    html.Element("p", Say(Phrase::kNotEvaluated, lang));
  } else {
    std::vector<std::string_view> headings;
    for (Phrase column : {Phrase::kRule, Phrase::kClause, Phrase::kRequired, Phrase::kActual,
                          Phrase::kShortfall, Phrase::kDue, Phrase::kStatus, Phrase::kSetAside}) {
      headings.push_back(Say(column, lang));
    }
    html.OpenTable(headings);
    for (const Finding& finding : cadre.findings) WriteFindingRow(cadre, finding, lang, html);
    html.CloseTable();
  }
  html.Open("div", {{"class", "signatures"}});
  html.Element("span", Say(Phrase::kCadreSignature, lang));
  html.Element("span", Say(Phrase::kDepartmentOpinion, lang));
  html.Close("div");
  html.Close("section");
}

}  // namespace liaison::report
