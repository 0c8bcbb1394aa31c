// Uses the installed C++ API: the embedded policy's 2018 minimums.
#include <iostream>

#include "liaison/policy.h"

int main() {
  absl::StatusOr<liaison::Policy> policy = liaison::Policy::Embedded("hunan-2018");
  if (!policy.ok()) return 1;
  const liaison::EffectiveRule& lectures = policy->rules()[*policy->FindRule("lectures")];
  std::cout << policy->id() << " lectures " << lectures.min << "\n";
  return lectures.min == 2 ? 0 : 1;
}
