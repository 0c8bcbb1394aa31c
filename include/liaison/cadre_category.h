// CadreCategory: the three kinds of organ cadre the plan names (二.1).
//
// 专职 full-time cadres take part; 兼职 part-time and 挂职 seconded cadres take
// part when their department decides so. The categories are fixed by the
// League's cadre system; what each one means for participation is policy
// (ParticipationPolicy).
#ifndef LIAISON_CADRE_CATEGORY_H_
#define LIAISON_CADRE_CATEGORY_H_

#include <optional>
#include <string_view>

namespace liaison {

enum class CadreCategory { kFullTime, kPartTime, kSeconded };

// "full_time", "part_time", "seconded": the spelling in documents.
std::string_view CadreCategoryName(CadreCategory category);
std::optional<CadreCategory> ParseCadreCategory(std::string_view name);

}  // namespace liaison

#endif  // LIAISON_CADRE_CATEGORY_H_
