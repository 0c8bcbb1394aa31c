// IncompleteResult: a result over a batch of cadres that leaves bad ones out,
// as one error a caller cannot overlook.
//
// A batch result — the progress overview, proposed grades, a policy diff —
// counts a cadre whose record is bad as an error and goes on with the
// others. Passed on as it is, such a result looks whole: a department of
// three cadres with one bad record reads "2 evaluated". The C ABI and the
// Python package therefore refuse it unless the caller opts out
// (LIAISON_INCOMPLETE, liaison.IncompleteResult): the error names every bad
// cadre, its entry's path and the problems of its record, each with its path.
//
//   absl::StatusOr<BatchReport> batch = EvaluateRecords(policy, text, as_of);
//   absl::Status whole = IncompleteBatch({"进度总览", "the progress overview"}, *batch);
//   if (!whole.ok()) …  // FailedPrecondition: "the progress overview is
//                       // incomplete: 1 of 3 cadres' records are bad: c2 …"
#ifndef LIAISON_INCOMPLETE_RESULT_H_
#define LIAISON_INCOMPLETE_RESULT_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "absl/types/span.h"
#include "liaison/evaluate.h"
#include "liaison/localized_text.h"
#include "liaison/problem.h"

namespace liaison {

// A cadre a result could not cover.
struct BadCadre {
  std::string cadre;              // its id, or its entry's path when the id is unreadable
  std::string message;            // the record's error
  std::string message_zh;         // the same in Chinese; empty: its problems' Chinese, else English
  std::vector<Problem> problems;  // the error's problems, each with its path
};

// OK when `bad` is empty; else a FailedPrecondition status saying, in English
// and in Chinese (StatusMessageIn), that `what` is incomplete, naming each bad
// cadre with its error, whose problems payload (ProblemsOf) holds every
// problem of every bad cadre, each message beginning with the cadre's id.
// `cadres` is how many the batch had in all.
absl::Status IncompleteResult(const LocalizedText& what, std::size_t cadres,
                              absl::Span<const BadCadre> bad);

// IncompleteResult for the error entries of `batch`.
absl::Status IncompleteBatch(const LocalizedText& what, const BatchReport& batch);

}  // namespace liaison

#endif  // LIAISON_INCOMPLETE_RESULT_H_
