package org.liaison;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import java.nio.charset.StandardCharsets;

/**
 * Native memory an evaluation is written into, kept by the caller from call
 * to call ({@code liaison_evaluate_json_reusing}, capi/liaison.h).
 *
 * <p>An evaluation's text is about three times its records (some 11 KB a
 * cadre). Without a buffer the library allocates it afresh each call, and a
 * result that large is fresh pages from the kernel every time, which from
 * 100,000 cadres on nearly doubles the library's cost per cadre
 * (docs/performance.md). Passed to {@link Policy#evaluateJson(byte[], String,
 * Form, ResultBuffer)} or {@link Policy#evaluateJsonUtf8(byte[], String,
 * Form, ResultBuffer)}, the buffer is written into instead: used when it is
 * large enough, replaced by a larger one when it is not, so batch after batch
 * takes no new native memory for the result. The results are byte for byte
 * those of the calls without a buffer.
 *
 * <pre>{@code
 * try (ResultBuffer buffer = new ResultBuffer()) {
 *   for (byte[] batch : batches) {
 *     byte[] evaluation = policy.evaluateJsonUtf8(batch, "2026-12-31",
 *         ResultBuffer.Form.DOCUMENT, buffer);
 *   }
 * }
 * }</pre>
 *
 * <p>The caller decides its life: {@link #close} frees the memory (there is
 * no finalizer: close it, as a {@link Policy}), after which calls with it throw
 * {@link IllegalStateException}. A call that fails throws as without a buffer
 * and leaves the buffer usable. One call at a time writes into a buffer: a
 * second thread's call waits for the first, so give each thread its own to
 * run them at once.
 */
public final class ResultBuffer implements AutoCloseable {
  /** The text written: the values of liaison.h's {@code LIAISON_STREAM_*}, in order. */
  public enum Form {
    /** The {@code liaison.evaluation/1} document, as {@link Policy#evaluateJson(byte[], String)}. */
    DOCUMENT,
    /** JSON Lines: a header line, then one result a line, as {@link Policy#evaluateStream}. */
    LINES,
    /** The {@code liaison.evaluation-lean/1} document, as {@link Policy#evaluateLeanJson}. */
    LEAN
  }

  private static final long WIDTH = Math.max(Native.POINTER_SIZE, Native.SIZE_T_SIZE);

  /** The buffer's {@code char*} at 0 and its {@code size_t} capacity at {@link #WIDTH}. */
  private final Memory state = new Memory(2 * WIDTH);
  private boolean closed;

  /** An empty buffer; the first call sizes it. */
  public ResultBuffer() {
    state.clear();
  }

  /**
   * The bytes the buffer holds now.
   *
   * @return 0 before the first call and after {@link #close}, then at least the longest
   *     result written into it
   */
  public synchronized long capacity() {
    return SizeT.read(state.share(WIDTH), 0);
  }

  /**
   * Whether {@link #close} was called.
   *
   * @return true once closed
   */
  public synchronized boolean isClosed() {
    return closed;
  }

  /** Frees the memory (after a call in progress in another thread); closing twice is allowed. */
  @Override
  public synchronized void close() {
    if (closed) return;
    closed = true;
    LiaisonNative.liaison_free(state.getPointer(0));
    state.clear();
  }

  /** An evaluation in {@code form} written into the buffer, decoded. */
  synchronized String text(Policy policy, byte[] records, String asOf, Form form) {
    long length = write(policy, records, asOf, form);
    return LiaisonNative.utf8(state.getPointer(0), length);
  }

  /** An evaluation in {@code form} written into the buffer, its UTF-8 bytes copied. */
  synchronized byte[] bytes(Policy policy, byte[] records, String asOf, Form form) {
    long length = write(policy, records, asOf, form);
    return state.getPointer(0).getByteArray(0, Math.toIntExact(length));
  }

  /** Makes the call; the result's length, or the exception for its error. */
  private long write(Policy policy, byte[] records, String asOf, Form form) {
    if (closed) {
      throw new IllegalStateException(
          "the result buffer is closed; make a new ResultBuffer (结果缓冲区已关闭，请新建一个)");
    }
    byte[] date = asOf.getBytes(StandardCharsets.UTF_8);
    Pointer capacity = state.share(WIDTH);
    policy.acquire();
    OutSlots out = OutSlots.cleared();
    int status;
    try {
      status = LiaisonNative.liaison_evaluate_json_reusing(policy.handle, records,
          new SizeT(records.length), date, new SizeT(date.length), form.ordinal(), state,
          capacity, out.at(1), out.at(2));
    } finally {
      policy.release();
    }
    Liaison.check(status, out);
    return out.sizeT(1);
  }
}
