#include "liaison/grade_proposal.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/string_view.h"
#include "base/absl_compat.h"
#include "grading/bad_argument.h"
#include "grading/cadre_id_set.h"
#include "liaison/quota_caps.h"
#include "liaison/rounding.h"

namespace liaison {
namespace {

// Scores and completions are ranked at 9 decimal places.
constexpr double kKeyScale = 1e9;
constexpr double kKeyLimit = 1e9;

std::int64_t RankingKey(double value) { return std::llround(value * kKeyScale); }

// A ranking key is a finite value with |value| < 10⁹, so value × 10⁹ fits.
bool RankableValue(double value) { return std::isfinite(value) && std::abs(value) < kKeyLimit; }

// The ranking of one cadre: by score, then the tie keys, then the cadre id.
struct RankEntry {
  std::int64_t score = 0;
  std::uint32_t cadre = 0;
};

// What grading needs of each cadre, validated and laid out compactly in a
// single pass over the inputs (which are large, so each pass over them
// costs): ranking keys, eligibility, quota-base membership and department.
// Its memory is kept from one Fill to the next.
class CadreTable {
 public:
  absl::Status Fill(const GradingPolicy& policy, absl::Span<const GradingInput> cadres) {
    cadres_ = cadres;
    key_count_ = policy.tie_keys.size();
    std::size_t rule_keys = 0;
    for (const TieKey& key : policy.tie_keys) {
      if (key.type == TieKey::Type::kRuleCompletion) ++rule_keys;
    }
    scores_.resize(cadres.size());
    eligible_.resize(cadres.size());
    in_base_.resize(cadres.size());
    department_of_.resize(cadres.size());
    tie_values_.resize(cadres.size() * key_count_);
    departments_.clear();
    department_index_.clear();
    ids_.Reset(cadres);
    for (std::uint32_t i = 0; i < cadres.size(); ++i) {
      const GradingInput& cadre = cadres[i];
      if (!RankableValue(cadre.score)) {
        return BadArgument(absl::StrCat("干部“", cadre.cadre_id, "”：得分 ", cadre.score,
                                        " 须为有限值且绝对值小于 10^9"),
                           absl::StrCat("cadre \"", cadre.cadre_id, "\": score ", cadre.score,
                                        " must be finite and below 10^9 in magnitude"));
      }
      if (cadre.eligible_grade && *cadre.eligible_grade >= policy.scale.size()) {
        return BadArgument(
            absl::StrCat("干部“", cadre.cadre_id, "”：可评等次 ", *cadre.eligible_grade, " 超出共 ",
                         policy.scale.size(), " 个等次的等次表"),
            absl::StrCat("cadre \"", cadre.cadre_id, "\": eligible grade ", *cadre.eligible_grade,
                         " is outside the scale of ", policy.scale.size(), " grades"));
      }
      if (cadre.tie_rule_completions.size() != rule_keys) {
        return BadArgument(
            absl::StrCat("干部“", cadre.cadre_id, "”：给出了 ", cadre.tie_rule_completions.size(),
                         " 项同分排序规则完成度，而政策的排序依据列有 ", rule_keys, " 条规则"),
            absl::StrCat("cadre \"", cadre.cadre_id, "\": ", cadre.tie_rule_completions.size(),
                         " tie-break rule completions given, the policy's tie keys name ",
                         rule_keys, " rules"));
      }
      if (!ids_.Insert(i)) {
        return BadArgument(absl::StrCat("干部“", cadre.cadre_id, "”重复列出"),
                           absl::StrCat("cadre \"", cadre.cadre_id, "\" is listed twice"));
      }
      scores_[i] = RankingKey(cadre.score);
      eligible_[i] = cadre.eligible_grade;
      in_base_[i] = cadre.in_base;
      std::size_t completion = 0;
      for (std::size_t k = 0; k < key_count_; ++k) {
        std::int64_t& value = tie_values_[i * key_count_ + k];
        if (policy.tie_keys[k].type == TieKey::Type::kBindingMet) {
          value = cadre.binding_met;
          continue;
        }
        const double rule_completion = cadre.tie_rule_completions[completion++];
        if (!RankableValue(rule_completion)) {
          return BadArgument(
              absl::StrCat("干部“", cadre.cadre_id, "”：规则“", policy.tie_keys[k].rule,
                           "”的完成度 ", rule_completion, " 须为有限值且绝对值小于 10^9"),
              absl::StrCat("cadre \"", cadre.cadre_id, "\": completion ", rule_completion,
                           " of rule \"", policy.tie_keys[k].rule,
                           "\" must be finite and below 10^9 in magnitude"));
        }
        value = RankingKey(rule_completion);
      }
      // Records usually come department by department: reuse the last lookup.
      if (i > 0 && cadre.department == cadres[i - 1].department) {
        department_of_[i] = department_of_[i - 1];
      } else {
        auto [it, inserted] = department_index_.try_emplace(
            AbslView(cadre.department), static_cast<std::uint32_t>(departments_.size()));
        if (inserted) departments_.push_back({cadre.department, 0});
        department_of_[i] = it->second;
      }
      if (cadre.in_base) ++departments_[department_of_[i]].base;
    }
    return absl::OkStatus();
  }

