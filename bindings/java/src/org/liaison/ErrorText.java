package org.liaison;

import java.util.List;

/**
 * What the library's error object says, in both languages: the message, the
 * JSON path of the first offending value, and every problem found.
 */
record ErrorText(String message, String messageZh, String path, List<Problem> problems,
    List<Problem> problemsZh) {
  /** The same text in both languages, for an error the binding makes itself. */
  static ErrorText bilingual(String message, String path, List<Problem> problems) {
    return new ErrorText(message, message, path, problems, problems);
  }
}
