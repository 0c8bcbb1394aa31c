#include "grade_views.h"

#include <algorithm>
#include <cmath>

#include <iostream>

#include "absl/strings/str_format.h"
#include "absl/time/civil_time.h"
#include "base/cadre_identity.h"
#include "inputs.h"
#include "liaison/problem.h"
#include "terminal_text.h"
#include "liaison/grade_check.h"
#include "liaison/grade_next_step.h"
#include "liaison/grade_proposal.h"
#include "liaison/quota_caps.h"
#include "report/report_text.h"

namespace liaison::cli {
namespace {

const CadreReport& ReportOf(const GradeView& view, const BatchGrading& grading, std::size_t i) {
  return *view.batch.cadres[grading.batch_entries[i]];
}

std::string LabelOf(const GradeView& view, const BatchGrading& grading, std::size_t i) {
  const CadreReport& report = ReportOf(view, grading, i);
  return CadreLabel(report.name, report.cadre_id, view.language);
}

bool Shown(const GradeView& view, const GradingInput& input) {
  return view.filter.Selects(input.cadre_id, input.department);
}

// A bad record's cadre: "刘建华（c01）", else its id, else its entry's path.
std::string BadCadreLabel(const CadreIdentity& who, std::size_t entry, Language language) {
  if (who.id.empty()) return CadreEntryPath(entry);
  return CadreLabel(who.name, who.id, language);
}

// The cadres whose records are bad, by name and id: those of `unit`, or with
// no unit those whose department could not be read. A filter does not hide
// them: they are left out of the unit's base whichever of its cadres are shown.
std::vector<std::string> BadCadresOf(const GradeView& view, const QuotaUnit* unit) {
  std::vector<std::string> labels;
  for (std::size_t entry = 0; entry < view.batch.cadres.size(); ++entry) {
    if (view.batch.cadres[entry].ok()) continue;
    const CadreIdentity who = CadreIdentityOf(view.batch.cadres[entry].status());
    const bool placed = unit == nullptr ? who.department.empty()
                                        : std::find(unit->departments.begin(),
                                                    unit->departments.end(),
                                                    who.department) != unit->departments.end();
    if (!placed) continue;
    labels.push_back(BadCadreLabel(who, entry, view.language));
  }
  return labels;
}

// The unit's name and base; with bad records, that the base leaves them out
// and they are not ranked: "！ 刘建华（c01）：记录有误，不在排名中，考核基数未计入".
std::string UnitHeading(const GradeView& view, const QuotaUnit& unit) {
  const bool zh = view.language == Language::kChinese;
  std::string out = (zh ? "考核单元 " : "quota unit ") + view.departments.Of(unit, view.language) +
                    (zh ? "，人数 " : ", base ") + std::to_string(unit.base) + "\n";
  for (const std::string& label : BadCadresOf(view, &unit)) {
    out += WrappedLines("! " + label +
                            (zh ? "：记录有误，不在排名中，考核基数未计入"
                                : ": bad record, not ranked and left out of the quota base"),
                        2, view.layout);
  }
  return out;
}

std::string Say(const GradeView& view, const LocalizedText& text) {
  return report::WithRoundingSymbols(text.In(view.language), view.language);
}

// Scores as the proposal compares them: to 9 decimal places.
bool SameScore(double a, double b) { return std::llround(a * 1e9) == std::llround(b * 1e9); }

// Which tie key ranked `lower` after `upper`, both of one score:
// "约束性规则达标数（10 比 9）" / "binding rules met (10 to 9)".
std::string DecidingKey(const GradeView& view, const GradingInput& upper,
                        const GradingInput& lower) {
  const bool zh = view.language == Language::kChinese;
  const GradingPolicy& grading = view.batch.policy.document().grading;
  const RuleTitles titles(view.batch);
  std::size_t rule_key = 0;
  for (const TieKey& key : grading.tie_keys) {
    if (key.type == TieKey::Type::kBindingMet) {
      if (upper.binding_met != lower.binding_met) {
        return zh ? absl::StrFormat("约束性规则达标数（%d 比 %d）", upper.binding_met,
                                    lower.binding_met)
                  : absl::StrFormat("binding rules met (%d to %d)", upper.binding_met,
                                    lower.binding_met);
      }
      continue;
    }
    const double a = upper.tie_rule_completions[rule_key];
    const double b = lower.tie_rule_completions[rule_key++];
    if (a != b) {
      const std::string title = titles.Title(key.rule, view.language);
      return zh ? absl::StrFormat("%s完成度（%.2f 比 %.2f）", title, a, b)
                : absl::StrFormat("completion of %s (%.2f to %.2f)", title, a, b);
    }
  }
  return zh ? absl::StrFormat("编号（%s 在 %s 之前）", upper.cadre_id, lower.cadre_id)
            : absl::StrFormat("cadre id (%s before %s)", upper.cadre_id, lower.cadre_id);
}

// What follows the proposal's own explanation: a tie broken by a key, and a
// tie held for the committee with the next step.
// `above`: the cadre ranked just above, nullptr for the first.
std::string TieNote(const GradeView& view, const BatchProposal& batch, std::size_t i,
                    const std::size_t* above) {
  const bool zh = view.language == Language::kChinese;
  const GradingPolicy& grading = batch.policy.document().grading;
  const CadreProposal& cadre = batch.proposal.cadres[i];
  const std::vector<GradingInput>& inputs = batch.grading.inputs;
  std::string note;
  if (cadre.held_grade || cadre.tied_at_floor) {
    note += zh ? "；下一步：请部门党支部研究确定" : "; next: the department's Party branch decides";
  } else if (grading.ties == TiePolicy::kBreakByKeys && above != nullptr &&
             SameScore(inputs[*above].score, inputs[i].score)) {
    note += (zh ? "；与" : "; tied on score with ") + LabelOf(view, batch.grading, *above) +
            (zh ? "同分，按" : ", ranked after by ") + DecidingKey(view, inputs[*above], inputs[i]) +
            (zh ? "排在其后" : "");
  }
  return note;
}

// What to do about a violation of the check (of quota unit `u`), as the
// report says it too (liaison/grade_next_step.h).
std::string NextStep(const GradeView& view, const BatchGradeCheck& check, std::size_t u,
                     const GradeViolation& v) {
  return GradeNextStep(view.batch, check, u, v).In(view.language);
}

// The violation's sentence with the cadre named by name and id; above the
// eligible grade, with the binding rules that cost it (as the report says it).
std::string ViolationText(const GradeView& view, const BatchGradeCheck& check, std::size_t u,
                          const GradeViolation& v) {
  return Say(view, GradeViolationText(view.batch, check, u, v));
}

std::string NextLine(const GradeView& view, const std::string& step) {
  return WrappedLines((view.language == Language::kChinese ? "下一步：" : "next: ") + step, 4,
                      view.layout);
}

}  // namespace

std::string GradingHeading(const GradeView& view) {
  const bool zh = view.language == Language::kChinese;
  return (zh ? "政策 " : "policy ") + view.batch.policy.id() + (zh ? "  评估日期 " : "  as of ") +
         absl::FormatCivilTime(view.batch.as_of) + "\n\n";
}

int ReportBadRecords(const std::string& command, const std::string& source,
                     const BatchReport& batch, bool allowed, Language language) {
  const bool zh = language == Language::kChinese;
  std::vector<std::string> lines;
  for (std::size_t entry = 0; entry < batch.cadres.size(); ++entry) {
    if (batch.cadres[entry].ok()) continue;
    const absl::Status& status = batch.cadres[entry].status();
    const std::string who = BadCadreLabel(CadreIdentityOf(status), entry, language) +
                            (zh ? "：" : ": ");
    const std::vector<Problem> problems = ProblemsOf(status);
    if (problems.empty()) lines.push_back(who + QuotedForTerminal(StatusMessageIn(status, language)));
    for (const Problem& problem : problems) lines.push_back(who + ProblemLine(problem, language));
  }
  if (lines.empty()) return kExitOk;
  const std::size_t bad = std::count_if(batch.cadres.begin(), batch.cadres.end(),
                                        [](const auto& cadre) { return !cadre.ok(); });
  const std::string shown = SourceShown(source, language);
  const std::string head =
      zh ? "liaison " + command + "：" + shown + "：" + std::to_string(bad) +
               " 名干部的记录有误，不在排名中，考核基数未计入" +
               (allowed ? "（已允许）"
                        : "；结果不完整，未输出（更正记录，或加 --allow-errors 输出其余干部的结果）")
         : "liaison " + command + ": " + shown + ": " + std::to_string(bad) +
               (bad == 1 ? " cadre's record is bad" : " cadres' records are bad") +
               ", not ranked and left out of the quota base" +
               (allowed ? " (allowed)"
                        : "; the result is incomplete, so none is printed (correct the "
                          "records, or --allow-errors for the other cadres' results)");
  std::cerr << HangingLines(head, 0, 2);
  for (const std::string& line : lines) std::cerr << HangingLines(line, 2, 4);
  return allowed ? kExitOk : kExitBadInput;
}

std::string ProposedUnit(const GradeView& view, const BatchProposal& batch, std::size_t u) {
  const bool zh = view.language == Language::kChinese;
  const GradingPolicy& grading = batch.policy.document().grading;
  const GradeProposal& proposal = batch.proposal;
  const std::vector<GradingInput>& inputs = batch.grading.inputs;
  std::vector<std::size_t> ranked;
  bool any_shown = false;
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    if (!inputs[i].in_base || proposal.cadres[i].unit != u) continue;
    ranked.push_back(i);
    any_shown = any_shown || Shown(view, inputs[i]);
  }
  if (!any_shown && view.filter.active()) return "";
  std::sort(ranked.begin(), ranked.end(), [&](std::size_t a, std::size_t b) {
    return proposal.cadres[a].rank < proposal.cadres[b].rank;
  });
  std::string out = UnitHeading(view, proposal.plan.units[u]);
  for (const QuotaCap& cap : proposal.plan.units[u].caps.caps) {
    out += "  " + Say(view, DescribeCap(grading, cap)) + "\n";
  }
  TextTable table(zh ? std::vector<std::string>{"排名", "姓名", "编号", "得分", "建议等次", "说明"}
                     : std::vector<std::string>{"rank", "name", "id", "score", "proposed", "why"});
  table.WrapColumn(5);
  for (std::size_t k = 0; k < ranked.size(); ++k) {
    const std::size_t i = ranked[k];
    if (!Shown(view, inputs[i])) continue;
    const CadreProposal& cadre = proposal.cadres[i];
    const std::size_t* above = k > 0 ? &ranked[k - 1] : nullptr;
    table.AddRow({std::to_string(cadre.rank), ReportOf(view, batch.grading, i).name,
                  inputs[i].cadre_id, absl::StrFormat("%.3f", inputs[i].score),
                  cadre.grade ? grading.scale[*cadre.grade].label.In(view.language) : "-",
                  Say(view, DescribeProposal(grading, proposal, inputs, i)) +
                      TieNote(view, batch, i, above)});
  }
  return out + table.Render(view.layout) + "\n";
}

