// PrintPolicySections: what `liaison policy show` prints after the rules
// table: participation, contact points, checkpoints and grading, each a
// heading line, its settings, then a table (tables in Chinese or English).
#ifndef LIAISON_CLI_POLICY_SECTIONS_H_
#define LIAISON_CLI_POLICY_SECTIONS_H_

#include <ostream>

#include "liaison/localized_text.h"
#include "liaison/policy_document.h"
#include "text_table.h"

namespace liaison::cli {

// In Chinese, rounding and ties are in words and grades and checkpoints go by
// their labels and titles (their ids are in the English view and the JSON).
// The tables and the settings line fit `layout`.
void PrintPolicySections(const PolicyDocument& document, Language language,
                         const TableLayout& layout, std::ostream& out);

}  // namespace liaison::cli

#endif  // LIAISON_CLI_POLICY_SECTIONS_H_
