package org.liaison;

import com.sun.jna.Pointer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The library as a whole: versions, status names, the embedded policies,
 * the calls that take no policy, and the memory it keeps.
 *
 * <pre>{@code
 * try (Policy policy = Policy.embedded("hunan")) {
 *   String evaluation = policy.evaluateJson(records, "2026-06-30");
 * } catch (InvalidDocumentException e) {
 *   log(e.path() + ": " + e.getMessage());
 * }
 * }</pre>
 *
 * <p>Every method is safe from any thread.
 */
public final class Liaison {
  /** Language of person-facing text: Chinese. */
  public static final int LANGUAGE_ZH = LiaisonNative.LANGUAGE_ZH;

  /** Language of person-facing text: English. */
  public static final int LANGUAGE_EN = LiaisonNative.LANGUAGE_EN;

  private Liaison() {}

  /**
   * The library's version.
   *
   * @return "MAJOR.MINOR.PATCH", e.g. {@code "0.1.0"}
   */
  public static String version() {
    return LiaisonNative.utf8(LiaisonNative.liaison_version());
  }

  /**
   * The ABI version of the loaded library (its SOVERSION).
   *
   * @return {@code 1} for {@code libliaison.so.1}
   */
  public static int abiVersion() {
    return LiaisonNative.liaison_abi_version();
  }

  /**
   * The name of a status code, for logs.
   *
   * @param status a status code
   * @return e.g. {@code "LIAISON_NOT_FOUND"} for 3; {@code ""} for a value that is no status code
   */
  public static String statusName(int status) {
    return LiaisonNative.utf8(LiaisonNative.liaison_status_name(status));
  }

  /**
   * The ids of the policies compiled into the library.
   *
   * @return e.g. {@code ["hunan-2018", "hunan"]}
   */
  public static List<String> embeddedIds() {
    OutSlots out = OutSlots.cleared();
    String json = document(
        LiaisonNative.liaison_policy_embedded_ids(out.at(0), out.at(1), out.at(2)), out);
    List<String> ids = new ArrayList<>();
    for (Object id : (List<?>) JsonStrings.parse(json)) ids.add((String) id);
    return List.copyOf(ids);
  }

  /**
   * Places split by largest remainder ({@code liaison.apportionment/1}).
   *
   * @param request {@code {"places": 10, "units": [{"id": "a", "base": 6}, …]}}
   * @return the apportionment document, with an audit line per place and any Alabama paradox
   * @throws InvalidDocumentException when the request is unusable; {@code path()} names the place
   */
  public static String apportionJson(String request) {
    byte[] bytes = request.getBytes(StandardCharsets.UTF_8);
    OutSlots out = OutSlots.cleared();
    return document(LiaisonNative.liaison_apportion_json(bytes, new SizeT(bytes.length),
        out.at(0), out.at(1), out.at(2)), out);
  }

  /**
   * Runs a case file ({@code liaison.case/1}): its expectations about a
   * policy's outcomes on records; messages in English, as the C ABI's
   * {@code liaison_run_case_json}.
   *
   * @param caseJson the case file's text
   * @param baseDirectory the directory its relative paths are resolved against
   * @return the results ({@code liaison.case-results/1}) and whether every expectation held;
   *     a case that cannot be run at all is reported in the document
   */
  public static CheckedDocument runCaseJson(String caseJson, String baseDirectory) {
    return runCaseJson(caseJson, baseDirectory, Language.EN);
  }

  /**
   * Runs a case file with every message of its results (a failure's, an
   * error's and its problems) in a language.
   *
   * @param caseJson the case file's text
   * @param baseDirectory the directory its relative paths are resolved against
   * @param language {@link Language#ZH} or {@link Language#EN}
   * @return the results ({@code liaison.case-results/1}) and whether every expectation held
   */
  public static CheckedDocument runCaseJson(String caseJson, String baseDirectory,
      Language language) {
    byte[] bytes = caseJson.getBytes(StandardCharsets.UTF_8);
    byte[] base = baseDirectory.getBytes(StandardCharsets.UTF_8);
    OutSlots out = OutSlots.cleared();
    String json = document(LiaisonNative.liaison_run_case_json_in(bytes, new SizeT(bytes.length),
        base, new SizeT(base.length), language.code(), out.at(0), out.at(1), out.at(3),
        out.at(2)), out);
    return new CheckedDocument(json, out.int32(3) == 1);
  }

  /**
   * Frees the JSON parser buffers the calling thread keeps between calls
   * (about three times its largest document, at most about 25 MiB). A server
   * calls it on a pooled worker thread after an unusually large document.
   */
  public static void releaseThreadBuffers() {
    LiaisonNative.liaison_thread_buffers_release();
  }

  /**
   * Frees the compiled embedded policies the library keeps after their first
   * use, e.g. when a web application is undeployed. Policies already
   * obtained stay valid; a later {@link Policy#embedded} compiles again.
   */
  public static void releaseEmbeddedPolicies() {
    LiaisonNative.liaison_embedded_policies_release();
  }

  /** Nothing when a call succeeded; else the exception for the error in slot 2. */
  static void check(int status, OutSlots out) {
    if (status != LiaisonNative.OK) throw LiaisonException.take(status, out.pointer(2));
  }

  /**
   * The document a call returned in slots 0 (text) and 1 (length), freed
   * after copying; or the exception for the error in slot 2.
   */
  static String document(int status, OutSlots out) {
    check(status, out);
    Pointer text = out.pointer(0);
    try {
      return LiaisonNative.utf8(text, out.sizeT(1));
    } finally {
      LiaisonNative.liaison_free(text);
    }
  }

  /** As {@link #document}, the document's UTF-8 bytes as they are, not decoded. */
  static byte[] documentBytes(int status, OutSlots out) {
    check(status, out);
    Pointer text = out.pointer(0);
    try {
      long length = out.sizeT(1);
      return text == null || length == 0
          ? new byte[0]
          : text.getByteArray(0, Math.toIntExact(length));
    } finally {
      LiaisonNative.liaison_free(text);
    }
  }
}