std::string OutsideBase(const GradeView& view, const BatchGrading& grading) {
  const bool zh = view.language == Language::kChinese;
  std::string out;
  for (std::size_t i = 0; i < grading.inputs.size(); ++i) {
    const GradingInput& cadre = grading.inputs[i];
    if (cadre.in_base || !Shown(view, cadre)) continue;
    out += WrappedLines(LabelOf(view, grading, i) +
                            (zh ? "：不计入考核基数（" : ": outside the quota base (") +
                            cadre.outside_base_label.In(view.language) +
                            (zh ? "），不评等次" : "), no grade"),
                        0, view.layout);
  }
  return out;
}

std::string UnplacedBadRecords(const GradeView& view) {
  const bool zh = view.language == Language::kChinese;
  std::string out;
  for (const std::string& label : BadCadresOf(view, nullptr)) {
    out += WrappedLines("! " + label +
                            (zh ? "：记录有误，部门未能读出，不在排名中，未计入任何考核单元的基数"
                                : ": bad record, department unreadable: not ranked and left out "
                                  "of every quota base"),
                        0, view.layout);
  }
  return out;
}

std::string CheckedUnit(const GradeView& view, const BatchGradeCheck& check, std::size_t u,
                        int& failures) {
  const GradingPolicy& grading = check.policy.document().grading;
  const GradeCheck& unit = check.check.units[u];
  const QuotaUnit& quota_unit = check.check.plan.units[u];
  bool any_shown = !view.filter.active();
  for (const GradingInput& input : check.grading.inputs) {
    if (Shown(view, input) &&
        std::find(quota_unit.departments.begin(), quota_unit.departments.end(),
                  input.department) != quota_unit.departments.end()) {
      any_shown = true;
    }
  }
  if (!any_shown) return "";
  std::string out = UnitHeading(view, quota_unit);
  // A cap kept without the bad records' cadres is not known to be kept.
  const bool unchecked =
      !BadCadresOf(view, &quota_unit).empty() || !BadCadresOf(view, nullptr).empty();
  for (const CapUse& use : unit.cap_uses) {
    const GradeViolation* over = nullptr;
    for (const GradeViolation& violation : unit.violations) {
      if (violation.kind == GradeViolationKind::kOverCap && violation.grade == use.grade) {
        over = &violation;
      }
    }
    if (over != nullptr) {
      ++failures;
      out += WrappedLines("✗ " + ViolationText(view, check, u, *over), 2, view.layout) +
             NextLine(view, NextStep(view, check, u, *over));
    } else {
      out += WrappedLines((use.exceeded() ? "✗ " : unchecked ? "? " : "✓ ") +
                              Say(view, DescribeCapUse(grading, unit.caps, use)),
                          2, view.layout);
    }
  }
  for (const GradeViolation& violation : unit.violations) {
    if (violation.kind == GradeViolationKind::kOverCap) continue;
    if (violation.cadre && !Shown(view, check.grading.inputs[*violation.cadre])) continue;
    ++failures;
    out += WrappedLines("✗ " + ViolationText(view, check, u, violation), 2, view.layout) +
           NextLine(view, NextStep(view, check, u, violation));
  }
  return out;
}

std::string CheckVerdict(int failures, Language language) {
  const bool zh = language == Language::kChinese;
  if (failures == 0) return zh ? "通过：各等次均符合政策。\n" : "passed: every grade within the policy.\n";
  return zh ? absl::StrFormat("未通过：共 %d 处问题，请按各条下一步修改后重新检查。\n", failures)
            : absl::StrFormat(
                  "failed: %d %s; put each right as its next step says and check again.\n",
                  failures, failures == 1 ? "problem" : "problems");
}

}  // namespace liaison::cli
