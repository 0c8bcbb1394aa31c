package org.liaison;

import java.util.List;

/**
 * A document could not be used (LIAISON_INVALID_DOCUMENT)
 */
public class InvalidDocumentException extends LiaisonException {
  private static final long serialVersionUID = 1L;

  /**
   * The error the library reported.
   *
   * @param message what went wrong and what to do
   * @param path the JSON path of the first offending value, or {@code ""}
   * @param problems every problem found
   */
  public InvalidDocumentException(String message, String path, List<Problem> problems) {
    super(2, message, path, problems);
  }

  InvalidDocumentException(ErrorText text) {
    super(2, text);
  }
}
