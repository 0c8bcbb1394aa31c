// A full result's finding texts, escaped once per task rule
// (finding_texts_json.h).
#include "evaluate/finding_texts_json.h"

#include <string_view>

#include "evaluate/finding_message_text.h"
#include "liaison/finding_message.h"

namespace liaison {
namespace {

using json::JsonWriter;

// The head as each field is written: the task rule's own texts, or a
// contact-point check's.
void WriteHeadFields(JsonWriter& w, const Policy& policy, const Finding& f) {
  const bool task_rule = f.subject == FindingSubject::kTaskRule;
  w.Field("rule", f.RuleId(policy));
  w.Field("kind", task_rule ? RuleKindName(policy.rules()[f.rule].rule->kind)
                            : std::string_view("contact_points"));
  if (task_rule) {
    w.Field("title", policy.rules()[f.rule].rule->title);  // FindingTitle would copy it
  } else {
    w.Field("title", FindingTitle(policy, f));
  }
  w.Field("basis", FindingBasis(policy, f));
}

}  // namespace

const FindingTextsJson::RuleTexts& FindingTextsJson::TextsOf(const Finding& f) {
  if (rules_.size() <= f.rule) rules_.resize(policy_.rules().size());
  RuleTexts& texts = rules_[f.rule];
  if (!texts.head.empty()) return texts;
  {
    JsonWriter head(texts.head);
    head.BeginObject();
    WriteHeadFields(head, policy_, f);
    head.EndObject();
  }
  texts.head = texts.head.substr(1, texts.head.size() - 2);  // the members, without {}
  for (const auto& [language, escaped] :
       {std::pair{Language::kChinese, &texts.message_zh},
        std::pair{Language::kEnglish, &texts.message_en}}) {
    scratch_.clear();
    AppendFindingMessageHead(policy_, f, language, scratch_);
    json::AppendEscaped(*escaped, scratch_);
  }
  return texts;
}

void FindingTextsJson::WriteHead(JsonWriter& w, const Finding& f) {
  if (f.subject == FindingSubject::kTaskRule && w.layout() == json::Layout::kCompact) {
    w.Members(TextsOf(f).head);
  } else {
    WriteHeadFields(w, policy_, f);
  }
}

void FindingTextsJson::WriteMessage(JsonWriter& w, const CadreReport& report, const Finding& f) {
  w.Key("message");
  w.BeginObject();
  if (f.subject == FindingSubject::kTaskRule) {
    const RuleTexts& texts = TextsOf(f);
    scratch_.clear();
    AppendFindingMessageBody(report, f, Language::kChinese, scratch_);
    w.Key("zh");
    w.StringAfterEscaped(texts.message_zh, scratch_);
    scratch_.clear();
    AppendFindingMessageBody(report, f, Language::kEnglish, scratch_);
    w.Key("en");
    w.StringAfterEscaped(texts.message_en, scratch_);
  } else {
    scratch_.clear();
    AppendFindingMessage(report, f, Language::kChinese, scratch_);
    w.Field("zh", scratch_);
    scratch_.clear();
    AppendFindingMessage(report, f, Language::kEnglish, scratch_);
    w.Field("en", scratch_);
  }
  w.EndObject();
}

}  // namespace liaison
