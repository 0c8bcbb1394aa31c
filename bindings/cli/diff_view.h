// The table of `liaison diff`: the two policies and the parameters that
// changed, the cadres whose results move (with their rules), who gains and
// who loses, and the departments whose caps or grades move.
//
// In English it speaks as the JSON does: rule ids, statuses and grade ids. In
// Chinese every grade is the policy's label (the before policy's for the
// before side, the after's for the after), every rule its title, every status
// a word (已达标, 未达标 …), a cadre 陈思远（c02） and a department its name.
// A parameter the policy format knows is worded in the output's language,
// its JSON path after it (parameter_words.h); any other is its path and its
// JSON before and after. --department and --cadre choose the cadres and departments shown;
// the counts of a filtered diff are those of the cadres shown. Lines fit the
// layout's width (100 columns), a long one continuing under its indent.
#ifndef LIAISON_CLI_DIFF_VIEW_H_
#define LIAISON_CLI_DIFF_VIEW_H_

#include <map>
#include <string>

#include "liaison/cadre_record.h"
#include "liaison/localized_text.h"
#include "liaison/policy_diff.h"
#include "text_table.h"
#include "views.h"

namespace liaison::cli {

struct DiffView {
  const PolicyDiff& diff;
  const RecordBatch& records;  // the records diffed: names and the cadres selected
  const CadreFilter& filter;
  Language language;
  TableLayout layout;
};

// The whole table, as printed on standard output.
std::string DiffTables(const DiffView& view);

// Names each cadre whose record is bad on standard error, in `language`;
// kExitViolations when there is one and the caller did not allow them.
int ReportDiffErrors(const std::string& source, const PolicyDiff& diff, bool allowed,
                     Language language);

}  // namespace liaison::cli

#endif  // LIAISON_CLI_DIFF_VIEW_H_
