// LedgerVocabulary: the labels a ledger's vocabulary columns hold, and the
// ids they stand for, under one policy.
//
// The policy's own lists (activity kinds, contact-point kinds, levels,
// areas, submission kinds, ranks, tags, not-rated reasons and the grading
// scale) come with Chinese and English labels; the records schema's fixed
// lists (categories, activity modes, how a contact point was chosen) get
// theirs here. A cell may hold the Chinese label, the English label or the
// id; the ledger writes the Chinese label.
#ifndef LIAISON_LEDGER_LEDGER_VOCABULARY_H_
#define LIAISON_LEDGER_LEDGER_VOCABULARY_H_

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ledger/ledger_layout.h"
#include "liaison/policy.h"
#include "liaison/vocabulary.h"

namespace liaison::ledger {

class LedgerVocabulary {
 public:
  explicit LedgerVocabulary(const Policy& policy);

  const std::vector<Term>& Terms(Vocab vocab) const {
    return lists_[static_cast<std::size_t>(vocab)];
  }
  // The id `text` names (an id, or a Chinese or English label), or nullopt.
  std::optional<std::string> Resolve(Vocab vocab, std::string_view text) const;
  // The Chinese label of `id`; `id` itself when the list has no such term.
  std::string Label(Vocab vocab, std::string_view id) const;
  // "集中宣讲、主题团课、…" or "lecture, league class, …": what a cell may hold.
  std::string Allowed(Vocab vocab, bool chinese) const;
  // What the vocabulary is called in messages: 活动类型 / activity kind.
  static std::string_view NameZh(Vocab vocab);
  static std::string_view NameEn(Vocab vocab);

 private:
  std::array<std::vector<Term>, 13> lists_;
};

}  // namespace liaison::ledger

#endif  // LIAISON_LEDGER_LEDGER_VOCABULARY_H_
