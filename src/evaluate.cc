#include "liaison/evaluate.h"

#include <algorithm>
#include <bitset>

#include "absl/container/inlined_vector.h"
#include "absl_compat.h"

namespace liaison {
namespace {

// What evaluation needs to know of one activity, worked out once per cadre
// rather than once per rule.
struct ActivityFacts {
  std::uint64_t kind_bits = 0;  // the activity's kinds (primary, and secondary if counted)
  std::uint8_t mode_bit = 0;
  std::uint64_t point_kind_bit = 0;  // 0: no contact point of the cadre's
  bool in_period = false;
  bool after_as_of = false;
  bool own_point = false;  // at one of the cadre's points, assigned on that day
  int days = 0;            // days credited (recorded, or the policy's default)
};

// Everything fixed for one evaluation.
struct Context {
  const Policy& policy;
  const PolicyDocument& document;
  const CadreYear& cadre;
  absl::CivilDay as_of;
  absl::CivilDay period_start;
  absl::CivilDay period_end;
  absl::InlinedVector<ActivityFacts, 64> facts;
};

bool PointCovers(const ContactPoint& point, absl::CivilDay day) {
  return (!point.from || *point.from <= day) && (!point.to || day <= *point.to);
}

void ComputeFacts(Context& context) {
  const CadreYear& cadre = context.cadre;
  const bool secondary = context.document.counting.count_secondary_kinds;
  const int default_days = context.document.counting.default_activity_days;
  context.facts.resize(cadre.activities.size());
  for (std::size_t i = 0; i < cadre.activities.size(); ++i) {
    const Activity& activity = cadre.activities[i];
    ActivityFacts& facts = context.facts[i];
    facts.kind_bits = std::uint64_t{1} << activity.kind;
    if (secondary) {
      for (TermId kind : activity.also) facts.kind_bits |= std::uint64_t{1} << kind;
    }
    facts.mode_bit = static_cast<std::uint8_t>(1u << static_cast<unsigned>(activity.mode));
    facts.in_period =
        context.period_start <= activity.date && activity.date <= context.period_end;
    facts.after_as_of = activity.date > context.as_of;
    if (activity.contact_point_index != kNoOwnContactPoint) {
      const ContactPoint& point =
          cadre.contact_points[static_cast<std::size_t>(activity.contact_point_index)];
      facts.own_point = PointCovers(point, activity.date);
      facts.point_kind_bit = std::uint64_t{1} << point.kind;
    }
    facts.days = activity.days > 0 ? activity.days : default_days;
  }
}

bool Applies(const AppliesTo& applies_to, const CadreYear& cadre) {
  if (!applies_to.tags.empty()) {
    const bool tagged = std::any_of(cadre.tags.begin(), cadre.tags.end(), [&](TermId tag) {
      return std::find(applies_to.tags.begin(), applies_to.tags.end(), tag) !=
             applies_to.tags.end();
    });
    if (!tagged) return false;
  }
  if (!applies_to.ranks.empty() &&
      (!cadre.rank || std::find(applies_to.ranks.begin(), applies_to.ranks.end(),
                                *cadre.rank) == applies_to.ranks.end())) {
    return false;
  }
  if (!applies_to.categories.empty() &&
      std::find(applies_to.categories.begin(), applies_to.categories.end(), cadre.category) ==
          applies_to.categories.end()) {
    return false;
  }
  return true;
}

// Whether activity `i` counts for `rule`, or why it is set aside; nullopt
// when the activity is not of the rule's kinds at all.
std::optional<std::optional<SetAsideReason>> Classify(const Context& context,
                                                      const EffectiveRule& rule,
                                                      absl::CivilDay due, std::size_t i) {
  const ActivityFacts& facts = context.facts[i];
  if ((facts.kind_bits & rule.kind_mask) == 0) return std::nullopt;
  if (!facts.in_period) return SetAsideReason::kOutsidePeriod;
  if (facts.after_as_of) return SetAsideReason::kAfterAsOf;
  if (context.cadre.activities[i].date > due) return SetAsideReason::kAfterDue;
  if ((facts.mode_bit & rule.mode_mask) == 0) return SetAsideReason::kMode;
  if (rule.point_kind_mask != 0 && (facts.point_kind_bit & rule.point_kind_mask) == 0) {
    return SetAsideReason::kContactPointKind;
  }
  const ActivityFilter& match = rule.rule->match;
  if (match.own_contact_point && !facts.own_point) return SetAsideReason::kNotOwnContactPoint;
  if (match.min_levels_below > 0) {
    const Activity& activity = context.cadre.activities[i];
    if (!activity.partner_level ||
        static_cast<int>(*activity.partner_level) - static_cast<int>(context.cadre.organ_level) <
            match.min_levels_below) {
      return SetAsideReason::kLevelRule;
    }
  }
  return std::optional<SetAsideReason>();
}

// A small bit set sized at run time, kept inline for the usual sizes.
class BitSet {
 public:
  explicit BitSet(std::size_t size) : words_((size + 63) / 64, 0) {}
  // Sets bit `i`; returns whether it was clear.
  bool Insert(std::size_t i) {
    std::uint64_t& word = words_[i / 64];
    const std::uint64_t bit = std::uint64_t{1} << (i % 64);
    const bool was_clear = (word & bit) == 0;
    word |= bit;
    return was_clear;
  }
  bool Contains(std::size_t i) const { return (words_[i / 64] >> (i % 64)) & 1; }

