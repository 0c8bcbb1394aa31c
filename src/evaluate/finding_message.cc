#include "liaison/finding_message.h"

#include <array>
#include <charconv>
#include <cstring>

#include "absl/strings/str_format.h"
#include "base/absl_compat.h"
#include "base/civil_day_math.h"
#include "evaluate/finding_message_text.h"

namespace liaison {
namespace {

std::string Day(absl::CivilDay day) { return absl::FormatCivilTime(day); }

// A number with its unit: "4次", "4 people", "1 person".
struct Count {
  std::int64_t n;
  const CountUnit& unit;
};

// A finding's minimum with its unit ("4次" / "4"), or its range ("2–3次" / "2–3").
struct Required {
  const Finding& finding;
  const CountUnit& unit;
};

// Appends pieces of text, numbers and dates to one message, in one language.
// A message is a dozen short pieces: they are gathered in a buffer of the
// Text's own and appended to `out` together, when it is full and at the end.
class Text {
 public:
  Text(std::string& out, Language language) : out_(out), language_(language) {}
  ~Text() { out_.append(buffer_, used_); }
  Text(const Text&) = delete;
  Text& operator=(const Text&) = delete;

  bool chinese() const { return language_ == Language::kChinese; }

  Text& operator<<(std::string_view piece) {
    Put(piece.data(), piece.size());
    return *this;
  }
  Text& operator<<(std::int64_t number) {
    if (number >= 0 && number < 10) {  // most counts: one digit
      const char digit = static_cast<char>('0' + number);
      Put(&digit, 1);
      return *this;
    }
    char digits[24];
    const auto result = std::to_chars(digits, digits + sizeof digits, number);
    Put(digits, static_cast<std::size_t>(result.ptr - digits));
    return *this;
  }
  Text& operator<<(std::size_t number) {
    return *this << static_cast<std::int64_t>(number);
  }
  Text& operator<<(int number) { return *this << static_cast<std::int64_t>(number); }
  // A date as absl::FormatCivilTime writes it: "2026-10-31".
  Text& operator<<(absl::CivilDay day) {
    char text[10];
    if (day.year() < 1000 || day.year() > 9999 || !FormatIsoDate(day, text)) {
      return *this << Day(day);  // FormatCivilTime does not pad years to four digits
    }
    Put(text, sizeof text);
    return *this;
  }
  Text& operator<<(const Count& count) {
    *this << count.n;
    if (chinese()) return *this << count.unit.zh;
    return Noun(count.n == 1 ? count.unit.one : count.unit.many);
  }
  Text& operator<<(const Required& required) {
    const Finding& f = required.finding;
    if (!f.maximum || *f.maximum == f.required) return *this << Count{f.required, required.unit};
    *this << f.required << "–" << *f.maximum;
    return chinese() ? *this << required.unit.zh : Noun(required.unit.many);
  }

 private:
  void Put(const char* bytes, std::size_t size) {
    if (size > sizeof buffer_ - used_) {
      out_.append(buffer_, used_);
      used_ = 0;
      if (size > sizeof buffer_) {
        out_.append(bytes, size);
        return;
      }
    }
    std::memcpy(buffer_ + used_, bytes, size);
    used_ += size;
  }

  // " people" after a number; nothing for a bare number.
  Text& Noun(std::string_view noun) {
    if (noun.empty()) return *this;
    return *this << " " << noun;
  }

