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
  // A task rule's texts by its index; a contact-point check's after them,
  // by its subject (each is one of the policy's, the same for every cadre).
  const std::size_t rules = policy_.rules().size();
  const std::size_t slot =
      f.subject == FindingSubject::kTaskRule ? f.rule : rules + static_cast<std::size_t>(f.subject);
  if (rules_.size() <= slot) rules_.resize(rules + kContactPointSubjects + 1);
  RuleTexts& texts = rules_[slot];
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
  if (w.layout() == json::Layout::kCompact) {
    w.Members(TextsOf(f).head);
  } else {
    WriteHeadFields(w, policy_, f);
  }
}

void FindingTextsJson::WriteMessage(JsonWriter& w, const CadreReport& report, const Finding& f) {
  w.Key("message");
  w.BeginObject();
  const RuleTexts& texts = TextsOf(f);
  scratch_.clear();
  AppendFindingMessageBody(report, f, Language::kChinese, scratch_);
  w.Key("zh");
  w.StringAfterEscaped(texts.message_zh, scratch_);
  scratch_.clear();
  AppendFindingMessageBody(report, f, Language::kEnglish, scratch_);
  w.Key("en");
  w.StringAfterEscaped(texts.message_en, scratch_);
  w.EndObject();
}

}  // namespace liaison
