package org.liaison;

import java.util.List;

/**
 * A result over a batch of cadres (progress, proposed grades, a policy diff)
 * would leave out cadres whose records are bad, and so look whole when it is
 * not (LIAISON_INCOMPLETE). The message names every bad cadre and its error;
 * {@link #problems()} gives each problem with its JSON path
 * ({@code $.cadres[1].activities[0].date}). The calls' {@code …AllowingErrors}
 * forms return the document with the bad cadres counted as errors instead.
 */
public class IncompleteResultException extends LiaisonException {
  private static final long serialVersionUID = 1L;

  /**
   * The error the library reported.
   *
   * @param message what went wrong and what to do
   * @param path the JSON path of the first offending value, or {@code ""}
   * @param problems every problem found
   */
  public IncompleteResultException(String message, String path, List<Problem> problems) {
    super(6, message, path, problems);
  }

  IncompleteResultException(ErrorText text) {
    super(6, text);
  }
}
