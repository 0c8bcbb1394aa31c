// The ledger's layout: its sheets, their columns, and which field of a
// records document (docs/records.md) each column holds.
//
// One table drives the template, the import and the export, so the three can
// never disagree. A column has a Chinese header, the field id it maps to
// (also written under the header, so the mapping is unambiguous), the kind
// of value it holds and, for a vocabulary column, which vocabulary: the
// cells hold the policy's Chinese labels, and the ids are accepted too.
#ifndef LIAISON_LEDGER_LEDGER_LAYOUT_H_
#define LIAISON_LEDGER_LEDGER_LAYOUT_H_

#include <string_view>
#include <vector>

namespace liaison::ledger {

enum class ValueKind {
  kText,      // a string
  kInteger,   // an integer ≥ 0
  kDate,      // a date: an Excel serial, or YYYY-MM-DD / YYYY/M/D text
  kBool,      // 是/否
  kMoney,     // yuan in the sheet (120.50), fen in the records (12050)
  kTerm,      // one term of a vocabulary
  kTerms,     // terms separated by 、 , ; (a list)
  kTextList,  // strings separated by 、 , ; or spaces (ids of people met)
  kScores,    // component=number pairs separated by 、 , ;
};

// Where a vocabulary column's terms come from: the policy's vocabulary and
// scale, or the fixed lists of the records schema.
enum class Vocab {
  kNone,
  kActivityKinds,
  kContactPointKinds,
  kLevels,
  kAreas,
  kSubmissionKinds,
  kRanks,
  kTags,
  kNotRatedReasons,
  kGrades,
  kCategories,
  kModes,
  kSources,
};

struct ColumnSpec {
  std::string_view field;  // "date", or "plan.submitted" inside an object
  std::string_view zh;     // the header, 日期
  std::string_view en;     // the English name, for English messages
  ValueKind kind;
  Vocab vocab;
  bool required;
  std::string_view note_zh;  // what to enter, for the 说明 sheet
  std::string_view note_en;
  std::string_view basis;  // the plan's clause the column serves
};

struct SheetSpec {
  std::string_view zh;     // the sheet's name, 活动
  std::string_view id;     // its English name, also accepted: activities
  std::string_view array;  // the records array its rows go to
  bool per_cadre;          // whether rows name their cadre (column "cadre")
  std::vector<ColumnSpec> columns;
};

// The six tables, in the template's order: 部门, 干部, 联系点, 活动, 提交, 经费.
const std::vector<SheetSpec>& LedgerSheets();

// The explanation sheet's name and the key of its year row.
inline constexpr std::string_view kNotesSheet = "说明";
inline constexpr std::string_view kYearKey = "year";

}  // namespace liaison::ledger

#endif  // LIAISON_LEDGER_LEDGER_LAYOUT_H_