  RankEntry Entry(std::uint32_t cadre) const { return {scores_[cadre], cadre}; }
  std::optional<TermId> Eligible(std::uint32_t cadre) const { return eligible_[cadre]; }
  bool InBase(std::uint32_t cadre) const { return in_base_[cadre] != 0; }

  // The departments in order of first appearance, with their bases, and the
  // index into them of a cadre's department or of a department's id.
  const std::vector<DepartmentBase>& departments() const { return departments_; }
  std::uint32_t DepartmentOf(std::uint32_t cadre) const { return department_of_[cadre]; }
  std::uint32_t DepartmentIndex(const std::string& department) const {
    return department_index_.find(AbslView(department))->second;
  }

  // Whether `a` ranks before `b`: the order is total over distinct ids.
  bool Before(const RankEntry& a, const RankEntry& b) const {
    if (a.score != b.score) return a.score > b.score;
    const std::int64_t* keys_a = tie_values_.data() + a.cadre * key_count_;
    const std::int64_t* keys_b = tie_values_.data() + b.cadre * key_count_;
    for (std::size_t k = 0; k < key_count_; ++k) {
      if (keys_a[k] != keys_b[k]) return keys_a[k] > keys_b[k];
    }
    return cadres_[a.cadre].cadre_id < cadres_[b.cadre].cadre_id;
  }

 private:
  absl::Span<const GradingInput> cadres_;
  std::size_t key_count_ = 0;
  std::vector<std::int64_t> scores_;
  std::vector<std::int64_t> tie_values_;  // key_count_ per cadre
  std::vector<std::optional<TermId>> eligible_;
  std::vector<std::uint8_t> in_base_;
  std::vector<std::uint32_t> department_of_;
  std::vector<DepartmentBase> departments_;
  absl::flat_hash_map<absl::string_view, std::uint32_t> department_index_;
  CadreIdSet ids_;
};

absl::Status CheckFloors(const GradingPolicy& policy) {
  for (std::size_t i = 0; i < policy.floors.size(); ++i) {
    const GradeFloor& floor = policy.floors[i];
    if (floor.grade >= policy.scale.size()) {
      return BadArgument(absl::StrCat("grading.floors[", i, "]：等次 ", floor.grade, " 超出共 ",
                                      policy.scale.size(), " 个等次的等次表"),
                         absl::StrCat("grading.floors[", i, "]: grade ", floor.grade,
                                      " is outside the scale of ", policy.scale.size(), " grades"));
    }
    if (!(floor.bottom_share >= 0.0 && floor.bottom_share <= 1.0)) {
      return BadArgument(
          absl::StrCat("grading.floors[", i, "]：bottom_share 须在 [0, 1] 之内，实为 ",
                       floor.bottom_share),
          absl::StrCat("grading.floors[", i, "]: bottom_share must be in [0, 1], got ",
                       floor.bottom_share));
    }
  }
  return absl::OkStatus();
}

// Grades one quota unit. Reuses its buffers from unit to unit, so grading a
// unit allocates nothing once the largest unit has been seen.
class UnitGrader {
 public:
  UnitGrader(const GradingPolicy& policy, const CadreTable& table,
             absl::Span<CadreProposal> proposals)
      : policy_(policy),
        table_(table),
        proposals_(proposals),
        scale_(policy.scale.size()),
        hold_(policy.ties == TiePolicy::kHoldForCommittee) {}

