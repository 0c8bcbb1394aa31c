// PolicyDocument: a policy as its author wrote it (schema `liaison.policy/1`).
//
// This is the plain-data model of a policy document: what `ParsePolicy` reads,
// what the canonical JSON form writes, what two policies are compared on. A
// `Policy` (policy.h) is a validated, compiled, immutable view of one.
//
// A document is a yearly template: its dates are month-days placed in the year
// evaluated. A recurring policy ("hunan", from 2019 on) covers `year` and every
// later year; a one-off one ("hunan-2018") covers `year` only. A partial year
// scales the minimums by `proration` and may override single rules.
#ifndef LIAISON_POLICY_DOCUMENT_H_
#define LIAISON_POLICY_DOCUMENT_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "liaison/contact_point_policy.h"
#include "liaison/grading_policy.h"
#include "liaison/localized_text.h"
#include "liaison/month_day.h"
#include "liaison/participation_policy.h"
#include "liaison/rounding.h"
#include "liaison/task_rule.h"
#include "liaison/vocabulary.h"

namespace liaison {

// Replaces parameters of one rule in a partial year (e.g. 三.1: "调研报告可在
// 12月底前提交" moves the research due date to 12-31). Set fields win over
// the prorated values.
struct RuleOverride {
  std::string rule;
  std::optional<std::int64_t> min;
  std::optional<std::int64_t> max;
  std::optional<MonthDay> due;
  std::optional<bool> binding;
  friend bool operator==(const RuleOverride& a, const RuleOverride& b) {
    return a.rule == b.rule && a.min == b.min && a.max == b.max && a.due == b.due &&
           a.binding == b.binding;
  }
};

// A partial year's minimums: min × numerator / denominator, rounded.
struct Proration {
  std::int64_t numerator = 1;
  std::int64_t denominator = 1;
  Rounding rounding = Rounding::kCeil;
  std::string basis;
  std::vector<RuleOverride> overrides;

  bool Scales() const { return numerator != denominator; }
  friend bool operator==(const Proration& a, const Proration& b) {
    return a.numerator == b.numerator && a.denominator == b.denominator &&
           a.rounding == b.rounding && a.basis == b.basis && a.overrides == b.overrides;
  }
};

// A date at which progress is reviewed against the pro-rata pace (二.4.(1)).
struct Checkpoint {
  std::string id;
  LocalizedText title;
  std::string basis;
  MonthDay date;
  friend bool operator==(const Checkpoint& a, const Checkpoint& b) {
    return a.id == b.id && a.title == b.title && a.basis == b.basis && a.date == b.date;
  }
};

// A rule on the department rather than a cadre: its own plan submitted by a
// date, naming each cadre's contact organisations (三.1).
struct DepartmentRule {
  std::string id;
  LocalizedText title;
  std::string basis;
  bool binding = true;
  MonthDay due;
  bool must_name_contact_points = false;
  friend bool operator==(const DepartmentRule& a, const DepartmentRule& b) {
    return a.id == b.id && a.title == b.title && a.basis == b.basis &&
           a.binding == b.binding && a.due == b.due &&
           a.must_name_contact_points == b.must_name_contact_points;
  }
};

// Policy-wide answers to the counting questions of RULES.md §3.
struct CountingPolicy {
  // An activity recorded with secondary kinds ("also": a visit that is also a
  // talk) counts toward the rules of those kinds too.
  bool count_secondary_kinds = true;
  // Days credited to an activity that records none (kDuration, kSum of days).
  int default_activity_days = 1;
  friend bool operator==(const CountingPolicy& a, const CountingPolicy& b) {
    return a.count_secondary_kinds == b.count_secondary_kinds &&
           a.default_activity_days == b.default_activity_days;
  }
};

struct PolicyDocument {
  std::string id;
  std::string version;
  LocalizedText title;
  LocalizedText issuer;
  std::string source;  // the document the numbers come from
  int year = 0;
  bool recurring = false;
  MonthDay period_start{1, 1};
  MonthDay period_end{12, 31};
  Vocabulary vocabulary;
  ParticipationPolicy participation;
  std::optional<ContactPointPolicy> contact_points;
  CountingPolicy counting;
  std::vector<TaskRule> rules;
  std::optional<Proration> proration;
  std::vector<Checkpoint> checkpoints;
  std::vector<DepartmentRule> department_rules;
  GradingPolicy grading;

  friend bool operator==(const PolicyDocument& a, const PolicyDocument& b);
  friend bool operator!=(const PolicyDocument& a, const PolicyDocument& b) {
    return !(a == b);
  }
};

}  // namespace liaison

#endif  // LIAISON_POLICY_DOCUMENT_H_
