// TermRefReader: references by id to the terms a policy defines, read and
// checked.
//
// A policy refers to the terms of its own vocabulary ("kinds": ["lecture"]),
// and a records document to those of the policy it is read under ("kind":
// "lecture"). Both read their references here, so that an id the policy does
// not define is reported one way, naming the terms that are defined:
//
//   $.rules[0].match.kinds[0]: "lectur" is not an activity kind of this
//   policy; defined: lecture, visit, supervision
//   （“lectur”不是本政策的活动类型；已定义：lecture、visit、supervision）
//
// Messages name the policy as the reader was told to: "this policy" (本政策)
// from inside a policy, "the policy" (所依据政策) from a records document.
//
//   TermRefReader refs(problems, TermRefReader::kThisPolicy);
//   std::optional<TermId> kind =
//       refs.One(reader, "kind", kRequired, vocabulary.activity_kinds, "activity kind");
//   std::vector<TermId> tags =
//       refs.List(reader, "tags", kOptional, vocabulary.tags, "tag", Repeats::kRejected);
#ifndef LIAISON_SRC_POLICY_TERM_REFS_H_
#define LIAISON_SRC_POLICY_TERM_REFS_H_

#include <optional>
#include <string_view>
#include <vector>

#include "json/object_reader.h"
#include "liaison/vocabulary.h"

namespace liaison {

class TermRefReader {
 public:
  // Whether a list may name one term more than once.
  enum class Repeats { kAllowed, kRejected };

  // Where the references are read: in the policy that defines the terms, or
  // in a document read under it.
  enum Owner { kThisPolicy, kThePolicy };

  // `problems` must outlive the reader.
  TermRefReader(json::Problems& problems, Owner owner) : problems_(problems), owner_(owner) {}

  // The term of `terms` that the string at `key` names; `what` names a term
  // in messages ("activity kind", one of the names term_refs.cc translates).
  std::optional<TermId> One(json::ObjectReader& reader, std::string_view key, json::Need need,
                            const TermList& terms, std::string_view what) const;

  // The terms the array of strings at `key` names, in its order. With
  // Repeats::kRejected, a term named again is reported and left out.
  std::vector<TermId> List(json::ObjectReader& reader, std::string_view key, json::Need need,
                           const TermList& terms, std::string_view what,
                           Repeats repeats) const;

 private:
  std::optional<TermId> Resolve(simdjson::dom::element value, const json::JsonPath& path,
                                const TermList& terms, std::string_view what) const;

  json::Problems& problems_;
  Owner owner_;
};

}  // namespace liaison

#endif  // LIAISON_SRC_POLICY_TERM_REFS_H_
