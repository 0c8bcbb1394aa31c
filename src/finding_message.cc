#include "liaison/finding_message.h"

#include <map>

#include "absl/strings/str_format.h"
#include "absl_compat.h"

namespace liaison {
namespace {

std::string Day(absl::CivilDay day) { return absl::FormatCivilTime(day); }

// What a rule's values count: a Chinese measure word and an English noun in
// its singular and plural ("" for a bare number).
struct Unit {
  std::string_view zh;
  std::string_view one;
  std::string_view many;
};

Unit UnitOf(const Policy& policy, const Finding& finding) {
  if (finding.subject != FindingSubject::kTaskRule) return {"个", " point", " points"};
  const TaskRule& rule = *policy.rules()[finding.rule].rule;
  switch (rule.kind) {
    case RuleKind::kDuration: return {"天", " day", " days"};
    case RuleKind::kDistinct: return {"人", " person", " people"};
    case RuleKind::kCoverage: return {"个方面", " area", " areas"};
    case RuleKind::kSum:
      return rule.quantity == Quantity::kDays ? Unit{"天", " day", " days"}
                                              : Unit{"人次", " person", " people"};
    case RuleKind::kDeadline:
    case RuleKind::kCount:
    case RuleKind::kRange:
      break;
  }
  return {"次", "", ""};
}

std::string Zh(std::int64_t n, const Unit& unit) { return StrCat(n, unit.zh); }
std::string En(std::int64_t n, const Unit& unit) {
  return StrCat(n, n == 1 ? unit.one : unit.many);
}

LocalizedText ReasonText(SetAsideReason reason) {
  switch (reason) {
    case SetAsideReason::kOutsidePeriod: return {"不在政策期内", "outside the policy period"};
    case SetAsideReason::kAfterAsOf: return {"晚于评估日期", "after the evaluation date"};
    case SetAsideReason::kAfterDue: return {"晚于该项截止日期", "after the rule's due date"};
    case SetAsideReason::kLevelRule: return {"不符合“下跨一级”", "breaks the 下跨一级 level rule"};
    case SetAsideReason::kNotOwnContactPoint:
      return {"不在本人联系点", "not at one of the cadre's own contact points"};
    case SetAsideReason::kMode: return {"方式不符（线上/面对面）", "online/face-to-face mode not counted"};
    case SetAsideReason::kContactPointKind:
      return {"联系点类型不符", "at a contact point of a kind not counted"};
  }
  return {"", ""};
}

// "; 2 set aside: 1 outside the policy period, 1 breaks …"
void AppendSetAside(const Finding& finding, LocalizedText& text) {
  if (finding.set_aside.empty()) return;
  std::map<SetAsideReason, int> counts;
  for (const SetAside& entry : finding.set_aside) ++counts[entry.reason];
  std::string zh, en;
  for (const auto& [reason, count] : counts) {
    const LocalizedText why = ReasonText(reason);
    StrAppend(&zh, zh.empty() ? "" : "，", count, " 项", why.zh);
    StrAppend(&en, en.empty() ? "" : ", ", count, " ", why.en);
  }
  StrAppend(&text.zh, "另有 ", finding.set_aside.size(), " 项活动未计入（", zh, "）。");
  StrAppend(&text.en, " ", finding.set_aside.size(), " set aside: ", en, ".");
}

std::string TermIds(const TermList& terms, const std::vector<TermId>& ids, Language language) {
  std::string out;
  for (TermId id : ids) {
    StrAppend(&out, out.empty() ? "" : (language == Language::kChinese ? "、" : ", "),
              terms[id].label.In(language));
  }
  return out;
}

// "4次" / "4", or "2–3次" / "2–3" for a range.
std::string Required(const Finding& finding, const Unit& unit, Language language) {
  const bool range = finding.maximum && *finding.maximum != finding.required;
  if (language == Language::kChinese) {
    return range ? StrCat(finding.required, "–", *finding.maximum, unit.zh)
                 : Zh(finding.required, unit);
  }
  return range ? StrCat(finding.required, "–", *finding.maximum, unit.many)
               : En(finding.required, unit);
}

LocalizedText DeadlineMessage(const Finding& f) {
  const std::string due = Day(*f.due);
  switch (f.status) {
    case FindingStatus::kMet:
      return {StrCat("已于 ", Day(*f.submitted), " 提交，截止 ", due, "，按时完成。"),
              StrCat("submitted ", Day(*f.submitted), ", due ", due, ": on time.")};
    case FindingStatus::kLate:
      return {StrCat("于 ", Day(*f.submitted), " 提交，晚于截止日期 ", due, "。"),
              StrCat("submitted ", Day(*f.submitted), ", after the due date ", due, ": late.")};
    case FindingStatus::kOverdue:
      return {StrCat("截止 ", due, "，尚未提交，已逾期。"),
              StrCat("not submitted; due ", due, ": overdue.")};
    default:
      return {StrCat("尚未提交，截止 ", due, "。"), StrCat("not submitted yet; due ", due, ".")};
  }
}

LocalizedText CountMessage(const Policy& policy, const Finding& f) {
  const Unit unit = UnitOf(policy, f);
  const std::string req_zh = Required(f, unit, Language::kChinese);
  const std::string req_en = Required(f, unit, Language::kEnglish);
  const std::string due = f.due ? Day(*f.due) : std::string();
  const std::string actual_zh = Zh(f.actual, unit);
  const std::string actual_en = En(f.actual, unit);
  switch (f.status) {
    case FindingStatus::kMet:
      return {StrCat("要求 ", req_zh, "，实际 ", actual_zh, "，已达标。"),
              StrCat(actual_en, " of ", req_en, ": met.")};
    case FindingStatus::kOver:
      return {StrCat("要求 ", req_zh, "，实际 ", actual_zh, "，超出上限。"),
              StrCat(actual_en, ", above the range ", req_en, ".")};
    case FindingStatus::kShort:
      return {StrCat("要求 ", req_zh, "，实际 ", actual_zh, "，差 ", Zh(f.shortfall, unit),
                     due.empty() ? "" : StrCat("（截止 ", due, "）"), "。"),
              StrCat(actual_en, " of ", req_en, due.empty() ? "" : StrCat(" by ", due), ", ",
                     En(f.shortfall, unit), " short.")};
    case FindingStatus::kPending: {
      const std::string expected = absl::StrFormat("%.1f", f.expected_by_now);
      const bool behind = f.pace == Pace::kBehind;
      return {StrCat("截至目前 ", actual_zh, "，要求 ", req_zh, "（截止 ", due, "），按进度应达 ",
                     expected, unit.zh, "，", behind ? "进度落后。" : "进度正常。"),
              StrCat(actual_en, " of ", req_en, " so far, due ", due, "; ", expected,
                     " expected by now: ", behind ? "behind pace." : "on pace.")};
    }
    case FindingStatus::kAdvisory:
      return {StrCat("参考性记录：实际 ", actual_zh, "（参考值 ", req_zh, "），不作考核依据。"),
              StrCat("advisory: ", actual_en, " recorded (reference ", req_en,
                     "); not binding.")};
    default:
      return {"", ""};
  }
}

}  // namespace

LocalizedText FindingTitle(const Policy& policy, const Finding& finding) {
  switch (finding.subject) {
    case FindingSubject::kTaskRule: return policy.rules()[finding.rule].rule->title;
    case FindingSubject::kContactPointCount: return {"联系点数量", "Contact points"};
    case FindingSubject::kContactPointKinds: return {"联系点类型", "Contact point kinds"};
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

LocalizedText FindingMessage(const CadreReport& report, const Finding& finding) {
  const Policy& policy = report.policy;
  const LocalizedText title = FindingTitle(policy, finding);
  const std::string_view basis = FindingBasis(policy, finding);
  LocalizedText text{StrCat(title.zh, "（", basis, "）："), StrCat(title.en, " (", basis, "): ")};
  LocalizedText body;
  if (finding.status == FindingStatus::kNotApplicable) {
    body = {"不适用于该干部。", "does not apply to this cadre."};
  } else if (finding.subject == FindingSubject::kTaskRule &&
             policy.rules()[finding.rule].rule->kind == RuleKind::kDeadline &&
             finding.status != FindingStatus::kAdvisory) {
    body = DeadlineMessage(finding);
  } else {
    body = CountMessage(policy, finding);
  }
  text.zh += body.zh;
  text.en += body.en;
  const Vocabulary& v = policy.document().vocabulary;
  if (!finding.missing.empty()) {
    const bool areas = finding.subject == FindingSubject::kTaskRule;
    const TermList& terms = areas ? v.areas : v.contact_point_kinds;
    StrAppend(&text.zh, "缺少：", TermIds(terms, finding.missing, Language::kChinese), "。");
    StrAppend(&text.en, " Missing: ", TermIds(terms, finding.missing, Language::kEnglish), ".");
  }
  if (!finding.not_allowed.empty()) {
    std::string points;
    for (const std::string& id : finding.not_allowed) StrAppend(&points, points.empty() ? "" : ", ", id);
    StrAppend(&text.zh, "以下联系点类型不在政策范围内，未计入：", points, "。");
    StrAppend(&text.en, " Not counted, kind not allowed: ", points, ".");
  }
  AppendSetAside(finding, text);
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

}  // namespace liaison
