#include "report/grade_distribution.h"

#include <algorithm>

#include "absl/strings/str_cat.h"
#include "liaison/batch_grading.h"
#include "liaison/grade_next_step.h"

namespace liaison::report {
namespace {

bool RecordsAssignGrades(const BatchReport& batch) {
  return std::any_of(batch.cadres.begin(), batch.cadres.end(), [](const auto& report) {
    return report.ok() && report->participation.InQuotaBase() && !report->assigned_grade.empty();
  });
}

std::optional<TermId> GradeNamed(const GradingPolicy& grading, const std::string& id) {
  for (TermId grade = 0; grade < grading.scale.size(); ++grade) {
    if (grading.scale[grade].id == id) return grade;
  }
  return std::nullopt;
}

UnitGrades UnitOf(const QuotaUnit& unit, absl::Span<const std::int32_t> counts) {
  return {unit.departments, unit.base, {counts.begin(), counts.end()}, unit.caps, {}, {}};
}

// "彭志伟（c11）：评为 优，但最高只可评 良，因…；下一步：请改评为可评等次或以下，…",
// as `liaison check` writes a violation and its next step.
LocalizedText WithNextStep(const BatchReport& batch, const BatchGradeCheck& check, std::size_t u,
                           const GradeViolation& violation) {
  const LocalizedText what = GradeViolationText(batch, check, u, violation);
  const LocalizedText step = GradeNextStep(batch, check, u, violation);
  return {absl::StrCat(what.zh, "；下一步：", step.zh), absl::StrCat(what.en, "; next: ", step.en)};
}

absl::StatusOr<GradeDistribution> Assigned(const BatchReport& batch) {
  absl::StatusOr<BatchGradeCheck> check = CheckBatchGrades(batch);
  if (!check.ok()) return check.status();
  GradeDistribution distribution;
  distribution.assigned = true;
  distribution.grades.resize(batch.cadres.size());
  const OrganGradeCheck& organ = check->check;
  distribution.problems.resize(batch.cadres.size());
  const GradingPolicy& grading = batch.policy.document().grading;
  for (std::size_t u = 0; u < organ.units.size(); ++u) {
    const GradeCheck& unit = organ.units[u];
    UnitGrades grades = UnitOf(organ.plan.units[u], unit.counts);
    grades.over.assign(grading.scale.size(), 0);
    for (const CapUse& use : unit.cap_uses) {
      if (use.exceeded()) grades.over[use.grade] = use.counted - use.limit();
    }
    for (const GradeViolation& violation : unit.violations) {
      if (!violation.cadre) {
        grades.problems.push_back(WithNextStep(batch, *check, u, violation));
      } else {
        distribution.problems[check->grading.batch_entries[*violation.cadre]].push_back(
            WithNextStep(batch, *check, u, violation));
      }
    }
    distribution.units.push_back(std::move(grades));
  }
  for (std::size_t i = 0; i < check->grading.inputs.size(); ++i) {
    distribution.grades[check->grading.batch_entries[i]] =
        GradeNamed(grading, check->grading.inputs[i].assigned_grade);
  }
  return distribution;
}

absl::StatusOr<GradeDistribution> Proposed(const BatchReport& batch) {
  absl::StatusOr<BatchProposal> proposal = ProposeBatchGrades(batch);
  if (!proposal.ok()) return proposal.status();
  GradeDistribution distribution;
  distribution.grades.resize(batch.cadres.size());
  distribution.problems.resize(batch.cadres.size());
  const GradeProposal& grades = proposal->proposal;
  for (std::size_t u = 0; u < grades.units.size(); ++u) {
    distribution.units.push_back(UnitOf(grades.plan.units[u], grades.units[u].counts));
  }
  for (std::size_t i = 0; i < grades.cadres.size(); ++i) {
    distribution.grades[proposal->grading.batch_entries[i]] = grades.cadres[i].grade;
  }
  return distribution;
}

}  // namespace

absl::StatusOr<GradeDistribution> DistributeGrades(const BatchReport& batch) {
  return RecordsAssignGrades(batch) ? Assigned(batch) : Proposed(batch);
}

}  // namespace liaison::report
