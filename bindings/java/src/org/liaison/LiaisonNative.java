package org.liaison;

import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Pointer;
import java.nio.charset.StandardCharsets;

/**
 * The C ABI of {@code libliaison.so.1} ({@code <liaison/liaison.h>}), bound
 * with JNA's direct mapping (the fastest JNA offers).
 *
 * <p>No {@code String} crosses here: JNA would encode and decode it in the
 * JVM's default charset, which under {@code LANG=C} turns 团课 into
 * {@code ??}. Text goes in as UTF-8 {@code byte[]} with its length in bytes,
 * and every {@code const char*} or document comes back as a {@link Pointer}
 * that {@link #utf8} decodes as UTF-8.
 *
 * <p>The library is found as the system property {@code liaison.library} or
 * the environment variable {@code LIAISON_LIBRARY} name it (a path), else as
 * {@code liaison} on JNA's search path ({@code jna.library.path}, then the
 * system loader's).
 */
final class LiaisonNative {
  static final int OK = 0;
  static final int LANGUAGE_ZH = 0;
  static final int LANGUAGE_EN = 1;

  static {
    Native.register(LiaisonNative.class, NativeLibrary.getInstance(libraryName()));
  }

  private LiaisonNative() {}

  private static String libraryName() {
    String named = System.getProperty("liaison.library");
    if (named == null || named.isEmpty()) named = System.getenv("LIAISON_LIBRARY");
    return named == null || named.isEmpty() ? "liaison" : named;
  }

  /** A NUL-terminated UTF-8 string the library returned; "" for NULL. */
  static String utf8(Pointer text) {
    return text == null ? "" : text.getString(0, StandardCharsets.UTF_8.name());
  }

  /** {@code length} bytes of UTF-8 at {@code text}, decoded. */
  static String utf8(Pointer text, long length) {
    return text == null || length == 0
        ? ""
        : new String(text.getByteArray(0, Math.toIntExact(length)), StandardCharsets.UTF_8);
  }

  static native Pointer liaison_version();

  static native int liaison_abi_version();

  static native Pointer liaison_status_name(int status);

  static native int liaison_error_code(Pointer error);

  static native Pointer liaison_error_message(Pointer error);

  static native Pointer liaison_error_path(Pointer error);

  static native Pointer liaison_error_problems_json(Pointer error);

  static native void liaison_error_free(Pointer error);

  static native Pointer liaison_error_message_in(Pointer error, int language);

  static native Pointer liaison_error_problems_json_in(Pointer error, int language);

  static native void liaison_free(Pointer document);

  static native int liaison_policy_from_json(byte[] json, SizeT length, Pointer policy,
      Pointer error);

  static native int liaison_policy_embedded(byte[] id, SizeT length, Pointer policy,
      Pointer error);

  static native int liaison_policy_embedded_ids(Pointer json, Pointer length, Pointer error);

  static native void liaison_policy_free(Pointer policy);

  static native int liaison_policy_canonical_json(Pointer policy, Pointer json, Pointer length,
      Pointer error);

  static native int liaison_policy_warnings_json(Pointer policy, Pointer json, Pointer length,
      Pointer error);

  static native Pointer liaison_policy_id(Pointer policy);

  static native Pointer liaison_policy_fingerprint(Pointer policy);

  static native int liaison_policy_year(Pointer policy);

  static native int liaison_evaluate_json(Pointer policy, byte[] records, SizeT recordsLength,
      byte[] asOf, SizeT asOfLength, Pointer result, Pointer resultLength, Pointer error);

  static native int liaison_evaluate_json_indexed(Pointer policy, byte[] records,
      SizeT recordsLength, byte[] asOf, SizeT asOfLength, Pointer result, Pointer resultLength,
      Pointer spans, Pointer entryCount, Pointer error);

  static native int liaison_progress_json(Pointer policy, byte[] records, SizeT recordsLength,
      byte[] asOf, SizeT asOfLength, Pointer result, Pointer resultLength, Pointer error);

  static native int liaison_progress_json_allowing_errors(Pointer policy, byte[] records,
      SizeT recordsLength, byte[] asOf, SizeT asOfLength, Pointer result, Pointer resultLength,
      Pointer error);

  static native int liaison_evaluate_json_lean(Pointer policy, byte[] records,
      SizeT recordsLength, byte[] asOf, SizeT asOfLength, Pointer result, Pointer resultLength,
      Pointer error);

