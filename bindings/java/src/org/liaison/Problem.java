package org.liaison;

/**
 * One problem found in a document: where it is and what is wrong there.
 *
 * @param path the JSON path of the offending value, e.g. {@code $.cadres[3].activities[7].date}
 * @param message what is wrong and what to do, as the library says it
 */
public record Problem(String path, String message) {}
