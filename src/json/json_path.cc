#include "json/json_path.h"

#include "base/absl_compat.h"

namespace liaison::json {
namespace {

// Keys that are plain identifiers print as ".key"; others as ["key"].
bool IsIdentifier(std::string_view key) {
  if (key.empty()) return false;
  for (char c : key) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                    (c >= '0' && c <= '9') || c == '_';
    if (!ok) return false;
  }
  return !(key[0] >= '0' && key[0] <= '9');
}

}  // namespace

void JsonPath::AppendTo(std::string& out) const {
  if (parent_ == nullptr) {
    out += '$';
    return;
  }
  parent_->AppendTo(out);
  if (is_index_) {
    StrAppend(&out, "[", index_, "]");
  } else if (IsIdentifier(key_)) {
    out += ".";
    out += key_;
  } else {
    out += "[\"";
    for (char c : key_) {
      if (c == '"' || c == '\\') out += '\\';
      out += c;
    }
    out += "\"]";
  }
}

std::string JsonPath::ToString() const {
  std::string out;
  AppendTo(out);
  return out;
}

}  // namespace liaison::json