  std::string& out_;
  Language language_;
  char buffer_[512];
  std::size_t used_ = 0;
};

// What a finding's values count: its rule's unit, or points for a contact-point check.
CountUnit FindingUnit(const Policy& policy, const Finding& finding) {
  if (finding.subject != FindingSubject::kTaskRule) return {"个", "point", "points"};
  return UnitOf(*policy.rules()[finding.rule].rule);
}

// Whether the finding is about submissions by a due date (a kDeadline rule).
bool CountsSubmissions(const Policy& policy, const Finding& finding) {
  return finding.subject == FindingSubject::kTaskRule &&
         TraitsOf(policy.rules()[finding.rule].rule->kind).counted == Counted::kSubmissions;
}

// "另有 2 项活动未计入（1 项不在政策期内，1 项…）。" /
// " 2 set aside: 1 outside the policy period, 1 breaks …."
void AppendSetAside(const Finding& finding, Text& text) {
  if (finding.set_aside.empty()) return;
  constexpr std::size_t kReasons = static_cast<std::size_t>(SetAsideReason::kContactPointKind) + 1;
  std::array<int, kReasons> counts{};
  for (const SetAside& entry : finding.set_aside) {
    ++counts[static_cast<std::size_t>(entry.reason)];
  }
  const bool zh = text.chinese();
  text << (zh ? "另有 " : " ") << finding.set_aside.size()
       << (zh ? " 项活动未计入（" : " set aside: ");
  bool first = true;
  for (std::size_t reason = 0; reason < kReasons; ++reason) {
    if (counts[reason] == 0) continue;
    const std::string_view why =
        SetAsideReasonText(static_cast<SetAsideReason>(reason),
                           zh ? Language::kChinese : Language::kEnglish);
    if (zh) {
      text << (first ? "" : "，") << counts[reason] << " 项" << why;
    } else {
      text << (first ? "" : ", ") << counts[reason] << " " << why;
    }
    first = false;
  }
  text << (zh ? "）。" : ".");
}

// Appends `pieces` with `separator` between them; like a join that skips the
// separator while nothing has been written yet (an empty first piece).
template <typename Pieces, typename PieceOf>
void AppendJoined(const Pieces& pieces, std::string_view separator, PieceOf piece_of,
                  Text& text) {
  bool written = false;
  for (const auto& piece : pieces) {
    if (written) text << separator;
    const std::string_view spelled = piece_of(piece);
    text << spelled;
    written = written || !spelled.empty();
  }
}

void AppendDeadlineBody(const Finding& f, Text& text) {
  const absl::CivilDay due = *f.due;
  const bool zh = text.chinese();
  switch (f.status) {
    case FindingStatus::kMet:
      if (zh) {
        text << "已于 " << *f.submitted << " 提交，截止 " << due << "，按时完成。";
      } else {
        text << "submitted " << *f.submitted << ", due " << due << ": on time.";
      }
      return;
    case FindingStatus::kLate:
      if (zh) {
        text << "于 " << *f.submitted << " 提交，晚于截止日期 " << due << "。";
      } else {
        text << "submitted " << *f.submitted << ", after the due date " << due << ": late.";
      }
      return;
    case FindingStatus::kOverdue:
      if (zh) {
        text << "截止 " << due << "，尚未提交，已逾期。";
      } else {
        text << "not submitted; due " << due << ": overdue.";
      }
      return;
    default:
      if (zh) {
        text << "尚未提交，截止 " << due << "。";
      } else {
        text << "not submitted yet; due " << due << ".";
      }
  }
}

void AppendCountBody(const Policy& policy, const Finding& f, Text& text) {
  const CountUnit unit = FindingUnit(policy, f);
  const Required required{f, unit};
  const Count actual{f.actual, unit};
  const Count shortfall{f.shortfall, unit};
  const bool zh = text.chinese();
  switch (f.status) {
    case FindingStatus::kMet:
      if (zh) {
        text << "要求 " << required << "，实际 " << actual << "，已达标。";
      } else {
        text << actual << " of " << required << ": met.";
      }
      return;
    case FindingStatus::kOver:
      if (zh) {
        text << "要求 " << required << "，实际 " << actual << "，超出上限。";
      } else {
        text << actual << ", above the range " << required << ".";
      }
      return;
    case FindingStatus::kShort:
      if (zh) {
        text << "要求 " << required << "，实际 " << actual << "，差 " << shortfall;
        if (f.due) text << "（截止 " << *f.due << "）";
        text << "。";
      } else {
        text << actual << " of " << required;
        if (f.due) text << " by " << *f.due;
        text << ", " << shortfall << " short.";
      }
      return;
    case FindingStatus::kPending: {
      const std::string expected = absl::StrFormat("%.1f", f.expected_by_now);
      const bool behind = f.pace == Pace::kBehind;
      if (zh) {
        text << "截至目前 " << actual << "，要求 " << required << "（截止 ";
        if (f.due) text << *f.due;
        text << "），按进度应达 " << expected << unit.zh << "，"
             << (behind ? "进度落后。" : "进度正常。");
      } else {
        text << actual << " of " << required << " so far, due ";
        if (f.due) text << *f.due;
        text << "; " << expected << " expected by now: " << (behind ? "behind pace." : "on pace.");
      }
      return;
    }
    case FindingStatus::kAdvisory:
      if (zh) {
        text << "参考性记录：实际 " << actual << "（参考值 " << required << "），不作考核依据。";
      } else {
        text << "advisory: " << actual << " recorded (reference " << required
             << "); not binding.";
      }
      return;
    default:
      return;
  }
}

}  // namespace

LocalizedText FindingTitle(const Policy& policy, const Finding& finding) {
  switch (finding.subject) {
    case FindingSubject::kTaskRule: return policy.rules()[finding.rule].rule->title;
    case FindingSubject::kContactPointCount: return {"联系点数量", "Contact points"};
    case FindingSubject::kContactPointKinds: return {"联系点类型", "Contact point kinds"};
    case FindingSubject::kContactPointLevel: return {"联系点层级", "Contact point levels"};
    case FindingSubject::kContactPointHome: {
      const std::string& region = policy.document().contact_points->home_region;
      return {StrCat("联系点以", region, "为主"), StrCat("Contact points mainly in ", region)};
    }
  }
  return {"", ""};
}

std::string_view FindingBasis(const Policy& policy, const Finding& finding) {
  if (finding.subject == FindingSubject::kTaskRule) {
    return policy.rules()[finding.rule].rule->basis;
  }
  return policy.document().contact_points->basis;
}

void AppendFindingMessage(const CadreReport& report, const Finding& finding, Language language,
                          std::string& out) {
  AppendFindingMessageHead(report.policy, finding, language, out);
  AppendFindingMessageBody(report, finding, language, out);
}

void AppendFindingMessageHead(const Policy& policy, const Finding& finding, Language language,
                              std::string& out) {
  const bool zh = language == Language::kChinese;
  Text text(out, language);
  if (finding.subject == FindingSubject::kTaskRule) {
    const LocalizedText& title = policy.rules()[finding.rule].rule->title;
    text << (zh ? title.zh : title.en);
  } else {
    const LocalizedText title = FindingTitle(policy, finding);
    text << (zh ? title.zh : title.en);
  }
  text << (zh ? "（" : " (") << FindingBasis(policy, finding) << (zh ? "）：" : "): ");
}

void AppendFindingMessageBody(const CadreReport& report, const Finding& finding,
                              Language language, std::string& out) {
  const Policy& policy = report.policy;
  const bool zh = language == Language::kChinese;
  Text text(out, language);
  if (finding.status == FindingStatus::kNotApplicable) {
    text << (zh ? "不适用于该干部。" : "does not apply to this cadre.");
  } else if (CountsSubmissions(policy, finding) && finding.status != FindingStatus::kAdvisory) {
    AppendDeadlineBody(finding, text);
  } else {
    AppendCountBody(policy, finding, text);
  }
  const Vocabulary& v = policy.document().vocabulary;
  if (!finding.missing.empty()) {
    const TermList& terms =
        finding.subject == FindingSubject::kTaskRule ? v.areas : v.contact_point_kinds;
    text << (zh ? "缺少：" : " Missing: ");
    AppendJoined(
        finding.missing, zh ? "、" : ", ",
        [&](TermId id) -> std::string_view { return terms[id].label.In(language); }, text);
    text << (zh ? "。" : ".");
  }
  if (!finding.not_allowed.empty()) {
    const bool level = finding.subject == FindingSubject::kContactPointLevel;
    if (level) {
      text << (zh ? "以下联系点层级不符合要求或未填写：" : " At a level the policy does not allow, or none recorded: ");
    } else {
      text << (zh ? "以下联系点类型不在政策范围内，未计入：" : " Not counted, kind not allowed: ");
    }
    AppendJoined(
        finding.not_allowed, ", ", [](const std::string& id) -> std::string_view { return id; },
        text);
    text << (zh ? "。" : ".");
  }
  AppendSetAside(finding, text);
}

LocalizedText FindingMessage(const CadreReport& report, const Finding& finding) {
  LocalizedText text;
  AppendFindingMessage(report, finding, Language::kChinese, text.zh);
  AppendFindingMessage(report, finding, Language::kEnglish, text.en);
  return text;
}

LocalizedText ParticipationMessage(const CadreReport& report) {
  const Participation& p = report.participation;
  const std::string& basis = report.policy.document().participation.basis;
  switch (p.status) {
    case ParticipationStatus::kParticipating:
      if (p.exemption_without_approval) {
        return {StrCat("记录了免于参加，但缺少党组批准（批准人和日期），按参加处理（", basis, "）。"),
                StrCat("An exemption is recorded without the approval the policy requires "
                       "(approver and date); treated as participating (", basis, ").")};
      }
      return {"参加联系青年工作，计入考核基数。",
              "Takes part; counted in the department's quota base."};
    case ParticipationStatus::kNotParticipating:
      return {StrCat("不参加联系青年工作（", basis, "），不计入考核基数。"),
              StrCat("Does not take part (", basis, "); outside the quota base.")};
    case ParticipationStatus::kExempt:
      return {StrCat("经党组批准不参加（", basis, "），不计入考核基数。"),
              StrCat("Exempt with approval (", basis, "); outside the quota base.")};
    case ParticipationStatus::kNotRated: {
      const Term& reason =
          report.policy.document().vocabulary.not_rated_reasons[*p.not_rated_reason];
      return {StrCat("本年度不评定等次（", reason.label.zh, "），任务照常评估，不计入考核基数。"),
              StrCat("Not rated this year (", reason.label.en,
                     "); tasks evaluated, outside the quota base.")};
    }
  }
  return {"", ""};
}

std::string ParticipationLabel(const CadreReport& report, Language language) {
  const bool zh = language == Language::kChinese;
  const Participation& p = report.participation;
  switch (p.status) {
    case ParticipationStatus::kParticipating:
      if (p.exemption_without_approval) {
        return zh ? "参加（免除未批准）" : "takes part (exemption not approved)";
      }
      return zh ? "参加" : "takes part";
    case ParticipationStatus::kNotParticipating: return zh ? "不参加" : "not taking part";
    case ParticipationStatus::kExempt: return zh ? "批准免除" : "exempt";
    case ParticipationStatus::kNotRated: {
      const TermList& reasons = report.policy.document().vocabulary.not_rated_reasons;
      if (!p.not_rated_reason || *p.not_rated_reason >= reasons.size()) {
        return zh ? "不评等次" : "not rated";
      }
      const LocalizedText& label = reasons[*p.not_rated_reason].label;
      return zh ? StrCat("不评等次（", label.zh, "）") : StrCat("not rated (", label.en, ")");
    }
  }
  return "";
}

LocalizedText DepartmentFindingMessage(const Policy& policy, const DepartmentFinding& f) {
  const DepartmentRule& rule = policy.document().department_rules[f.rule];
  LocalizedText text{StrCat(rule.title.zh, "（", rule.basis, "）："),
                     StrCat(rule.title.en, " (", rule.basis, "): ")};
  const std::string due = Day(f.due);
  switch (f.status) {
    case FindingStatus::kMet:
      StrAppend(&text.zh, "已于 ", Day(*f.submitted), " 报送，按时完成。");
      StrAppend(&text.en, "submitted ", Day(*f.submitted), ", due ", due, ": on time.");
      break;
    case FindingStatus::kLate:
      StrAppend(&text.zh, "于 ", Day(*f.submitted), " 报送，晚于截止日期 ", due, "。");
      StrAppend(&text.en, "submitted ", Day(*f.submitted), ", after the due date ", due, ".");
      break;
    case FindingStatus::kShort:
      StrAppend(&text.zh, "已按时报送，但未明确干部联系的基层组织名称。");
      StrAppend(&text.en, "submitted on time, but without naming each cadre's contact points.");
      break;
    case FindingStatus::kOverdue:
      StrAppend(&text.zh, "截止 ", due, "，尚未报送，已逾期。");
      StrAppend(&text.en, "not submitted; due ", due, ": overdue.");
      break;
    default:
      StrAppend(&text.zh, "尚未报送，截止 ", due, "。");
      StrAppend(&text.en, "not submitted yet; due ", due, ".");
  }
  return text;
}

std::string_view SetAsideReasonText(SetAsideReason reason, Language language) {
  const bool zh = language == Language::kChinese;
  switch (reason) {
    case SetAsideReason::kOutsidePeriod: return zh ? "不在政策期内" : "outside the policy period";
    case SetAsideReason::kAfterAsOf: return zh ? "晚于评估日期" : "after the evaluation date";
    case SetAsideReason::kAfterDue: return zh ? "晚于该项截止日期" : "after the rule's due date";
    case SetAsideReason::kLevelRule:
      return zh ? "不符合“下跨一级”" : "breaks the 下跨一级 level rule";
    case SetAsideReason::kNotOwnContactPoint:
      return zh ? "不在本人联系点" : "not at one of the cadre's own contact points";
    case SetAsideReason::kMode:
      return zh ? "方式不符（线上/面对面）" : "online/face-to-face mode not counted";
    case SetAsideReason::kContactPointKind:
      return zh ? "联系点类型不符" : "at a contact point of a kind not counted";
  }
  return "";
}

}  // namespace liaison
