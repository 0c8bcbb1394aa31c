#include "liaison/progress.h"

#include <algorithm>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "base/absl_compat.h"
#include "base/cadre_identity.h"

namespace liaison {
namespace {

bool NeedsFollowUp(const Finding& finding) {
  switch (finding.status) {
    case FindingStatus::kShort:
    case FindingStatus::kOverdue:
    case FindingStatus::kLate:
    case FindingStatus::kOver:
      return true;
    case FindingStatus::kPending:
      return finding.pace == Pace::kBehind;
    default:
      return false;
  }
}

// One department's progress while the batch is summed, with the position of
// each rule's entry so that a finding finds its rule in one look, however
// many rules the policy has.
struct Tally {
  DepartmentProgress progress;
  absl::flat_hash_map<std::string, std::size_t> rule_position;
};

// The entry for `rule_id`, appended in first-seen order. Findings differ by
// cadre (a rank's contact-point set may add a kinds check), so rules are
// matched by id, not by position.
RuleProgress& RuleEntry(Tally& tally, std::string_view rule_id, bool binding) {
  std::vector<RuleProgress>& rules = tally.progress.rules;
  const auto known = tally.rule_position.find(AbslView(rule_id));
  if (known != tally.rule_position.end()) return rules[known->second];
  tally.rule_position.emplace(std::string(rule_id), rules.size());
  RuleProgress& rule = rules.emplace_back();
  rule.rule = std::string(rule_id);
  rule.binding = binding;
  return rule;
}

void Add(Tally& tally, const CadreReport& report) {
  DepartmentProgress& progress = tally.progress;
  ++progress.cadres;
  if (report.findings.empty()) return;
  ++progress.evaluated;
  for (const Finding& finding : report.findings) {
    RuleProgress& rule = RuleEntry(tally, finding.RuleId(report.policy), finding.binding);
    if (finding.status == FindingStatus::kNotApplicable) continue;
    ++rule.evaluated;
    ++rule.statuses[static_cast<int>(finding.status)];
    switch (finding.pace) {
      // Above a range's maximum is not done: it is to be followed up.
      case Pace::kDone: rule.done += finding.status != FindingStatus::kOver; break;
      case Pace::kOnPace: ++rule.on_pace; break;
      case Pace::kBehind: ++rule.behind; break;
      case Pace::kNotTracked:
        // Deadlines and contact points are not paced: done once met.
        if (finding.status == FindingStatus::kMet) ++rule.done;
        break;
    }
    if (finding.pace != Pace::kNotTracked) rule.paced = true;
    if (finding.binding && NeedsFollowUp(finding)) rule.follow_up.push_back(report.cadre_id);
  }
}

}  // namespace

ProgressOverview SummarizeProgress(const BatchReport& batch) {
  ProgressOverview overview;
  overview.as_of = batch.as_of;
  Tally organ;
  organ.progress.department = "*";
  // Each department's tally, found by id in one look; listed by id at the end.
  std::vector<Tally> departments;
  absl::flat_hash_map<std::string, std::size_t> department_position;
  const auto tally_of = [&](const std::string& id) -> Tally& {
    const auto [at, added] = department_position.try_emplace(id, departments.size());
    if (added) departments.emplace_back().progress.department = id;
    return departments[at->second];
  };
  for (const absl::StatusOr<CadreReport>& report : batch.cadres) {
    if (!report.ok()) {
      ++organ.progress.errors;
      ++organ.progress.cadres;
      const std::string department = CadreIdentityOf(report.status()).department;
      if (department.empty()) {
        ++overview.errors_without_department;
        continue;
      }
      DepartmentProgress& progress = tally_of(department).progress;
      ++progress.errors;
      ++progress.cadres;
      continue;
    }
    Add(tally_of(report->department), *report);
    Add(organ, *report);
  }
  std::sort(departments.begin(), departments.end(), [](const Tally& a, const Tally& b) {
    return a.progress.department < b.progress.department;
  });
  overview.departments.reserve(departments.size());
  for (Tally& department : departments) {
    overview.departments.push_back(std::move(department.progress));
  }
  overview.organ = std::move(organ.progress);
  return overview;
}

}  // namespace liaison
