// The words for a policy's parameters, shared by `liaison policy show` (its
// settings) and `liaison diff` (the parameters that changed).
//
// A changed parameter at a known path of the policy format reads as a person
// says it, with its path kept for the author:
//   取整方式：向下取整 → 向上取整（$.grading.rounding）
//   rounding: down → up ($.grading.rounding)
//   每年走访基层青年不少于10次 的要求：10 → 12（$.rules[id=youth_visits].min）
//   新增规则：…（$.rules[id=…]）  (a department rule or a checkpoint likewise)
// A path not known here has no wording (the diff shows it as JSON).
#ifndef LIAISON_CLI_PARAMETER_WORDS_H_
#define LIAISON_CLI_PARAMETER_WORDS_H_

#include <optional>
#include <string>

#include "liaison/localized_text.h"
#include "liaison/policy_diff.h"
#include "liaison/policy_document.h"

namespace liaison::cli {

// 向下取整 / down, 向上取整 / up, 四舍五入 / half up.
std::string RoundingWords(Rounding rounding, Language language);

// 按排序条件区分 / break by the tie keys, 提交部门党支部研究 / hold for the
// department's Party branch.
std::string TiesWords(TiePolicy ties, Language language);

// How a category of cadres takes part: 必须参加 / takes part, 由部门决定 /
// as the department decides, 不参加 / does not take part.
std::string CategoryWords(CategoryRule rule, Language language);

// How online contact points enter the home share: 不计入本地比例 / left out
// of the home share, 计为本地 / counted as home, 计为外地 / counted as away.
std::string OnlineWords(OnlinePoints online, Language language);

// `change` in words, its path in brackets at the end; nullopt for a path
// this does not know. `before` and `after` are the two policies' documents
// (titles and grade labels come from them: the after's when it has them).
std::optional<std::string> ParameterChangeWords(const ParameterChange& change,
                                                const PolicyDocument& before,
                                                const PolicyDocument& after, Language language);

}  // namespace liaison::cli

#endif  // LIAISON_CLI_PARAMETER_WORDS_H_
