// How the policy document spells its enumerated values, in one table per enum,
// so the parser and the canonical writer can never disagree.
#ifndef LIAISON_SRC_ENUM_NAMES_H_
#define LIAISON_SRC_ENUM_NAMES_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <iterator>
#include <utility>

#include "liaison/cadre_category.h"
#include "liaison/contact_point_policy.h"
#include "liaison/grading_policy.h"
#include "liaison/participation_policy.h"
#include "liaison/rounding.h"
#include "liaison/rule_kind.h"
#include "liaison/task_rule.h"

namespace liaison {

template <typename Enum>
struct EnumName {
  Enum value;
  std::string_view name;
};

inline constexpr EnumName<Rounding> kRoundingNames[] = {
    {Rounding::kFloor, "floor"}, {Rounding::kHalfUp, "half_up"}, {Rounding::kCeil, "ceil"}};

inline constexpr EnumName<CategoryRule> kCategoryRuleNames[] = {
    {CategoryRule::kRequired, "required"},
    {CategoryRule::kDepartmentDecides, "department_decides"},
    {CategoryRule::kExcluded, "excluded"}};

inline constexpr EnumName<OnlinePoints> kOnlinePointsNames[] = {
    {OnlinePoints::kExcluded, "excluded"},
    {OnlinePoints::kCountAsHome, "home"},
    {OnlinePoints::kCountAsAway, "away"}};

// The rule kinds' names are those of their table, kRuleKinds (rule_kind.h).
template <typename Enum, std::size_t N>
struct EnumNames {
  EnumName<Enum> entries[N];
};

template <std::size_t... I>
constexpr EnumNames<RuleKind, sizeof...(I)> RuleKindNames(std::index_sequence<I...>) {
  return {{{kRuleKinds[I].kind, kRuleKinds[I].name}...}};
}

inline constexpr auto kRuleKindNameTable =
    RuleKindNames(std::make_index_sequence<std::size(kRuleKinds)>{});
inline constexpr const auto& kRuleKindNames = kRuleKindNameTable.entries;

inline constexpr EnumName<ActivityMode> kActivityModeNames[] = {
    {ActivityMode::kInPerson, "in_person"}, {ActivityMode::kOnline, "online"}};

inline constexpr EnumName<Quantity> kQuantityNames[] = {{Quantity::kHeadcount, "headcount"},
                                                        {Quantity::kDays, "days"}};

inline constexpr EnumName<PeopleCounting> kPeopleCountingNames[] = {
    {PeopleCounting::kDistinctIds, "distinct_ids"},
    {PeopleCounting::kHeadcount, "headcount"},
    {PeopleCounting::kDistinctIdsElseHeadcount, "distinct_ids_else_headcount"}};

inline constexpr EnumName<TiePolicy> kTiePolicyNames[] = {
    {TiePolicy::kBreakByKeys, "break"}, {TiePolicy::kHoldForCommittee, "hold"}};

inline constexpr EnumName<CadreCategory> kCadreCategoryNames[] = {
    {CadreCategory::kFullTime, "full_time"},
    {CadreCategory::kPartTime, "part_time"},
    {CadreCategory::kSeconded, "seconded"}};

// The spelling of `value`; "(invalid)" for a value outside the enum (a
// document built in code with a cast), which then fails to parse back.
template <typename Enum, std::size_t N>
std::string_view NameOf(const EnumName<Enum> (&table)[N], Enum value) {
  for (const EnumName<Enum>& entry : table) {
    if (entry.value == value) return entry.name;
  }
  return "(invalid)";
}

template <typename Enum, std::size_t N>
std::optional<Enum> ValueOf(const EnumName<Enum> (&table)[N], std::string_view name) {
  for (const EnumName<Enum>& entry : table) {
    if (entry.name == name) return entry.value;
  }
  return std::nullopt;
}

// "\"floor\", \"half_up\", \"ceil\"": the allowed spellings, for messages.
template <typename Enum, std::size_t N>
std::string AllowedNames(const EnumName<Enum> (&table)[N]) {
  std::string out;
  for (const EnumName<Enum>& entry : table) {
    if (!out.empty()) out += ", ";
    out += '"';
    out += entry.name;
    out += '"';
  }
  return out;
}

}  // namespace liaison

#endif  // LIAISON_SRC_ENUM_NAMES_H_
