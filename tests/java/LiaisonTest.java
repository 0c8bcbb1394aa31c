// The Java binding (bindings/java) against the library, every public method.
//
// Run by ctest twice: under LANG=C, where the JVM's default charset is
// US-ASCII and a binding that let JNA encode strings would turn Chinese into
// "?", and under a UTF-8 locale. Expected values are worked out by hand from
// the Hunan plan (二.4.(2): 优 ≤ 30%, 良 ≤ 50%, rounded down) or are the
// `liaison` command's output on the same input, run here.
//
//   java -cp liaison.jar:jna.jar:tests -Dliaison.cli=… -Dliaison.source=… \
//        -Dliaison.expectCharset=US-ASCII LiaisonTest
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.liaison.CheckedDocument;
import org.liaison.Grade;
import org.liaison.GradeCheck;
import org.liaison.IncompleteResultException;
import org.liaison.InvalidArgumentException;
import org.liaison.InvalidDocumentException;
import org.liaison.Language;
import org.liaison.Liaison;
import org.liaison.NotFoundException;
import org.liaison.Policy;
import org.liaison.Problem;

public final class LiaisonTest {
  static final Path SOURCE = Path.of(System.getProperty("liaison.source"));
  private static final String CLI = System.getProperty("liaison.cli");
  static final String DEPARTMENT = read(SOURCE.resolve("examples/department.json"));
  /**
   * Three cadres of department org; the second, c2 孙丽, dates a lecture
   * 2026-02-30, a day that does not exist.
   */
  static final String MIDDLE_BAD = read(SOURCE.resolve("tests/data/incomplete/middle-cadre-bad.json"));
  private static final String BAD_DATE = "$.cadres[1].activities[0].date";
  /** A cadre whose name has a character outside the BMP (𠮷) and a department named 团委. */
  private static final String CHINESE = "{\"schema\":\"liaison.records/1\",\"year\":2026,"
      + "\"departments\":[{\"id\":\"d\",\"name\":\"团委\"}],\"cadres\":[{\"id\":\"c1\","
      + "\"name\":\"团课𠮷\",\"department\":\"d\",\"rank\":\"staff\",\"organ_level\":\"province\","
      + "\"category\":\"full_time\",\"contact_points\":[],\"activities\":[]}]}";

  public static void main(String[] args) throws Exception {
    run(LiaisonTest.class);
  }

  /** Runs every static method of `tests` named test…, and exits 0 when all passed. */
  static void run(Class<?> tests) throws Exception {
    int failed = 0;
    int passed = 0;
    for (Method test : tests.getDeclaredMethods()) {
      if (!test.getName().startsWith("test")) continue;
      try {
        test.invoke(null);
        passed++;
      } catch (InvocationTargetException e) {
        failed++;
        System.out.println("FAIL " + test.getName() + ": " + e.getCause());
        e.getCause().printStackTrace(System.out);
      }
    }
    System.out.println(passed + " passed, " + failed + " failed");
    System.exit(failed == 0 && passed > 0 ? 0 : 1);
  }

  static void testTheLocaleIsTheOneAsked() {
    // The charset traps exist only if the JVM really runs with this charset.
    check(Charset.defaultCharset().name().equals(System.getProperty("liaison.expectCharset")),
        "default charset " + Charset.defaultCharset());
  }

  static void testVersionsAndStatusNames() {
    equal("0.1.0", Liaison.version());
    equal(1, Liaison.abiVersion());
    equal("LIAISON_OK", Liaison.statusName(0));
    equal("LIAISON_INVALID_DOCUMENT", Liaison.statusName(2));
    equal("LIAISON_NOT_FOUND", Liaison.statusName(3));
    equal("", Liaison.statusName(42));
    equal(List.of("hunan-2018", "hunan"), Liaison.embeddedIds());
  }

