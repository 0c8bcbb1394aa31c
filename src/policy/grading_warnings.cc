// Grading warnings: settings that change nothing at any department size, and
// caps that round to more than their share.
//
// A cap gives rounding(share × n) places to a base of n (quota_caps.h). Under
// floor that is never more than the share; under half_up or ceil it is at
// some sizes: 25% of 2 rounds to 1 place, 50%. The warning lists the sizes
// 1–50 where that happens, for the caps that round the grading's way; a cap
// that names its own `rounding` was chosen knowingly ("优 rounds to
// nearest") and is left alone.
//
// `minimum_one_from: m` raises a zero cap to 1 from a base of m. Caps grow
// with the base, so if every capped grade already has a place at m the
// setting never does anything: 25% of 4 is 1 however it is rounded.
#include <cstdint>
#include <string>
#include <vector>

#include "base/absl_compat.h"
#include "liaison/rounding.h"
#include "policy/policy_warning_list.h"

namespace liaison {
namespace {

constexpr std::int64_t kShareParts = 10000;  // as quota_caps.h reads a share
constexpr std::int64_t kLargestShownBase = 50;

// How a warning says a rounding: by its name in documents in English
// ("half_up"), in words in Chinese ("四舍五入").
std::string_view RoundingWords(Rounding rounding, bool zh) {
  switch (rounding) {
    case Rounding::kFloor: return zh ? "向下取整" : "floor";
    case Rounding::kHalfUp: return zh ? "四舍五入" : "half_up";
    case Rounding::kCeil: return zh ? "向上取整" : "ceil";
  }
  return "";
}

// "2–3, 6–7, 10" from ascending sizes.
std::string Ranges(const std::vector<std::int64_t>& sizes) {
  std::string text;
  for (std::size_t i = 0; i < sizes.size();) {
    std::size_t j = i;
    while (j + 1 < sizes.size() && sizes[j + 1] == sizes[j] + 1) ++j;
    StrAppend(&text, text.empty() ? "" : ", ", sizes[i]);
    if (j > i) StrAppend(&text, "–", sizes[j]);
    i = j + 1;
  }
  return text;
}

void CheckCapAboveShare(const GradingPolicy& grading, std::size_t index,
                        PolicyWarningList& warnings) {
  const GradeCap& cap = grading.caps[index];
  if (cap.rounding) return;
  const std::int64_t parts = ShareIn(cap.share, kShareParts);
  std::vector<std::int64_t> sizes;
  for (std::int64_t n = 1; n <= kLargestShownBase; ++n) {
    if (RoundRatio(n, parts, kShareParts, grading.rounding) * kShareParts > parts * n) {
      sizes.push_back(n);
    }
  }
  if (sizes.empty()) return;
  const Term& grade = grading.scale.terms()[cap.grade];
  const std::int64_t first = sizes.front();
  const std::int64_t places = RoundRatio(first, parts, kShareParts, grading.rounding);
  const std::string percent = StrCat(static_cast<double>(parts) / 100, "%");
  warnings.Add(
      StrCat("$.grading.caps[", index, "]"), "cap_above_share",
      {StrCat(grade.label.zh, " 上限 ", percent, " ", RoundingWords(grading.rounding, true),
                    "后，在部门人数为 ", Ranges(sizes), " 时超过该比例（如 ", first,
                    " 人中 ", places, " 人）；如确属本意，请在该上限中写明 rounding"),
       StrCat(grade.id, " cap ", percent, " rounded ", RoundingWords(grading.rounding, false),
                    " gives more than its share at department sizes ", Ranges(sizes), " (",
                    places, " of ", first, "); if that is meant, give the cap its own rounding")});
}

void CheckCapWithoutEffect(const GradingPolicy& grading, std::size_t index,
                           PolicyWarningList& warnings) {
  const GradeCap& cap = grading.caps[index];
  if (ShareIn(cap.share, kShareParts) < kShareParts) return;
  warnings.Add(StrCat("$.grading.caps[", index, "].share"), "no_effect",
               {"100% 或以上的上限不限制任何部门", "a cap of 100% or more limits no department"});
}

void CheckMinimumOne(const GradingPolicy& grading, PolicyWarningList& warnings) {
  const std::int64_t from = grading.minimum_one_from;
  if (from <= 0) return;
  if (grading.caps.empty()) {
    warnings.Add("$.grading.minimum_one_from", "no_effect",
                 {"没有等次设上限，minimum_one_from 不起作用",
                  "no grade is capped, so minimum_one_from changes nothing"});
    return;
  }
  std::string reason_zh, reason_en;
  for (const GradeCap& cap : grading.caps) {
    const std::int64_t parts = ShareIn(cap.share, kShareParts);
    if (parts == 0) continue;  // a zero share is never raised
    const std::int64_t places =
        RoundRatio(from, parts, kShareParts, cap.rounding.value_or(grading.rounding));
    if (places == 0) return;  // this grade is raised to 1 at `from`
    const Term& grade = grading.scale.terms()[cap.grade];
    StrAppend(&reason_zh, reason_zh.empty() ? "" : "，", grade.label.zh, " ",
                    static_cast<double>(parts) / 100, "% × ", from, " 取整为 ", places);
    StrAppend(&reason_en, reason_en.empty() ? "" : "; ", grade.id, ": ",
                    static_cast<double>(parts) / 100, "% of ", from, " rounds to ", places);
  }
  warnings.Add("$.grading.minimum_one_from", "no_effect",
               {StrCat("从 ", from, " 人起每个有上限的等次本来就至少有 1 个名额（", reason_zh,
                             "），minimum_one_from 在任何部门人数下都不起作用"),
                StrCat("from ", from, " cadres every capped grade already has a place (",
                             reason_en, "), so minimum_one_from changes nothing at any size")});
}

void CheckPassDown(const GradingPolicy& grading, PolicyWarningList& warnings) {
  if (!grading.pass_down) return;
  if (grading.cumulative) {
    warnings.Add("$.grading.pass_down", "no_effect",
                 {"累计上限已包含更高等次未用的名额，pass_down 不起作用",
                  "cumulative caps already let a grade use what better grades leave, so "
                  "pass_down changes nothing"});
  } else if (grading.caps.size() < 2) {
    warnings.Add("$.grading.pass_down", "no_effect",
                 {"少于两个等次有上限，没有名额可以下传，pass_down 不起作用",
                  "fewer than two grades are capped, so no places can pass down and pass_down "
                  "changes nothing"});
  }
}

}  // namespace

void AddGradingWarnings(const GradingPolicy& grading, PolicyWarningList& warnings) {
  for (std::size_t i = 0; i < grading.caps.size(); ++i) {
    CheckCapWithoutEffect(grading, i, warnings);
    CheckCapAboveShare(grading, i, warnings);
  }
  CheckMinimumOne(grading, warnings);
  CheckPassDown(grading, warnings);
}

}  // namespace liaison
