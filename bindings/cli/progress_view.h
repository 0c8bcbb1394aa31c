// The tables of `liaison progress` (the mid-year review, 二.4.(1)): per
// department, then for the whole organ (or the cadres selected), each binding
// rule by its clause and title with its cadres done, on pace and behind, and
// who to follow up, by name and id. By default only the rules someone is
// behind on, short of or overdue with; --all lists every binding rule.
#ifndef LIAISON_CLI_PROGRESS_VIEW_H_
#define LIAISON_CLI_PROGRESS_VIEW_H_

#include <string>

#include "liaison/evaluate.h"
#include "liaison/progress.h"
#include "text_table.h"

namespace liaison::cli {

struct ProgressView {
  Language language = Language::kChinese;
  TableLayout layout;
  bool all = false;       // --all: every binding rule, not only those to follow up
  bool filtered = false;  // --department or --cadre: the last table is the selection's
};

// `overview` of `batch` (the cadres shown) as text.
std::string ProgressTables(const BatchReport& batch, const ProgressOverview& overview,
                           const ProgressView& view);

}  // namespace liaison::cli

#endif  // LIAISON_CLI_PROGRESS_VIEW_H_