  static void testEmbeddedPolicyAndItsGrades() {
    try (Policy policy = Policy.embedded("hunan")) {
      equal("hunan", policy.id());
      equal(2019, policy.year());
      check(policy.fingerprint().matches("sha256:[0-9a-f]{64}"), policy.fingerprint());
      equal(List.of(new Grade(0, "excellent", "优", "excellent"), new Grade(1, "good", "良", "good"),
          new Grade(2, "fair", "中", "fair"), new Grade(3, "poor", "差", "poor")), policy.grades());
      try (Policy again = Policy.fromJson(policy.canonicalJson())) {
        equal(policy.fingerprint(), again.fingerprint());
      }
      try (Policy bytes = Policy.fromJson(policy.canonicalJson().getBytes(StandardCharsets.UTF_8))) {
        equal(policy.fingerprint(), bytes.fingerprint());
      }
    }
  }

  static void testUnknownPolicyIsNotFound() {
    NotFoundException e = expect(NotFoundException.class, () -> Policy.embedded("hunan-2031"));
    equal(3, e.code());
    equal("LIAISON_NOT_FOUND", e.statusName());
    check(e.getMessage().contains("hunan-2018"), e.getMessage());
  }

  static void testBadPolicyNamesItsPlace() {
    String bad = read(SOURCE.resolve("src/policy/policies/hunan.json"))
        .replaceFirst("\"min\": *2,", "\"min\": -1,");
    check(!bad.equals(read(SOURCE.resolve("src/policy/policies/hunan.json"))), "no min of 2 replaced");
    InvalidDocumentException e = expect(InvalidDocumentException.class, () -> Policy.fromJson(bad));
    equal(2, e.code());
    check(e.path().matches("\\$\\.rules\\[\\d+\\]\\.min"), e.path());
    check(!e.problems().isEmpty() && e.problems().get(0).path().equals(e.path()),
        e.problems().toString());
    InvalidDocumentException notJson = expect(InvalidDocumentException.class,
        () -> Policy.fromJson("{\"schema\": 团"));
    // `{"schema": ` is 11 characters, so 团 stands at column 12 where a value should.
    equal("$.schema", notJson.path());
    check(notJson.getMessage().contains("line 1, column 12: not valid JSON: expected a value"),
        notJson.getMessage());
  }

  static void testEvaluationIsTheCommands() {
    try (Policy policy = Policy.embedded("hunan")) {
      String expected = cli("evaluate", "--policy", "hunan", "--as-of", "2026-12-31",
          SOURCE.resolve("examples/department.json").toString(), "--json");
      equal(expected, indent(policy.evaluateJson(DEPARTMENT, "2026-12-31")));
      equal(expected, indent(policy.evaluateJson(DEPARTMENT.getBytes(StandardCharsets.UTF_8),
          "2026-12-31")));
      // The same document as UTF-8 bytes, not decoded.
      byte[] utf8 = policy.evaluateJsonUtf8(DEPARTMENT.getBytes(StandardCharsets.UTF_8),
          "2026-12-31");
      equal(policy.evaluateJson(DEPARTMENT, "2026-12-31"), new String(utf8, StandardCharsets.UTF_8));
      // examples/department.json has 13 cadres, c01 刘建华 first, c13 曾凡 last.
      List<String> entries = policy.evaluateEach(DEPARTMENT, "2026-12-31");
      equal(13, entries.size());
      check(entries.get(0).contains("\"cadre\":\"c01\",\"name\":\"刘建华\""), entries.get(0));
      check(entries.get(12).contains("\"cadre\":\"c13\",\"name\":\"曾凡\""), entries.get(12));
      check(policy.evaluateJson(DEPARTMENT, "2026-12-31").contains(entries.get(5)), "entry 6");
    }
  }

  static void testChineseRoundTripsExactly() {
    try (Policy policy = Policy.embedded("hunan")) {
      String evaluation = policy.evaluateJson(CHINESE, "2026-06-30");
      check(evaluation.contains("\"name\":\"团委\""), evaluation);
      equal(evaluation, new String(policy.evaluateJsonUtf8(CHINESE.getBytes(StandardCharsets.UTF_8),
          "2026-06-30"), StandardCharsets.UTF_8));
      check(evaluation.contains("\"name\":\"团课𠮷\""), evaluation);
      check(!evaluation.contains("?"), "a ? in " + evaluation);
      check(evaluation.contains("集中宣讲") || evaluation.contains("宣讲"), "zh messages");
    }
  }

