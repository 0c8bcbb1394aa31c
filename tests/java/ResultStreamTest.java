// Policy.evaluateStream (bindings/java ResultStream) against the batch calls.
//
// The expectation is that the stream gives exactly the entries of
// Policy.evaluateEach on the same records (whose contents LiaisonTest and the
// C++ tests check against the hand workings), byte for byte, in input
// order, one per input cadre, whatever the form of the records and the size
// of the pieces the input stream gives; and that 20,000 cadres stream
// through a heap far smaller than their results: ctest runs this class with
// -Xmx64m, and the test checks that the results' bytes are several times
// that, so a stream that kept them would fail with OutOfMemoryError.
//
//   java -Xmx64m -cp liaison.jar:jna.jar:tests -Dliaison.source=… ResultStreamTest
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.regex.Pattern;
import org.liaison.InvalidArgumentException;
import org.liaison.InvalidDocumentException;
import org.liaison.Policy;
import org.liaison.ResultStream;

public final class ResultStreamTest {
  private static final int MANY = 20_000;

  public static void main(String[] args) throws Exception {
    LiaisonTest.run(ResultStreamTest.class);
  }

  static void testADocumentStreamsTheBatchEntries() {
    try (Policy policy = Policy.embedded("hunan")) {
      List<String> expected = policy.evaluateEach(LiaisonTest.DEPARTMENT, "2026-12-31");
      byte[] records = LiaisonTest.DEPARTMENT.getBytes(StandardCharsets.UTF_8);
      // Whole, and by pieces of 1 and 7 bytes (each cut inside characters of 刘建华 somewhere).
      for (int size : new int[] {records.length, 1, 7}) {
        try (ResultStream results = policy.evaluateStream(new Pieces(records, size), "2026-12-31")) {
          LiaisonTest.equal(expected, all(results));
          LiaisonTest.check(results.header().startsWith(
              "{\"schema\":\"liaison.evaluation.lines/1\",\"policy\":{\"id\":\"hunan\""), results.header());
          LiaisonTest.check(results.header().contains("\"as_of\":\"2026-12-31\""), results.header());
          LiaisonTest.check(!results.hasNext(), "an entry after the last");
          LiaisonTest.expect(NoSuchElementException.class, results::next);
        }
      }
    }
  }

  static void testJsonLinesStreamTheBatchEntries() {
    try (Policy policy = Policy.embedded("hunan")) {
      List<String> expected = policy.evaluateEach(document(0, 50), "2026-12-31");
      try (ResultStream results = policy.evaluateStream(new Lines(0, 50), "2026-12-31")) {
        LiaisonTest.equal(expected, all(results));
      }
    }
  }

  static void testABadCadreIsAnEntryAndTheOthersFollow() {
    try (Policy policy = Policy.embedded("hunan")) {
      List<String> expected = policy.evaluateEach(LiaisonTest.MIDDLE_BAD, "2026-12-31");
      byte[] records = LiaisonTest.MIDDLE_BAD.getBytes(StandardCharsets.UTF_8);
      try (ResultStream results = policy.evaluateStream(new ByteArrayInputStream(records), "2026-12-31")) {
        List<String> entries = all(results);
        LiaisonTest.equal(expected, entries);
        LiaisonTest.equal(3, entries.size());
        LiaisonTest.check(entries.get(1).startsWith("{\"ok\":false")
            && entries.get(1).contains("\"path\":\"$.cadres[1].activities[0].date\""), entries.get(1));
      }
    }
  }

  static void testARestartedStreamReadsTheNextInput() {
    try (Policy policy = Policy.embedded("hunan")) {
      List<String> department = policy.evaluateEach(LiaisonTest.DEPARTMENT, "2026-12-31");
      List<String> middleBad = policy.evaluateEach(LiaisonTest.MIDDLE_BAD, "2026-12-31");
      try (ResultStream results = policy.evaluateStream(new ByteArrayInputStream(
          LiaisonTest.DEPARTMENT.getBytes(StandardCharsets.UTF_8)), "2026-12-31")) {
        LiaisonTest.equal(department.get(0), results.next());  // and the other 12 left untaken
        results.restart(new ByteArrayInputStream(LiaisonTest.MIDDLE_BAD.getBytes(StandardCharsets.UTF_8)));
        LiaisonTest.equal(middleBad, all(results));
        LiaisonTest.check(results.header().contains("\"department\":\"org\""), results.header());
        results.restart(new Lines(0, 3));
        LiaisonTest.equal(policy.evaluateEach(document(0, 3), "2026-12-31"), all(results));
      }
    }
  }

