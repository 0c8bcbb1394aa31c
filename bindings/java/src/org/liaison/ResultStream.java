package org.liaison;

import com.sun.jna.Pointer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The result entries of an evaluation read from an {@link InputStream}
 * ({@link Policy#evaluateStream}), one per input cadre in input order, each
 * given as soon as its cadre has been read and evaluated: the C ABI's
 * {@code liaison_stream_*} with JSON Lines output. The records may be a
 * {@code liaison.records/1} document or JSON Lines (a header line of schema
 * {@code liaison.records.lines/1}, then one cadre a line).
 *
 * <pre>{@code
 * try (InputStream in = Files.newInputStream(path);
 *      ResultStream results = policy.evaluateStream(in, "2026-12-31")) {
 *   for (String entry : results) store(entry);   // {"ok":true,"report":{…}}
 *   String header = results.header();            // policy stamp, as_of, departments
 * }
 * }</pre>
 *
 * <p>Memory stays bounded by the largest cadre and the piece size, whatever
 * the number of cadres: the records are read 64 KiB at a time into one
 * reused buffer, and the output is kept in another until its entries are
 * taken. Each entry is the compact JSON object the evaluation document's
 * {@code results} would hold, byte for byte. A bad cadre is an error entry;
 * a records text whose top level cannot be read throws
 * {@link InvalidDocumentException} while iterating, and an
 * {@link IOException} of the input is rethrown as {@link UncheckedIOException}.
 * The stream does not close the input. Not for use by several threads at
 * once; iterate it, {@link #restart} it on another input if there is one,
 * then {@link #close} it.
 */
public final class ResultStream implements Iterator<String>, Iterable<String>, AutoCloseable {
  /** {@code LIAISON_STREAM_LINES}: a header line, then one entry a line. */
  static final int LINES = 1;

  private static final int PIECE_SIZE = 1 << 16;

  private Pointer handle;
  private InputStream records;
  private final byte[] piece = new byte[PIECE_SIZE];
  private byte[] output = new byte[2 * PIECE_SIZE];
  private int start;  // the output not yet taken is output[start, end)
  private int end;
  private int scanned;  // output[start, scanned) holds no line end
  private boolean finished;
  private String header;
  private String ahead;  // the entry hasNext read, not yet given

  ResultStream(Pointer handle, InputStream records) {
    this.handle = handle;
    this.records = records;
  }

  /**
   * The output's header line, read from the records' header: schema
   * {@code liaison.evaluation.lines/1}, the policy stamp, year, as_of and the
   * departments' findings, as in the evaluation document.
   *
   * @return compact JSON
   * @throws InvalidDocumentException when the records' top level cannot be read
   */
  public String header() {
    if (header == null) header = nextLine();
    if (header == null) throw new IllegalStateException("the stream gave no header (流无表头)");
    return header;
  }

  @Override
  public boolean hasNext() {
    if (ahead == null) {
      header();
      ahead = nextLine();
    }
    return ahead != null;
  }

  /**
   * The next cadre's entry.
   *
   * @return {@code {"ok":true,"report":{…}}} or {@code {"ok":false,"index":…,"cadre":…,"error":{…}}}
   */
  @Override
  public String next() {
    if (!hasNext()) throw new NoSuchElementException("no more results (没有更多结果)");
    String entry = ahead;
    ahead = null;
    return entry;
  }

  /**
   * This stream itself, for a for-each loop; it can be iterated once.
   *
   * @return this
   */
  @Override
  public Iterator<String> iterator() {
    return this;
  }

  /**
   * Makes the stream evaluate another input from its start, under the same
   * policy and date, keeping its memory (the library's buffers and this
   * object's): for a service that evaluates input after input. What was
   * not taken of the previous input is dropped.
   *
   * @param next the next records, either form, read to its end and not closed
   */
  public void restart(InputStream next) {
    if (handle == null) throw new IllegalStateException("the stream is closed (流已关闭)");
    LiaisonNative.liaison_stream_reset(handle);
    records = next;
    start = end = scanned = 0;
    finished = false;
    header = null;
    ahead = null;
  }

  /** Releases the library's stream; closing twice does nothing. */
  @Override
  public void close() {
    if (handle != null) LiaisonNative.liaison_stream_free(handle);
    handle = null;
  }

  /** The next whole line of the output, feeding more records as needed; null at the end. */
  private String nextLine() {
    while (true) {
      for (int i = scanned; i < end; i++) {
        if (output[i] == '\n') {
          String line = new String(output, start, i - start, StandardCharsets.UTF_8);
          start = scanned = i + 1;
          return line;
        }
      }
      scanned = end;
      if (finished) return null;
      feed();
    }
  }

  /** Feeds the next piece of the records (or ends them) and takes the output it gave. */
  private void feed() {
    if (handle == null) throw new IllegalStateException("the stream is closed (流已关闭)");
    int read;
    try {
      read = records.read(piece);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    OutSlots out = OutSlots.cleared();
    if (read < 0) {
      Liaison.check(LiaisonNative.liaison_stream_finish(handle, out.at(2)), out);
      finished = true;
    } else if (read > 0) {
      Liaison.check(LiaisonNative.liaison_stream_feed(handle, piece, new SizeT(read), out.at(2)), out);
    }
    out = OutSlots.cleared();
    Liaison.check(LiaisonNative.liaison_stream_next(handle, out.at(0), out.at(1), out.at(2)), out);
    append(out.pointer(0), Math.toIntExact(out.sizeT(1)));
  }

  /** Adds `length` bytes at `bytes` to the output, first moving what is left to the front. */
  private void append(Pointer bytes, int length) {
    if (length == 0) return;
    System.arraycopy(output, start, output, 0, end - start);
    end -= start;
    scanned -= start;
    start = 0;
    if (end + length > output.length) {
      output = Arrays.copyOf(output, Math.max(2 * output.length, end + length));
    }
    bytes.read(0, output, end, length);
    end += length;
  }
}