  static void testDocumentCalls() {
    try (Policy policy = Policy.embedded("hunan"); Policy before = Policy.embedded("hunan-2018")) {
      String records = SOURCE.resolve("examples/department.json").toString();
      equal(cli("progress", "--policy", "hunan", "--as-of", "2026-06-30", records, "--json"),
          indent(policy.progressJson(DEPARTMENT, "2026-06-30")));
      equal(cli("grade", "--policy", "hunan", "--as-of", "2026-12-31", records, "--json"),
          indent(policy.proposeJson(DEPARTMENT, "2026-12-31")));
      equal(cli("caps", "--policy", "hunan", "10", "--json"), indent(policy.capsJson(10)));
      check(policy.capsJson(10).contains("floor(0.30 × 10)"), "derivation");
      // 宣传部 grades c11 优 though a department of its size has no 优 place.
      CheckedDocument checked = policy.checkJson(DEPARTMENT, "2026-12-31");
      check(!checked.passed(), "check passed");
      equal(cli("check", "--policy", "hunan", "--as-of", "2026-12-31", records, "--json"),
          indent(checked.json()));
      String diff = before.diffJson(policy, DEPARTMENT, "2026-12-31");
      check(diff.contains("\"schema\":\"liaison.policy-diff/1\""), diff.substring(0, 80));
      equal(cli("diff", "--before", "hunan-2018", "--after", "hunan", "--as-of", "2026-12-31",
          records, "--json"), indent(diff));
    }
  }

  static void testTypedGrading() {
    try (Policy policy = Policy.embedded("hunan")) {
      // ⌊0.3 n⌋ and ⌊0.5 n⌋; 中 and 差 are not capped.
      check(Arrays.equals(new int[] {3, 5, -1, -1}, policy.gradeCaps(10)), "caps(10)");
      check(Arrays.equals(new int[] {0, 1, -1, -1}, policy.gradeCaps(3)), "caps(3)");
      check(Arrays.equals(new int[] {2, 3, -1, -1}, policy.gradeCaps(7)), "caps(7)");
      InvalidArgumentException negative = expect(InvalidArgumentException.class,
          () -> policy.gradeCaps(-1));
      equal(1, negative.code());
      // 3 优 and 5 良 of 10 are within the caps; one cadre has no grade yet.
      equal(new GradeCheck(0, 0, 0, 1),
          policy.checkGrades(new int[] {0, 0, 0, 1, 1, 1, 1, 1, 2, -1}, null));
      // 4 优 of 10 is over ⌊0.3 × 10⌋ = 3; index 7 is outside a 4-grade scale.
      GradeCheck over = policy.checkGrades(new int[] {0, 0, 0, 0, 1, 2, 2, 2, 2, 7}, null);
      equal(new GradeCheck(1, 0, 1, 0), over);
      check(!over.passed(), "passed");
      // Cadre 0 is eligible for 良 at best but graded 优.
      equal(new GradeCheck(0, 1, 0, 0),
          policy.checkGrades(new int[] {0, 1, 2, 2}, new int[] {1, 1, 2, 2}));
      expect(InvalidArgumentException.class, () -> policy.checkGrades(new int[2], new int[3]));
    }
  }

