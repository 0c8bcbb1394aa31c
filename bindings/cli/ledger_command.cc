// liaison ledger template|import|export: spreadsheet ledgers (台账) in and
// out (docs/ledger.md).
#include <algorithm>
#include <fstream>
#include <set>
#include <iostream>

#include "commands.h"
#include "inputs.h"
#include "ledger/ledger_export.h"
#include "ledger/ledger_layout.h"
#include "liaison/record_decoder.h"
#include "ledger_input.h"
#include "views.h"

namespace liaison::cli {
namespace {

constexpr UsageText kUsage{
    "用法：liaison ledger template --policy ID|FILE [--year Y] (-o FILE.xlsx | --csv DIR)\n"
    "      liaison ledger import --policy ID|FILE [--year Y] [--strict] [-o RECORDS.json]\n"
    "                            FILE.xlsx|DIR\n"
    "      liaison ledger export --policy ID|FILE [--department ID[,ID...]] [--cadre ID[,ID...]]\n"
    "                            RECORDS.json (-o FILE.xlsx | --csv DIR)\n"
    "\n"
    "template：该政策的空白台账：工作表 部门、干部、联系点、活动、提交、经费，\n"
    "  带政策标签的下拉列表，以及说明每一列的 说明 表。\n"
    "import：将台账（XLSX 文件，或 CSV 文件所在目录）转为记录文档，输出到标准输出\n"
    "  或 -o 指定的文件。有误的行只拒收其所属干部；--strict 遇到任何问题即拒收整个台账。\n"
    "export：将记录文档导出为已填写的台账；--department 和 --cadre 只导出这些干部\n"
    "  及其部门。--lang zh|en 选择提示信息的语言。\n",
    "usage: liaison ledger template --policy ID|FILE [--year Y] (-o FILE.xlsx | --csv DIR)\n"
    "       liaison ledger import --policy ID|FILE [--year Y] [--strict] [-o RECORDS.json]\n"
    "                             FILE.xlsx|DIR\n"
    "       liaison ledger export --policy ID|FILE [--department ID[,ID...]] [--cadre ID[,ID...]]\n"
    "                             RECORDS.json (-o FILE.xlsx | --csv DIR)\n"
    "\n"
    "template: an empty ledger for the policy: sheets 部门, 干部, 联系点, 活动, 提交, 经费\n"
    "  with drop-down lists of the policy's labels, and 说明 explaining every column.\n"
    "import: a ledger (XLSX, or a directory of CSV files) as a records document, on\n"
    "  standard output or in -o's file. Bad rows refuse their own cadre only;\n"
    "  --strict refuses the whole ledger on any problem.\n"
    "export: a records document as a filled ledger; --department and --cadre export\n"
    "  those cadres and their departments only. --lang zh|en: the messages' language.\n"};

// The language of the ledger's failures: --lang's; without it English, as
// ever: a ledger's own problems are worded in both languages already
// ("活动 第41行 … / activities row 41 …"). Usage errors follow the locale.
Language MessageLanguage(const CommandLine& line) {
  return line.Value("lang") ? UsageLanguage(line) : Language::kEnglish;
}

std::optional<int> YearOption(const CommandLine& line, int& exit_code) {
  std::optional<std::string> text = line.Value("year");
  if (!text) return std::nullopt;
  if (text->size() != 4 || text->find_first_not_of("0123456789") != std::string::npos) {
    exit_code = UsageError(line, "ledger", {"--year 须为年份，如 2026", "--year takes a year such as 2026"},
                           kUsage);
    return std::nullopt;
  }
  return std::stoi(*text);
}

// Writes `tables` to --output (XLSX) or --csv (a directory).
int WriteTables(const CommandLine& line, const std::vector<ledger::OutTable>& tables) {
  std::optional<std::string> xlsx = line.Value("output");
  std::optional<std::string> csv = line.Value("csv");
  if (xlsx.has_value() == csv.has_value()) {
    return UsageError(line, "ledger",
                      {"-o FILE.xlsx 和 --csv DIR 须给出其一", "give one of -o FILE.xlsx and --csv DIR"},
                      kUsage);
  }
  const absl::Status status =
      xlsx ? ledger::WriteXlsx(tables, *xlsx) : ledger::WriteCsvDirectory(tables, *csv);
  if (!status.ok()) return ReportFailure(xlsx ? *xlsx : *csv, status, MessageLanguage(line));
  return kExitOk;
}

int Template(const CommandLine& line, const Policy& policy) {
  int exit_code = kExitOk;
  std::optional<int> year = YearOption(line, exit_code);
  if (exit_code != kExitOk) return exit_code;
  if (!line.positionals().empty()) {
    return UsageError(line, "ledger", {"template 不接受文件", "template takes no file"}, kUsage);
  }
  return WriteTables(line, ledger::TemplateTables(policy, year.value_or(policy.year())));
}

int Import(const CommandLine& line, const Policy& policy) {
  int exit_code = kExitOk;
  ledger::ImportOptions options;
  options.year = YearOption(line, exit_code);
  if (exit_code != kExitOk) return exit_code;
  options.strict = line.Flag("strict");
  if (line.positionals().size() != 1) {
    return UsageError(line, "ledger",
                      {"import 只接受一个台账（FILE.xlsx 或目录）",
                       "import takes one ledger (FILE.xlsx or a directory)"},
                      kUsage);
  }
  const std::string& source = line.positionals()[0];
  const std::optional<Language> language =
      line.Value("lang") ? std::optional(UsageLanguage(line)) : std::nullopt;
  absl::StatusOr<ledger::LedgerImport> imported =
      ImportLedgerSource(policy, source, options, language);
  if (!imported.ok()) return ReportFailure(source, imported.status(), MessageLanguage(line));
  // Both languages, a line each, unless --lang asks for one (then wrapped).
  for (const ledger::LedgerError& error : imported->errors) {
    if (error.cadre.empty()) continue;
    if (!language) {
      std::cerr << "  " << error.Text(true) << "\n  " << error.Text(false) << "\n";
    } else {
      std::cerr << HangingLines(error.Text(*language == Language::kChinese), 2, 4);
    }
  }
  std::optional<std::string> output = line.Value("output");
  if (output) {
    std::ofstream file(*output, std::ios::binary);
    file << imported->records_json;
    if (!file) return ReportFailure(*output, CannotWriteFile(), MessageLanguage(line));
  } else {
    std::cout << imported->records_json;
  }
  return imported->errors.empty() ? kExitOk : kExitBadInput;
}

// The text of `row`'s cell in the column of `field`; empty when there is none.
std::string CellOf(const ledger::OutTable& table, const std::vector<ledger::OutCell>& row,
                   std::string_view field) {
  for (std::size_t c = 0; c < table.columns.size() && c < row.size(); ++c) {
    if (table.columns[c].field == field) return row[c].text;
  }
  return "";
}

// `tables` with the rows of the cadres `filter` selects alone: their 干部 rows,
// the rows of the sheets that name a cadre, and the 部门 rows of their
// departments and of those the filter names. The explanation sheet stays.
void KeepSelected(const CadreFilter& filter, std::vector<ledger::OutTable>& tables) {
  std::set<std::string> cadres, departments;
  const auto sheet = [](const ledger::OutTable& table) -> const ledger::SheetSpec* {
    for (const ledger::SheetSpec& spec : ledger::LedgerSheets()) {
      if (spec.zh == table.name) return &spec;
    }
    return nullptr;
  };
  for (const ledger::OutTable& table : tables) {
    const ledger::SheetSpec* spec = sheet(table);
    if (spec == nullptr || spec->array != "cadres") continue;
    for (const std::vector<ledger::OutCell>& row : table.rows) {
      const std::string id = CellOf(table, row, "id");
      const std::string department = CellOf(table, row, "department");
      if (filter.Selects(id, department)) {
        cadres.insert(id);
        departments.insert(department);
      }
    }
  }
  for (ledger::OutTable& table : tables) {
    const ledger::SheetSpec* spec = sheet(table);
    if (spec == nullptr) continue;
    const auto dropped = [&](const std::vector<ledger::OutCell>& row) {
      if (spec->per_cadre) return cadres.count(CellOf(table, row, "cadre")) == 0;
      const std::string id = CellOf(table, row, "id");
      if (spec->array == "cadres") return cadres.count(id) == 0;
      return departments.count(id) == 0 && !filter.SelectsDepartment(id);
    };
    table.rows.erase(std::remove_if(table.rows.begin(), table.rows.end(), dropped),
                     table.rows.end());
  }
}

int Export(const CommandLine& line, const Policy& policy) {
  if (line.positionals().size() != 1) {
    return UsageError(line, "ledger",
                      {"export 只接受一个记录文件（或 - 表示标准输入）",
                       "export takes one records file (or - for standard input)"},
                      kUsage);
  }
  const std::string& source = line.positionals()[0];
  const Language language = MessageLanguage(line);
  absl::StatusOr<std::string> text = ReadText(source);
  if (!text.ok()) return ReportFailure(source, text.status(), language);
  absl::StatusOr<std::vector<ledger::OutTable>> tables = ledger::LedgerTables(policy, *text);
  if (!tables.ok()) return ReportFailure(source, tables.status(), language);
  if (line.Value("department") || line.Value("cadre")) {
    // The records are valid (LedgerTables checked them), so they decode.
    absl::StatusOr<RecordBatch> records = DecodeRecords(policy, *text);
    if (!records.ok()) return ReportFailure(source, records.status(), language);
    int exit_code = kExitOk;
    std::optional<CadreFilter> filter = CadreFilter::Read(line, *records, language, exit_code);
    if (!filter) return exit_code;
    KeepSelected(*filter, *tables);
  }
  return WriteTables(line, *tables);
}

}  // namespace

int RunLedger(const std::vector<std::string>& args) {
  if (args.empty() || (args[0] != "template" && args[0] != "import" && args[0] != "export")) {
    if (!args.empty() && args[0] == "--help") {
      std::cout << kUsage.In(ArgumentLanguage(args));
      return kExitOk;
    }
    return UsageError("ledger", {"须给出 template、import 或 export", "give template, import or export"},
                      kUsage, ArgumentLanguage(args));
  }
  int exit_code = kExitOk;
  std::optional<CommandLine> line = ParseSubcommand(
      WithLongOutput({args.begin() + 1, args.end()}),
      WithViewFilters({{"policy", "year", "output", "csv", "lang"}, {"strict", "help"}}), "ledger",
      kUsage, exit_code);
  if (!line) return exit_code;
  std::optional<std::string> policy_name = line->Value("policy");
  if (!policy_name) {
    return UsageError(*line, "ledger", {"缺少 --policy ID|FILE", "missing --policy ID|FILE"}, kUsage);
  }
  if (args[0] != "export" && (line->Value("department") || line->Value("cadre"))) {
    return UsageError(*line, "ledger",
                      {"--department 和 --cadre 只用于 export", "--department and --cadre go with export only"},
                      kUsage);
  }
  absl::StatusOr<Policy> policy = LoadPolicy(*policy_name);
  if (!policy.ok()) return ReportFailure(*policy_name, policy.status(), MessageLanguage(*line));
  if (args[0] == "template") return Template(*line, *policy);
  if (args[0] == "import") return Import(*line, *policy);
  return Export(*line, *policy);
}

}  // namespace liaison::cli
