// JsonIndent: the library's compact JSON laid out as `liaison … --json` prints
// it (two spaces a level, "key": value, empty [] and {} kept on one line), a
// token at a time, so that no number or string is rewritten.
public final class JsonIndent {
  private JsonIndent() {}

  /** {@code json} (compact, as the library returns it) indented, with a final newline. */
  public static String indent(String json) {
    StringBuilder out = new StringBuilder(json.length() * 2);
    int depth = 0;
    boolean inString = false;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (inString) {
        out.append(c);
        if (c == '\\') {
          out.append(json.charAt(++i));
        } else if (c == '"') {
          inString = false;
        }
        continue;
      }
      switch (c) {
        case '"' -> {
          inString = true;
          out.append(c);
        }
        case '{', '[' -> {
          char next = json.charAt(i + 1);
          if (next == '}' || next == ']') {
            out.append(c).append(next);
            i++;
          } else {
            out.append(c);
            newline(out, ++depth);
          }
        }
        case '}', ']' -> {
          newline(out, --depth);
          out.append(c);
        }
        case ',' -> {
          out.append(c);
          newline(out, depth);
        }
        case ':' -> out.append(": ");
        default -> out.append(c);
      }
    }
    return out.append('\n').toString();
  }

  private static void newline(StringBuilder out, int depth) {
    out.append('\n');
    for (int i = 0; i < depth; i++) out.append("  ");
  }
}
