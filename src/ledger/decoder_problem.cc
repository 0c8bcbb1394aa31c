#include "ledger/decoder_problem.h"

#include <charconv>
#include <string_view>

namespace liaison::ledger {
namespace {

// Reads "[N]" at the front of `path`.
bool TakeIndex(std::string_view& path, std::size_t& index) {
  if (path.empty() || path.front() != '[') return false;
  const auto [end, ec] = std::from_chars(path.data() + 1, path.data() + path.size(), index);
  if (ec != std::errc() || end == path.data() + path.size() || *end != ']') return false;
  path.remove_prefix(static_cast<std::size_t>(end - path.data()) + 1);
  return true;
}

}  // namespace

LedgerError FromDecoderProblem(const Problem& problem, const CadreRows& cadre,
                               const std::vector<SheetTable>& tables, const std::string& cadre_id) {
  std::string_view path = problem.path;
  std::size_t index = 0;
  const std::string_view cadres = "$.cadres";
  if (path.substr(0, cadres.size()) == cadres) path.remove_prefix(cadres.size());
  TakeIndex(path, index);
  std::size_t sheet = 1;  // 干部
  const Row* row = cadre.rows[1].empty() ? nullptr : cadre.rows[1][0];
  for (std::size_t s = 0; s < tables.size(); ++s) {
    const std::string prefix = "." + std::string(tables[s].spec->array);
    if (!tables[s].spec->per_cadre || path.substr(0, prefix.size()) != prefix) continue;
    std::string_view rest = path.substr(prefix.size());
    if (!TakeIndex(rest, index) || index >= cadre.rows[s].size()) continue;
    sheet = s;
    row = cadre.rows[s][index];
    path = rest;
  }
  if (!path.empty() && path.front() == '.') path.remove_prefix(1);
  path = path.substr(0, path.find('['));
  const SheetTable& table = tables[sheet];
  LedgerError error;
  for (std::size_t i = 0; i < table.spec->columns.size() && row != nullptr; ++i) {
    const std::string_view field = table.spec->columns[i].field;
    if (!path.empty() &&
        (field == path || field.substr(0, path.size() + 1) == std::string(path) + ".")) {
      error = table.ErrorAt(*row, i);
      break;
    }
  }
  if (error.sheet.empty()) {
    error.sheet = std::string(table.spec->zh);
    error.sheet_en = std::string(table.spec->id);
    error.row = row == nullptr ? 0 : row->number;
  }
  // The decoder says every reason in Chinese too; one without would be
  // named as what it is, with the English.
  error.zh =
      problem.message_zh.empty() ? "未通过记录校验（" + problem.message + "）" : problem.message_zh;
  error.en = problem.message;
  error.cadre = cadre_id;
  return error;
}

}  // namespace liaison::ledger
