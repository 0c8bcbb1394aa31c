// The pieces every result sheet is made of (result_sheets.h): a sheet with
// headers in the output language, and cells for the values results hold —
// counts and scores as numbers, dates as dates, and nothing for "none", so
// a spreadsheet sorts and sums them.
#ifndef LIAISON_LEDGER_RESULT_TABLE_H_
#define LIAISON_LEDGER_RESULT_TABLE_H_

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>

#include "absl/time/civil_time.h"
#include "ledger/table_writer.h"
#include "liaison/cadre_report.h"
#include "liaison/grading_policy.h"
#include "liaison/localized_text.h"

namespace liaison::ledger {

// A column of a result sheet: its header in both languages, and how its
// numbers are shown.
struct ResultColumn {
  const char* zh;
  const char* en;
  double width = 12;
  int decimals = -1;  // 3 for scores and completions
  bool date = false;
};

inline constexpr int kScoreDecimals = 3;  // as the tables show scores: 0.932

// A sheet named `name` (in `language`) with these columns and no rows yet.
OutTable ResultTable(const LocalizedText& name, Language language,
                     std::initializer_list<ResultColumn> columns);

OutCell Count(std::int64_t value);
OutCell Score(double value);                        // 3 places
OutCell Score(const std::optional<double>& value);  // empty for none
OutCell Day(const std::optional<absl::CivilDay>& day);
OutCell Text(const LocalizedText& text, Language language);
OutCell YesNo(bool value, Language language);

// The label of the grade `grade_id` ("excellent" → 优), the id itself when
// the scale has no such grade, empty for none.
OutCell GradeCell(const GradingPolicy& grading, const std::string& grade_id, Language language);
OutCell GradeCell(const GradingPolicy& grading, std::optional<TermId> grade, Language language);

// Where the cadre at `index` of a records document is: "$.cadres[3]".
std::string CadreEntry(std::size_t index);

}  // namespace liaison::ledger

#endif  // LIAISON_LEDGER_RESULT_TABLE_H_
