// The Hunan grading scale and caps (二.4.(2): 优 ≤ 30%, 良 ≤ 50%, floor) built
// in code, for the grading tests and benchmarks that need a scale without a
// whole policy. No test framework here, so the benchmarks can use it too.
#ifndef LIAISON_TESTS_HUNAN_GRADING_H_
#define LIAISON_TESTS_HUNAN_GRADING_H_

#include "liaison/grading_policy.h"

namespace liaison::testing {

// The grades of the Hunan scale, best first.
inline constexpr TermId kExcellent = 0;
inline constexpr TermId kGood = 1;
inline constexpr TermId kFair = 2;
inline constexpr TermId kPoor = 3;

inline GradingPolicy HunanGrading() {
  GradingPolicy policy;
  policy.scale = TermList({{"excellent", {"优", "excellent"}},
                           {"good", {"良", "good"}},
                           {"fair", {"中", "fair"}},
                           {"poor", {"差", "poor"}}});
  policy.caps = {{kExcellent, 0.3}, {kGood, 0.5}};
  return policy;
}

}  // namespace liaison::testing

#endif  // LIAISON_TESTS_HUNAN_GRADING_H_
