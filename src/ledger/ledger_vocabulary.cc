#include "ledger/ledger_vocabulary.h"

#include "liaison/policy_document.h"

namespace liaison::ledger {
namespace {

std::vector<Term> Fixed(std::initializer_list<Term> terms) { return terms; }

}  // namespace

LedgerVocabulary::LedgerVocabulary(const Policy& policy) {
  const PolicyDocument& document = policy.document();
  const Vocabulary& vocabulary = document.vocabulary;
  auto set = [this](Vocab vocab, std::vector<Term> terms) {
    lists_[static_cast<std::size_t>(vocab)] = std::move(terms);
  };
  set(Vocab::kActivityKinds, vocabulary.activity_kinds.terms());
  set(Vocab::kContactPointKinds, vocabulary.contact_point_kinds.terms());
  set(Vocab::kLevels, vocabulary.levels.terms());
  set(Vocab::kAreas, vocabulary.areas.terms());
  set(Vocab::kSubmissionKinds, vocabulary.submission_kinds.terms());
  set(Vocab::kRanks, vocabulary.ranks.terms());
  set(Vocab::kTags, vocabulary.tags.terms());
  set(Vocab::kNotRatedReasons, vocabulary.not_rated_reasons.terms());
  set(Vocab::kGrades, document.grading.scale.terms());
  set(Vocab::kCategories, Fixed({{"full_time", {"专职", "full-time"}},
                                 {"part_time", {"兼职", "part-time"}},
                                 {"seconded", {"挂职", "seconded"}}}));
  set(Vocab::kModes, Fixed({{"in_person", {"线下", "in person"}}, {"online", {"线上", "online"}}}));
  set(Vocab::kSources,
      Fixed({{"department", {"部门确定", "chosen by the department"}},
             {"cadre", {"个人选定", "chosen by the cadre"}},
             {"city_committee", {"团市委推荐", "recommended by a city committee"}}}));
}

std::optional<std::string> LedgerVocabulary::Resolve(Vocab vocab, std::string_view text) const {
  for (const Term& term : Terms(vocab)) {
    if (term.id == text || term.label.zh == text || term.label.en == text) return term.id;
  }
  return std::nullopt;
}

std::string LedgerVocabulary::Label(Vocab vocab, std::string_view id) const {
  for (const Term& term : Terms(vocab)) {
    if (term.id == id) return term.label.zh.empty() ? term.id : term.label.zh;
  }
  return std::string(id);
}

std::string LedgerVocabulary::Allowed(Vocab vocab, bool chinese) const {
  std::string out;
  for (const Term& term : Terms(vocab)) {
    if (!out.empty()) out += chinese ? "、" : ", ";
    const std::string& label = chinese ? term.label.zh : term.label.en;
    out += label.empty() ? term.id : label;
  }
  return out;
}

std::string_view LedgerVocabulary::NameZh(Vocab vocab) {
  constexpr std::string_view kNames[] = {
      "",     "活动类型",     "联系点类型", "层级",     "督导领域", "材料类型", "职务",
      "标记", "不评等次原因", "等次",       "干部性质", "活动方式", "确定方式"};
  return kNames[static_cast<std::size_t>(vocab)];
}

std::string_view LedgerVocabulary::NameEn(Vocab vocab) {
  constexpr std::string_view kNames[] = {"",
                                         "an activity kind",
                                         "a contact-point kind",
                                         "a level",
                                         "an area",
                                         "a submission kind",
                                         "a rank",
                                         "a tag",
                                         "a not-rated reason",
                                         "a grade",
                                         "a category",
                                         "an activity mode",
                                         "a source"};
  return kNames[static_cast<std::size_t>(vocab)];
}

}  // namespace liaison::ledger
