package org.liaison;

import java.util.List;

/**
 * Something asked for by name does not exist (LIAISON_NOT_FOUND), such as an embedded policy id; the message lists what exists.
 */
public class NotFoundException extends LiaisonException {
  private static final long serialVersionUID = 1L;

  /**
   * The error the library reported.
   *
   * @param message what went wrong and what to do
   * @param path the JSON path of the first offending value, or {@code ""}
   * @param problems every problem found
   */
  public NotFoundException(String message, String path, List<Problem> problems) {
    super(3, message, path, problems);
  }

  NotFoundException(ErrorText text) {
    super(3, text);
  }
}