  static void testRecordsErrorsNameTheirPlace() {
    try (Policy policy = Policy.embedded("hunan")) {
      InvalidArgumentException date = expect(InvalidArgumentException.class,
          () -> policy.evaluateJson(DEPARTMENT, "2026-02-30"));
      check(date.getMessage().contains("2026-02-30"), date.getMessage());
      InvalidDocumentException cut = expect(InvalidDocumentException.class,
          () -> policy.evaluateJson(DEPARTMENT.substring(0, 1000), "2026-12-31"));
      // The first 1000 characters of examples/department.json end after
      // `"source": ` of c01's fourth contact point.
      equal("$.cadres[0].contact_points[3].source", cut.path());
      InvalidDocumentException cutBytes = expect(InvalidDocumentException.class,
          () -> policy.evaluateJsonUtf8(DEPARTMENT.substring(0, 1000).getBytes(StandardCharsets.UTF_8),
              "2026-12-31"));
      equal("$.cadres[0].contact_points[3].source", cutBytes.path());  // the same 1000 characters
      InvalidDocumentException year = expect(InvalidDocumentException.class,
          () -> policy.evaluateJson(DEPARTMENT.replace("\"year\": 2026", "\"year\": 2017"),
              "2026-12-31"));
      equal("$.year", year.path());
      // One bad activity date is an error entry with its path, not a failed call.
      String bad = CHINESE.replace("\"activities\":[]",
          "\"activities\":[{\"id\":\"a1\",\"date\":\"2026-02-30\",\"kind\":\"lecture\"}]");
      String evaluation = policy.evaluateJson(bad, "2026-12-31");
      check(evaluation.contains("$.cadres[0].activities[0].date"), evaluation);
    }
  }

  static void testApportionAndCases() {
    // 10 places over bases 6, 3 and 1: quotas 6, 3, 1 exactly.
    String apportioned = Liaison.apportionJson("{\"places\": 10, \"units\": [{\"id\": \"a\", "
        + "\"base\": 6}, {\"id\": \"b\", \"base\": 3}, {\"id\": \"c\", \"base\": 1}]}");
    check(apportioned.contains("\"schema\":\"liaison.apportionment/1\""), apportioned);
    expect(InvalidDocumentException.class, () -> Liaison.apportionJson("{\"places\": \"ten\"}"));
    CheckedDocument run = Liaison.runCaseJson(read(SOURCE.resolve("tests/cases/hunan-caps.case.json")),
        SOURCE.resolve("tests/cases").toString());
    check(run.passed(), run.json());
    CheckedDocument wrong = Liaison.runCaseJson(read(SOURCE.resolve("tests/cases/hunan-caps.case.json"))
        .replace("{\"base\": 10, \"caps\": {\"excellent\": 3", "{\"base\": 10, \"caps\": {\"excellent\": 4"),
        SOURCE.resolve("tests/cases").toString());
    check(!wrong.passed(), wrong.json());
  }

  static void testErrorsInEitherLanguage() {
    try (Policy policy = Policy.embedded("hunan")) {
      InvalidArgumentException date = expect(InvalidArgumentException.class,
          () -> policy.evaluateJson(DEPARTMENT, "2026-02-30"));
      equal(date.getMessage(), date.message(Language.EN));
      check(date.message(Language.ZH).contains("2026-02-30") && date.message(Language.ZH).contains("日期"),
          date.message(Language.ZH));
      check(!date.message(Language.ZH).contains("?"), "a ? in " + date.message(Language.ZH));
      // Cut after 1000 characters: one problem, at the same path in both languages.
      InvalidDocumentException cut = expect(InvalidDocumentException.class,
          () -> policy.evaluateJson(DEPARTMENT.substring(0, 1000), "2026-12-31"));
      List<Problem> zh = cut.problems(Language.ZH);
      equal(cut.problems(), cut.problems(Language.EN));
      equal(1, zh.size());
      equal(cut.path(), zh.get(0).path());
      check(zh.get(0).message().contains("JSON") && !zh.get(0).message().equals(cut.problems().get(0).message()),
          zh.get(0).message());
    }
  }

