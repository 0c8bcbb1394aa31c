#include "liaison/grade_check.h"

#include <cstdint>
#include <numeric>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "base/absl_compat.h"
#include "grading/bad_argument.h"

namespace liaison {
namespace {

absl::Status CheckCapGrades(const GradingPolicy& policy, const QuotaCaps& caps) {
  for (const QuotaCap& cap : caps.caps) {
    if (cap.grade >= policy.scale.size()) {
      return BadArgument(absl::StrCat("名额上限的等次 ", cap.grade, " 超出共 ", policy.scale.size(),
                                      " 个等次的等次表"),
                         absl::StrCat("a cap's grade ", cap.grade, " is outside the scale of ",
                                      policy.scale.size(), " grades"));
    }
  }
  return absl::OkStatus();
}

// first_of[i]: the first entry with cadres[i]'s id (i itself when none before).
std::vector<std::uint32_t> FirstEntries(absl::Span<const GradingInput> cadres) {
  std::vector<std::uint32_t> first_of(cadres.size());
  absl::flat_hash_map<absl::string_view, std::uint32_t> first_by_id;
  first_by_id.reserve(cadres.size());
  for (std::uint32_t i = 0; i < cadres.size(); ++i) {
    first_of[i] = first_by_id.try_emplace(AbslView(cadres[i].cadre_id), i).first->second;
  }
  return first_of;
}

// The check of one quota unit made of `members` (ascending indices into
// `cadres`).
absl::StatusOr<GradeCheck> CheckMembers(const GradingPolicy& policy, const QuotaCaps& caps,
                                        absl::Span<const GradingInput> cadres,
                                        absl::Span<const std::uint32_t> members,
                                        absl::Span<const std::uint32_t> first_of) {
  if (absl::Status status = CheckCapGrades(policy, caps); !status.ok()) return status;
  std::int32_t base = 0;
  for (std::uint32_t m : members) {
    const GradingInput& cadre = cadres[m];
    if (cadre.eligible_grade && *cadre.eligible_grade >= policy.scale.size()) {
      return BadArgument(
          absl::StrCat("干部“", cadre.cadre_id, "”：可评等次 ", *cadre.eligible_grade, " 超出共 ",
                       policy.scale.size(), " 个等次的等次表"),
          absl::StrCat("cadre \"", cadre.cadre_id, "\": eligible grade ", *cadre.eligible_grade,
                       " is outside the scale of ", policy.scale.size(), " grades"));
    }
    if (first_of[m] == m && cadre.in_base) ++base;
  }
  if (base != caps.unit_base) {
    return BadArgument(absl::StrCat("名额上限按基数 ", caps.unit_base,
                                    " 人计算，但计入基数的干部有 ", base, " 人"),
                       absl::StrCat("the caps are for a quota base of ", caps.unit_base,
                                    " cadres, but ", base, " distinct cadres are in the base"));
  }

  GradeCheck check;
  check.caps = caps;
  check.counts.assign(policy.scale.size(), 0);
  std::vector<GradeViolation> by_entry;
  for (std::uint32_t m : members) {
    const GradingInput& cadre = cadres[m];
    if (first_of[m] != m) {
      by_entry.push_back({GradeViolationKind::kGradedTwice, m, first_of[m], 0});
      continue;
    }
    if (!cadre.in_base) {
      check.outside_base.push_back(m);
      if (!cadre.assigned_grade.empty()) {
        by_entry.push_back({GradeViolationKind::kGradedOutsideBase, m, m, 0});
      }
      continue;
    }
    if (cadre.assigned_grade.empty()) {
      by_entry.push_back({GradeViolationKind::kMissingGrade, m, m, 0});
      continue;
    }
    std::optional<TermId> grade = policy.scale.Find(cadre.assigned_grade);
    if (!grade) {
      by_entry.push_back({GradeViolationKind::kNotInScale, m, m, 0});
      continue;
    }
    ++check.counts[*grade];
    if (!cadre.eligible_grade || *grade < *cadre.eligible_grade) {
      by_entry.push_back({GradeViolationKind::kAboveEligible, m, m, *grade});
    }
  }
  check.cap_uses = caps.Measure(check.counts);
  for (const CapUse& use : check.cap_uses) {
    if (use.exceeded()) {
      check.violations.push_back({GradeViolationKind::kOverCap, std::nullopt, 0, use.grade});
    }
  }
  check.violations.insert(check.violations.end(), by_entry.begin(), by_entry.end());
  return check;
}

// The label of an assigned grade, or the text as written when the scale does
// not have it.
LocalizedText AssignedLabel(const GradingPolicy& policy, const GradingInput& cadre) {
  std::optional<TermId> grade = policy.scale.Find(cadre.assigned_grade);
  if (grade) return GradeLabel(policy, *grade);
  return {cadre.assigned_grade, cadre.assigned_grade};
}

}  // namespace

std::string_view GradeViolationKindName(GradeViolationKind kind) {
  switch (kind) {
    case GradeViolationKind::kOverCap:
      return "over_cap";
    case GradeViolationKind::kAboveEligible:
      return "above_eligible";
    case GradeViolationKind::kNotInScale:
      return "not_in_scale";
    case GradeViolationKind::kMissingGrade:
      return "missing_grade";
    case GradeViolationKind::kGradedTwice:
      return "graded_twice";
    case GradeViolationKind::kGradedOutsideBase:
      return "graded_outside_base";
  }
  return "over_cap";
}

absl::StatusOr<GradeCheck> CheckGrades(const GradingPolicy& policy, const QuotaCaps& caps,
                                       absl::Span<const GradingInput> cadres) {
  std::vector<std::uint32_t> members(cadres.size());
  std::iota(members.begin(), members.end(), std::uint32_t{0});
  return CheckMembers(policy, caps, cadres, members, FirstEntries(cadres));
}

bool OrganGradeCheck::ok() const {
  for (const GradeCheck& unit : units) {
    if (!unit.ok()) return false;
  }
  return true;
}

absl::StatusOr<OrganGradeCheck> CheckOrganGrades(const GradingPolicy& policy,
                                                 absl::Span<const GradingInput> cadres) {
  const std::vector<std::uint32_t> first_of = FirstEntries(cadres);
  absl::flat_hash_map<absl::string_view, std::size_t> department_index;
  std::vector<DepartmentBase> departments;
  std::vector<std::size_t> department_of(cadres.size());
  for (std::uint32_t i = 0; i < cadres.size(); ++i) {
    auto [it, inserted] =
        department_index.try_emplace(AbslView(cadres[i].department), departments.size());
    if (inserted) departments.push_back({cadres[i].department, 0});
    department_of[i] = it->second;
    if (first_of[i] == i && cadres[i].in_base) ++departments[it->second].base;
  }
  absl::StatusOr<QuotaPlan> plan = PlanQuotaUnits(policy, departments);
  if (!plan.ok()) return plan.status();

  std::vector<std::size_t> unit_of_department(departments.size());
  for (std::size_t u = 0; u < plan->units.size(); ++u) {
    for (const std::string& department : plan->units[u].departments) {
      unit_of_department[department_index.find(AbslView(department))->second] = u;
    }
  }
  std::vector<std::vector<std::uint32_t>> members(plan->units.size());
  for (std::uint32_t i = 0; i < cadres.size(); ++i) {
    members[unit_of_department[department_of[i]]].push_back(i);
  }
  OrganGradeCheck result;
  for (std::size_t u = 0; u < plan->units.size(); ++u) {
    absl::StatusOr<GradeCheck> check =
        CheckMembers(policy, plan->units[u].caps, cadres, members[u], first_of);
    if (!check.ok()) return check.status();
    result.units.push_back(*std::move(check));
  }
  result.plan = *std::move(plan);
  return result;
}

LocalizedText DescribeCapUse(const GradingPolicy& policy, const QuotaCaps& caps,
                             const CapUse& use) {
  const QuotaCap* cap = caps.Find(use.grade);
  if (cap == nullptr) return {};
  const LocalizedText label = CapLabel(policy, *cap);
  const LocalizedText derivation = DescribeCapDerivation(policy, *cap);
  LocalizedText text{
      absl::StrCat(label.zh, "：已评 ", use.counted, " 人，上限 ", use.cap, " = ", derivation.zh),
      absl::StrCat(label.en, ": ", use.counted, " assigned, cap ", use.cap, " = ", derivation.en)};
  if (use.passed_down > 0) {
    const LocalizedText above = GradeLabel(policy, static_cast<TermId>(use.grade - 1));
    absl::StrAppend(&text.zh, "，加 ", above.zh, " 顺延名额 ", use.passed_down, " 个");
    absl::StrAppend(&text.en, " + ", use.passed_down, " passed down from ", above.en);
  }
  return text;
}

LocalizedText DescribeViolation(const GradingPolicy& policy, const GradeCheck& check,
                                absl::Span<const GradingInput> cadres,
                                const GradeViolation& violation) {
  if (violation.kind == GradeViolationKind::kOverCap) {
    for (const CapUse& use : check.cap_uses) {
      if (use.grade != violation.grade) continue;
      LocalizedText text = DescribeCapUse(policy, check.caps, use);
      absl::StrAppend(&text.zh, "；超出 ", use.counted - use.limit(), " 人");
      absl::StrAppend(&text.en, "; ", use.counted - use.limit(), " over the cap");
      return text;
    }
    return {};
  }
  const GradingInput& cadre = cadres[*violation.cadre];
  const std::string& id = cadre.cadre_id;
  switch (violation.kind) {
    case GradeViolationKind::kAboveEligible: {
      const LocalizedText assigned = GradeLabel(policy, violation.grade);
      LocalizedText text;
      if (cadre.eligible_grade) {
        const LocalizedText eligible = GradeLabel(policy, *cadre.eligible_grade);
        text = {absl::StrCat(id, "：评为 ", assigned.zh, "，但最高只可评 ", eligible.zh),
                absl::StrCat(id, ": graded ", assigned.en, " but eligible for ", eligible.en,
                             " at best")};
      } else {
        text = {absl::StrCat(id, "：评为 ", assigned.zh, "，但不符合任何等次的条件"),
                absl::StrCat(id, ": graded ", assigned.en, " but eligible for no grade")};
      }
      if (!cadre.all_binding_met) {
        absl::StrAppend(&text.zh, kBindingUnmetNote.zh);
        absl::StrAppend(&text.en, kBindingUnmetNote.en);
      }
      return text;
    }
    case GradeViolationKind::kNotInScale:
      return {absl::StrCat(id, "：等次“", cadre.assigned_grade, "”不在等次表中（",
                           policy.scale.JoinedIds(), "）"),
              absl::StrCat(id, ": grade \"", cadre.assigned_grade, "\" is not in the scale (",
                           policy.scale.JoinedIds(), ")")};
    case GradeViolationKind::kMissingGrade:
      return {absl::StrCat(id, "：未评定等次"), absl::StrCat(id, ": no grade assigned")};
    case GradeViolationKind::kGradedTwice:
      return {absl::StrCat("第 ", *violation.cadre + 1, " 条重复了第 ", violation.first_entry + 1,
                           " 条的 ", id, "（以第 ", violation.first_entry + 1, " 条为准）"),
              absl::StrCat("entry ", *violation.cadre + 1, " repeats ", id, " of entry ",
                           violation.first_entry + 1, ", which counts")};
    case GradeViolationKind::kGradedOutsideBase: {
      const LocalizedText assigned = AssignedLabel(policy, cadre);
      const LocalizedText reason = cadre.OutsideBaseText();
      return {absl::StrCat(id, "：不计入考核基数（", reason.zh, "），不应评定等次，却评为 ",
                           assigned.zh),
              absl::StrCat(id, ": graded ", assigned.en, " but outside the quota base (",
                           reason.en, ")")};
    }
    case GradeViolationKind::kOverCap:
      break;
  }
  return {};
}

absl::StatusOr<GradeIndexCheck> CheckGradeIndices(const GradingPolicy& policy,
                                                  const QuotaCaps& caps,
                                                  absl::Span<const std::int32_t> grades,
                                                  absl::Span<const std::int32_t> eligible) {
  if (grades.size() != static_cast<std::size_t>(caps.unit_base)) {
    return BadArgument(absl::StrCat("名额上限按基数 ", caps.unit_base, " 人计算，但给出了 ",
                                    grades.size(), " 个等次"),
                       absl::StrCat("the caps are for a quota base of ", caps.unit_base,
                                    " cadres, but ", grades.size(), " grades were given"));
  }
  if (!eligible.empty() && eligible.size() != grades.size()) {
    return BadArgument(
        absl::StrCat("给出了 ", grades.size(), " 个等次，但可评等次有 ", eligible.size(), " 个"),
        absl::StrCat(grades.size(), " grades but ", eligible.size(),
                     " eligible grades were given"));
  }
  if (absl::Status status = CheckCapGrades(policy, caps); !status.ok()) return status;
  // As unsigned, kNoGrade and negative indices are above every grade, so one
  // comparison says "in the scale", and grade < best is false for no grade.
  const auto scale = static_cast<std::uint32_t>(policy.scale.size());
  GradeIndexCheck check;
  check.counts.assign(policy.scale.size(), 0);
  std::int32_t* counts = check.counts.data();
  for (const std::int32_t grade : grades) {
    if (static_cast<std::uint32_t>(grade) < scale) {
      ++counts[grade];
    } else if (grade == kNoGrade) {
      ++check.missing;
    } else {
      ++check.not_in_scale;
    }
  }
  for (std::size_t i = 0; i < eligible.size(); ++i) {
    const auto best = static_cast<std::uint32_t>(eligible[i]);
    if (best >= scale && eligible[i] != kNoGrade) {
      return BadArgument(absl::StrCat("第 ", i, " 名干部的可评等次 ", eligible[i], " 超出共 ",
                                      scale, " 个等次的等次表"),
                         absl::StrCat("eligible grade ", eligible[i], " of cadre ", i,
                                      " is outside the scale of ", scale, " grades"));
    }
    const auto grade = static_cast<std::uint32_t>(grades[i]);
    if (grade < scale && grade < best) ++check.above_eligible;
  }
  check.cap_uses = caps.Measure(check.counts);
  for (const CapUse& use : check.cap_uses) {
    if (use.exceeded()) ++check.over_cap;
  }
  return check;
}

}  // namespace liaison
