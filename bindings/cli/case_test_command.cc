// liaison test: runs case files (liaison.case/1), from files or from every
// *.case.json under a directory; or, with --init, writes a case file that
// pins today's results (docs/testing-policies.md).
#include <algorithm>
#include <filesystem>
#include <fnmatch.h>
#include <fstream>
#include <iostream>

#include "commands.h"
#include "inputs.h"
#include "ledger_input.h"
#include "liaison/case_init.h"
#include "liaison/case_results.h"
#include "liaison/case_runner.h"
#include "liaison/problem.h"
#include "liaison/record_decoder.h"
#include "views.h"

namespace liaison::cli {
namespace {

namespace fs = std::filesystem;

constexpr UsageText kTestUsage{
    "用法：liaison test [--json] [--lang zh|en] [--junit FILE] [--run PATTERN] [-v]\n"
    "                   CASE.json|DIR ...\n"
    "      liaison test --init POLICY RECORDS --as-of YYYY-MM-DD -o FILE\n"
    "\n"
    "运行测试用例文件（liaison.case/1）：逐项比较对政策在记录上所得结果的预期，\n"
    "每项未通过的检查均列出其在用例文件中的路径、预期值和实际值。给出目录时，运行\n"
    "其下（含子目录）所有 *.case.json。--run 只运行名称与 PATTERN 相符的用例（shell\n"
    "通配模式，如 'city-*'；普通词语匹配包含该词的名称）。-v 列出找到的每个用例\n"
    "文件，并显示每项未通过检查的预期和实际 JSON。--junit 写出供持续集成系统使用的\n"
    "JUnit XML。全部通过时退出状态为 0，有未通过时为 1，有无法运行的用例时为 2。\n"
    "\n"
    "--init 写出一个用例文件，固定 POLICY（编号或文件）在评估日期对 RECORDS 的结果：\n"
    "每名干部的各项结论和可评等次，每个部门的考核基数、名额上限和建议等次。\n"
    "请将其删减为您亲手推算过的内容。\n",
    "usage: liaison test [--json] [--lang zh|en] [--junit FILE] [--run PATTERN] [-v]\n"
    "                    CASE.json|DIR ...\n"
    "       liaison test --init POLICY RECORDS --as-of YYYY-MM-DD -o FILE\n"
    "\n"
    "Runs case files (liaison.case/1): each expectation about a policy's outcomes\n"
    "on records is compared, and every one that fails is shown with its path in\n"
    "the case file, expected and actual. A directory runs every *.case.json under\n"
    "it, in its subdirectories too. --run runs only the cases whose name matches\n"
    "PATTERN (a shell pattern such as 'city-*'; a plain word matches names that\n"
    "contain it). -v lists each case file found and shows the expected and actual\n"
    "JSON of each failure. --junit writes JUnit XML for CI systems.\n"
    "Exit 0 when every case passes, 1 when one fails, 2 when one cannot be run.\n"
    "\n"
    "--init writes a case file pinning what POLICY (an id or a file) makes of\n"
    "RECORDS as of the date: every cadre's findings and eligible grade, every\n"
    "department's base, caps and proposed grades. Edit it down to what you\n"
    "worked out by hand.\n"};

constexpr std::string_view kCaseSuffix = ".case.json";

bool EndsWith(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

// The case files `source` names: itself, or every *.case.json under the
// directory, sorted so runs are repeatable.
std::vector<std::string> CaseFiles(const std::string& source) {
  std::error_code error;
  if (!fs::is_directory(source, error)) return {source};
  std::vector<std::string> files;
  for (fs::recursive_directory_iterator it(source, error), end; !error && it != end;
       it.increment(error)) {
    const std::string path = it->path().string();
    if (it->is_regular_file(error) && EndsWith(path, kCaseSuffix)) files.push_back(path);
  }
  std::sort(files.begin(), files.end());
  return files;
}

// Whether `name` is selected by --run: a shell pattern, or a word it contains.
bool Selected(const std::string& name, const std::optional<std::string>& pattern) {
  if (!pattern) return true;
  if (pattern->find_first_of("*?[") == std::string::npos) {
    return name.find(*pattern) != std::string::npos;
  }
  return fnmatch(pattern->c_str(), name.c_str(), 0) == 0;
}

void PrintResult(const CaseResult& result, bool verbose, Language language) {
  const bool zh = language == Language::kChinese;
  const std::string colon = zh ? "：" : ": ";
  if (!result.error.ok()) {
    std::cout << (zh ? "无法运行 " : "ERROR ") << result.source << "\n";
    std::vector<Problem> problems = ProblemsOf(result.error);
    if (problems.empty()) std::cout << HangingLines(StatusMessageIn(result.error, language), 2, 4);
    for (const Problem& problem : problems) {
      std::cout << HangingLines(problem.path + colon + problem.MessageIn(language), 2, 4);
    }
    return;
  }
  if (zh) {
    std::cout << (result.passed() ? "通过 " : "未通过 ") << result.name << "（" << result.source
              << "，" << result.checks << " 项检查）\n";
  } else {
    std::cout << (result.passed() ? "PASS " : "FAIL ") << result.name << " (" << result.source
              << ", " << result.checks << " checks)\n";
  }
  for (const CaseFailure& failure : result.failures) {
    std::cout << HangingLines(failure.path + colon + failure.MessageIn(language), 2, 4);
    if (verbose) {
      std::cout << (zh ? "    应为 " : "    expected ") << failure.expected << "\n"
                << (zh ? "    实为 " : "    actual   ") << failure.actual << "\n";
    }
  }
}

// `path` as the case file at `case_path` names it: relative to its directory.
std::string RelativeToCase(const std::string& path, const std::string& case_path) {
  const fs::path directory = fs::absolute(case_path).parent_path();
  return fs::absolute(path).lexically_relative(directory).generic_string();
}

// "liaison test: cannot write FILE"; kExitBadInput.
int CannotWrite(const std::string& file, Language language) {
  std::cerr << (language == Language::kChinese ? "liaison test：无法写入 "
                                               : "liaison test: cannot write ")
            << file << "\n";
  return kExitBadInput;
}

int Init(const CommandLine& line) {
  const std::string policy_name = *line.Value("init");
  const std::optional<std::string> output = line.Value("output");
  if (!output || line.positionals().size() != 1 || !line.Value("as-of")) {
    return UsageError(line, "test",
                      {"--init 的用法为 POLICY RECORDS --as-of DATE -o FILE",
                       "--init takes POLICY RECORDS --as-of DATE -o FILE"},
                      kTestUsage);
  }
  const Language language = UsageLanguage(line);
  absl::StatusOr<absl::CivilDay> as_of = AsOfDate(line);
  if (!as_of.ok()) return ReportFailure("--as-of", as_of.status(), language);
  absl::StatusOr<Policy> policy = LoadPolicy(policy_name);
  if (!policy.ok()) return ReportFailure(policy_name, policy.status(), language);
  const std::string& records_path = line.positionals()[0];
  absl::StatusOr<RecordBatch> batch = LedgerOrJsonRecords(*policy, records_path);
  if (!batch.ok()) return ReportFailure(records_path, batch.status(), language);
  const bool embedded = Policy::EmbeddedJson(policy_name).ok();
  std::string name = fs::path(*output).filename().string();
  if (EndsWith(name, kCaseSuffix)) name.resize(name.size() - kCaseSuffix.size());
  absl::StatusOr<std::string> text =
      InitCase(*policy, *batch, *as_of,
               {embedded ? policy_name : RelativeToCase(policy_name, *output),
                RelativeToCase(records_path, *output)},
               name);
  if (!text.ok()) return ReportFailure(records_path, text.status(), language);
  std::ofstream out(*output);
  out << *text;
  if (!out) return CannotWrite(*output, language);
  return kExitOk;
}

}  // namespace

int RunTest(const std::vector<std::string>& args) {
  std::vector<std::string> spelt = WithLongOutput(args);
  for (std::string& arg : spelt) {
    if (arg == "-v") arg = "--verbose";
  }
  int exit_code = kExitOk;
  std::optional<CommandLine> line = ParseSubcommand(
      spelt, {{"junit", "run", "init", "as-of", "output", "lang"}, {"json", "help", "verbose"}}, "test",
      kTestUsage, exit_code);
  if (!line) return exit_code;
  if (line->Value("init")) return Init(*line);
  absl::StatusOr<Language> language = OutputLanguage(*line);
  if (!language.ok()) return ReportFailure("--lang", language.status(), LocaleLanguage());
  if (line->positionals().empty()) {
    return UsageError(*line, "test", {"缺少测试用例文件", "missing the case files"}, kTestUsage);
  }
  const bool verbose = line->Flag("verbose");
  const std::optional<std::string> pattern = line->Value("run");
  std::vector<CaseResult> results;
  for (const std::string& source : line->positionals()) {
    const std::vector<std::string> files = CaseFiles(source);
    if (verbose && (files.size() != 1 || files[0] != source)) {
      if (*language == Language::kChinese) {
        std::cout << source << "：" << files.size() << " 个测试用例文件\n";
      } else {
        std::cout << source << ": " << files.size() << " case files\n";
      }
    }
    for (const std::string& path : files) {
      CaseResult result = RunCaseFile(path, {LedgerOrJsonRecords});
      if (Selected(result.name.empty() ? path : result.name, pattern)) {
        results.push_back(std::move(result));
      }
    }
  }
  int passed = 0, failed = 0, unusable = 0;
  for (const CaseResult& result : results) {
    if (result.passed()) {
      ++passed;
    } else {
      ++failed;
      if (!result.error.ok()) ++unusable;
    }
  }
  if (line->Flag("json")) {
    // A document speaks English unless a language is asked for.
    std::cout << CaseResultsJson(results, line->Value("lang") ? *language : Language::kEnglish);
  } else {
    for (const CaseResult& result : results) PrintResult(result, verbose, *language);
    if (*language == Language::kChinese) {
      std::cout << "通过 " << passed << " 个，未通过 " << failed << " 个\n";
    } else {
      std::cout << passed << " passed, " << failed << " failed\n";
    }
  }
  if (std::optional<std::string> junit = line->Value("junit")) {
    std::ofstream out(*junit);
    out << CaseResultsJUnitXml(results, line->Value("lang") ? *language : Language::kEnglish);
    if (!out) return CannotWrite(*junit, *language);
  }
  if (unusable > 0) return kExitBadInput;
  return failed > 0 ? kExitViolations : kExitOk;
}

}  // namespace liaison::cli
