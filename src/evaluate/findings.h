// Findings: how an evaluation fills a report's findings.
//
// FindingSlots hands out the findings of a report being (re)filled, reusing
// those of an earlier evaluation into the same report (EvaluateInto);
// Completion is a finding's share of the score.
#ifndef LIAISON_SRC_EVALUATE_FINDINGS_H_
#define LIAISON_SRC_EVALUATE_FINDINGS_H_

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "liaison/cadre_report.h"

namespace liaison {

// actual / required, at most 1; 1 when nothing is required.
inline double Completion(std::int64_t actual, std::int64_t required) {
  if (required <= 0) return 1.0;
  return std::min(1.0, static_cast<double>(actual) / static_cast<double>(required));
}

// The findings of a report being (re)filled: each rule takes the next
// finding, reused from an earlier evaluation into the same report where
// there is one (its lists keep their memory), else made in place.
//
// Room for `most` findings is made up front, so a reference Next() returned
// stays valid while later ones are taken (up to `most`).
class FindingSlots {
 public:
  FindingSlots(std::vector<Finding>& findings, std::size_t most) : findings_(findings) {
    findings_.reserve(most);
  }
  FindingSlots(const FindingSlots&) = delete;
  FindingSlots& operator=(const FindingSlots&) = delete;

  Finding& Next() {
    if (used_ == findings_.size()) {
      Finding& made = findings_.emplace_back();
      ++used_;
      return made;
    }
    Finding& finding = findings_[used_++];
    finding.Reset();
    return finding;
  }

  // Drops the findings an earlier evaluation left beyond those used now.
  void Finish() {
    findings_.erase(findings_.begin() + static_cast<std::ptrdiff_t>(used_), findings_.end());
  }

 private:
  std::vector<Finding>& findings_;
  std::size_t used_ = 0;
};

}  // namespace liaison

#endif  // LIAISON_SRC_EVALUATE_FINDINGS_H_
