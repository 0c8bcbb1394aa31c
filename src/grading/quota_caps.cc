#include "liaison/quota_caps.h"

#include <algorithm>
#include <cstdint>
#include <string>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "base/absl_compat.h"
#include "base/enum_names.h"
#include "grading/bad_argument.h"

namespace liaison {
namespace {

// Walks the caps from the best grade down, handing each its CapUse under
// `counts`, and stops early when `visit` returns false.
template <typename Visit>
void ForEachCapUse(const QuotaCaps& caps, absl::Span<const std::int32_t> counts, Visit visit) {
  std::int32_t better_or_equal = 0;  // cadres of the grades summed so far
  std::size_t summed = 0;            // grades summed into better_or_equal
  std::optional<CapUse> previous;
  for (const QuotaCap& cap : caps.caps) {
    CapUse use;
    use.grade = cap.grade;
    use.cap = cap.cap;
    if (caps.cumulative) {
      for (; summed <= cap.grade; ++summed) better_or_equal += counts[summed];
      use.counted = better_or_equal;
    } else {
      use.counted = counts[cap.grade];
      if (caps.pass_down && previous && previous->grade + 1 == cap.grade) {
        use.passed_down = std::max(0, previous->limit() - previous->counted);
      }
    }
    if (!visit(use)) return;
    previous = use;
  }
}

// "0.30" for 3000, "0.125" for 1250, "1.00" for 10000.
std::string FormatShare(std::int32_t share_per_10000) {
  std::string digits = absl::StrFormat("%04d", share_per_10000 % 10000);
  while (digits.size() > 2 && digits.back() == '0') digits.pop_back();
  return absl::StrCat(share_per_10000 / 10000, ".", digits);
}

// "floor(0.30 × 10)"
std::string Formula(const QuotaCap& cap) {
  return absl::StrCat(AbslView(NameOf(kRoundingNames, cap.rounding)), "(",
                      FormatShare(cap.share_per_10000), " × ", cap.share_base, ")");
}

}  // namespace

const QuotaCap* QuotaCaps::Find(TermId grade) const {
  for (const QuotaCap& cap : caps) {
    if (cap.grade == grade) return &cap;
  }
  return nullptr;
}

absl::InlinedVector<CapUse, 4> QuotaCaps::Measure(absl::Span<const std::int32_t> counts) const {
  absl::InlinedVector<CapUse, 4> uses;
  ForEachCapUse(*this, counts, [&](const CapUse& use) {
    uses.push_back(use);
    return true;
  });
  return uses;
}

bool QuotaCaps::Admits(absl::Span<const std::int32_t> counts) const {
  return !FirstExceeded(counts).has_value();
}

std::optional<TermId> QuotaCaps::FirstExceeded(absl::Span<const std::int32_t> counts) const {
  std::optional<TermId> exceeded;
  ForEachCapUse(*this, counts, [&](const CapUse& use) {
    if (use.exceeded()) exceeded = use.grade;
    return !exceeded.has_value();
  });
  return exceeded;
}

absl::StatusOr<QuotaCaps> ComputeQuotaCaps(const GradingPolicy& policy, std::int32_t base) {
  if (base < 0) {
    return BadArgument(absl::StrCat("名额基数不能为负数：", base),
                       absl::StrCat("a quota base cannot be negative: ", base));
  }
  if (policy.minimum_one_from < 0) {
    return BadArgument(
        absl::StrCat("grading.minimum_one_from 不能为负数：", policy.minimum_one_from),
        absl::StrCat("grading.minimum_one_from cannot be negative: ", policy.minimum_one_from));
  }
  QuotaCaps result;
  result.unit_base = base;
  result.cumulative = policy.cumulative;
  result.pass_down = policy.pass_down;
  const bool minimum_one = policy.minimum_one_from > 0 && base >= policy.minimum_one_from;
  for (std::size_t i = 0; i < policy.caps.size(); ++i) {
    const GradeCap& grade_cap = policy.caps[i];
    if (grade_cap.grade >= policy.scale.size()) {
      return BadArgument(absl::StrCat("grading.caps[", i, "]：等次 ", grade_cap.grade, " 超出共 ",
                                      policy.scale.size(), " 个等次的等次表"),
                         absl::StrCat("grading.caps[", i, "]: grade ", grade_cap.grade,
                                      " is outside the scale of ", policy.scale.size(), " grades"));
    }
    if (!(grade_cap.share >= 0.0 && grade_cap.share <= 1.0)) {
      return BadArgument(
          absl::StrCat("grading.caps[", i, "]：share 须在 [0, 1] 之内，实为 ", grade_cap.share),
          absl::StrCat("grading.caps[", i, "]: share must be in [0, 1], got ", grade_cap.share));
    }
    // Keep the caps ordered by grade as they come in (policies list a few).
    auto position = result.caps.begin();
    while (position != result.caps.end() && position->grade < grade_cap.grade) ++position;
    if (position != result.caps.end() && position->grade == grade_cap.grade) {
      const std::string& id = policy.scale[grade_cap.grade].id;
      return BadArgument(absl::StrCat("grading.caps[", i, "]：等次“", id, "”重复设上限"),
                         absl::StrCat("grading.caps[", i, "]: grade \"", id, "\" is capped twice"));
    }
    QuotaCap& cap = *result.caps.emplace(position);  // filled in place
    cap.grade = grade_cap.grade;
    cap.cumulative = policy.cumulative;
    cap.share_base = base;
    cap.unit_base = base;
    cap.share_per_10000 = static_cast<std::int32_t>(ShareIn(grade_cap.share, 10000));
    cap.rounding = grade_cap.rounding.value_or(policy.rounding);
    cap.rounded =
        static_cast<std::int32_t>(RoundRatio(base, cap.share_per_10000, 10000, cap.rounding));
    cap.raised_to_one = minimum_one && cap.rounded == 0 && cap.share_per_10000 > 0;
    cap.cap = cap.share_places();
  }
  return result;
}

LocalizedText GradeLabel(const GradingPolicy& policy, TermId grade) {
  const Term& term = policy.scale[grade];
  const std::string& zh = term.label.In(Language::kChinese);
  const std::string& en = term.label.In(Language::kEnglish);
  return {zh.empty() ? term.id : zh, en.empty() ? term.id : en};
}

LocalizedText CapLabel(const GradingPolicy& policy, const QuotaCap& cap) {
  if (!cap.cumulative) return GradeLabel(policy, cap.grade);
  LocalizedText label;
  for (TermId g = 0; g <= cap.grade; ++g) {
    LocalizedText grade_label = GradeLabel(policy, g);
    const char* separator = g == 0 ? "" : "+";
    absl::StrAppend(&label.zh, separator, grade_label.zh);
    absl::StrAppend(&label.en, separator, grade_label.en);
  }
  return label;
}

LocalizedText DescribeCapDerivation(const GradingPolicy& policy, const QuotaCap& cap) {
  const std::string formula = Formula(cap);
  LocalizedText derivation{formula, formula};
  if (cap.raised_to_one) {
    derivation.zh = absl::StrCat(formula, " = 0，满 ", policy.minimum_one_from, " 人至少 1 名");
    derivation.en = absl::StrCat(formula, " = 0, raised to 1 (at least one from ",
                                 policy.minimum_one_from, " cadres)");
  }
  if (!cap.apportioned) return derivation;
  return {
      absl::StrCat("全机关 ", cap.share_places(), " 个名额（", derivation.zh, "）按最大余额法分得 ",
                   cap.cap, " 个，本单位 ", cap.unit_base, "/", cap.share_base, " 人"),
      absl::StrCat(cap.cap, " of the organ's ", cap.share_places(), " places (", derivation.en,
                   ") by largest remainder, for ", cap.unit_base, " of ", cap.share_base,
                   " cadres")};
}

LocalizedText DescribeCap(const GradingPolicy& policy, const QuotaCap& cap) {
  const LocalizedText label = CapLabel(policy, cap);
  const LocalizedText derivation = DescribeCapDerivation(policy, cap);
  return {absl::StrCat(label.zh, " 上限 ", cap.cap, " = ", derivation.zh),
          absl::StrCat(label.en, " cap ", cap.cap, " = ", derivation.en)};
}

}  // namespace liaison
