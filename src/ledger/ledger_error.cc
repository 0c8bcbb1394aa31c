#include "ledger/ledger_error.h"

#include "liaison/problem.h"

namespace liaison::ledger {

std::string LedgerError::Place(bool chinese) const {
  std::string place = chinese ? sheet : sheet + " (" + sheet_en + ")";
  if (row > 0)
    place += chinese ? " 第" + std::to_string(row) + "行" : " row " + std::to_string(row);
  if (!column.empty()) {
    place += chinese ? " " + column + "列（" + header + "）"
                     : ", column " + column + " (" + header_en + ")";
  }
  return place;
}

std::string LedgerError::Text(bool chinese) const {
  return Place(chinese) + (chinese ? "：" + zh : ": " + en);
}

absl::Status LedgerErrorsStatus(const std::string& what, const std::vector<LedgerError>& errors) {
  std::vector<Problem> problems;
  for (const LedgerError& error : errors) {
    problems.push_back({error.Place(true), error.zh + " / " + error.Text(false), error.zh});
  }
  return InvalidInput(what, std::move(problems));
}

absl::Status RefusedCadreStatus(const std::string& id, const std::vector<LedgerError>& errors) {
  std::vector<Problem> problems;
  for (const LedgerError& error : errors) {
    problems.push_back({error.Place(true), error.Text(false), error.zh});
  }
  // The English message names each place once, in English.
  std::string english = "cadre \"" + id + "\" has " + std::to_string(errors.size()) +
                        (errors.size() == 1 ? " problem: " : " problems: ");
  for (std::size_t i = 0; i < errors.size(); ++i) {
    english += (i == 0 ? "" : "; ") + errors[i].Text(false);
  }
  const absl::Status built = InvalidInput("cadre \"" + id + "\"", std::move(problems));
  return WithChineseMessage(StatusWithProblems(english, ProblemsOf(built)),
                            StatusMessageIn(built, Language::kChinese));
}

}  // namespace liaison::ledger
