// GradingPolicy: how a department's year-end grades are capped and proposed.
//
// The plan (二.4.(2)) grades every participating cadre 优/良/中/差 and caps
// 优 at 30% and 良 at 50% of the department's participating cadres. What the
// plan leaves open is decisive in practice (RULES.md §5), so each choice is a
// parameter here: the scale and its labels, cap shares and rounding, whether a
// cap is per grade or cumulative, whether unused places pass down, a minimum of
// one place, pooling of small departments, an organ-wide quota, the tie policy,
// eligibility thresholds, floors ("bottom 20% are 差") and score weights.
#ifndef LIAISON_GRADING_POLICY_H_
#define LIAISON_GRADING_POLICY_H_

#include <optional>
#include <string>
#include <vector>

#include "liaison/rounding.h"
#include "liaison/vocabulary.h"

namespace liaison {

// At most `share` of the quota base may get `grade` (or, with cumulative caps,
// `grade` and every better grade together).
struct GradeCap {
  TermId grade = 0;  // index into GradingPolicy::scale
  double share = 0.0;
  // How this grade's share of the base becomes whole places; unset: the
  // grading's `rounding`. So 优 may round to nearest while 良 floors.
  std::optional<Rounding> rounding;
  friend bool operator==(const GradeCap& a, const GradeCap& b) {
    return a.grade == b.grade && a.share == b.share && a.rounding == b.rounding;
  }
};

// What a cadre needs to be eligible for `grade`.
struct GradeEligibility {
  TermId grade = 0;
  double min_score = 0.0;         // completion score in [0, 1]
  bool all_binding_met = false;   // every binding rule met
  friend bool operator==(const GradeEligibility& a, const GradeEligibility& b) {
    return a.grade == b.grade && a.min_score == b.min_score &&
           a.all_binding_met == b.all_binding_met;
  }
};

// The lowest `bottom_share` of the ranking get `grade` (rounded as the caps).
struct GradeFloor {
  TermId grade = 0;
  double bottom_share = 0.0;
  friend bool operator==(const GradeFloor& a, const GradeFloor& b) {
    return a.grade == b.grade && a.bottom_share == b.bottom_share;
  }
};

// One component of the score: "tasks" is the completion of the binding rules;
// any other name is read from the record's `scores` (e.g. 述职 "report").
struct ScoreWeight {
  std::string component;
  double weight = 0.0;
  friend bool operator==(const ScoreWeight& a, const ScoreWeight& b) {
    return a.component == b.component && a.weight == b.weight;
  }
};

// What happens when cadres with equal scores straddle a cap.
enum class TiePolicy {
  kBreakByKeys,        // order by the tie-break keys, ending in the cadre id
  kHoldForCommittee,   // leave the contested places open, flag the tied cadres
};

// A tie-break key after the score; the cadre id always ends the chain.
struct TieKey {
  enum class Type { kBindingMet, kRuleCompletion };
  Type type = Type::kBindingMet;
  std::string rule;  // kRuleCompletion: the rule whose completion ranks first
  friend bool operator==(const TieKey& a, const TieKey& b) {
    return a.type == b.type && a.rule == b.rule;
  }
};

struct GradingPolicy {
  std::string basis;
  TermList scale;  // best grade first, e.g. excellent, good, fair, poor
  std::vector<GradeCap> caps;
  Rounding rounding = Rounding::kFloor;
  bool cumulative = false;  // a cap counts the grade and all better grades
  bool pass_down = false;   // unused places of a grade go to the next one
  int minimum_one_from = 0;  // ≥ 1 place per capped grade once base ≥ this; 0: off
  int pool_below = 0;        // departments with a base < this are pooled; 0: off
  bool organ_quota = false;  // organ-wide places split by largest remainder
  TiePolicy ties = TiePolicy::kBreakByKeys;
  std::vector<TieKey> tie_keys;
  std::vector<GradeEligibility> eligibility;
  std::vector<GradeFloor> floors;
  std::vector<ScoreWeight> weights;  // default: tasks 1.0
  double late_credit = 0.5;          // completion credit of a late submission

  friend bool operator==(const GradingPolicy& a, const GradingPolicy& b) {
    return a.basis == b.basis && a.scale == b.scale && a.caps == b.caps &&
           a.rounding == b.rounding && a.cumulative == b.cumulative &&
           a.pass_down == b.pass_down && a.minimum_one_from == b.minimum_one_from &&
           a.pool_below == b.pool_below && a.organ_quota == b.organ_quota &&
           a.ties == b.ties && a.tie_keys == b.tie_keys &&
           a.eligibility == b.eligibility && a.floors == b.floors &&
           a.weights == b.weights && a.late_credit == b.late_credit;
  }
};

}  // namespace liaison

#endif  // LIAISON_GRADING_POLICY_H_