  static void testIncompleteResultsAndTheirOptOut() {
    try (Policy policy = Policy.embedded("hunan"); Policy before = Policy.embedded("hunan-2018")) {
      for (Body call : List.<Body>of(() -> policy.progressJson(MIDDLE_BAD, "2026-06-30"),
          () -> policy.proposeJson(MIDDLE_BAD, "2026-06-30"),
          () -> before.diffJson(policy, MIDDLE_BAD, "2026-06-30"))) {
        IncompleteResultException e = expect(IncompleteResultException.class, call);
        equal(6, e.code());
        equal("LIAISON_INCOMPLETE", e.statusName());
        equal(BAD_DATE, e.path());
        check(e.getMessage().contains("1 of 3") && e.getMessage().contains("c2"), e.getMessage());
        equal(BAD_DATE, e.problems(Language.ZH).get(0).path());
        check(e.message(Language.ZH).contains(BAD_DATE), e.message(Language.ZH));
      }
      // c1 and c3 are evaluated, c2 counts as an error; neither has an activity, so at
      // mid-year both are behind on lectures and are to be followed up.
      String progress = policy.progressJsonAllowingErrors(MIDDLE_BAD, "2026-06-30");
      check(progress.contains("{\"department\":\"org\",\"cadres\":3,\"evaluated\":2,\"errors\":1,"),
          progress.substring(0, 400));
      check(progress.contains("\"follow_up\":[\"c1\",\"c3\"]"), "c1 and c3 to follow up");
      // The quota base is c1 and c3: 优 ⌊0.3 × 2⌋ = 0, 良 ⌊0.5 × 2⌋ = 1; c2 an error entry.
      String proposal = policy.proposeJsonAllowingErrors(MIDDLE_BAD, "2026-06-30");
      check(proposal.contains("\"base\":2,"), "base 2");
      check(proposal.contains("\"proposed\":{\"excellent\":0,\"good\":1,\"fair\":1,\"poor\":0}"),
          "proposed 0 优, 1 良, 1 中");
      check(Pattern.compile("\\{\"ok\":true,\"cadre\":\"c1\".*\\{\"ok\":false,\"error\":\\{[^}]*\""
          + Pattern.quote(BAD_DATE) + "\"\\},\"index\":1,\"cadre\":\"c2\"\\}.*\\{\"ok\":true,"
          + "\"cadre\":\"c3\"").matcher(proposal).find(), "c1, c2 in error, c3");
      String diff = before.diffJsonAllowingErrors(policy, MIDDLE_BAD, "2026-06-30");
      check(diff.contains("\"cadres\":3,") && diff.contains("\"errors\":1}"), "summary: 3, 1 error");
    }
  }

  static void testLeanRendersToTheFullDocument() {
    try (Policy policy = Policy.embedded("hunan"); Policy other = Policy.embedded("hunan-2018")) {
      String lean = policy.evaluateLeanJson(DEPARTMENT, "2026-12-31");
      String full = policy.evaluateJson(DEPARTMENT, "2026-12-31");
      check(lean.startsWith("{\"schema\":\"liaison.evaluation-lean/1\""), lean.substring(0, 60));
      check(!lean.contains("\"message\":{\"zh\"") && !lean.contains("\"title\""), "texts in lean");
      check(lean.length() * 2 < full.length(), "lean " + lean.length() + " of " + full.length());
      equal(full, policy.renderJson(lean));
      InvalidDocumentException elsewhere = expect(InvalidDocumentException.class,
          () -> other.renderJson(lean));
      equal("$.policy.fingerprint", elsewhere.path());
      InvalidDocumentException rule = expect(InvalidDocumentException.class,
          () -> policy.renderJson(lean.replaceFirst("\"rule\":\"lectures\"", "\"rule\":\"lecturez\"")));
      check(rule.path().matches("\\$\\.results\\[0\\]\\.report\\.findings\\[\\d+\\]\\.rule"), rule.path());
    }
  }

  static void testPolicyWarnings() {
    try (Policy policy = Policy.embedded("hunan")) {
      equal("[]", policy.warningsJson());
      // Rule 0, lectures, says 不少于4次 in its titles; a min of 5 contradicts both.
      String changed = policy.canonicalJson().replaceFirst("(\"id\":\"lectures\".*?\"min\":)4,", "$15,");
      try (Policy edited = Policy.fromJson(changed)) {
        String warnings = edited.warningsJson();
        check(warnings.contains("\"path\":\"$.rules[0].title.zh\",\"code\":\"title_number\""), warnings);
        check(warnings.contains("\"path\":\"$.rules[0].title.en\",\"code\":\"title_number\""), warnings);
      }
    }
  }

