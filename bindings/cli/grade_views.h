// The tables of `liaison grade` and `liaison check`, one quota unit at a time:
// the unit named by its departments, its caps with their rounding as a
// symbol (优 上限 3 = ⌊0.30 × 10⌋), its cadres by name and id, and for people
// what to do next: a tie held for the committee goes to the department's
// Party branch, a tie broken by a key says which key, and every failing check
// says how to put it right: who to regrade over a cap, which binding rules
// cost a grade above the eligible one. Cadres whose records are bad are
// refused on standard error (ReportBadRecords) or, allowed, named in their
// unit's block as not ranked and left out of its base, its caps marked ?.
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

// "政策 hunan  评估日期 2026-12-31" / "policy hunan  as of 2026-12-31", then
// an empty line: what the tables are under, as evaluate and progress say it.
std::string GradingHeading(const GradeView& view);

// The cadres of `batch` whose records are bad, each by name and id (its
// entry's path when the id is unreadable) with where its record is wrong,
// on standard error under "liaison <command>: <source>: …". Not `allowed`
// (--allow-errors), the result is incomplete and the caller prints none of it:
// returns kExitBadInput. Allowed, or none bad: returns kExitOk.
int ReportBadRecords(const std::string& command, const std::string& source,
                     const BatchReport& batch, bool allowed, Language language);

// Quota unit `u` of the proposal: its caps, then its cadres by rank. Empty
// when the filter selects none of its cadres.
std::string ProposedUnit(const GradeView& view, const BatchProposal& proposal, std::size_t u);

// The cadres outside the quota base, one line each: "孙悦（c09）：不计入考核基数（不参加），不评等次".
std::string OutsideBase(const GradeView& view, const BatchGrading& grading);

// The cadres whose records are bad and whose department could not be read,
// so no quota unit names them: "! c01：记录有误，部门未能读出，不在排名中，…".
std::string UnplacedBadRecords(const GradeView& view);

// Quota unit `u` of the check: each cap's use, then the violations, each with
// what to do. Counts the violations shown into `failures`.
std::string CheckedUnit(const GradeView& view, const BatchGradeCheck& check, std::size_t u,
                        int& failures);

// The check's last line: passed, or how many problems and what to do.
std::string CheckVerdict(int failures, Language language);

}  // namespace liaison::cli

#endif  // LIAISON_CLI_GRADE_VIEWS_H_