  // `members`: the unit's cadres in the quota base, in any order.
  UnitProposal Grade(const QuotaCaps& caps, absl::Span<const std::uint32_t> members) {
    caps_ = &caps;
    order_.clear();
    for (std::uint32_t m : members) order_.push_back(table_.Entry(m));
    std::sort(order_.begin(), order_.end(),
              [this](const RankEntry& a, const RankEntry& b) { return table_.Before(a, b); });
    const auto ranked = static_cast<std::uint32_t>(order_.size());
    for (std::uint32_t pos = 0; pos < ranked; ++pos) {
      CadreProposal& proposal = proposals_[order_[pos].cadre];
      proposal.rank = pos + 1;
    }
    ApplyFloors(ranked);

    UnitProposal unit;
    unit.ranked = static_cast<std::int32_t>(ranked);
    unit.counts.assign(scale_, 0);
    unit.held.assign(scale_, 0);
    taken_.assign(scale_, 0);
    std::uint32_t group_start = 0;
    while (group_start < ranked) {
      std::uint32_t group_end = group_start + 1;
      if (hold_) {
        while (group_end < ranked && order_[group_end].score == order_[group_start].score) {
          ++group_end;
        }
      }
      GradeGroup(group_start, group_end, unit);
      group_start = group_end;
    }
    return unit;
  }

 private:
  // Bounds the bottom of the ranking by each floor's grade; under hold a tie
  // group across a floor's boundary goes under the floor whole, flagged.
  void ApplyFloors(std::uint32_t ranked) {
    for (const GradeFloor& floor : policy_.floors) {
      const auto count = static_cast<std::uint32_t>(
          RoundRatio(ranked, ShareIn(floor.bottom_share, 10000), 10000, policy_.rounding));
      if (count == 0) continue;
      std::uint32_t first = ranked - count;
      if (hold_ && first > 0 && order_[first - 1].score == order_[first].score) {
        std::uint32_t group_end = first;
        while (group_end < ranked && order_[group_end].score == order_[first].score) {
          ++group_end;
        }
        while (first > 0 && order_[first - 1].score == order_[first].score) --first;
        for (std::uint32_t pos = first; pos < group_end; ++pos) {
          CadreProposal& proposal = proposals_[order_[pos].cadre];
          proposal.tied_at_floor = true;
          proposal.tie_first_rank = first + 1;
          proposal.tie_size = group_end - first;
        }
      }
      for (std::uint32_t pos = first; pos < ranked; ++pos) {
        CadreProposal& proposal = proposals_[order_[pos].cadre];
        if (!proposal.floor || *proposal.floor < floor.grade) proposal.floor = floor.grade;
      }
    }
  }

  // Whether one more cadre of `grade` fits; on success it is counted.
  bool TakePlace(std::size_t grade) {
    ++taken_[grade];
    if (caps_->Admits(taken_)) return true;
    --taken_[grade];
    return false;
  }

  // The cap that refuses one more cadre of `grade`.
  TermId BlockingCap(std::size_t grade) {
    ++taken_[grade];
    const std::optional<TermId> cap = caps_->FirstExceeded(taken_);
    --taken_[grade];
    return *cap;
  }

