// Title warnings: a rule's title that quotes numbers or a deadline its
// parameters do not have.
//
// Titles quote the plan ("每年走访基层青年不少于10次", "10月底前形成调研报告"),
// and an author adapting a policy changes the parameters and easily forgets
// the title, which every report shows. The numbers of a title are its runs of
// ASCII digits, leaving out those of a date (10月, 30日, a year) ; a title
// that quotes numbers must quote the rule's minimum (in the rule's unit) and
// its maximum, if any. A title that names a deadline ("10月底", "10月31日",
// "end of October") must name the rule's due date (the period end when it has
// none). Deadline rules are checked for their dates only: the number of
// reports a deadline asks for is not a quoted quantity.
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "base/absl_compat.h"
#include "policy/policy_warning_list.h"

namespace liaison {
namespace {

constexpr std::array<std::string_view, 12> kMonths = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};

// The last day of `month` in a common year.
int LastDay(int month) {
  constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return kDays[static_cast<std::size_t>(month - 1)];
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// The English month name `text` starts with (after spaces), 1–12, or 0.
int MonthAt(std::string_view text) {
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  for (std::size_t m = 0; m < kMonths.size(); ++m) {
    if (text.substr(0, kMonths[m].size()) == kMonths[m]) return static_cast<int>(m) + 1;
  }
  return 0;
}

struct TitleFacts {
  std::vector<std::int64_t> numbers;  // quoted quantities
  std::vector<MonthDay> dates;        // deadlines named
};

// The quantities and deadlines a title quotes.
TitleFacts ReadTitle(std::string_view text) {
  TitleFacts facts;
  std::size_t i = 0;
  while (i < text.size()) {
    if (!IsDigit(text[i])) {
      if (text.substr(i, 7) == "end of ") {
        if (int month = MonthAt(text.substr(i + 7))) facts.dates.push_back({month, LastDay(month)});
      }
      ++i;
      continue;
    }
    std::size_t end = i;
    std::int64_t value = 0;
    while (end < text.size() && IsDigit(text[end]) && value < 1000000) {
      value = value * 10 + (text[end] - '0');
      ++end;
    }
    const std::string_view rest = text.substr(end);
    if (rest.substr(0, 3) == "月") {
      std::string_view after = rest.substr(3);
      if (after.substr(0, 3) == "底" || after.substr(0, 3) == "末") {
        if (value >= 1 && value <= 12) facts.dates.push_back({int(value), LastDay(int(value))});
      } else if (!after.empty() && IsDigit(after.front())) {
        std::size_t d = 0;
        int day = 0;
        while (d < after.size() && IsDigit(after[d]) && day < 100) day = day * 10 + (after[d++] - '0');
        if (after.substr(d, 3) == "日" && value >= 1 && value <= 12) {
          facts.dates.push_back({int(value), day});
        }
        end += 3 + d;
      }
    } else if (rest.substr(0, 3) == "日" || rest.substr(0, 3) == "年" || value >= 1900) {
      // a day of a date already read, or a year
    } else if (int month = MonthAt(rest); month != 0 && rest.front() == ' ') {
      facts.dates.push_back({month, static_cast<int>(value)});
    } else {
      facts.numbers.push_back(value);
    }
    i = end;
  }
  return facts;
}

std::string MonthDayText(MonthDay day) {
  return absl::StrFormat("%02d-%02d", day.month, day.day);
}

bool Quotes(const std::vector<std::int64_t>& numbers, std::int64_t value) {
  for (std::int64_t number : numbers) {
    if (number == value) return true;
  }
  return false;
}

void CheckTitle(const TaskRule& rule, const PolicyDocument& document, std::string_view text,
                const std::string& path, PolicyWarningList& warnings) {
  if (text.empty()) return;
  const TitleFacts facts = ReadTitle(text);
  if (rule.kind != RuleKind::kDeadline && !facts.numbers.empty()) {
    const std::string quoted = absl::StrJoin(facts.numbers, ", ");
    const std::pair<bool, std::optional<std::int64_t>> bounds[] = {{true, rule.min},
                                                                   {false, rule.max}};
    for (const auto& [is_min, value] : bounds) {
      if (!value || Quotes(facts.numbers, *value)) continue;
      warnings.Add(path, "title_number",
                   {StrCat("标题中的数字为 ", quoted, "，但", is_min ? "最低要求 min" : "上限 max",
                                 " 为 ", *value, "：请核对标题或参数"),
                    StrCat("the title quotes ", quoted, " but the rule's ",
                                 is_min ? "min" : "max", " is ", *value,
                                 ": check the title or the parameter")});
    }
  }
  const MonthDay due = rule.due.value_or(document.period_end);
  for (MonthDay named : facts.dates) {
    if (named == due) continue;
    warnings.Add(path, "title_date",
                 {StrCat("标题写的期限为 ", MonthDayText(named), "，但 due 为 ",
                               MonthDayText(due), "：请核对标题或截止日期"),
                  StrCat("the title names the deadline ", MonthDayText(named),
                               " but the rule is due ", MonthDayText(due),
                               ": check the title or the due date")});
  }
}

}  // namespace

void AddTitleWarnings(const PolicyDocument& document, PolicyWarningList& warnings) {
  for (std::size_t i = 0; i < document.rules.size(); ++i) {
    const TaskRule& rule = document.rules[i];
    const std::string path = StrCat("$.rules[", i, "].title");
    CheckTitle(rule, document, rule.title.zh, path + ".zh", warnings);
    CheckTitle(rule, document, rule.title.en, path + ".en", warnings);
  }
}

}  // namespace liaison
