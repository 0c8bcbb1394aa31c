package org.liaison;

import java.util.List;

/**
 * An argument was missing or malformed (LIAISON_INVALID_ARGUMENT)
 */
public class InvalidArgumentException extends LiaisonException {
  private static final long serialVersionUID = 1L;

  /**
   * The error the library reported.
   *
   * @param message what went wrong and what to do
   * @param path the JSON path of the first offending value, or {@code ""}
   * @param problems every problem found
   */
  public InvalidArgumentException(String message, String path, List<Problem> problems) {
    super(1, message, path, problems);
  }

  InvalidArgumentException(ErrorText text) {
    super(1, text);
  }
}
