#include "liaison/incomplete_result.h"

#include <utility>

#include "base/absl_compat.h"
#include "base/cadre_identity.h"

namespace liaison {

absl::Status IncompleteResult(std::string_view what, std::size_t cadres,
                              absl::Span<const BadCadre> bad) {
  if (bad.empty()) return absl::OkStatus();
  std::string message = StrCat(what, " is incomplete: ", bad.size(), " of ", cadres,
                               cadres == 1 ? " cadre's record is" : " cadres' records are",
                               " bad, so they are not in it");
  std::vector<Problem> problems;
  for (const BadCadre& cadre : bad) {
    StrAppend(&message, "; ", cadre.cadre, ": ", cadre.message);
    for (const Problem& problem : cadre.problems) {
      problems.push_back({problem.path, StrCat("cadre ", cadre.cadre, ": ", problem.message)});
    }
  }
  absl::Status status(absl::StatusCode::kFailedPrecondition, message);
  if (!problems.empty()) {
    // The problems travel as InvalidInput's payload does, so ProblemsOf reads them.
    const absl::Status listed = InvalidInput(what, std::move(problems));
    listed.ForEachPayload([&status](absl::string_view url, const absl::Cord& payload) {
      status.SetPayload(url, payload);
    });
  }
  return status;
}

absl::Status IncompleteBatch(std::string_view what, const BatchReport& batch) {
  std::vector<BadCadre> bad;
  for (const absl::StatusOr<CadreReport>& report : batch.cadres) {
    if (report.ok()) continue;
    const CadreIdentity identity = CadreIdentityOf(report.status());
    bad.push_back({identity.id.empty() ? identity.path : identity.id,
                   std::string(report.status().message()), ProblemsOf(report.status())});
  }
  return IncompleteResult(what, batch.cadres.size(), bad);
}

}  // namespace liaison
