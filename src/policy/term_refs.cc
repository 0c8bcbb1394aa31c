#include "policy/term_refs.h"

#include <algorithm>

#include "base/absl_compat.h"
#include "base/with_article.h"

namespace liaison {

using json::JsonPath;
using simdjson::dom::element;

namespace {

// The Chinese of the names callers give a kind of term.
std::string_view ChineseTermName(std::string_view what) {
  struct Name {
    std::string_view en, zh;
  };
  constexpr Name kNames[] = {
      {"activity kind", "活动类型"},
      {"contact-point kind", "联系点类型"},
      {"submission kind", "材料类型"},
      {"rank", "职级"},
      {"level", "层级"},
      {"area", "领域"},
      {"tag", "标签"},
      {"grade", "等次"},
      {"not-rated reason", "不评等次原因"},
  };
  for (const Name& name : kNames) {
    if (name.en == what) return name.zh;
  }
  return what;
}

// "a, b, c" as "a、b、c".
std::string JoinedIdsZh(const TermList& terms) {
  std::string out;
  for (const Term& term : terms.terms()) StrAppend(&out, out.empty() ? "" : "、", term.id);
  return out;
}

}  // namespace

std::optional<TermId> TermRefReader::Resolve(element value, const JsonPath& path,
                                             const TermList& terms,
                                             std::string_view what) const {
  std::optional<std::string_view> id = json::ReadString(value, path, problems_);
  if (!id) return std::nullopt;
  std::optional<TermId> term = terms.Find(*id);
  if (!term) {
    const bool own = owner_ == kThisPolicy;
    problems_.Add(
        path,
        StrCat("\"", *id, "\" is not ", WithArticle(what), " of ",
               own ? "this policy" : "the policy",
               "; defined: ", terms.empty() ? "none" : terms.JoinedIds()),
        StrCat("“", *id, "”不是", own ? "本政策" : "所依据政策", "的", ChineseTermName(what),
               "；已定义：", terms.empty() ? "无" : JoinedIdsZh(terms)));
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
  for (element entry : *array) {
    const JsonPath path = list_path.Index(index++);
    std::optional<TermId> id = Resolve(entry, path, terms, what);
    if (!id) continue;
    if (repeats == Repeats::kRejected && std::find(ids.begin(), ids.end(), *id) != ids.end()) {
      problems_.Add(path, StrCat("\"", terms[*id].id, "\" is listed twice"),
                    StrCat("“", terms[*id].id, "”重复列出"));
      continue;
    }
    ids.push_back(*id);
  }
  return ids;
}

}  // namespace liaison
