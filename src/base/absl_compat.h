// Bridges from std::string_view to Debian's Abseil.
//
// Debian's Abseil is built with its own absl::string_view
// (ABSL_OPTION_USE_STD_STRING_VIEW 0), which absl::StrCat and Abseil's string
// hash maps do not take from a std::string_view. The library speaks
// std::string_view (simdjson returns it), so StrCat and StrAppend here forward
// to Abseil after converting each std::string_view argument, and AbslView
// converts one for a lookup.
#ifndef LIAISON_SRC_ABSL_COMPAT_H_
#define LIAISON_SRC_ABSL_COMPAT_H_

#include <string>
#include <string_view>
#include <type_traits>

#include "absl/strings/str_cat.h"

namespace liaison {

inline absl::string_view AbslView(std::string_view text) {
  return absl::string_view(text.data(), text.size());
}

namespace str_cat_internal {

template <typename T>
decltype(auto) Adapt(const T& value) {
  if constexpr (std::is_same_v<T, std::string_view>) {
    return AbslView(value);
  } else {
    return (value);
  }
}

}  // namespace str_cat_internal

template <typename... Args>
std::string StrCat(const Args&... args) {
  return absl::StrCat(str_cat_internal::Adapt(args)...);
}

template <typename... Args>
void StrAppend(std::string* out, const Args&... args) {
  absl::StrAppend(out, str_cat_internal::Adapt(args)...);
}

}  // namespace liaison

#endif  // LIAISON_SRC_ABSL_COMPAT_H_
