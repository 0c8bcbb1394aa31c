#include "ledger/decoder_problem.h"

#include <charconv>
#include <string_view>

namespace liaison::ledger {
namespace {

// The Chinese for the decoder's reasons that a ledger can produce; the
// others (the ledger checks them first) get a general wording.
std::string ChineseReason(std::string_view message) {
  struct Pattern {
    std::string_view english;
    std::string_view chinese;
  };
  constexpr Pattern kPatterns[] = {
      {"is not a department of this document", "不是“部门”表中的部门编号"},
      {"required for a", "必填：本政策规定该类干部由部门决定是否参加"},
      {"the year of this records document", "不在台账的年度内"},
      {"is used twice", "编号重复"},
      {"is already at", "干部编号重复"},
      {"department \"", "部门编号重复"},
      {"is before \"from\"", "早于联系起始日期"},
      {"expected a number from 0 to 1", "评分须在 0 到 1 之间"},
  };
  for (const Pattern& pattern : kPatterns) {
    if (message.find(pattern.english) != std::string_view::npos)
      return std::string(pattern.chinese);
  }
  return "未通过记录校验";
}

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
  error.zh = ChineseReason(problem.message) + "（" + problem.message + "）";
  error.en = problem.message;
  error.cadre = cadre_id;
  return error;
}

}  // namespace liaison::ledger