  // Settles the grades of the cadres at positions [start, end), a tie group
  // under hold (a single cadre otherwise), from the best grade down.
  void GradeGroup(std::uint32_t start, std::uint32_t end, UnitProposal& unit) {
    targets_.clear();
    std::size_t best_target = scale_;
    for (std::uint32_t pos = start; pos < end; ++pos) {
      const CadreProposal& proposal = proposals_[order_[pos].cadre];
      const std::optional<TermId> eligible = table_.Eligible(order_[pos].cadre);
      std::size_t target = scale_;  // none
      if (eligible) {
        target = *eligible;
        if (proposal.floor) target = std::max<std::size_t>(target, *proposal.floor);
      }
      targets_.push_back(target);
      best_target = std::min(best_target, target);
    }
    for (std::size_t grade = best_target; grade < scale_; ++grade) {
      seeking_.clear();
      for (std::uint32_t pos = start; pos < end; ++pos) {
        if (targets_[pos - start] == grade) seeking_.push_back(pos);
      }
      if (seeking_.empty()) continue;
      std::size_t room = 0;
      while (room < seeking_.size() && TakePlace(grade)) ++room;
      if (room == seeking_.size()) {
        for (std::uint32_t pos : seeking_) {
          proposals_[order_[pos].cadre].grade = static_cast<TermId>(grade);
          targets_[pos - start] = scale_ + 1;  // settled
        }
        unit.counts[grade] += static_cast<std::int32_t>(room);
        continue;
      }
      const TermId blocking = BlockingCap(grade);
      if (room > 0) unit.held[grade] += static_cast<std::int32_t>(room);
      for (std::uint32_t pos : seeking_) {
        CadreProposal& proposal = proposals_[order_[pos].cadre];
        if (!proposal.full_grade) {
          proposal.full_grade = static_cast<TermId>(grade);
          proposal.full_cap = blocking;
        }
        if (room > 0 && !proposal.held_grade) {
          proposal.held_grade = static_cast<TermId>(grade);
          proposal.tie_first_rank = start + 1;
          proposal.tie_size = end - start;
        }
        targets_[pos - start] = grade + 1;
      }
    }
  }

