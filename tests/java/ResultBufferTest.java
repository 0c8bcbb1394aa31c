// ResultBuffer (bindings/java) and Policy's evaluate calls into one.
//
// The expected texts are those of the calls that allocate afresh, through
// other functions of the C ABI: evaluateJson (liaison_evaluate_json),
// evaluateLeanJson (liaison_evaluate_json_lean), and for JSON Lines the
// stream's header and entries (liaison_stream_*), a line each. The entries
// are checked to be one per cadre of examples/department.json (counted in the
// records' text, its "id":"c… keys of cadres).
//
//   java -cp liaison.jar:jna.jar:tests -Dliaison.source=… ResultBufferTest
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.liaison.InvalidArgumentException;
import org.liaison.InvalidDocumentException;
import org.liaison.Policy;
import org.liaison.ResultBuffer;
import org.liaison.ResultBuffer.Form;
import org.liaison.ResultStream;

public final class ResultBufferTest {
  private static final String AS_OF = "2026-12-31";
  private static final byte[] RECORDS = LiaisonTest.DEPARTMENT.getBytes(StandardCharsets.UTF_8);

  public static void main(String[] args) throws Exception {
    LiaisonTest.run(ResultBufferTest.class);
  }

  static void testThreeFormsAreTheAllocatingCallsByteForByte() {
    try (Policy policy = Policy.embedded("hunan"); ResultBuffer buffer = new ResultBuffer()) {
      String full = policy.evaluateJson(RECORDS, AS_OF);
      LiaisonTest.equal(full, policy.evaluateJson(RECORDS, AS_OF, Form.DOCUMENT, buffer));
      LiaisonTest.equal(policy.evaluateLeanJson(LiaisonTest.DEPARTMENT, AS_OF),
          policy.evaluateJson(RECORDS, AS_OF, Form.LEAN, buffer));
      LiaisonTest.equal(lines(policy), policy.evaluateJson(RECORDS, AS_OF, Form.LINES, buffer));
      LiaisonTest.equal(new String(policy.evaluateJsonUtf8(RECORDS, AS_OF), StandardCharsets.UTF_8),
          new String(policy.evaluateJsonUtf8(RECORDS, AS_OF, Form.DOCUMENT, buffer),
              StandardCharsets.UTF_8));
    }
  }

  static void testABufferLargeEnoughIsKept() {
    try (Policy policy = Policy.embedded("hunan"); ResultBuffer buffer = new ResultBuffer()) {
      LiaisonTest.equal(0L, buffer.capacity());
      byte[] first = policy.evaluateJsonUtf8(RECORDS, AS_OF, Form.DOCUMENT, buffer);
      long capacity = buffer.capacity();
      LiaisonTest.check(capacity > first.length, capacity + " bytes for " + first.length);
      String expectedLines = lines(policy);
      for (Form form : Form.values()) {
        String text = policy.evaluateJson(RECORDS, AS_OF, form, buffer);
        if (form == Form.LINES) LiaisonTest.equal(expectedLines, text);
        LiaisonTest.equal(capacity, buffer.capacity());
      }
    }
  }

  static void testASmallBatchThenABigOneGrowsTheBuffer() {
    try (Policy policy = Policy.embedded("hunan"); ResultBuffer buffer = new ResultBuffer()) {
      byte[] small = oneCadre().getBytes(StandardCharsets.UTF_8);
      LiaisonTest.equal(policy.evaluateJson(small, AS_OF),
          policy.evaluateJson(small, AS_OF, Form.DOCUMENT, buffer));
      String full = policy.evaluateJson(RECORDS, AS_OF);
      long fullBytes = full.getBytes(StandardCharsets.UTF_8).length;
      LiaisonTest.check(buffer.capacity() < fullBytes, buffer.capacity() + " before the big batch");
      LiaisonTest.equal(full, policy.evaluateJson(RECORDS, AS_OF, Form.DOCUMENT, buffer));
      LiaisonTest.check(buffer.capacity() > fullBytes, buffer.capacity() + " after it");
    }
  }

