#include "policy/term_refs.h"

#include <vector>

#include "base/absl_compat.h"
#include "base/with_article.h"

namespace liaison {

using json::JsonPath;
using simdjson::dom::element;

std::optional<TermId> TermRefReader::Resolve(element value, const JsonPath& path,
                                             const TermList& terms,
                                             std::string_view what) const {
  std::optional<std::string_view> id = json::ReadString(value, path, problems_);
  if (!id) return std::nullopt;
  std::optional<TermId> term = terms.Find(*id);
  if (!term) {
    problems_.Add(path, StrCat("\"", *id, "\" is not ", WithArticle(what), " of ", policy_,
                               "; defined: ", terms.empty() ? "none" : terms.JoinedIds()));
  }
  return term;
}

std::optional<TermId> TermRefReader::One(json::ObjectReader& reader, std::string_view key,
                                         json::Need need, const TermList& terms,
                                         std::string_view what) const {
  std::optional<element> value = reader.Element(key, need);
  if (!value) return std::nullopt;
  return Resolve(*value, reader.path().Key(key), terms, what);
}

std::vector<TermId> TermRefReader::List(json::ObjectReader& reader, std::string_view key,
                                        json::Need need, const TermList& terms,
                                        std::string_view what, Repeats repeats) const {
  std::vector<TermId> ids;
  std::optional<simdjson::dom::array> array = reader.Array(key, need);
  if (!array) return ids;
  const JsonPath list_path = reader.path().Key(key);
  std::size_t index = 0;
  // The terms listed so far, when repeats are rejected: a repeat in one look.
  std::vector<bool> listed(repeats == Repeats::kRejected ? terms.size() : 0, false);
  for (element entry : *array) {
    const JsonPath path = list_path.Index(index++);
    std::optional<TermId> id = Resolve(entry, path, terms, what);
    if (!id) continue;
    if (repeats == Repeats::kRejected && listed[*id]) {
      problems_.Add(path, StrCat("\"", terms[*id].id, "\" is listed twice"));
      continue;
    }
    if (repeats == Repeats::kRejected) listed[*id] = true;
    ids.push_back(*id);
  }
  return ids;
}

}  // namespace liaison
