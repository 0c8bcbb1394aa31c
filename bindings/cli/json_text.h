// JsonText: the few JSON values the command writes itself (the library writes
// every result document; the command only adds small listings around them).
#ifndef LIAISON_CLI_JSON_TEXT_H_
#define LIAISON_CLI_JSON_TEXT_H_

#include <cstdio>
#include <string>
#include <string_view>

namespace liaison::cli {

// `text` (UTF-8) as a JSON string literal, quotes included.
inline std::string JsonString(std::string_view text) {
  std::string out = "\"";
  for (const char c : text) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          char escaped[8];
          std::snprintf(escaped, sizeof escaped, "\\u%04x", static_cast<unsigned>(c));
          out += escaped;
        } else {
          out += c;
        }
    }
  }
  return out + "\"";
}

}  // namespace liaison::cli

#endif  // LIAISON_CLI_JSON_TEXT_H_
