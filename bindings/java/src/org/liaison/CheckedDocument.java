package org.liaison;

/**
 * A result document with its verdict: a grade check
 * ({@link Policy#checkJson}) or a case run ({@link Liaison#runCaseJson}).
 *
 * @param json the result document, UTF-8 JSON text
 * @param passed whether everything checked held
 */
public record CheckedDocument(String json, boolean passed) {}