 private:
  absl::InlinedVector<std::uint64_t, 8> words_;
};

// The actual value of a non-deadline rule over the activities that count.
std::int64_t Measure(const Context& context, const EffectiveRule& effective,
                     absl::CivilDay due, Finding& finding) {
  const TaskRule& rule = *effective.rule;
  const CadreYear& cadre = context.cadre;
  std::int64_t total = 0;
  BitSet people(rule.kind == RuleKind::kDistinct ? cadre.people.size() : 0);
  std::bitset<366> days;  // day offsets from the period start
  std::bitset<256> areas;
  const absl::CivilDay last_counted_day = std::min(context.as_of, due);
  for (std::size_t i = 0; i < cadre.activities.size(); ++i) {
    std::optional<std::optional<SetAsideReason>> verdict = Classify(context, effective, due, i);
    if (!verdict) continue;
    const Activity& activity = cadre.activities[i];
    if (*verdict) {
      finding.set_aside.push_back({static_cast<std::uint32_t>(i), activity.id, **verdict});
      continue;
    }
    switch (rule.kind) {
      case RuleKind::kCount:
      case RuleKind::kRange:
        ++total;
        break;
      case RuleKind::kSum:
        total += rule.quantity == Quantity::kHeadcount ? activity.headcount
                                                       : context.facts[i].days;
        break;
      case RuleKind::kDistinct:
        if (rule.people == PeopleCounting::kHeadcount ||
            (rule.people == PeopleCounting::kDistinctIdsElseHeadcount &&
             activity.people.empty())) {
          total += activity.headcount;
        } else {
          for (std::uint32_t person : activity.people) total += people.Insert(person) ? 1 : 0;
        }
        break;
      case RuleKind::kCoverage:
        if (activity.area) areas.set(*activity.area);
        break;
      case RuleKind::kDuration: {
        const absl::CivilDay first = activity.date;
        const absl::CivilDay last =
            std::min(first + (context.facts[i].days - 1), last_counted_day);
        for (absl::CivilDay day = first; day <= last; ++day) {
          days.set(static_cast<std::size_t>(day - context.period_start));
        }
        break;
      }
      case RuleKind::kDeadline:
        break;
    }
  }
  if (rule.kind == RuleKind::kCoverage) {
    for (TermId area : rule.areas) {
      if (areas.test(area)) {
        ++total;
      } else {
        finding.missing.push_back(area);
      }
    }
  }
  if (rule.kind == RuleKind::kDuration) total = static_cast<std::int64_t>(days.count());
  return total;
}

double Ratio(std::int64_t actual, std::int64_t required) {
  if (required <= 0) return 1.0;
  return std::min(1.0, static_cast<double>(actual) / static_cast<double>(required));
}

void SetPace(const Context& context, absl::CivilDay due, Finding& finding) {
  if (finding.actual >= finding.required) {
    finding.pace = Pace::kDone;
    finding.expected_by_now = static_cast<double>(finding.required);
    return;
  }
  const std::int64_t span = due - context.period_start + 1;
  const absl::CivilDay until = std::min(context.as_of, due);
  const std::int64_t elapsed = until < context.period_start ? 0 : until - context.period_start + 1;
  finding.expected_by_now = static_cast<double>(finding.required) *
                            static_cast<double>(elapsed) / static_cast<double>(span);
  finding.pace = finding.actual * span < finding.required * elapsed ? Pace::kBehind
                                                                    : Pace::kOnPace;
}

Finding EvaluateDeadline(const Context& context, const EffectiveRule& effective,
                         absl::CivilDay due, double late_credit) {
  Finding finding;
  finding.required = effective.min;
  absl::InlinedVector<absl::CivilDay, 4> dates;
  for (const Submission& submission : context.cadre.submissions) {
    if (submission.kind == effective.rule->submission &&
        context.period_start <= submission.date && submission.date <= context.period_end &&
        submission.date <= context.as_of) {
      dates.push_back(submission.date);
    }
  }
  std::sort(dates.begin(), dates.end());
  finding.actual = static_cast<std::int64_t>(dates.size());
  if (!dates.empty()) finding.submitted = dates.front();
  if (finding.actual >= finding.required) {
    // The submission that completes the minimum decides on time or late.
    const absl::CivilDay completed = dates[static_cast<std::size_t>(finding.required - 1)];
    finding.status = completed <= due ? FindingStatus::kMet : FindingStatus::kLate;
    finding.completion = finding.status == FindingStatus::kMet ? 1.0 : late_credit;
  } else {
    finding.status = context.as_of < due ? FindingStatus::kPending : FindingStatus::kOverdue;
  }
  return finding;
}

Finding EvaluateTaskRule(const Context& context, std::size_t index) {
  const EffectiveRule& effective = context.policy.rules()[index];
  const absl::CivilDay due = effective.due.InYear(context.cadre.year);
  Finding finding;
  if (!Applies(effective.rule->applies_to, context.cadre)) {
    finding.status = FindingStatus::kNotApplicable;
    finding.binding = effective.binding;
    finding.required = effective.min;
    finding.maximum = effective.max;
    finding.due = due;
    finding.rule = static_cast<std::uint16_t>(index);
    return finding;
  }
  if (effective.rule->kind == RuleKind::kDeadline) {
    finding = EvaluateDeadline(context, effective, due, context.document.grading.late_credit);
  } else {
    finding.required = effective.min;
    finding.maximum = effective.max;
    finding.actual = Measure(context, effective, due, finding);
    if (effective.max && finding.actual > *effective.max) {
      finding.status = FindingStatus::kOver;
      finding.completion = 1.0;
    } else if (finding.actual >= finding.required) {
      finding.status = FindingStatus::kMet;
      finding.completion = 1.0;
    } else {
      finding.status =
          context.as_of < due ? FindingStatus::kPending : FindingStatus::kShort;
      finding.completion = Ratio(finding.actual, finding.required);
    }
    SetPace(context, due, finding);
  }
  finding.rule = static_cast<std::uint16_t>(index);
  finding.binding = effective.binding;
  finding.due = due;
  finding.shortfall = std::max<std::int64_t>(0, finding.required - finding.actual);
  if (!effective.binding) finding.status = FindingStatus::kAdvisory;
  return finding;
}

const ContactPointSet* SetFor(const ContactPointPolicy& policy, const CadreYear& cadre) {
  const ContactPointSet* fallback = nullptr;
  for (const ContactPointSet& set : policy.sets) {
    if (set.ranks.empty()) {
      if (fallback == nullptr) fallback = &set;
    } else if (cadre.rank &&
               std::find(set.ranks.begin(), set.ranks.end(), *cadre.rank) != set.ranks.end()) {
      return &set;
    }
  }
  return fallback;
}

Finding ContactPointFinding(FindingSubject subject, const ContactPointPolicy& policy,
                            std::int64_t required, std::int64_t actual) {
  Finding finding;
  finding.subject = subject;
  finding.binding = policy.binding;
  finding.required = required;
  finding.actual = actual;
  finding.shortfall = std::max<std::int64_t>(0, required - actual);
  finding.status = actual >= required ? FindingStatus::kMet : FindingStatus::kShort;
  finding.completion = Ratio(actual, required);
  if (!policy.binding) finding.status = FindingStatus::kAdvisory;
  return finding;
}

void EvaluateContactPoints(const Context& context, std::vector<Finding>& findings) {
  if (!context.document.contact_points) return;
  const ContactPointPolicy& policy = *context.document.contact_points;
  const ContactPointSet* set = SetFor(policy, context.cadre);
  if (set == nullptr) return;
  const absl::CivilDay day = std::min(context.as_of, context.period_end);
  const auto in = [](const std::vector<TermId>& list, TermId term) {
    return std::find(list.begin(), list.end(), term) != list.end();
  };
  std::vector<std::string> not_allowed;
  absl::InlinedVector<const ContactPoint*, 8> active;
  for (const ContactPoint& point : context.cadre.contact_points) {
    if (!PointCovers(point, day)) continue;
    if (!policy.allowed_kinds.empty() && !in(policy.allowed_kinds, point.kind)) {
      not_allowed.push_back(point.id);
      continue;
    }
    active.push_back(&point);
  }
  const auto count = static_cast<std::int64_t>(active.size());
  Finding count_finding =
      ContactPointFinding(FindingSubject::kContactPointCount, policy, set->min, count);
  count_finding.maximum = set->max;
  count_finding.not_allowed = std::move(not_allowed);
  if (count > set->max) {
    count_finding.status = policy.binding ? FindingStatus::kOver : FindingStatus::kAdvisory;
    count_finding.completion = 1.0;
  }
  findings.push_back(std::move(count_finding));

  if (!set->kind_minimums.empty()) {
    std::int64_t required = 0, actual = 0;
    std::vector<TermId> missing;
    for (const KindMinimum& minimum : set->kind_minimums) {
      const auto have = std::count_if(active.begin(), active.end(), [&](const ContactPoint* p) {
        return p->kind == minimum.kind;
      });
      required += minimum.min;
      actual += std::min<std::int64_t>(have, minimum.min);
      if (have < minimum.min) missing.push_back(minimum.kind);
    }
    Finding kinds =
        ContactPointFinding(FindingSubject::kContactPointKinds, policy, required, actual);
    kinds.missing = std::move(missing);
    findings.push_back(std::move(kinds));
  }

  if (!policy.home_region.empty()) {
    std::int64_t base = 0, home = 0;
    for (const ContactPoint* point : active) {
      const bool online = in(policy.online_kinds, point->kind);
      if (online && policy.online == OnlinePoints::kExcluded) continue;
      ++base;
      if (online ? policy.online == OnlinePoints::kCountAsHome
                 : point->region == policy.home_region) {
        ++home;
      }
    }
    // ceil(share × base) without floating-point surprises at exact multiples.
    const auto scaled = static_cast<std::int64_t>(policy.min_home_share * 1e6 + 0.5);
    const std::int64_t required = (scaled * base + 999999) / 1000000;
    findings.push_back(
        ContactPointFinding(FindingSubject::kContactPointHome, policy, required, home));
  }
}

Participation DecideParticipation(const ParticipationPolicy& policy, const CadreYear& cadre) {
  Participation participation;
  switch (policy.For(cadre.category)) {
    case CategoryRule::kExcluded:
      participation.status = ParticipationStatus::kNotParticipating;
      return participation;
    case CategoryRule::kDepartmentDecides:
      if (!cadre.participates.value_or(false)) {
        participation.status = ParticipationStatus::kNotParticipating;
        return participation;
      }
      break;
    case CategoryRule::kRequired:
      break;
  }
  if (cadre.exemption) {
    const bool approved = !cadre.exemption->approved_by.empty() &&
                          cadre.exemption->approved_on.has_value();
    if (approved || !policy.exemption_requires_approval) {
      participation.status = ParticipationStatus::kExempt;
      return participation;
    }
    participation.exemption_without_approval = true;
  }
  if (cadre.not_rated) {
    participation.status = ParticipationStatus::kNotRated;
    participation.not_rated_reason = cadre.not_rated;
  }
  return participation;
}

void Score(const Context& context, CadreReport& report) {
  double weighted = 0, weights = 0;
  for (const Finding& finding : report.findings) {
    if (!finding.binding || finding.status == FindingStatus::kNotApplicable ||
        finding.status == FindingStatus::kAdvisory) {
      continue;
    }
    const double weight = finding.subject == FindingSubject::kTaskRule
                              ? context.policy.rules()[finding.rule].rule->weight
                              : 1.0;
    weighted += weight * finding.completion;
    weights += weight;
    ++report.binding_rules;
    if (finding.status == FindingStatus::kMet) ++report.binding_met;
  }
  report.task_completion = weights > 0 ? weighted / weights : 1.0;
  const GradingPolicy& grading = context.document.grading;
  report.score = 0;
  for (const ScoreWeight& weight : grading.weights) {
    ScoreComponent component{weight.component, weight.weight, 0.0, true};
    if (weight.component == "tasks") {
      component.value = report.task_completion;
    } else {
      auto it = std::find_if(context.cadre.scores.begin(), context.cadre.scores.end(),
                             [&](const auto& entry) { return entry.first == weight.component; });
      component.recorded = it != context.cadre.scores.end();
      if (component.recorded) component.value = it->second;
    }
    report.score += component.weight * component.value;
    report.score_components.push_back(std::move(component));
  }
  for (TermId grade = 0; grade < grading.scale.size(); ++grade) {
    auto condition = std::find_if(grading.eligibility.begin(), grading.eligibility.end(),
                                  [&](const GradeEligibility& e) { return e.grade == grade; });
    if (condition == grading.eligibility.end() ||
        (report.score >= condition->min_score &&
         (!condition->all_binding_met || report.binding_met == report.binding_rules))) {
      report.eligible_grade = grade;
      break;
    }
  }
}

void CheckExpenses(const Context& context, CadreReport& report) {
  const CadreYear& cadre = context.cadre;
  for (std::size_t i = 0; i < cadre.expenses.size(); ++i) {
    const ExpenseClaim& claim = cadre.expenses[i];
    auto activity = std::find_if(cadre.activities.begin(), cadre.activities.end(),
                                 [&](const Activity& a) { return a.id == claim.activity; });
    if (activity == cadre.activities.end()) {
      report.rejected_expenses.push_back(
          {static_cast<std::uint32_t>(i), claim.id, RejectedExpense::Reason::kNoSuchActivity});
    } else if (activity->date < context.period_start || activity->date > context.period_end) {
      report.rejected_expenses.push_back(
          {static_cast<std::uint32_t>(i), claim.id, RejectedExpense::Reason::kOutsidePeriod});
    } else {
      ++report.accepted_expenses;
    }
  }
}

}  // namespace

absl::StatusOr<CadreReport> Evaluate(const Policy& policy, const CadreYear& cadre,
                                     absl::CivilDay as_of) {
  if (!policy.Covers(cadre.year)) {
    return absl::InvalidArgumentError(StrCat(
        "cadre \"", cadre.id, "\": policy \"", policy.id(), "\" does not cover ", cadre.year));
  }
  const PolicyDocument& document = policy.document();
  CadreReport report(policy);
  report.cadre_id = cadre.id;
  report.name = cadre.name;
  report.department = cadre.department;
  report.year = cadre.year;
  report.as_of = as_of;
  report.participation = DecideParticipation(document.participation, cadre);
  const ParticipationStatus status = report.participation.status;
  if (status != ParticipationStatus::kParticipating &&
      status != ParticipationStatus::kNotRated) {
    return report;
  }
  Context context{policy, document, cadre, as_of, policy.PeriodStart(cadre.year),
                  policy.PeriodEnd(cadre.year), {}};
  ComputeFacts(context);
  report.findings.reserve(policy.rules().size() + 3);
  for (std::size_t i = 0; i < policy.rules().size(); ++i) {
    report.findings.push_back(EvaluateTaskRule(context, i));
  }
  EvaluateContactPoints(context, report.findings);
  Score(context, report);
  CheckExpenses(context, report);
  return report;
}

DepartmentReport EvaluateDepartment(const Policy& policy, const Department& department,
                                    int year, absl::CivilDay as_of) {
  DepartmentReport report;
  report.department = department.id;
  report.name = department.name;
  const std::vector<DepartmentRule>& rules = policy.document().department_rules;
  for (std::size_t i = 0; i < rules.size(); ++i) {
    DepartmentFinding finding;
    finding.rule = static_cast<std::uint16_t>(i);
    finding.due = rules[i].due.InYear(year);
    if (department.plan_submitted && *department.plan_submitted <= as_of) {
      finding.submitted = department.plan_submitted;
    }
    finding.names_contact_points = department.plan_names_contact_points;
    if (!finding.submitted) {
      finding.status = as_of < finding.due ? FindingStatus::kPending : FindingStatus::kOverdue;
    } else if (*finding.submitted > finding.due) {
      finding.status = FindingStatus::kLate;
    } else if (rules[i].must_name_contact_points && !finding.names_contact_points) {
      finding.status = FindingStatus::kShort;
    } else {
      finding.status = FindingStatus::kMet;
    }
    if (!rules[i].binding) finding.status = FindingStatus::kAdvisory;
    report.findings.push_back(finding);
  }
  return report;
}

BatchReport EvaluateBatch(const Policy& policy, const RecordBatch& batch,
                          absl::CivilDay as_of) {
  BatchReport report(policy);
  report.year = batch.year;
  report.as_of = as_of;
  report.departments.reserve(batch.departments.size());
  for (const Department& department : batch.departments) {
    report.departments.push_back(EvaluateDepartment(policy, department, batch.year, as_of));
  }
  report.cadres.reserve(batch.cadres.size());
  for (const absl::StatusOr<CadreYear>& cadre : batch.cadres) {
    if (cadre.ok()) {
      report.cadres.push_back(Evaluate(policy, *cadre, as_of));
    } else {
      report.cadres.push_back(cadre.status());
    }
  }
  return report;
}

}  // namespace liaison
