// LedgerError: one thing wrong in a ledger, where it is, in both languages.
//
//   活动 第12行 G列（活动方式）：“线下讲座”不是本政策的活动方式；可选：线下、线上
//   活动 (activities) row 12, column G (mode): "线下讲座" is not mode of this
//   policy; allowed: in person, online
//
// The row is the one the spreadsheet shows; the column is its letter and
// header. An error about a whole sheet (a missing column) has no row.
#ifndef LIAISON_LEDGER_LEDGER_ERROR_H_
#define LIAISON_LEDGER_LEDGER_ERROR_H_

#include <string>
#include <vector>

#include "absl/status/status.h"

namespace liaison::ledger {

struct LedgerError {
  std::string sheet;      // 活动
  std::string sheet_en;   // activities
  int row = 0;            // 0: the sheet as a whole
  std::string column;     // "G"; empty: the row as a whole
  std::string header;     // 活动方式
  std::string header_en;  // mode
  std::string value;      // the cell's text
  std::string zh;         // what is wrong, in Chinese
  std::string en;         // and in English
  std::string cadre;      // the cadre refused for it; empty: a row of no cadre (a department)

  std::string Place(bool chinese) const;  // "活动 第12行 G列（活动方式）"
  std::string Text(bool chinese) const;   // the place, then what is wrong
};

// A status carrying `errors` as problems (liaison/problem.h): each problem's
// path is the place in Chinese, its message the Chinese and English text.
absl::Status LedgerErrorsStatus(const std::string& what, const std::vector<LedgerError>& errors);

// The error entry of cadre `id`, refused for `errors`, in a batch: each
// problem's path is the place in Chinese, its Chinese message what is wrong,
// its English message the English place and what is wrong (Text(false)), so
// that each language reads whole on its own.
absl::Status RefusedCadreStatus(const std::string& id, const std::vector<LedgerError>& errors);

}  // namespace liaison::ledger

#endif  // LIAISON_LEDGER_LEDGER_ERROR_H_