  const GradingPolicy& policy_;
  const CadreTable& table_;
  absl::Span<CadreProposal> proposals_;
  const std::size_t scale_;
  const bool hold_;
  const QuotaCaps* caps_ = nullptr;
  std::vector<RankEntry> order_;
  std::vector<std::int32_t> taken_;  // given or held, per grade
  std::vector<std::size_t> targets_;
  std::vector<std::uint32_t> seeking_;
};

// "20%", "12.5%": a share as a percentage, to two decimals at most.
std::string FormatPercent(double share) {
  const auto per_10000 = static_cast<std::int32_t>(ShareIn(share, 10000));
  std::string text = absl::StrCat(per_10000 / 100);
  if (per_10000 % 100 != 0) {
    std::string decimals = absl::StrFormat("%02d", per_10000 % 100);
    if (decimals.back() == '0') decimals.pop_back();
    absl::StrAppend(&text, ".", decimals);
  }
  return absl::StrCat(text, "%");
}

// "2–4", or "3" for a group of one.
std::string RankRange(std::uint32_t first, std::uint32_t size) {
  if (size <= 1) return absl::StrCat(first);
  return absl::StrCat(first, "–", first + size - 1);
}

// Appends one clause to a "；"/"; " separated explanation.
void AddClause(LocalizedText& text, const std::string& zh, const std::string& en) {
  absl::StrAppend(&text.zh, text.zh.empty() ? "" : "；", zh);
  absl::StrAppend(&text.en, text.en.empty() ? "" : "; ", en);
}

// "excellent cap 3", "good cap 5 + 2 passed down": a cap as it stood at the end.
LocalizedText CapReached(const GradingPolicy& policy, const QuotaCaps& caps,
                         absl::Span<const CapUse> uses, TermId cap_grade) {
  const QuotaCap& cap = *caps.Find(cap_grade);
  const LocalizedText label = CapLabel(policy, cap);
  LocalizedText text{absl::StrCat(label.zh, " 上限 ", cap.cap),
                     absl::StrCat(label.en, " cap ", cap.cap)};
  for (const CapUse& use : uses) {
    if (use.grade != cap_grade || use.passed_down == 0) continue;
    absl::StrAppend(&text.zh, " + 顺延 ", use.passed_down);
    absl::StrAppend(&text.en, " + ", use.passed_down, " passed down");
  }
  return text;
}

// "ranks 2–4 tie on score for excellent: 2 places held for the committee"
LocalizedText HeldClause(const GradingPolicy& policy, const CadreProposal& p,
                         const UnitProposal& unit) {
  const LocalizedText held = GradeLabel(policy, *p.held_grade);
  const std::string ranks = RankRange(p.tie_first_rank, p.tie_size);
  const std::int32_t places = unit.held[*p.held_grade];
  return {
      absl::StrCat("第 ", ranks, " 名同分竞争 ", held.zh, "，", places, " 个名额留待委员会决定"),
      absl::StrCat("ranks ", ranks, " tie on score for ", held.en, ": ", places,
                   places == 1 ? " place" : " places", " held for the committee")};
}

// The clauses of a cadre whose better grades were full or held: for each
// grade from the first full one down to the one proposed, the cap that left
// no room (each cap once) or the tie held for the committee.
void AddFullGradeClauses(LocalizedText& text, const GradingPolicy& policy,
                         const CadreProposal& p, const UnitProposal& unit,
                         const QuotaCaps& caps) {
  absl::InlinedVector<std::int32_t, 8> taken(unit.counts.begin(), unit.counts.end());
  for (std::size_t g = 0; g < taken.size(); ++g) taken[g] += unit.held[g];
  const absl::InlinedVector<CapUse, 4> uses = caps.Measure(taken);
  const std::size_t stop = p.grade ? *p.grade : policy.scale.size();
  std::optional<TermId> reported_cap;
  for (std::size_t g = *p.full_grade; g < stop; ++g) {
    const auto grade = static_cast<TermId>(g);
    if (p.held_grade == grade) {
      const LocalizedText held = HeldClause(policy, p, unit);
      AddClause(text, held.zh, held.en);
      continue;
    }
    std::optional<TermId> cap_grade = p.full_cap;
    if (grade != *p.full_grade) {
      ++taken[g];
      cap_grade = caps.FirstExceeded(taken);
      --taken[g];
    }
    if (!cap_grade || cap_grade == reported_cap) continue;
    reported_cap = cap_grade;
    const LocalizedText reached = CapReached(policy, caps, uses, *cap_grade);
    if (*cap_grade != grade) {
      const LocalizedText full = GradeLabel(policy, grade);
      AddClause(text, absl::StrCat(full.zh, " 无名额：", reached.zh, " 已满"),
                absl::StrCat("no room for ", full.en, ": ", reached.en, " reached"));
    } else {
      AddClause(text, absl::StrCat(reached.zh, " 已满"), absl::StrCat(reached.en, " reached"));
    }
  }
}

// The working memory of ProposeGrades, kept per thread from call to call:
// grading a million cadres needs some 40 MiB of it, and memory freshly taken
// from the kernel costs more than the grading (docs/performance.md,
// "Grading"). A thread keeps what its largest call needed.
struct ProposalScratch {
  CadreTable table;
  std::vector<std::uint32_t> unit_of_department;  // per department of the table
  std::vector<std::uint32_t> unit_start;          // members of unit u: [start[u], start[u+1])
  std::vector<std::uint32_t> members;             // the quota base, unit by unit
  std::vector<std::uint32_t> next_member;         // where each unit's next member goes
};

ProposalScratch& ThreadScratch() {
  thread_local ProposalScratch scratch;
  return scratch;
}

}  // namespace

absl::Status ProposeGradesInto(const GradingPolicy& policy, absl::Span<const GradingInput> cadres,
                               GradeProposal& result) {
  if (cadres.size() >= std::numeric_limits<std::uint32_t>::max()) {
    return BadArgument("一次评定的干部过多", "too many cadres to grade at once");
  }
  if (absl::Status status = CheckFloors(policy); !status.ok()) return status;
  ProposalScratch& scratch = ThreadScratch();
  const CadreTable& table = scratch.table;
  if (absl::Status filled = scratch.table.Fill(policy, cadres); !filled.ok()) return filled;

  absl::StatusOr<QuotaPlan> plan = PlanQuotaUnits(policy, table.departments());
  if (!plan.ok()) return plan.status();
  result.plan = *std::move(plan);

  // The cadres of the quota base, bucketed by unit.
  std::vector<std::uint32_t>& unit_of_department = scratch.unit_of_department;
  unit_of_department.resize(table.departments().size());
  for (std::size_t u = 0; u < result.plan.units.size(); ++u) {
    for (const std::string& department : result.plan.units[u].departments) {
      unit_of_department[table.DepartmentIndex(department)] = static_cast<std::uint32_t>(u);
    }
  }
  result.cadres.assign(cadres.size(), CadreProposal{});
  std::vector<std::uint32_t>& unit_start = scratch.unit_start;
  unit_start.assign(result.plan.units.size() + 1, 0);
  for (std::uint32_t i = 0; i < cadres.size(); ++i) {
    const std::uint32_t unit = unit_of_department[table.DepartmentOf(i)];
    result.cadres[i].unit = unit;
    if (table.InBase(i)) ++unit_start[unit + 1];
  }
  for (std::size_t u = 0; u < result.plan.units.size(); ++u) {
    unit_start[u + 1] += unit_start[u];
  }
  std::vector<std::uint32_t>& members = scratch.members;
  members.resize(unit_start.back());
  std::vector<std::uint32_t>& next = scratch.next_member;
  next.assign(unit_start.begin(), unit_start.end() - 1);
  for (std::uint32_t i = 0; i < cadres.size(); ++i) {
    if (table.InBase(i)) members[next[result.cadres[i].unit]++] = i;
  }

  UnitGrader grader(policy, table, absl::MakeSpan(result.cadres));
  result.units.clear();
  result.units.reserve(result.plan.units.size());
  for (std::size_t u = 0; u < result.plan.units.size(); ++u) {
    const absl::Span<const std::uint32_t> unit_members(members.data() + unit_start[u],
                                                       unit_start[u + 1] - unit_start[u]);
    result.units.push_back(grader.Grade(result.plan.units[u].caps, unit_members));
  }
  return absl::OkStatus();
}

absl::StatusOr<GradeProposal> ProposeGrades(const GradingPolicy& policy,
                                            absl::Span<const GradingInput> cadres) {
  GradeProposal result;
  if (absl::Status status = ProposeGradesInto(policy, cadres, result); !status.ok()) {
    return status;
  }
  return result;
}

LocalizedText DescribeProposal(const GradingPolicy& policy, const GradeProposal& proposal,
                               absl::Span<const GradingInput> cadres, std::size_t cadre) {
  const CadreProposal& p = proposal.cadres[cadre];
  const GradingInput& input = cadres[cadre];
  LocalizedText text;
  if (p.rank == 0) {
    const LocalizedText reason = input.OutsideBaseText();
    AddClause(text, absl::StrCat("不计入考核基数（", reason.zh, "）"),
              absl::StrCat("outside the quota base (", reason.en, ")"));
    AddClause(text, "不评等次", "no grade");
    return text;
  }
  const UnitProposal& unit = proposal.units[p.unit];
  const QuotaCaps& caps = proposal.plan.units[p.unit].caps;
  AddClause(text, absl::StrCat("排名 ", p.rank, "/", unit.ranked),
            absl::StrCat("rank ", p.rank, " of ", unit.ranked));
  if (!input.eligible_grade) {
    AddClause(text, "不符合任何等次的条件", "eligible for no grade");
  } else if (*input.eligible_grade > 0) {
    const LocalizedText eligible = GradeLabel(policy, *input.eligible_grade);
    AddClause(text, absl::StrCat("最高可评 ", eligible.zh),
              absl::StrCat("eligible for ", eligible.en, " at best"));
  }
  if (p.floor) {
    const LocalizedText floor = GradeLabel(policy, *p.floor);
    for (const GradeFloor& f : policy.floors) {
      if (f.grade != *p.floor) continue;
      const std::string percent = FormatPercent(f.bottom_share);
      AddClause(text, absl::StrCat("位列末位 ", percent, "，最高 ", floor.zh),
                absl::StrCat("in the bottom ", percent, ", ", floor.en, " at best"));
      break;
    }
  }
  if (p.tied_at_floor) {
    const std::string ranks = RankRange(p.tie_first_rank, p.tie_size);
    AddClause(text, absl::StrCat("第 ", ranks, " 名同分跨末位线，整体暂按末位处理，由委员会决定"),
              absl::StrCat("ranks ", ranks, " tie on score across the floor's boundary, ",
                           "all held under the floor for the committee"));
  }
  if (p.full_grade) AddFullGradeClauses(text, policy, p, unit, caps);
  const bool provisional = p.held_grade.has_value() || p.tied_at_floor;
  if (p.grade) {
    const LocalizedText grade = GradeLabel(policy, *p.grade);
    AddClause(text, absl::StrCat(provisional ? "暂定 " : "建议 ", grade.zh),
              absl::StrCat(provisional ? "provisionally " : "proposed ", grade.en));
  } else {
    AddClause(text, "不评等次", "no grade");
  }
  return text;
}

}  // namespace liaison