  static void testAnUnreadableTopLevelThrows() {
    try (Policy policy = Policy.embedded("hunan")) {
      InputStream bad = new ByteArrayInputStream(
          "{\"schema\" \"liaison.records/1\"}".getBytes(StandardCharsets.UTF_8));
      try (ResultStream results = policy.evaluateStream(bad, "2026-12-31")) {
        LiaisonTest.expect(InvalidDocumentException.class, results::hasNext);
      }
      LiaisonTest.expect(InvalidArgumentException.class,
          () -> policy.evaluateStream(new Lines(0, 1), "2026-02-30"));
      ResultStream closed = policy.evaluateStream(new Lines(0, 1), "2026-12-31");
      closed.close();
      closed.close();
      LiaisonTest.expect(IllegalStateException.class, closed::hasNext);
    }
  }

  static void testTwentyThousandCadresInBoundedMemory() {
    // Each generated cadre holds 5 lectures of 30 youth; hunan asks 4 a year
    // (二.3.(1)), so every cadre meets the rule with 5 of 4.
    Pattern lectures = Pattern.compile("\"rule\":\"lectures\",\"kind\":\"count\",.*?\"status\":\"met\","
        + "\"binding\":true,\"required\":4,\"maximum\":null,\"actual\":5,");
    try (Policy policy = Policy.embedded("hunan");
         ResultStream results = policy.evaluateStream(new Lines(0, MANY), "2026-12-31")) {
      List<String> firstFew = policy.evaluateEach(document(0, 20), "2026-12-31");
      long bytes = 0;
      int count = 0;
      for (String entry : results) {
        if (count < firstFew.size()) LiaisonTest.equal(firstFew.get(count), entry);
        String id = String.format("c%05d", count);
        LiaisonTest.check(entry.startsWith("{\"ok\":true,\"report\":{\"cadre\":\"" + id + "\",\"name\":\"干部"
            + id.substring(1) + "\""), entry.substring(0, 80));
        LiaisonTest.check(lectures.matcher(entry).find(), id + " lectures");
        bytes += entry.getBytes(StandardCharsets.UTF_8).length;
        count++;
      }
      LiaisonTest.equal(MANY, count);
      long heap = Runtime.getRuntime().maxMemory();
      LiaisonTest.check(bytes > 3 * heap, bytes + " bytes of results, heap " + heap);
    }
  }

  // ---- helpers

  private static List<String> all(ResultStream results) {
    List<String> entries = new ArrayList<>();
    for (String entry : results) entries.add(entry);
    return entries;
  }

  /** Cadre `i`: department d, province, full-time, 5 lectures of 30 youth. */
  private static String cadre(int i) {
    String id = String.format("c%05d", i);
    StringBuilder cadre = new StringBuilder("{\"id\":\"" + id + "\",\"name\":\"干部" + id.substring(1)
        + "\",\"department\":\"d\",\"organ_level\":\"province\",\"category\":\"full_time\","
        + "\"activities\":[");
    for (int k = 1; k <= 5; k++) {
      cadre.append(k == 1 ? "" : ",").append("{\"id\":\"l").append(k).append("\",\"date\":\"2026-0")
          .append(k + 1).append("-10\",\"kind\":\"lecture\",\"headcount\":30}");
    }
    return cadre.append("]}").toString();
  }

  private static final String DEPARTMENTS = "\"departments\":[{\"id\":\"d\",\"name\":\"团委\"}]";

  /** Cadres `from` to `to` - 1 as one liaison.records/1 document. */
  private static String document(int from, int to) {
    StringBuilder document = new StringBuilder("{\"schema\":\"liaison.records/1\",\"year\":2026,"
        + DEPARTMENTS + ",\"cadres\":[");
    for (int i = from; i < to; i++) document.append(i == from ? "" : ",").append(cadre(i));
    return document.append("]}").toString();
  }

  /** Cadres `from` to `to` - 1 as JSON Lines, made as they are read. */
  private static final class Lines extends InputStream {
    private int next;
    private final int to;
    private byte[] line;
    private int at;

    Lines(int from, int to) {
      this.next = from;
      this.to = to;
      this.line = ("{\"schema\":\"liaison.records.lines/1\",\"year\":2026," + DEPARTMENTS + "}\n")
          .getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      if (at == line.length) {
        if (next == to) return -1;
        line = (cadre(next++) + "\n").getBytes(StandardCharsets.UTF_8);
        at = 0;
      }
      int n = Math.min(length, line.length - at);
      System.arraycopy(line, at, buffer, offset, n);
      at += n;
      return n;
    }
  }

  /** The bytes of `text`, at most `size` at a time. */
  private static final class Pieces extends ByteArrayInputStream {
    private final int size;

    Pieces(byte[] text, int size) {
      super(text);
      this.size = size;
    }

    @Override
    public synchronized int read(byte[] buffer, int offset, int length) {
      return super.read(buffer, offset, Math.min(length, size));
    }
  }

  private ResultStreamTest() {}
}
