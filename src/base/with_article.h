// "a rank", "an area": a noun with its English indefinite article, for error
// messages that name what a document's value should have been.
#ifndef LIAISON_SRC_WITH_ARTICLE_H_
#define LIAISON_SRC_WITH_ARTICLE_H_

#include <string>
#include <string_view>

namespace liaison {

inline std::string WithArticle(std::string_view noun) {
  const bool vowel =
      !noun.empty() && std::string_view("aeiou").find(noun[0]) != std::string_view::npos;
  std::string out = vowel ? "an " : "a ";
  out += noun;
  return out;
}

}  // namespace liaison

#endif  // LIAISON_SRC_WITH_ARTICLE_H_