  static void testAFailedCallThrowsAndLeavesTheBufferUsable() {
    try (Policy policy = Policy.embedded("hunan"); ResultBuffer buffer = new ResultBuffer()) {
      String full = policy.evaluateJson(RECORDS, AS_OF, Form.DOCUMENT, buffer);
      long capacity = buffer.capacity();
      byte[] bad = "[1,".getBytes(StandardCharsets.UTF_8);
      InvalidDocumentException error = LiaisonTest.expect(InvalidDocumentException.class,
          () -> policy.evaluateJson(bad, AS_OF, Form.DOCUMENT, buffer));
      LiaisonTest.equal("$", error.path());
      LiaisonTest.expect(InvalidArgumentException.class,
          () -> policy.evaluateJson(RECORDS, "2026-13-01", Form.LEAN, buffer));
      LiaisonTest.equal(capacity, buffer.capacity());
      LiaisonTest.equal(full, policy.evaluateJson(RECORDS, AS_OF, Form.DOCUMENT, buffer));
    }
  }

  static void testAClosedBufferIsRefused() {
    try (Policy policy = Policy.embedded("hunan")) {
      ResultBuffer buffer = new ResultBuffer();
      policy.evaluateJson(RECORDS, AS_OF, Form.DOCUMENT, buffer);
      buffer.close();
      buffer.close();
      LiaisonTest.check(buffer.isClosed(), "closed");
      LiaisonTest.equal(0L, buffer.capacity());
      IllegalStateException refused = LiaisonTest.expect(IllegalStateException.class,
          () -> policy.evaluateJsonUtf8(RECORDS, AS_OF, Form.LINES, buffer));
      LiaisonTest.check(refused.getMessage().contains("closed")
          && refused.getMessage().contains("已关闭"), refused.getMessage());
    }
  }

  static void testThreadsSharingOneBufferTakeTurns() throws Exception {
    try (Policy policy = Policy.embedded("hunan"); ResultBuffer buffer = new ResultBuffer()) {
      String full = policy.evaluateJson(RECORDS, AS_OF);
      String lean = policy.evaluateLeanJson(LiaisonTest.DEPARTMENT, AS_OF);
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        List<Future<Boolean>> runs = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
          runs.add(pool.submit(() -> {
            boolean same = true;
            for (int i = 0; i < 3; i++) {
              same &= full.equals(policy.evaluateJson(RECORDS, AS_OF, Form.DOCUMENT, buffer));
              same &= lean.equals(policy.evaluateJson(RECORDS, AS_OF, Form.LEAN, buffer));
            }
            return same;
          }));
        }
        for (Future<Boolean> run : runs) LiaisonTest.check(run.get(), "a result changed");
      } finally {
        pool.shutdown();
      }
    }
  }

  /** The JSON Lines text of the department: the stream's header, then each entry, a line each. */
  private static String lines(Policy policy) {
    StringBuilder text = new StringBuilder();
    int entries = 0;
    try (ResultStream results = policy.evaluateStream(new ByteArrayInputStream(RECORDS), AS_OF)) {
      for (String entry : results) {
        if (entries++ == 0) text.append(results.header()).append('\n');
        text.append(entry).append('\n');
      }
    }
    LiaisonTest.equal(cadres(), entries);
    return text.toString();
  }

  /** The cadres of examples/department.json: its ids "c01", "c02", … counted in the text. */
  private static int cadres() {
    return LiaisonTest.DEPARTMENT.split("\"id\": ?\"c\\d+\"", -1).length - 1;
  }

  /** One cadre of one department, with no contact points and no activities. */
  private static String oneCadre() {
    return "{\"schema\":\"liaison.records/1\",\"year\":2026,"
        + "\"departments\":[{\"id\":\"org\",\"name\":\"基层组织建设部\"}],\"cadres\":["
        + "{\"id\":\"c0\",\"name\":\"甲\",\"department\":\"org\",\"rank\":\"department_head\","
        + "\"organ_level\":\"province\",\"category\":\"full_time\",\"contact_points\":[],"
        + "\"activities\":[]}]}";
  }
}
