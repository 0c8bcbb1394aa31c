// The text of a finding's message in one language, appended to a buffer.
//
// FindingMessage (finding_message.h) returns both languages as a
// LocalizedText; encoders that write thousands of messages append each one to
// a buffer they reuse instead, so no message costs an allocation.
//
//   std::string text;
//   AppendFindingMessage(report, finding, Language::kChinese, text);
#ifndef LIAISON_SRC_FINDING_MESSAGE_TEXT_H_
#define LIAISON_SRC_FINDING_MESSAGE_TEXT_H_

#include <string>

#include "liaison/cadre_report.h"
#include "liaison/localized_text.h"

namespace liaison {

// Appends FindingMessage(report, finding).In(language) — exactly that text —
// to `out`: its head, then its body.
void AppendFindingMessage(const CadreReport& report, const Finding& finding, Language language,
                          std::string& out);
// The head of the message, the same for every finding of a task rule: its
// title and basis, "联系青年（《实施意见》第三条）：" / "Youth contact (…): ".
void AppendFindingMessageHead(const Policy& policy, const Finding& finding, Language language,
                              std::string& out);
// The rest: what this finding found.
void AppendFindingMessageBody(const CadreReport& report, const Finding& finding,
                              Language language, std::string& out);

// Why an activity was set aside, as the messages say it: "方式不符（线上/面对面）"
// / "online/face-to-face mode not counted".
std::string_view SetAsideReasonText(SetAsideReason reason, Language language);

}  // namespace liaison

#endif  // LIAISON_SRC_FINDING_MESSAGE_TEXT_H_
