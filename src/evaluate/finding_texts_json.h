// FindingTextsJson: the texts of a full result's findings (rule, kind,
// title, basis and the message), written as JSON, with what a task rule's
// findings have in common escaped once per policy instead of once per
// finding.
//
// Every finding of a task rule carries the same rule id, kind, title and
// basis, and its message opens with the same title and basis
// ("联系青年（…）：…"), in two languages: two thirds of a full result's
// bytes; so does every finding of one contact-point check. The first finding
// of each rule or check writes them as JsonWriter would and keeps the
// escaped bytes; the next ones copy them. Only a message's body,
// with its numbers and dates, is formatted each time. The output is byte
// for byte what writing every field through JsonWriter gives.
//
//   FindingTextsJson texts(policy);           // kept for a whole document
//   w.BeginObject();
//   texts.WriteHead(w, finding);              // "rule", "kind", "title", "basis"
//   WriteFindingFacts(w, policy, finding);
//   texts.WriteMessage(w, report, finding);   // "message": {"zh": …, "en": …}
//   w.EndObject();
#ifndef LIAISON_SRC_EVALUATE_FINDING_TEXTS_JSON_H_
#define LIAISON_SRC_EVALUATE_FINDING_TEXTS_JSON_H_

#include <string>
#include <vector>

#include "json/json_writer.h"
#include "liaison/cadre_report.h"
#include "liaison/policy.h"

namespace liaison {

class FindingTextsJson {
 public:
  // `policy` must outlive the texts; each finding written must be of it.
  explicit FindingTextsJson(const Policy& policy) : policy_(policy) {}
  FindingTextsJson(const FindingTextsJson&) = delete;
  FindingTextsJson& operator=(const FindingTextsJson&) = delete;

  // The finding's "rule", "kind", "title" and "basis", in the object open.
  void WriteHead(json::JsonWriter& w, const Finding& f);
  // The finding's "message": {"zh": …, "en": …}.
  void WriteMessage(json::JsonWriter& w, const CadreReport& report, const Finding& f);

 private:
  // A task rule's or check's texts, escaped: its head as compact members,
  // and each message's head (json/json_writer.h, AppendEscaped).
  struct RuleTexts {
    std::string head;  // empty until the rule's first finding
    std::string message_zh;
    std::string message_en;
  };
  const RuleTexts& TextsOf(const Finding& f);

  const Policy& policy_;
  // The contact-point checks: FindingSubject's values after kTaskRule.
  static constexpr std::size_t kContactPointSubjects =
      static_cast<std::size_t>(FindingSubject::kContactPointLevel);
  // By the rule's index in the policy, then by the check's subject.
  std::vector<RuleTexts> rules_;
  std::string scratch_;           // each message in turn
};

}  // namespace liaison

#endif  // LIAISON_SRC_EVALUATE_FINDING_TEXTS_JSON_H_
