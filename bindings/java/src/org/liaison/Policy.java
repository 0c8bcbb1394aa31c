package org.liaison;

import com.sun.jna.Pointer;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A compiled policy: the rules, deadlines and grading quotas of one League
 * committee's liaison plan, and every evaluation under them.
 *
 * <pre>{@code
 * try (Policy policy = Policy.embedded("hunan")) {
 *   String evaluation = policy.evaluateJson(records, "2026-06-30");
 *   int[] caps = policy.gradeCaps(10);               // {3, 5, -1, -1}
 * }
 * }</pre>
 *
 * <p>Text goes to the library as UTF-8 and documents come back decoded as
 * UTF-8, whatever the JVM's default charset: methods take {@code String} or
 * UTF-8 {@code byte[]} and never the platform encoding. Documents are
 * returned as JSON text for the caller's JSON library; the typed calls
 * ({@link #gradeCaps}, {@link #checkGrades}, {@link #grades}) need none.
 *
 * <p>Threads: a policy is immutable; share one instance between any number of
 * threads. {@link #close} frees it once no call is in flight; calls after
 * {@code close} throw {@link IllegalStateException}.
 */
public final class Policy implements AutoCloseable {
  /** Set in {@link #users} once closed; the rest counts the calls in flight. */
  private static final long CLOSED = Long.MIN_VALUE;

  final Pointer handle;
  private final AtomicLong users = new AtomicLong();
  private final String id;
  private final String fingerprint;
  private final int year;
  private final List<Grade> grades;

  private Policy(Pointer handle) {
    this.handle = handle;
    this.id = LiaisonNative.utf8(LiaisonNative.liaison_policy_id(handle));
    this.fingerprint = LiaisonNative.utf8(LiaisonNative.liaison_policy_fingerprint(handle));
    this.year = LiaisonNative.liaison_policy_year(handle);
    List<Grade> scale = new ArrayList<>();
    for (int g = 0; g < LiaisonNative.liaison_policy_grade_count(handle); g++) {
      scale.add(new Grade(g, LiaisonNative.utf8(LiaisonNative.liaison_policy_grade_id(handle, g)),
          LiaisonNative.utf8(LiaisonNative.liaison_policy_grade_label(handle, g, Liaison.LANGUAGE_ZH)),
          LiaisonNative.utf8(LiaisonNative.liaison_policy_grade_label(handle, g, Liaison.LANGUAGE_EN))));
    }
    this.grades = List.copyOf(scale);
  }

  /**
   * One of the policies compiled into the library.
   *
   * @param id {@code "hunan"} or {@code "hunan-2018"} (see {@link Liaison#embeddedIds})
   * @return the policy; close it when done
   * @throws NotFoundException when there is no such policy; the message names those there are
   */
  public static Policy embedded(String id) {
    byte[] bytes = id.getBytes(StandardCharsets.UTF_8);
    OutSlots out = OutSlots.cleared();
    return made(LiaisonNative.liaison_policy_embedded(bytes, new SizeT(bytes.length), out.at(0),
        out.at(2)), out);
  }

  /**
   * Parses and validates a policy document ({@code liaison.policy/1}).
   *
   * @param json the document's text
   * @return the policy; close it when done
   * @throws InvalidDocumentException listing every problem with its JSON path
   */
  public static Policy fromJson(String json) {
    return fromJson(json.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Parses and validates a policy document given as UTF-8 bytes.
   *
   * @param json the document, UTF-8
   * @return the policy; close it when done
   * @throws InvalidDocumentException listing every problem with its JSON path
   */
  public static Policy fromJson(byte[] json) {
    OutSlots out = OutSlots.cleared();
    return made(LiaisonNative.liaison_policy_from_json(json, new SizeT(json.length), out.at(0),
        out.at(2)), out);
  }

  private static Policy made(int status, OutSlots out) {
    Liaison.check(status, out);
    return new Policy(out.pointer(0));
  }

  /**
   * The policy's id.
   *
   * @return e.g. {@code "hunan"}
   */
  public String id() {
    return id;
  }

  /**
   * The SHA-256 fingerprint of the policy's canonical JSON, stamped on every result.
   *
   * @return {@code "sha256:"} and 64 hex digits
   */
  public String fingerprint() {
    return fingerprint;
  }

  /**
   * The first year the policy covers.
   *
   * @return e.g. {@code 2026}
   */
  public int year() {
    return year;
  }

  /**
   * The grading scale, best first, with ids and labels.
   *
   * @return e.g. 优 excellent, 良 good, 中 fair, 差 poor
   */
  public List<Grade> grades() {
    return grades;
  }

  /**
   * The canonical form of the policy: every field, fixed key order.
   *
   * @return a policy document that {@link #fromJson(String)} reads back as an equal policy
   */
  public String canonicalJson() {
    return RecordsCalls.policyDocument(this, LiaisonNative::liaison_policy_canonical_json);
  }

  /**
   * Evaluates every cadre of a records document as of a date.
   *
   * @param records a {@code liaison.records/1} document
   * @param asOf the date, {@code "YYYY-MM-DD"}
   * @return the {@code liaison.evaluation/1} document: per cadre, in input order, a report
   *     (findings with required, actual, shortfall, due date, clause, messages in zh and en;
   *     score; eligible grade) or an error entry with its JSON path
   * @throws InvalidDocumentException when the records are unusable as a whole
   * @throws InvalidArgumentException when {@code asOf} is not a calendar date
   */
  public String evaluateJson(String records, String asOf) {
    return evaluateJson(records.getBytes(StandardCharsets.UTF_8), asOf);
  }

  /**
   * Evaluates a records document given as UTF-8 bytes (as read from a file
   * or a database), without decoding it into a {@code String} first.
   *
   * @param records a {@code liaison.records/1} document, UTF-8
   * @param asOf the date, {@code "YYYY-MM-DD"}
   * @return the {@code liaison.evaluation/1} document
   * @throws InvalidDocumentException when the records are unusable as a whole
   * @throws InvalidArgumentException when {@code asOf} is not a calendar date
   */
  public String evaluateJson(byte[] records, String asOf) {
    return RecordsCalls.document(this, LiaisonNative::liaison_evaluate_json, records, asOf);
  }

  /**
   * Evaluates like {@link #evaluateJson(byte[], String)} and returns the
   * document as the library wrote it, UTF-8 bytes, without decoding it into
   * a {@code String}: for a JSON library that reads bytes (Jackson's
   * {@code readTree(byte[])}) or a column that stores them. Decoding the
   * example department's 120 KB into a {@code String} costs about a third of
   * the evaluation itself (docs/performance.md, "Java and PHP against C").
   *
   * @param records a {@code liaison.records/1} document, UTF-8
   * @param asOf the date, {@code "YYYY-MM-DD"}
   * @return the {@code liaison.evaluation/1} document, UTF-8
   * @throws InvalidDocumentException when the records are unusable as a whole
   * @throws InvalidArgumentException when {@code asOf} is not a calendar date
   */
  public byte[] evaluateJsonUtf8(byte[] records, String asOf) {
    return Liaison.documentBytes(
        RecordsCalls.status(this, LiaisonNative::liaison_evaluate_json, records, asOf),
        OutSlots.current());
  }

  /**
   * Evaluates like {@link #evaluateJson(String, String)} and returns each
   * cadre's entry on its own, to store in the cadre's row as it is.
   *
   * @param records a {@code liaison.records/1} document
   * @param asOf the date, {@code "YYYY-MM-DD"}
   * @return one compact JSON object per input cadre, in input order
   * @throws InvalidDocumentException when the records are unusable as a whole
   * @throws InvalidArgumentException when {@code asOf} is not a calendar date
   */
  public List<String> evaluateEach(String records, String asOf) {
    return RecordsCalls.entries(this, records.getBytes(StandardCharsets.UTF_8), asOf);
  }

  /**
   * Evaluates like {@link #evaluateJson(byte[], String)} into {@code buffer}, kept from call
   * to call, instead of into new native memory: for batch after batch on one thread
   * (docs/java.md).
   *
   * @param records a {@code liaison.records/1} document, UTF-8
   * @param asOf the date, {@code "YYYY-MM-DD"}
   * @param form {@code DOCUMENT} (this document), {@code LINES} (JSON Lines, as
   *     {@link #evaluateStream}) or {@code LEAN} (as {@link #evaluateLeanJson})
   * @param buffer the buffer written into, used by one call at a time
   * @return the text, byte for byte what the call without a buffer gives
   * @throws IllegalStateException when {@code buffer} is closed; otherwise as above
   */
  public String evaluateJson(byte[] records, String asOf, ResultBuffer.Form form,
      ResultBuffer buffer) {
    return buffer.text(this, records, asOf, form);
  }

  /**
   * As {@link #evaluateJson(byte[], String, ResultBuffer.Form, ResultBuffer)}, the text's
   * UTF-8 bytes as the library wrote them, not decoded (as {@link #evaluateJsonUtf8}).
   *
   * @param records a {@code liaison.records/1} document, UTF-8
   * @param asOf the date, {@code "YYYY-MM-DD"}
   * @param form the text written: the document, JSON Lines or the lean document
   * @param buffer the buffer written into, used by one call at a time
   * @return the text, UTF-8
   * @throws IllegalStateException when {@code buffer} is closed; otherwise as above
   */
  public byte[] evaluateJsonUtf8(byte[] records, String asOf, ResultBuffer.Form form,
      ResultBuffer buffer) {
    return buffer.bytes(this, records, asOf, form);
  }

  /**
   * The mid-year review of a records document as of a date.
   *
   * @param records a {@code liaison.records/1} document
   * @param asOf the date, {@code "YYYY-MM-DD"}
   * @return the {@code liaison.progress/1} document: per department and rule, cadres done,
   *     on pace and behind, and who to follow up
   * @throws InvalidDocumentException when the records are unusable as a whole
   * @throws IncompleteResultException when a cadre's record is bad, naming each
   */
  public String progressJson(String records, String asOf) {
    return RecordsCalls.document(this, LiaisonNative::liaison_progress_json,
        records.getBytes(StandardCharsets.UTF_8), asOf);
  }

  /**
   * {@link #progressJson} that accepts bad records: each counts in its
   * department's {@code "errors"} (or {@code "errors_without_department"}) and the organ's.
   *
   * @param records a {@code liaison.records/1} document
   * @param asOf the date, {@code "YYYY-MM-DD"}
   * @return the {@code liaison.progress/1} document
   * @throws InvalidDocumentException when the records are unusable as a whole
   */
  public String progressJsonAllowingErrors(String records, String asOf) {
    return RecordsCalls.document(this, LiaisonNative::liaison_progress_json_allowing_errors,
        records.getBytes(StandardCharsets.UTF_8), asOf);
  }

  /**
   * Evaluates like {@link #evaluateJson(String, String)} and returns the lean
   * form ({@code liaison.evaluation-lean/1}, docs/records.md §7): each finding
   * with its rule id, status and numbers, without kind, title, clause or
   * message. About a third of the bytes, to store; {@link #renderJson} gives
   * the full document back.
   *
   * @param records a {@code liaison.records/1} document
   * @param asOf the date, {@code "YYYY-MM-DD"}
   * @return the lean document
   * @throws InvalidDocumentException when the records are unusable as a whole
   * @throws InvalidArgumentException when {@code asOf} is not a calendar date
   */
  public String evaluateLeanJson(String records, String asOf) {
    return RecordsCalls.document(this, LiaisonNative::liaison_evaluate_json_lean,
        records.getBytes(StandardCharsets.UTF_8), asOf);
  }

  /**
   * The full evaluation document of a lean one made under this policy: byte
   * for byte what {@link #evaluateJson(String, String)} gives for the same
   * records and date, titles and messages in both languages included.
   *
   * @param lean a {@code liaison.evaluation-lean/1} document
   * @return the {@code liaison.evaluation/1} document
   * @throws InvalidDocumentException for a document that is not lean, one made under another
   *     policy ({@code path()} is {@code $.policy.fingerprint}), or one with a rule, status or
   *     term this policy lacks, with its path
   */
  public String renderJson(String lean) {
    byte[] bytes = lean.getBytes(StandardCharsets.UTF_8);
    acquire();
    try {
      OutSlots out = OutSlots.cleared();
      return Liaison.document(LiaisonNative.liaison_render_json(this.handle, bytes,
          new SizeT(bytes.length), out.at(0), out.at(1), out.at(2)), out);
    } finally {
      release();
    }
  }

  /**
   * Evaluates records read from a stream, giving each cadre's entry as soon
   * as it is read, in memory bounded by the largest cadre whatever their number.
   *
   * @param records either form of docs/records.md, UTF-8: a {@code liaison.records/1}
   *     document or JSON Lines; read to its end, not closed
   * @param asOf the date, {@code "YYYY-MM-DD"}
   * @return the entries, in input order; close it when done
   * @throws InvalidArgumentException when {@code asOf} is not a calendar date
   */
  public ResultStream evaluateStream(InputStream records, String asOf) {
    byte[] date = asOf.getBytes(StandardCharsets.UTF_8);
    acquire();
    OutSlots out = OutSlots.cleared();
    try {
      Liaison.check(LiaisonNative.liaison_stream_new(this.handle, date, new SizeT(date.length),
          ResultStream.LINES, out.at(0), out.at(2)), out);
    } finally {
      release();
    }
    return new ResultStream(out.pointer(0), records);
  }

  /**
   * The department report: one self-contained HTML page (inline CSS and SVG
   * charts, no script, no other file), the same text as {@code liaison report}.
   *
   * @param records a {@code liaison.records/1} document
   * @param asOf the date, {@code "YYYY-MM-DD"}
   * @param department a department id of the records, or {@code null} for the whole organ
   * @param language {@link Language#ZH} or {@link Language#EN}
   * @return the HTML text
   * @throws InvalidArgumentException for a department the records do not have, or a bad date
   * @throws InvalidDocumentException when the records are unusable as a whole
   */
  public String reportHtml(String records, String asOf, String department, Language language) {
    return reportHtml(records, asOf, department == null ? List.of() : List.of(department),
        List.of(), language, false);
  }

  /**
   * The report of the departments and cadres asked for, as {@code liaison report
   * --department --cadre} makes it: the cadres of those departments whose ids are among
   * those cadres (an empty list: no filter); grades and caps still count every cadre of a
   * quota unit.
   *
   * @param allowErrors false: a bad record refuses the report
   *     ({@link IncompleteResultException}); true: the report is made from the others and
   *     lists the bad cadres, name, id and where
   * @throws InvalidArgumentException for a department or cadre the records do not have
   */
  public String reportHtml(String records, String asOf, List<String> departments,
      List<String> cadres, Language language, boolean allowErrors) {
    byte[] bytes = records.getBytes(StandardCharsets.UTF_8);
    byte[] date = asOf.getBytes(StandardCharsets.UTF_8);
    byte[] units = String.join(",", departments).getBytes(StandardCharsets.UTF_8);
    byte[] who = String.join(",", cadres).getBytes(StandardCharsets.UTF_8);
    acquire();
    try {
      OutSlots out = OutSlots.cleared();
      int status = allowErrors
          ? LiaisonNative.liaison_report_html_allowing_errors(this.handle, bytes,
              new SizeT(bytes.length), date, new SizeT(date.length), units,
              new SizeT(units.length), who, new SizeT(who.length), language.code(), out.at(0),
              out.at(1), out.at(2))
          : LiaisonNative.liaison_report_html_filtered(this.handle, bytes,
              new SizeT(bytes.length), date, new SizeT(date.length), units,
              new SizeT(units.length), who, new SizeT(who.length), language.code(), out.at(0),
              out.at(1), out.at(2));
      return Liaison.document(status, out);
    } finally {
      release();
    }
  }

  /**
   * The report of the whole organ, in Chinese.
   *
   * @param records a {@code liaison.records/1} document
   * @param asOf the date, {@code "YYYY-MM-DD"}
   * @return the HTML text
   * @throws InvalidDocumentException when the records are unusable as a whole
   */
  public String reportHtml(String records, String asOf) {
    return reportHtml(records, asOf, null, Language.ZH);
  }

  /**
   * The grade caps for a quota base, typed.
   *
   * @param base the number of cadres in the quota base
   * @return {@code caps[g]}: the most cadres that may hold grade {@code g}, or {@code -1}
   *     when {@code g} is not capped; {@code {3, 5, -1, -1}} for 10 under "hunan"
   * @throws InvalidArgumentException when {@code base} is negative
   */
  public int[] gradeCaps(int base) {
    int[] caps = new int[grades.size()];
    acquire();
    OutSlots out = OutSlots.cleared();
    try {
      Liaison.check(LiaisonNative.liaison_grade_caps(this.handle, base, caps, new SizeT(caps.length),
          out.at(2)), out);
    } finally {
      release();
    }
    return caps;
  }

  /**
   * Checks one department's grades, typed.
   *
   * @param grades per cadre of the quota base, its grade index (see {@link #grades}); -1: none
   * @param eligible per cadre, the best grade index it is eligible for (-1: none); or
   *     {@code null} not to check eligibility
   * @return the counts of caps exceeded, cadres above their eligibility, indices outside
   *     the scale and cadres without a grade
   * @throws InvalidArgumentException when {@code eligible} is not as long as {@code grades}
   */
  public GradeCheck checkGrades(int[] grades, int[] eligible) {
    if (eligible != null && eligible.length != grades.length) {
      throw new InvalidArgumentException("eligible has " + eligible.length + " entries, grades "
          + grades.length + " (eligible 与 grades 长度不同)", "", List.of());
    }
    int[] overCap = new int[1];
    int[] aboveEligible = new int[1];
    int[] notInScale = new int[1];
    int[] missing = new int[1];
    acquire();
    OutSlots out = OutSlots.cleared();
    try {
      Liaison.check(LiaisonNative.liaison_grade_check(this.handle, grades, new SizeT(grades.length),
          eligible, overCap, aboveEligible, notInScale, missing, out.at(2)), out);
    } finally {
      release();
    }
    return new GradeCheck(overCap[0], aboveEligible[0], notInScale[0], missing[0]);
  }

  /**
   * The grade caps for a quota base with their derivations.
   *
   * @param base the number of cadres in the quota base
   * @return the {@code liaison.caps/1} document, e.g. "优 上限 3 = floor(0.30 × 10)"
   * @throws InvalidArgumentException when {@code base} is negative
   */
  public String capsJson(int base) {
    acquire();
    try {
      OutSlots out = OutSlots.cleared();
      return Liaison.document(LiaisonNative.liaison_caps_json(this.handle, base, out.at(0),
          out.at(1), out.at(2)), out);
    } finally {
      release();
    }
  }

  /**
   * Proposed grades for the cadres of a records document as of a date.
   *
   * @param records a {@code liaison.records/1} document
   * @param asOf the date, {@code "YYYY-MM-DD"}
   * @return the {@code liaison.proposal/1} document: quota units and caps, and per cadre
   *     its rank, proposed grade and explanation
   * @throws InvalidDocumentException when the records are unusable as a whole
   * @throws IncompleteResultException when a cadre's record is bad, naming each
   */
  public String proposeJson(String records, String asOf) {
    return RecordsCalls.document(this, LiaisonNative::liaison_propose_json,
        records.getBytes(StandardCharsets.UTF_8), asOf);
  }

  /**
   * {@link #proposeJson} that accepts bad records: each is an entry with
   * {@code "ok": false} and its error, and is listed in {@code "errors"}.
   *
   * @param records a {@code liaison.records/1} document
   * @param asOf the date, {@code "YYYY-MM-DD"}
   * @return the {@code liaison.proposal/1} document
   * @throws InvalidDocumentException when the records are unusable as a whole
   */
  public String proposeJsonAllowingErrors(String records, String asOf) {
    return RecordsCalls.document(this, LiaisonNative::liaison_propose_json_allowing_errors,
        records.getBytes(StandardCharsets.UTF_8), asOf);
  }

  /**
   * What in this valid policy is probably not what its author meant, the
   * checks of {@code liaison policy validate} (docs/policy.md §14).
   *
   * @return a JSON array of {@code {"path", "code", "zh", "en"}}; {@code "[]"} when nothing is
   */
  public String warningsJson() {
    return RecordsCalls.policyDocument(this, LiaisonNative::liaison_policy_warnings_json);
  }

  /**
   * Checks the grades a records document assigns.
   *
   * @param records a {@code liaison.records/1} document with grades
   * @param asOf the date, {@code "YYYY-MM-DD"}
   * @return the {@code liaison.grade-check/1} document, and whether every grade is within
   *     the policy and every record could be evaluated
   * @throws InvalidDocumentException when the records are unusable as a whole
   */
  public CheckedDocument checkJson(String records, String asOf) {
    byte[] bytes = records.getBytes(StandardCharsets.UTF_8);
    byte[] date = asOf.getBytes(StandardCharsets.UTF_8);
    acquire();
    try {
      OutSlots out = OutSlots.cleared();
      String json = Liaison.document(LiaisonNative.liaison_check_json(this.handle, bytes,
          new SizeT(bytes.length), date, new SizeT(date.length), out.at(0), out.at(1), out.at(3),
          out.at(2)), out);
      return new CheckedDocument(json, out.int32(3) == 1);
    } finally {
      release();
    }
  }

  /**
   * What changes from this policy to another on the same records.
   *
   * @param after the policy to compare with
   * @param records a {@code liaison.records/1} document
   * @param asOf the date, {@code "YYYY-MM-DD"}
   * @return the {@code liaison.policy-diff/1} document: the parameters that differ, and per
   *     cadre and department what changes
   * @throws InvalidDocumentException when the records are unusable as a whole
   * @throws IncompleteResultException when a cadre's record is bad under either policy
   */
  public String diffJson(Policy after, String records, String asOf) {
    return RecordsCalls.diff(this, LiaisonNative::liaison_diff_json, after, records, asOf);
  }

  /**
   * {@link #diffJson} that accepts bad records: each is listed in
   * {@code "cadres"} with its error under each policy and counted in
   * {@code "summary.errors"}.
   *
   * @param after the policy to compare with
   * @param records a {@code liaison.records/1} document
   * @param asOf the date, {@code "YYYY-MM-DD"}
   * @return the {@code liaison.policy-diff/1} document
   * @throws InvalidDocumentException when the records are unusable as a whole
   */
  public String diffJsonAllowingErrors(Policy after, String records, String asOf) {
    return RecordsCalls.diff(this, LiaisonNative::liaison_diff_json_allowing_errors, after,
        records, asOf);
  }

  /**
   * Frees the policy once no call on it is in flight. Closing twice does nothing.
   */
  @Override
  public void close() {
    long state;
    do {
      state = users.get();
      if (state < 0) return;
    } while (!users.compareAndSet(state, state | CLOSED));
    if (state == 0) LiaisonNative.liaison_policy_free(handle);
  }

  /** Counts a call in; {@link #release} counts it out. */
  void acquire() {
    long state;
    do {
      state = users.get();
      if (state < 0) {
        throw new IllegalStateException("policy " + id + " is closed (策略已关闭)");
      }
    } while (!users.compareAndSet(state, state + 1));
  }

  /** Counts a call out, and frees the policy if it was closed meanwhile and this was the last. */
  void release() {
    if (users.decrementAndGet() == CLOSED) LiaisonNative.liaison_policy_free(handle);
  }
}
