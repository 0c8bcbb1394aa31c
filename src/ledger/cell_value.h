// CellValue: a cell read as the value its column holds, or the reason it
// cannot be, in Chinese and English.
//
// Dates are Excel serials (the 1900 system, or 1904 when the workbook says
// so) or text: 2026-03-12, 2026/3/12, 2026.3.12, 2026年3月12日. Integers and
// money may be numbers or text; money is yuan with at most two decimals and
// becomes fen. A vocabulary cell may hold a label or an id. Lists are
// separated by 、 , ，; ； (and, for ids of people, spaces).
#ifndef LIAISON_LEDGER_CELL_VALUE_H_
#define LIAISON_LEDGER_CELL_VALUE_H_

#include <cstdint>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "ledger/ledger_layout.h"
#include "ledger/ledger_vocabulary.h"
#include "ledger/sheet.h"

namespace liaison::json {
class JsonWriter;
}

namespace liaison::ledger {

struct CellProblem {
  std::string zh;  // "不是本政策的活动类型；可选：集中宣讲、…"
  std::string en;
};

using Scores = std::vector<std::pair<std::string, double>>;
// A string (text, date, term), an integer (count, fen), a bool, a list of
// strings, or score components.
using CellValue = std::variant<std::string, std::int64_t, bool, std::vector<std::string>, Scores>;

// The value of non-empty `cell` in `column`, or the problem with it.
std::variant<CellValue, CellProblem> ReadCell(const ColumnSpec& column, const Cell& cell,
                                              const LedgerVocabulary& vocabulary, bool date1904);

// Writes `value` as JSON.
void WriteValue(const CellValue& value, json::JsonWriter& writer);

// The cell's text with surrounding blanks (ASCII and the ideographic space)
// removed; a number as it is spelt, integers without a fraction.
std::string CellText(const Cell& cell);

}  // namespace liaison::ledger

#endif  // LIAISON_LEDGER_CELL_VALUE_H_
