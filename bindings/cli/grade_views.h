// The tables of `liaison grade` and `liaison check`, one quota unit at a time:
// the unit named by its departments, its caps with their rounding as a
// symbol (优 上限 3 = ⌊0.30 × 10⌋), its cadres by name and id, and for people
// what to do next: a tie held for the committee goes to the department's
// Party branch, a tie broken by a key says which key, and every failing check
// says how to put it right.
#ifndef LIAISON_CLI_GRADE_VIEWS_H_
#define LIAISON_CLI_GRADE_VIEWS_H_

#include <string>

#include "liaison/batch_grading.h"
#include "liaison/evaluate.h"
#include "liaison/localized_text.h"
#include "text_table.h"
#include "views.h"

namespace liaison::cli {

// What the tables of one batch share.
struct GradeView {
  const BatchReport& batch;
  const CadreFilter& filter;
  DepartmentNames departments;
  Language language;
  TableLayout layout;
};

// Quota unit `u` of the proposal: its caps, then its cadres by rank. Empty
// when the filter selects none of its cadres.
std::string ProposedUnit(const GradeView& view, const BatchProposal& proposal, std::size_t u);

// The cadres outside the quota base, one line each: "孙悦（c09）：不计入考核基数（不参加），不评等次".
std::string OutsideBase(const GradeView& view, const BatchGrading& grading);

// Quota unit `u` of the check: each cap's use, then the violations, each with
// what to do. Counts the violations shown into `failures`.
std::string CheckedUnit(const GradeView& view, const BatchGradeCheck& check, std::size_t u,
                        int& failures);

// The check's last line: passed, or how many problems and what to do.
std::string CheckVerdict(int failures, Language language);

}  // namespace liaison::cli

#endif  // LIAISON_CLI_GRADE_VIEWS_H_
