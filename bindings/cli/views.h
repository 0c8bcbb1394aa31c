// What the commands that list cadres share in their tables: the options that
// choose what is shown (--department, --cadre, --all) and how (--wide,
// --ambiguous-wide), and the words that name things for people: a cadre by
// name and id, a department by its name, a quota unit by its departments, a
// rule by its title, a cap's rounding by its symbol.
//
//   liaison evaluate --policy hunan --cadre c03 examples/department.json
//   liaison progress --policy hunan --department org,pub --all …
#ifndef LIAISON_CLI_VIEWS_H_
#define LIAISON_CLI_VIEWS_H_

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "command_line.h"
#include "liaison/cadre_record.h"
#include "liaison/department_pooling.h"
#include "liaison/evaluate.h"
#include "liaison/localized_text.h"
#include "text_table.h"

namespace liaison::cli {

// `spec` with --department ID[,ID…], --cadre ID[,ID…], --wide and
// --ambiguous-wide; with --all too when `with_all`.
OptionSpec WithViewOptions(OptionSpec spec, bool with_all = false);

// `spec` with the filters alone: --department ID[,ID…] and --cadre ID[,ID…].
OptionSpec WithViewFilters(OptionSpec spec);

// The usage text of those options.
inline constexpr char kViewUsage[] =
    "[--department ID[,ID...]] [--cadre ID[,ID...]] [--wide] [--ambiguous-wide]";

// --wide and --ambiguous-wide as a table layout.
TableLayout LayoutOf(const CommandLine& line);

// The cadres --department and --cadre ask for: a cadre is shown when its
// department is among the departments and its id among the cadres, either
// list left out meaning all. No filter selects every cadre; a filter selects
// a bad record by the id and department its decoder could read, and leaves
// out one whose id could not be read. Bad records are reported on standard
// error all the same.
class CadreFilter {
 public:
  bool active() const { return !departments_.empty() || !cadres_.empty(); }
  bool Selects(std::string_view cadre, std::string_view department) const;
  bool SelectsDepartment(std::string_view department) const;
  const std::vector<std::string>& departments() const { return departments_; }
  const std::vector<std::string>& cadres() const { return cadres_; }

  // The filter of `line`, every id checked against `batch`. An unknown id is
  // an error naming the known ones: printed, nullopt, exit_code set.
  static std::optional<CadreFilter> Read(const CommandLine& line, const BatchReport& batch,
                                         Language language, int& exit_code);
  // The same against decoded records (diff, ledger export).
  static std::optional<CadreFilter> Read(const CommandLine& line, const RecordBatch& records,
                                         Language language, int& exit_code);

 private:
  // The filter of `line`, every id checked against the ids the records have.
  static std::optional<CadreFilter> Read(const CommandLine& line,
                                         const std::vector<std::string>& departments,
                                         const std::vector<std::string>& cadres,
                                         Language language, int& exit_code);

  std::vector<std::string> departments_;
  std::vector<std::string> cadres_;
};

// The batch a command shows: the whole one when no filter is given (not
// copied), else a copy with only the cadres selected, and the departments
// selected or of a cadre selected.
class Selection {
 public:
  Selection(const BatchReport& whole, const CadreFilter& filter);
  const BatchReport& batch() const { return selected_ ? *selected_ : whole_; }

 private:
  const BatchReport& whole_;
  std::optional<BatchReport> selected_;
};

// "刘建华（c01）" / "刘建华 (c01)"; the id alone when the name is empty.
std::string CadreLabel(std::string_view name, std::string_view id, Language language);

// Department ids to their names, from the records' departments.
class DepartmentNames {
 public:
  explicit DepartmentNames(const BatchReport& batch);
  // The department's name; its id when the records give none.
  std::string Of(const std::string& department) const;
  // A quota unit: its department's name, or "合并计算：宣传部、青年发展部".
  std::string Of(const QuotaUnit& unit, Language language) const;

 private:
  std::map<std::string, std::string> names_;
};

// Rule ids ("lectures", "contact_points.count") to their titles and clauses,
// as the policy words them.
class RuleTitles {
 public:
  explicit RuleTitles(const BatchReport& batch);
  std::string Title(const std::string& rule, Language language) const;
  std::string Basis(const std::string& rule) const;

 private:
  std::map<std::string, std::pair<LocalizedText, std::string>> rules_;
};

// `text` wrapped to `width` columns, every line after `indent`, as lines.
std::string WrappedLines(std::string_view text, std::size_t indent, const TableLayout& layout);

// `text` wrapped to the layout's width, the first line after `indent`
// columns, the lines that continue it after `hang`: one item of a listing
// ("  $.cadres[2].kind: …" and its continuation under it).
std::string HangingLines(std::string_view text, std::size_t indent, std::size_t hang,
                         const TableLayout& layout = {});

}  // namespace liaison::cli

#endif  // LIAISON_CLI_VIEWS_H_