  static native int liaison_render_json(Pointer policy, byte[] lean, SizeT leanLength,
      Pointer result, Pointer resultLength, Pointer error);

  static native int liaison_policy_grade_count(Pointer policy);

  static native Pointer liaison_policy_grade_id(Pointer policy, int grade);

  static native Pointer liaison_policy_grade_label(Pointer policy, int grade, int language);

  static native int liaison_grade_caps(Pointer policy, int base, int[] caps, SizeT capsLength,
      Pointer error);

  static native int liaison_grade_check(Pointer policy, int[] grades, SizeT count,
      int[] eligible, int[] overCap, int[] aboveEligible, int[] notInScale, int[] missing,
      Pointer error);

  static native int liaison_caps_json(Pointer policy, int base, Pointer result,
      Pointer resultLength, Pointer error);

  static native int liaison_propose_json(Pointer policy, byte[] records, SizeT recordsLength,
      byte[] asOf, SizeT asOfLength, Pointer result, Pointer resultLength, Pointer error);

  static native int liaison_propose_json_allowing_errors(Pointer policy, byte[] records,
      SizeT recordsLength, byte[] asOf, SizeT asOfLength, Pointer result, Pointer resultLength,
      Pointer error);

  static native int liaison_check_json(Pointer policy, byte[] records, SizeT recordsLength,
      byte[] asOf, SizeT asOfLength, Pointer result, Pointer resultLength, Pointer passed,
      Pointer error);

  static native int liaison_apportion_json(byte[] request, SizeT requestLength, Pointer result,
      Pointer resultLength, Pointer error);

  static native int liaison_run_case_json(byte[] caseJson, SizeT caseLength,
      byte[] baseDirectory, SizeT baseDirectoryLength, Pointer result, Pointer resultLength,
      Pointer passed, Pointer error);

  static native int liaison_run_case_json_in(byte[] caseJson, SizeT caseLength,
      byte[] baseDirectory, SizeT baseDirectoryLength, int language, Pointer result,
      Pointer resultLength, Pointer passed, Pointer error);

  static native int liaison_diff_json(Pointer before, Pointer after, byte[] records,
      SizeT recordsLength, byte[] asOf, SizeT asOfLength, Pointer result, Pointer resultLength,
      Pointer error);

  static native int liaison_diff_json_allowing_errors(Pointer before, Pointer after,
      byte[] records, SizeT recordsLength, byte[] asOf, SizeT asOfLength, Pointer result,
      Pointer resultLength, Pointer error);

  static native int liaison_report_html(Pointer policy, byte[] records, SizeT recordsLength,
      byte[] asOf, SizeT asOfLength, byte[] department, SizeT departmentLength, int language,
      Pointer html, Pointer htmlLength, Pointer error);

  static native int liaison_report_html_filtered(Pointer policy, byte[] records,
      SizeT recordsLength, byte[] asOf, SizeT asOfLength, byte[] departments,
      SizeT departmentsLength, byte[] cadres, SizeT cadresLength, int language, Pointer html,
      Pointer htmlLength, Pointer error);

  static native int liaison_report_html_allowing_errors(Pointer policy, byte[] records,
      SizeT recordsLength, byte[] asOf, SizeT asOfLength, byte[] departments,
      SizeT departmentsLength, byte[] cadres, SizeT cadresLength, int language, Pointer html,
      Pointer htmlLength, Pointer error);

  static native int liaison_stream_new(Pointer policy, byte[] asOf, SizeT asOfLength,
      int options, Pointer stream, Pointer error);

  static native int liaison_stream_feed(Pointer stream, byte[] bytes, SizeT length,
      Pointer error);

  static native int liaison_stream_finish(Pointer stream, Pointer error);

  static native int liaison_stream_next(Pointer stream, Pointer output, Pointer length,
      Pointer error);

  static native void liaison_stream_reset(Pointer stream);

  static native void liaison_stream_free(Pointer stream);

  static native int liaison_evaluate_json_reusing(Pointer policy, byte[] records,
      SizeT recordsLength, byte[] asOf, SizeT asOfLength, int form, Pointer buffer,
      Pointer capacity, Pointer resultLength, Pointer error);

  static native void liaison_thread_buffers_release();

  static native void liaison_embedded_policies_release();
}
