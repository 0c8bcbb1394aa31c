package org.liaison;

/**
 * One grade of a policy's scale, best first.
 *
 * @param index the grade's index, as the typed calls take and give it (0 is the best)
 * @param id the grade's id in documents, e.g. {@code "excellent"}
 * @param zh its Chinese label, e.g. {@code "优"}
 * @param en its English label, e.g. {@code "excellent"}
 */
public record Grade(int index, String id, String zh, String en) {}