  static void testReportIsTheCommands() {
    try (Policy policy = Policy.embedded("hunan")) {
      String records = SOURCE.resolve("examples/department.json").toString();
      String organ = policy.reportHtml(DEPARTMENT, "2026-12-31");
      equal(cli("report", "--policy", "hunan", "--as-of", "2026-12-31", "--lang", "zh", records),
          organ);
      check(organ.contains("刘建华") && organ.contains("曾凡"), "the first and last cadres' names");
      // org: 10 cadres, 7 in the quota base (c06 exempt, c09 not taking part, c10 on
      // probation): 优 ⌊0.3 × 7⌋ = 2; pub: 3 cadres, 优 ⌊0.3 × 3⌋ = 0.
      String org = policy.reportHtml(DEPARTMENT, "2026-12-31", "org", Language.ZH);
      check(org.contains("优 上限 2") && !org.contains("曾凡"), "org's 优 cap, without pub's cadres");
      String pub = policy.reportHtml(DEPARTMENT, "2026-12-31", "pub", Language.EN);
      equal(cli("report", "--policy", "hunan", "--as-of", "2026-12-31", "--department", "pub",
          "--lang", "en", records), pub);
      check(pub.contains("<html lang=\"en\">") && pub.contains("excellent cap 0"), "pub in English");
      InvalidArgumentException youth = expect(InvalidArgumentException.class,
          () -> policy.reportHtml(DEPARTMENT, "2026-12-31", "youth", Language.ZH));
      check(youth.getMessage().contains("youth"), youth.getMessage());
      // The filters: c03 (王丽娟, org) and c11 (彭志伟, pub) only, as the command shows them.
      String two = policy.reportHtml(DEPARTMENT, "2026-12-31", List.of(), List.of("c03", "c11"),
          Language.ZH, false);
      equal(cli("report", "--policy", "hunan", "--as-of", "2026-12-31", "--cadre", "c03,c11",
          "--lang", "zh", records), two);
      check(two.contains("王丽娟") && two.contains("彭志伟") && !two.contains("刘建华")
          && !two.contains("曾凡"), "c03 and c11 only");
      // c2 (孙丽) has a lecture on 2026-02-30: refused, or made from c1 and c3 with c2 listed.
      IncompleteResultException bad = expect(IncompleteResultException.class,
          () -> policy.reportHtml(MIDDLE_BAD, "2026-06-30", List.of(), List.of(), Language.ZH,
              false));
      check(bad.getMessage().contains("c2"), bad.getMessage());
      String allowed = policy.reportHtml(MIDDLE_BAD, "2026-06-30", List.of(), List.of(),
          Language.ZH, true);
      check(allowed.contains("孙丽") && allowed.contains("钱进") && allowed.contains("冯涛"),
          "the good cadres reported, the bad one listed");
    }
  }

  static void testCaseResultsInEitherLanguage() {
    // A case whose inline records hold c2's bad date fails, naming $.cadres[1].
    String records = MIDDLE_BAD;
    String caseJson = "{\"schema\":\"liaison.case/1\",\"name\":\"bad inline record\",\"policy\":"
        + "\"hunan\",\"as_of\":\"2026-06-30\",\"records\":{\"inline\":" + records + "},\"expect\":{}}";
    String base = SOURCE.resolve("tests/cases").toString();
    CheckedDocument zh = Liaison.runCaseJson(caseJson, base, Language.ZH);
    CheckedDocument en = Liaison.runCaseJson(caseJson, base, Language.EN);
    check(!zh.passed() && !en.passed(), "a bad record passed");
    equal(en, Liaison.runCaseJson(caseJson, base));
    Matcher zhMessage = Pattern.compile("\"message\": *\"([^\"]*)").matcher(zh.json());
    Matcher enMessage = Pattern.compile("\"message\": *\"([^\"]*)").matcher(en.json());
    check(zhMessage.find() && enMessage.find(), zh.json());
    check(zhMessage.group(1).contains("$.cadres[1]") && zhMessage.group(1).contains("应为"),
        zhMessage.group(1));
    check(enMessage.group(1).contains("c2 at $.cadres[1]: expected"), enMessage.group(1));
  }

