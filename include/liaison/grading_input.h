// GradingInput: what grading needs to know about one cadre.
//
// Checking the grades a department assigned (grade_check.h) and proposing
// grades (grade_proposal.h) both work from the same small, flat record per
// cadre, distilled from its evaluated year (CadreReport): whether it counts in
// the quota base, its score, how many binding tasks it met, the best grade it
// is eligible for, and the grade the department assigned, if any. Keeping the
// record flat lets an OA system grade without evaluating records first, and
// keeps grading a million cadres a matter of milliseconds.
//
//   GradingInput cadre;
//   cadre.cadre_id = "c07";
//   cadre.department = "org";
//   cadre.score = 0.85;
//   cadre.binding_met = 7;
//   cadre.all_binding_met = true;
//   cadre.eligible_grade = 0;  // eligible for the best grade of the scale
//   cadre.assigned_grade = "excellent";
#ifndef LIAISON_GRADING_INPUT_H_
#define LIAISON_GRADING_INPUT_H_

#include <optional>
#include <string>
#include <vector>

#include "liaison/localized_text.h"
#include "liaison/vocabulary.h"

namespace liaison {

struct GradingInput {
  std::string cadre_id;
  std::string department;

  // Whether the cadre counts in its department's quota base: it takes part and
  // is rated this year. Cadres outside the base are listed with
  // `outside_base_reason` (e.g. "exempt", "not_rated:probation") and get no
  // grade.
  bool in_base = true;
  std::string outside_base_reason;
  // The same reason for people (批准免除 / exempt with approval), used in
  // explanations; when empty they show the reason code.
  LocalizedText outside_base_label;

  // The completion score the ranking is by, higher first. Scores are compared
  // rounded to 9 decimal places, so 0.85 and 0.8500000000000001 (the noise of a
  // weighted mean) tie. Must be finite, with |score| < 10⁹.
  double score = 0.0;
  int binding_met = 0;           // binding rules met: the kBindingMet tie key
  bool all_binding_met = false;  // shown when a grade is above eligibility

  // The best grade (index into GradingPolicy::scale) the cadre is eligible
  // for; every worse grade is eligible too. nullopt: eligible for none.
  std::optional<TermId> eligible_grade;

  // The completion of each rule named by a kRuleCompletion tie key, in the
  // order those keys appear in GradingPolicy::tie_keys.
  std::vector<double> tie_rule_completions;

  // The grade the department assigned, as the scale's term id ("excellent");
  // empty when none was assigned. Only the check reads it.
  std::string assigned_grade;

  // Why the cadre is outside the quota base, for people: the label when
  // there is one, else the reason code.
  LocalizedText OutsideBaseText() const {
    if (!outside_base_label.zh.empty() || !outside_base_label.en.empty()) {
      return outside_base_label;
    }
    return {outside_base_reason, outside_base_reason};
  }
};

}  // namespace liaison

#endif  // LIAISON_GRADING_INPUT_H_
