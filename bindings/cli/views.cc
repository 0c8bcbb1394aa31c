#include "views.h"

#include <algorithm>
#include <iostream>

#include "base/cadre_identity.h"
#include "liaison/finding_message.h"

namespace liaison::cli {
namespace {

std::vector<std::string> SplitIds(const std::optional<std::string>& value) {
  std::vector<std::string> ids;
  if (!value) return ids;
  std::size_t start = 0;
  while (start <= value->size()) {
    const std::size_t comma = std::min(value->find(',', start), value->size());
    if (comma > start) ids.push_back(value->substr(start, comma - start));
    start = comma + 1;
  }
  return ids;
}

// A cadre's id and department: its report's, or for a bad record what its
// decoder could read (empty when nothing).
std::pair<std::string, std::string> IdOf(const absl::StatusOr<CadreReport>& entry) {
  if (entry.ok()) return {entry->cadre_id, entry->department};
  CadreIdentity identity = CadreIdentityOf(entry.status());
  return {std::move(identity.id), std::move(identity.department)};
}

bool Contains(const std::vector<std::string>& ids, std::string_view id) {
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

// Checks every id of `asked` against `known`; prints the first unknown one.
bool AllKnown(const std::vector<std::string>& asked, const std::vector<std::string>& known,
              const char* option, Language language) {
  for (const std::string& id : asked) {
    if (Contains(known, id)) continue;
    std::string list;
    for (const std::string& k : known) list += (list.empty() ? "" : ", ") + k;
    const bool cadre = std::string_view(option) == "--cadre";
    const std::string message =
        language == Language::kChinese
            ? "liaison: " + std::string(option) + ": 记录中没有" + (cadre ? "编号为" : "部门") +
                  " \"" + id + "\"" + (cadre ? " 的干部" : "") + "；记录中有：" + list
            : "liaison: " + std::string(option) + ": the records have no " +
                  (cadre ? "cadre" : "department") + " \"" + id + "\"; they have: " + list;
    std::cerr << HangingLines(message, 0, 4);
    return false;
  }
  return true;
}

}  // namespace

OptionSpec WithViewFilters(OptionSpec spec) {
  spec.with_value.insert({"department", "cadre"});
  return spec;
}

OptionSpec WithViewOptions(OptionSpec spec, bool with_all) {
  spec = WithViewFilters(std::move(spec));
  spec.flags.insert({"wide", "ambiguous-wide"});
  if (with_all) spec.flags.insert("all");
  return spec;
}

TableLayout LayoutOf(const CommandLine& line) {
  TableLayout layout;
  layout.wide = line.Flag("wide");
  if (line.Flag("ambiguous-wide")) layout.ambiguous = AmbiguousWidth::kWide;
  return layout;
}

bool CadreFilter::Selects(std::string_view cadre, std::string_view department) const {
  return (departments_.empty() || Contains(departments_, department)) &&
         (cadres_.empty() || Contains(cadres_, cadre));
}

bool CadreFilter::SelectsDepartment(std::string_view department) const {
  return !active() || Contains(departments_, department);
}

std::optional<CadreFilter> CadreFilter::Read(const CommandLine& line, const BatchReport& batch,
                                             Language language, int& exit_code) {
  std::vector<std::string> departments, cadres;
  for (const DepartmentReport& department : batch.departments) {
    departments.push_back(department.department);
  }
  for (const absl::StatusOr<CadreReport>& entry : batch.cadres) {
    const auto [id, department] = IdOf(entry);
    if (!id.empty()) cadres.push_back(id);
    if (!department.empty() && !Contains(departments, department)) {
      departments.push_back(department);
    }
  }
  return Read(line, departments, cadres, language, exit_code);
}

std::optional<CadreFilter> CadreFilter::Read(const CommandLine& line, const RecordBatch& records,
                                             Language language, int& exit_code) {
  std::vector<std::string> departments, cadres;
  for (const Department& department : records.departments) departments.push_back(department.id);
  for (const absl::StatusOr<CadreYear>& entry : records.cadres) {
    CadreIdentity identity = entry.ok() ? CadreIdentity{"", entry->id, entry->department, ""}
                                        : CadreIdentityOf(entry.status());
    if (!identity.id.empty()) cadres.push_back(identity.id);
    if (!identity.department.empty() && !Contains(departments, identity.department)) {
      departments.push_back(identity.department);
    }
  }
  return Read(line, departments, cadres, language, exit_code);
}

std::optional<CadreFilter> CadreFilter::Read(const CommandLine& line,
                                             const std::vector<std::string>& departments,
                                             const std::vector<std::string>& cadres,
                                             Language language, int& exit_code) {
  CadreFilter filter;
  filter.departments_ = SplitIds(line.Value("department"));
  filter.cadres_ = SplitIds(line.Value("cadre"));
  if (!AllKnown(filter.departments_, departments, "--department", language) ||
      !AllKnown(filter.cadres_, cadres, "--cadre", language)) {
    exit_code = kExitBadInput;
    return std::nullopt;
  }
  exit_code = kExitOk;
  return filter;
}

Selection::Selection(const BatchReport& whole, const CadreFilter& filter) : whole_(whole) {
  if (!filter.active()) return;
  BatchReport& selected = selected_.emplace(whole.policy);
  selected.year = whole.year;
  selected.as_of = whole.as_of;
  std::vector<std::string> departments;
  for (const absl::StatusOr<CadreReport>& entry : whole.cadres) {
    const auto [id, department] = IdOf(entry);
    if (!id.empty() && filter.Selects(id, department)) {
      selected.cadres.push_back(entry);
      departments.push_back(department);
    }
  }
  for (const DepartmentReport& department : whole.departments) {
    if (filter.SelectsDepartment(department.department) ||
        Contains(departments, department.department)) {
      selected.departments.push_back(department);
    }
  }
}

std::string CadreLabel(std::string_view name, std::string_view id, Language language) {
  if (name.empty()) return std::string(id);
  return language == Language::kChinese ? std::string(name) + "（" + std::string(id) + "）"
                                        : std::string(name) + " (" + std::string(id) + ")";
}

DepartmentNames::DepartmentNames(const BatchReport& batch) {
  for (const DepartmentReport& department : batch.departments) {
    if (!department.name.empty()) names_[department.department] = department.name;
  }
}

std::string DepartmentNames::Of(const std::string& department) const {
  auto found = names_.find(department);
  return found == names_.end() ? department : found->second;
}

std::string DepartmentNames::Of(const QuotaUnit& unit, Language language) const {
  if (!unit.pooled) return Of(unit.departments.empty() ? unit.id : unit.departments.front());
  const bool zh = language == Language::kChinese;
  std::string text = zh ? "合并计算：" : "pooled: ";
  for (std::size_t i = 0; i < unit.departments.size(); ++i) {
    text += (i == 0 ? "" : (zh ? "、" : ", ")) + Of(unit.departments[i]);
  }
  return text;
}

RuleTitles::RuleTitles(const BatchReport& batch) {
  for (const absl::StatusOr<CadreReport>& entry : batch.cadres) {
    if (!entry.ok() || entry->findings.empty()) continue;
    for (const Finding& finding : entry->findings) {
      rules_.emplace(std::string(finding.RuleId(batch.policy)),
                     std::make_pair(FindingTitle(batch.policy, finding),
                                    std::string(FindingBasis(batch.policy, finding))));
    }
    return;
  }
}

std::string RuleTitles::Title(const std::string& rule, Language language) const {
  auto found = rules_.find(rule);
  return found == rules_.end() ? rule : found->second.first.In(language);
}

std::string RuleTitles::Basis(const std::string& rule) const {
  auto found = rules_.find(rule);
  return found == rules_.end() ? std::string() : found->second.second;
}

std::string WrappedLines(std::string_view text, std::size_t indent, const TableLayout& layout) {
  const std::string margin(indent, ' ');
  if (layout.wide) return margin + std::string(text) + "\n";
  std::string out;
  const std::size_t width = layout.max_width > indent + 10 ? layout.max_width - indent : 10;
  for (const std::string& line : WrapToWidth(text, width, layout.ambiguous)) {
    out += margin + line + "\n";
  }
  return out;
}

}  // namespace liaison::cli

namespace liaison::cli {

std::string HangingLines(std::string_view text, std::size_t indent, std::size_t hang,
                         const TableLayout& layout) {
  if (layout.wide) return std::string(indent, ' ') + std::string(text) + "\n";
  std::string out;
  const std::size_t width = layout.max_width > hang + 10 ? layout.max_width - hang : 10;
  for (const std::string& line : WrapToWidth(text, width, layout.ambiguous)) {
    out += std::string(out.empty() ? indent : hang, ' ') + line + "\n";
  }
  return out;
}

}  // namespace liaison::cli
