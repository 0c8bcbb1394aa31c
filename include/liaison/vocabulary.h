// Vocabulary: the named things one policy defines, each interned to a small id.
//
// A policy declares its activity kinds (lecture, youth_visit …), contact-point
// kinds, organ levels (ordered from the top: central, province, city, county …),
// supervision areas, submission kinds (research_report, midyear_report), cadre
// ranks, cadre tags and not-rated reasons. Records are decoded against this
// vocabulary, so a misspelt kind is an error with its JSON path rather than an
// activity that silently never counts, and evaluation compares small integers
// instead of strings.
//
//   std::optional<TermId> lecture = vocabulary.activity_kinds.Find("lecture");
#ifndef LIAISON_VOCABULARY_H_
#define LIAISON_VOCABULARY_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "liaison/localized_text.h"

namespace liaison {

// Index of a term inside its TermList; stable for the life of the policy.
using TermId = std::uint16_t;

// One named term: its id as written in documents and its labels.
struct Term {
  std::string id;
  LocalizedText label;

  friend bool operator==(const Term& a, const Term& b) {
    return a.id == b.id && a.label == b.label;
  }
};

// An ordered list of terms with lookup by id. Order is meaningful for levels
// (index 0 is the highest organ level) and is kept in canonical output.
class TermList {
 public:
  TermList() = default;
  explicit TermList(std::vector<Term> terms) : terms_(std::move(terms)) {}

  // The id of the term named `id`, or nullopt when the policy has none.
  std::optional<TermId> Find(std::string_view id) const {
    for (std::size_t i = 0; i < terms_.size(); ++i) {
      if (terms_[i].id == id) return static_cast<TermId>(i);
    }
    return std::nullopt;
  }
  const Term& operator[](TermId id) const { return terms_[id]; }
  std::size_t size() const { return terms_.size(); }
  bool empty() const { return terms_.empty(); }
  const std::vector<Term>& terms() const { return terms_; }

  // "a, b, c": the ids, for error messages that list what is allowed.
  std::string JoinedIds() const {
    std::string out;
    for (const Term& term : terms_) {
      if (!out.empty()) out += ", ";
      out += term.id;
    }
    return out;
  }

  friend bool operator==(const TermList& a, const TermList& b) {
    return a.terms_ == b.terms_;
  }

 private:
  std::vector<Term> terms_;
};

struct Vocabulary {
  TermList activity_kinds;
  TermList contact_point_kinds;
  TermList levels;  // organ levels, highest first
  TermList areas;   // supervision areas
  TermList submission_kinds;
  TermList ranks;
  TermList tags;    // cadre tags that select extra rules (e.g. not_yet_sent_down)
  TermList not_rated_reasons;

  friend bool operator==(const Vocabulary& a, const Vocabulary& b) {
    return a.activity_kinds == b.activity_kinds &&
           a.contact_point_kinds == b.contact_point_kinds &&
           a.levels == b.levels && a.areas == b.areas &&
           a.submission_kinds == b.submission_kinds && a.ranks == b.ranks &&
           a.tags == b.tags && a.not_rated_reasons == b.not_rated_reasons;
  }
};

}  // namespace liaison

#endif  // LIAISON_VOCABULARY_H_
