// The Java binding's per-call cost, next to the C figures of
// bench/c_abi_bench.cc (BM_CAbiDepartment*): bench/bindings_bench.py runs
// both, and the PHP one, back to back.
//
//   java -cp bench.jar:liaison.jar:jna.jar -Dliaison.library=… \
//        BindingBench examples/department.json [seconds per round] [rounds]
//
// Each call is timed as an OA system makes it: Policy.evaluateJson(byte[],
// "2026-12-31") returns the evaluation as a String (the library's document
// copied and decoded as UTF-8, then freed); Policy.gradeCaps(10) and
// Policy.checkGrades(…) return typed results; evaluateJsonUtf8 returns the
// document's UTF-8 bytes undecoded. Every call first runs untimed
// until the JIT has compiled it (warm-up), then in rounds of about the given
// seconds; a round's time divided by its calls is one figure, and the
// median of the rounds is printed, in wall-clock time and in the process's
// CPU time (which counts the GC's and JIT's threads too). Allocation per call is the Java heap
// allocated by the calling thread (com.sun.management.ThreadMXBean) over
// the timed calls, divided by their number.
//
// Output: one JSON object per line, {"name", "ns_per_call" (median),
// "rounds" (each round's ns per call), "cpu_ns_per_call", "bytes_allocated_per_call",
// "calls"}, then {"name": "process", "peak_rss_kib"} from /proc/self/status.
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.IntSupplier;
import org.liaison.GradeCheck;
import org.liaison.Policy;

public final class BindingBench {
  private static volatile int sink;

  private BindingBench() {}

  public static void main(String[] args) throws Exception {
    byte[] records = Files.readAllBytes(Path.of(args[0]));
    double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 0.5;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    int[] grades = {0, 0, 0, 1, 1, 1, 1, 1, 2, -1};
    try (Policy policy = Policy.embedded("hunan")) {
      String first = policy.evaluateJson(records, "2026-12-31");
      int resultBytes = first.getBytes(StandardCharsets.UTF_8).length;
      run("evaluate", seconds, rounds, resultBytes, () -> policy.evaluateJson(records, "2026-12-31").length());
      run("evaluate_utf8", seconds, rounds, resultBytes,
          () -> policy.evaluateJsonUtf8(records, "2026-12-31").length);
      run("grade_caps", seconds, rounds, 0, () -> policy.gradeCaps(10)[0]);
      run("grade_check", seconds, rounds, 0, () -> {
        GradeCheck check = policy.checkGrades(grades, null);
        return check.overCap();
      });
    }
    System.out.println("{\"name\": \"process\", \"peak_rss_kib\": " + peakRssKib() + "}");
  }

  private static void run(String name, double seconds, int rounds, int resultBytes, IntSupplier call) {
    // Warm-up: at least 2 s or 20,000 calls, whichever ends later, so that
    // C2 has compiled the call path (JNA's dispatch, the UTF-8 decoder).
    long warmUntil = System.nanoTime() + 2_000_000_000L;
    long calls = 0;
    int s = 0;
    while (System.nanoTime() < warmUntil || calls < 20_000) {
      s += call.getAsInt();
      calls++;
    }
    // Calls per round from the warm-up's rate.
    long start = System.nanoTime();
    for (int i = 0; i < 100; i++) s += call.getAsInt();
    double perCall = (System.nanoTime() - start) / 100.0;
    long batch = Math.max(1, (long) (seconds * 1e9 / perCall));

    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long thread = Thread.currentThread().getId();
    com.sun.management.OperatingSystemMXBean process =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    double[] figures = new double[rounds];
    double[] cpu = new double[rounds];
    long allocated = 0;
    for (int r = 0; r < rounds; r++) {
      long bytesBefore = threads.getThreadAllocatedBytes(thread);
      long c0 = process.getProcessCpuTime();
      long t0 = System.nanoTime();
      for (long i = 0; i < batch; i++) s += call.getAsInt();
      long t1 = System.nanoTime();
      cpu[r] = (process.getProcessCpuTime() - c0) / (double) batch;
      allocated += threads.getThreadAllocatedBytes(thread) - bytesBefore;
      figures[r] = (t1 - t0) / (double) batch;
    }
    sink = s;
    double median = median(figures);
    List<String> each = new ArrayList<>();
    for (double f : figures) each.add(String.format(Locale.ROOT, "%.1f", f));
    System.out.printf(Locale.ROOT, "{\"name\": \"%s\", \"ns_per_call\": %.1f, \"rounds\": [%s], "
            + "\"cpu_ns_per_call\": %.1f, \"bytes_allocated_per_call\": %d, \"calls\": %d, "
            + "\"result_bytes\": %d}%n",
        name, median, String.join(", ", each), median(cpu), allocated / (batch * rounds),
        batch * rounds, resultBytes);
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  private static long peakRssKib() throws Exception {
    for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
      if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("[^0-9]", ""));
    }
    return -1;
  }
}
