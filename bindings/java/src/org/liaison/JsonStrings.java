package org.liaison;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the two small JSON values the binding itself needs: an error's
 * problem list ({@code [{"path": …, "message": …}]}) and the embedded policy
 * ids ({@code ["hunan-2018","hunan"]}). Arrays, objects and strings only, as
 * the library writes them; documents for the caller are returned as text, for
 * the JSON library of the caller's choice.
 */
final class JsonStrings {
  private final String text;
  private int at;

  private JsonStrings(String text) {
    this.text = text;
  }

  /** A {@code List}, {@code Map} or {@code String} for the JSON value {@code text}. */
  static Object parse(String text) {
    JsonStrings reader = new JsonStrings(text);
    Object value = reader.value();
    reader.space();
    if (reader.at != text.length()) throw reader.unexpected();
    return value;
  }

  private Object value() {
    space();
    if (at >= text.length()) throw unexpected();
    switch (text.charAt(at)) {
      case '[': return array();
      case '{': return object();
      case '"': return string();
      default: throw unexpected();
    }
  }

  private List<Object> array() {
    List<Object> items = new ArrayList<>();
    at++;
    if (peek(']')) return items;
    do {
      items.add(value());
    } while (peek(','));
    expect(']');
    return items;
  }

  private Map<String, Object> object() {
    Map<String, Object> members = new LinkedHashMap<>();
    at++;
    if (peek('}')) return members;
    do {
      space();
      String key = string();
      expect(':');
      members.put(key, value());
    } while (peek(','));
    expect('}');
    return members;
  }

  private String string() {
    if (at >= text.length() || text.charAt(at) != '"') throw unexpected();
    StringBuilder out = new StringBuilder();
    for (at++; at < text.length(); at++) {
      char c = text.charAt(at);
      if (c == '"') {
        at++;
        return out.toString();
      }
      if (c != '\\') {
        out.append(c);
        continue;
      }
      if (++at >= text.length()) break;
      char escaped = text.charAt(at);
      switch (escaped) {
        case 'b': out.append('\b'); break;
        case 'f': out.append('\f'); break;
        case 'n': out.append('\n'); break;
        case 'r': out.append('\r'); break;
        case 't': out.append('\t'); break;
        case 'u':
          if (at + 4 >= text.length()) throw unexpected();
          out.append((char) Integer.parseInt(text.substring(at + 1, at + 5), 16));
          at += 4;
          break;
        default: out.append(escaped);
      }
    }
    throw unexpected();
  }

  private boolean peek(char c) {
    space();
    if (at < text.length() && text.charAt(at) == c) {
      at++;
      return true;
    }
    return false;
  }

  private void expect(char c) {
    if (!peek(c)) throw unexpected();
  }

  private void space() {
    while (at < text.length() && Character.isWhitespace(text.charAt(at))) at++;
  }

  private IllegalStateException unexpected() {
    return new IllegalStateException("unexpected JSON from the library at offset " + at
        + " (库返回的 JSON 无法读取)");
  }
}
