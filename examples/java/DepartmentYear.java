// DepartmentYear: a department's year under the Hunan policy, the whole job
// an OA system does with the Java binding (docs/java.md).
//
// Loads the embedded policy, evaluates the department's records as of a
// date, asks for the grade caps of its quota base, proposes grades and
// checks the grades the records assign; writes each document into OUT_DIR
// laid out as `liaison … --json` prints it (evaluation.json, caps.json,
// proposal.json, check.json), and prints a summary, with the error a bad
// date gives.
//
//   java -cp /usr/local/share/java/liaison.jar:/usr/share/java/jna.jar:. \
//        DepartmentYear examples/department.json 2026-12-31 out/
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.liaison.CheckedDocument;
import org.liaison.Grade;
import org.liaison.GradeCheck;
import org.liaison.InvalidArgumentException;
import org.liaison.LiaisonException;
import org.liaison.Policy;

public final class DepartmentYear {
  private DepartmentYear() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: DepartmentYear RECORDS.json YYYY-MM-DD OUT_DIR");
      System.exit(2);
    }
    // The records as bytes: they go to the library as UTF-8, whatever the locale.
    byte[] records = Files.readAllBytes(Path.of(args[0]));
    String asOf = args[1];
    // System.out encodes in the JVM's default charset, US-ASCII under LANG=C:
    // 优 would print as ?. Print UTF-8 whatever the locale.
    PrintStream stdout = new PrintStream(new FileOutputStream(FileDescriptor.out), true,
        StandardCharsets.UTF_8);
    Path out = Path.of(args[2]);
    Files.createDirectories(out);

    try (Policy policy = Policy.embedded("hunan")) {
      stdout.println("policy " + policy.id() + " " + policy.fingerprint());

      write(out.resolve("evaluation.json"), policy.evaluateJson(records, asOf));

      int[] caps = policy.gradeCaps(10);
      StringBuilder line = new StringBuilder("caps for 10 cadres:");
      for (Grade grade : policy.grades()) {
        if (caps[grade.index()] >= 0) {
          line.append(' ').append(grade.zh()).append(' ').append(caps[grade.index()]);
        }
      }
      stdout.println(line);
      write(out.resolve("caps.json"), policy.capsJson(10));

      // A grade sheet of 10 as entered: 0 = 优, 1 = 良, 2 = 中, -1 = none yet.
      GradeCheck sheet = policy.checkGrades(new int[] {0, 0, 0, 1, 1, 1, 1, 1, 2, -1}, null);
      stdout.println("grade sheet: " + sheet.overCap() + " cap(s) exceeded, "
          + sheet.missing() + " cadre(s) without a grade");

      String recordsText = new String(records, StandardCharsets.UTF_8);
      write(out.resolve("proposal.json"), policy.proposeJson(recordsText, asOf));
      CheckedDocument check = policy.checkJson(recordsText, asOf);
      write(out.resolve("check.json"), check.json());
      stdout.println("assigned grades " + (check.passed() ? "within" : "violate")
          + " the policy");

      try {
        policy.evaluateJson(records, "2026-02-30");
      } catch (InvalidArgumentException e) {
        stdout.println("error " + e.statusName() + ": " + e.getMessage());
      }
    } catch (LiaisonException e) {
      System.err.println(e.statusName() + ": " + e.getMessage()
          + (e.path().isEmpty() ? "" : " (at " + e.path() + ")"));
      System.exit(1);
    }
  }

  private static void write(Path path, String document) throws IOException {
    Files.writeString(path, JsonIndent.indent(document), StandardCharsets.UTF_8);
  }
}