  static void testClosedPolicyRefusesCalls() {
    Policy policy = Policy.embedded("hunan");
    policy.close();
    policy.close();
    expect(IllegalStateException.class, () -> policy.gradeCaps(10));
  }

  static void testReleasedMemoryChangesNoResult() {
    try (Policy policy = Policy.embedded("hunan")) {
      String first = policy.evaluateJson(DEPARTMENT, "2026-06-30");
      Liaison.releaseThreadBuffers();
      Liaison.releaseEmbeddedPolicies();
      equal(first, policy.evaluateJson(DEPARTMENT, "2026-06-30"));
      try (Policy again = Policy.embedded("hunan")) {
        equal(first, again.evaluateJson(DEPARTMENT, "2026-06-30"));
      }
    }
  }

  static void testEightThreadsShareOnePolicy() throws Exception {
    try (Policy policy = Policy.embedded("hunan")) {
      String evaluation = policy.evaluateJson(DEPARTMENT, "2026-12-31");
      String proposal = policy.proposeJson(DEPARTMENT, "2026-12-31");
      String checked = policy.checkJson(DEPARTMENT, "2026-12-31").json();
      ExecutorService pool = Executors.newFixedThreadPool(8);
      List<Future<Boolean>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        results.add(pool.submit(() -> {
          boolean same = true;
          for (int i = 0; i < 10; i++) {
            same &= evaluation.equals(policy.evaluateJson(DEPARTMENT, "2026-12-31"));
            same &= proposal.equals(policy.proposeJson(DEPARTMENT, "2026-12-31"));
            same &= checked.equals(policy.checkJson(DEPARTMENT, "2026-12-31").json());
            same &= Arrays.equals(new int[] {3, 5, -1, -1}, policy.gradeCaps(10));
          }
          return same;
        }));
      }
      for (Future<Boolean> result : results) check(result.get(), "a thread's result differs");
      pool.shutdown();
    }
  }

  // ---- helpers

  /** The library's compact JSON indented as `liaison --json` prints it. */
  static String indent(String json) {
    return JsonIndent.indent(json);
  }

  static String cli(String... args) {
    List<String> command = new ArrayList<>(List.of(CLI));
    command.addAll(List.of(args));
    try {
      Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT)
          .start();
      byte[] out;
      try (InputStream stdout = process.getInputStream()) {
        out = stdout.readAllBytes();
      }
      int status = process.waitFor();
      check(status == 0 || status == 1, "liaison exited " + status);
      return new String(out, StandardCharsets.UTF_8);
    } catch (IOException | InterruptedException e) {
      throw new AssertionError(e);
    }
  }

  static String read(Path path) {
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  interface Body {
    void run() throws Exception;
  }

  static <T extends Throwable> T expect(Class<T> type, Body body) {
    try {
      body.run();
    } catch (Throwable e) {
      if (type.isInstance(e)) return type.cast(e);
      throw new AssertionError("expected " + type.getSimpleName() + ", got " + e, e);
    }
    throw new AssertionError("expected " + type.getSimpleName() + ", nothing thrown");
  }

  static void check(boolean condition, String what) {
    if (!condition) throw new AssertionError(what);
  }

  static void equal(Object expected, Object actual) {
    if (!expected.equals(actual)) {
      String a = String.valueOf(actual);
      throw new AssertionError("expected " + expected + "\n     got " + (a.length() > 400 ? a.substring(0, 400) + "…" : a));
    }
  }

  private LiaisonTest() {}
}
