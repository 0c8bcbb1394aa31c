package org.liaison;

import com.sun.jna.Pointer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A call into the library failed. Carries the C ABI's status code, the
 * library's message, the JSON path of the first offending value and every
 * problem found. Subclasses name the codes a caller usually tells apart:
 * {@link InvalidArgumentException}, {@link InvalidDocumentException} and
 * {@link NotFoundException}; out-of-memory and internal faults are this
 * class itself.
 */
public class LiaisonException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int code;
  private final String path;
  private final List<Problem> problems;
  private final String messageZh;
  private final List<Problem> problemsZh;

  /**
   * An error with everything the library said about it.
   *
   * @param code the status code, one of {@code LIAISON_*} of {@code liaison.h}
   * @param message what went wrong and what to do
   * @param path the JSON path of the first offending value, or {@code ""}
   * @param problems every problem found (empty when the error is not about a document)
   */
  public LiaisonException(int code, String message, String path, List<Problem> problems) {
    this(code, ErrorText.bilingual(message, path, problems));
  }

  /** An error with its text in both languages. */
  LiaisonException(int code, ErrorText text) {
    super(text.message());
    this.code = code;
    this.path = text.path();
    this.problems = List.copyOf(text.problems());
    this.messageZh = text.messageZh();
    this.problemsZh = List.copyOf(text.problemsZh());
  }

  /**
   * The status code.
   *
   * @return the C ABI's code ({@code LIAISON_INVALID_DOCUMENT} is 2, …)
   */
  public int code() {
    return code;
  }

  /**
   * The status code's name, for logs.
   *
   * @return e.g. {@code "LIAISON_INVALID_DOCUMENT"}
   */
  public String statusName() {
    return Liaison.statusName(code);
  }

  /**
   * Where in the document the (first) problem is.
   *
   * @return a JSON path such as {@code $.rules[0].min}, or {@code ""}
   */
  public String path() {
    return path;
  }

  /**
   * Every problem found, in document order.
   *
   * @return an unmodifiable list; empty when the error is not about a document
   */
  public List<Problem> problems() {
    return problems;
  }

  /**
   * What went wrong and what to do, in a language.
   *
   * @param language {@link Language#ZH} or {@link Language#EN}
   * @return e.g. the message naming the bad cadre by name and id, in Chinese for ZH
   */
  public String message(Language language) {
    return language == Language.ZH ? messageZh : getMessage();
  }

  /**
   * Every problem found, each message in a language.
   *
   * @param language {@link Language#ZH} or {@link Language#EN}
   * @return an unmodifiable list, with the same paths as {@link #problems()}
   */
  public List<Problem> problems(Language language) {
    return language == Language.ZH ? problemsZh : problems;
  }

  @Override
  public String toString() {
    String where = path.isEmpty() ? "" : " (at " + path + ")";
    return getClass().getName() + " [" + statusName() + "]: " + getMessage() + where;
  }

  /** The exception for a failed call's status and error object, which it frees. */
  static LiaisonException take(int status, Pointer error) {
    if (error == null) {
      return of(status, ErrorText.bilingual(
          "the call failed and no error object could be made (调用失败)", "", List.of()));
    }
    try {
      String messageZh = LiaisonNative.utf8(
          LiaisonNative.liaison_error_message_in(error, Language.ZH.code()));
      String message = LiaisonNative.utf8(LiaisonNative.liaison_error_message(error));
      return of(LiaisonNative.liaison_error_code(error), new ErrorText(message,
          messageZh.isEmpty() ? message : messageZh,
          LiaisonNative.utf8(LiaisonNative.liaison_error_path(error)),
          problems(LiaisonNative.liaison_error_problems_json(error)),
          problems(LiaisonNative.liaison_error_problems_json_in(error, Language.ZH.code()))));
    } finally {
      LiaisonNative.liaison_error_free(error);
    }
  }

  /** The problems of a {@code [{"path": …, "message": …}]} list the library returned. */
  private static List<Problem> problems(Pointer json) {
    List<Problem> problems = new ArrayList<>();
    for (Object item : (List<?>) JsonStrings.parse(LiaisonNative.utf8(json))) {
      Map<?, ?> problem = (Map<?, ?>) item;
      problems.add(new Problem((String) problem.get("path"), (String) problem.get("message")));
    }
    return problems;
  }

  private static LiaisonException of(int code, ErrorText text) {
    switch (code) {
      case 1: return new InvalidArgumentException(text);
      case 2: return new InvalidDocumentException(text);
      case 3: return new NotFoundException(text);
      case 6: return new IncompleteResultException(text);
      default: return new LiaisonException(code, text);
    }
  }
}
