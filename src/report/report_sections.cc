#include "report/report_sections.h"

#include <algorithm>

#include "base/civil_day_math.h"
#include "liaison/finding_message.h"
#include "liaison/quota_caps.h"
#include "report/bar_chart.h"
#include "report/cadre_labels.h"
#include "report/report_text.h"
#include "report/rule_tally.h"

namespace liaison::report {
namespace {

void Row(HtmlWriter& html, std::string_view term, std::string_view value) {
  html.Element("dt", term);
  html.Element("dd", value);
}

// "基层组织建设部" or, for a pool, the names joined by "+".
std::string UnitName(const ReportScope& scope, const UnitGrades& unit) {
  std::string name;
  for (const std::string& id : unit.departments) {
    name += (name.empty() ? "" : "+") + scope.DepartmentName(id);
  }
  return name;
}

// "超出上限 1 人" / "1 over the cap".
std::string OverCapText(int over, Language lang) {
  if (lang == Language::kChinese) return "超出上限 " + std::to_string(over) + " 人";
  return std::to_string(over) + " " + std::string(Say(Phrase::kOverCap, lang));
}

// The cadres in scope whose records are bad, so not in the grades above.
void WriteUngraded(const ReportScope& scope, HtmlWriter& html) {
  if (scope.errors.empty()) return;
  html.Element("h3", Say(Phrase::kNotGraded, scope.language));
  html.Open("ul", {{"class", "caps"}});
  for (std::size_t entry : scope.errors) {
    html.Element("li", BadCadreText(scope, entry, scope.language), {{"class", "alarm"}});
  }
  html.Close("ul");
}

bool UnitInScope(const ReportScope& scope, const UnitGrades& unit) {
  for (const std::string& id : unit.departments) {
    for (const std::string& in : scope.departments) {
      if (id == in) return true;
    }
  }
  return false;
}

}  // namespace

void WriteHeader(const ReportScope& scope, HtmlWriter& html) {
  const Language lang = scope.language;
  const Policy& policy = scope.batch->policy;
  html.Open("header");
  html.Element("h1", Say(Phrase::kTitle, lang));
  html.Open("dl", {{"class", "facts"}});
  Row(html, Say(Phrase::kPolicy, lang),
      policy.document().title.In(lang) + (lang == Language::kChinese ? "（" : " (") +
          policy.id() + (lang == Language::kChinese ? "，" : ", ") +
          std::to_string(policy.year()) + (lang == Language::kChinese ? "）" : ")"));
  Row(html, Say(Phrase::kFingerprint, lang), policy.fingerprint());
  Row(html, Say(Phrase::kAsOf, lang), IsoDate(scope.batch->as_of));
  std::string departments;
  for (const std::string& id : scope.departments) {
    departments += (departments.empty() ? "" : lang == Language::kChinese ? "、" : ", ") +
                   scope.DepartmentName(id);
  }
  Row(html, Say(Phrase::kScope, lang),
      scope.filtered ? departments : std::string(Say(Phrase::kWholeOrgan, lang)));
  html.Close("dl");
  html.Close("header");
}

void WriteRuleCharts(const ReportScope& scope, HtmlWriter& html) {
  const Language lang = scope.language;
  html.OpenSection("rules", Say(Phrase::kRulesChart, lang));
  for (const std::string& id : scope.departments) {
    const std::vector<const CadreReport*> reports = scope.ReportsOf(id);
    html.Element("h3", std::string(Say(Phrase::kDepartment, lang)) + " " +
                           scope.DepartmentName(id));
    BarChart chart{scope.DepartmentName(id),
                   {std::string(Say(Phrase::kMet, lang)), std::string(Say(Phrase::kOnPace, lang)),
                    std::string(Say(Phrase::kBehind, lang)),
                    std::string(Say(Phrase::kOverdue, lang))},
                   {}};
    for (const RuleTally& tally : TallyRules(reports, lang)) {
      chart.bars.push_back({tally.title, {tally.counts.begin(), tally.counts.end()}, {}, ""});
    }
    WriteBarChart(chart, html);
  }
  html.Close("section");
}

void WriteGradeCharts(const ReportScope& scope, HtmlWriter& html) {
  const Language lang = scope.language;
  const GradingPolicy& grading = scope.batch->policy.document().grading;
  const Phrase heading = scope.grades.assigned ? Phrase::kGradesAssigned : Phrase::kGradesProposed;
  html.OpenSection("grades", Say(heading, lang));
  for (const UnitGrades& unit : scope.grades.units) {
    if (!UnitInScope(scope, unit)) continue;
    html.Element("h3", UnitName(scope, unit) + (lang == Language::kChinese ? "，" : ", ") +
                           std::string(Say(Phrase::kCadreCount, lang)) + " " +
                           std::to_string(unit.base));
    // Cadres above a cap are a second series, in red, when there are any.
    const bool over = std::any_of(unit.over.begin(), unit.over.end(), [](int n) { return n > 0; });
    BarChart chart{UnitName(scope, unit), {std::string(Say(Phrase::kCadreCount, lang))}, {}};
    if (over) {
      chart.series.emplace_back(Say(Phrase::kOverCap, lang));
      chart.colours = {0, 3};
    }
    for (TermId grade = 0; grade < grading.scale.size(); ++grade) {
      const int above = over ? std::min(unit.over[grade], unit.counts[grade]) : 0;
      Bar bar{GradeLabel(grading, grade).In(lang), {unit.counts[grade] - above}, {}, ""};
      if (over) bar.values.push_back(above);
      if (const QuotaCap* cap = unit.caps.Find(grade)) {
        bar.limit = cap->cap;
        bar.limit_label = std::string(Say(Phrase::kCap, lang)) + " " + std::to_string(cap->cap);
      }
      if (over && unit.over[grade] > 0) {
        const std::string_view comma = lang == Language::kChinese ? "，" : ", ";
        bar.limit_label += (bar.limit_label.empty() ? "" : std::string(comma)) +
                           OverCapText(unit.over[grade], lang);
      }
      chart.bars.push_back(std::move(bar));
    }
    WriteBarChart(chart, html);
    html.Open("ul", {{"class", "caps"}});
    for (const QuotaCap& cap : unit.caps.caps) {
      html.Element("li", WithRoundingSymbols(DescribeCap(grading, cap).In(lang), lang));
    }
    for (const LocalizedText& problem : unit.problems) {
      html.Element("li", WithRoundingSymbols(problem.In(lang), lang), {{"class", "alarm"}});
    }
    html.Close("ul");
  }
  WriteUngraded(scope, html);
  html.Close("section");
}

void WriteCadreTable(const ReportScope& scope, HtmlWriter& html) {
  const Language lang = scope.language;
  html.OpenSection("cadres", Say(Phrase::kCadres, lang));
  // One department's report names its department in the header, not per row.
  const bool organ = !scope.filtered || scope.departments.size() > 1;
  std::vector<std::string_view> headings;
  // The grade column holds the assigned grades, or the proposed ones; before
  // the period's end the binding rules not met are those not yet done.
  const Phrase grade = scope.grades.assigned ? Phrase::kGrade : Phrase::kGradeProposed;
  const Phrase missing = scope.batch->as_of < scope.batch->policy.PeriodEnd(scope.batch->year)
                             ? Phrase::kNotYetDone
                             : Phrase::kMissing;
  for (Phrase column : {Phrase::kName, Phrase::kId, Phrase::kDepartment, Phrase::kParticipation,
                        Phrase::kScore, grade, Phrase::kWithinReach, missing}) {
    if (column != Phrase::kDepartment || organ) headings.push_back(Say(column, lang));
  }
  html.OpenTable(headings);
  for (std::size_t entry : scope.entries) {
    const CadreReport& cadre = scope.Cadre(entry);
    html.Open("tr");
    html.Element("td", cadre.name, {{"class", "tight"}});
    html.Element("td", cadre.cadre_id, {{"class", "tight"}});
    if (organ) html.Element("td", scope.DepartmentName(cadre.department), {{"class", "tight"}});
    html.Element("td", ParticipationText(cadre, lang));
    html.Element("td", ScoreText(cadre), {{"class", "num"}});
    if (scope.grades.problems[entry].empty()) {
      html.Element("td", GradeText(cadre, scope.grades.grades[entry], lang), {{"class", "tight"}});
    } else {
      html.Open("td", {{"class", "alarm"}});
      html.Text(GradeText(cadre, scope.grades.grades[entry], lang));
      for (const LocalizedText& problem : scope.grades.problems[entry]) {
        html.Element("p", problem.In(lang));
      }
      html.Close("td");
    }
    html.Element("td", GradeText(cadre, cadre.eligible_grade, lang), {{"class", "tight"}});
    html.Element("td", UnmetRulesText(cadre, lang));
    html.Close("tr");
  }
  html.CloseTable();
  html.Close("section");
}

void WriteReview(const ReportScope& scope, HtmlWriter& html) {
  const Language lang = scope.language;
  html.OpenSection("review", Say(Phrase::kReview, lang));
  bool any = false;
  for (std::size_t entry : scope.entries) {
    const CadreReport& cadre = scope.Cadre(entry);
    bool named = false;
    for (const Finding& finding : cadre.findings) {
      if (!NeedsFollowUp(finding)) continue;
      if (!named) {
        html.Element("h3", CadreHeading(cadre, scope, lang));
        html.Open("ul");
        named = any = true;
      }
      html.Element("li", FindingMessage(cadre, finding).In(lang));
    }
    if (named) html.Close("ul");
  }
  if (!any) html.Element("p", Say(Phrase::kNothingToFollowUp, lang));
  html.Close("section");
}

void WriteErrors(const ReportScope& scope, HtmlWriter& html) {
  if (scope.errors.empty()) return;
  html.OpenSection("errors", Say(Phrase::kErrors, scope.language));
  html.Open("ul");
  for (std::size_t entry : scope.errors) {
    html.Element("li", BadCadreText(scope, entry, scope.language));
  }
  html.Close("ul");
  html.Close("section");
}

}  // namespace liaison::report
