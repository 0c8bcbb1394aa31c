/* No bad record is silent through the C ABI: a result over a batch of cadres
 * (progress, proposed grades, a policy diff, the report) whose records hold a
 * bad cadre is LIAISON_INCOMPLETE, naming the cadre and the path of its problem, unless
 * the caller opts out with the call's *_allowing_errors variant; a case file
 * whose inline records hold a bad cadre fails; a misspelt score component is
 * an error entry at its path. Also: messages quote input safely (a NUL is
 * shown, not cut), a duplicate unit id in apportionment is
 * LIAISON_INVALID_DOCUMENT with its path, and apportionment refuses more
 * places than its documented limit.
 *
 * The fixtures are tests/data/incomplete/ (argument 1: that directory). By
 * hand: middle-cadre-bad.json has three cadres of department "org"; the
 * second, c2, dates a lecture 2026-02-30, which does not exist, at
 * $.cadres[1].activities[0].date; its name is 孙丽, which the report with
 * errors allowed lists with its id and place. misspelt-score.json gives c1 the score
 * component "report" and c2 "reprot": under hunan with its weights changed to
 * tasks 0.6 and report 0.4, "reprot" is no component, at
 * $.cadres[1].scores.reprot. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "c_test_support.h"
#include "liaison.h"

/* A fixture of tests/data/incomplete/, read whole. */
static char* read_fixture(const char* directory, const char* name, size_t* length) {
  char path[4096];
  snprintf(path, sizeof path, "%s/%s", directory, name);
  return read_file(path, length);
}

#define DATE "2026-06-30", 10
#define BAD_DATE_PATH "$.cadres[1].activities[0].date"

typedef liaison_status (*records_call)(const liaison_policy*, const char*, size_t, const char*,
                                       size_t, char**, size_t*, liaison_error**);

/* `strict` refuses the batch with a bad cadre; `allowing` returns it with the
 * cadre counted, and `counted` is in its document. */
static void check_refused_then_allowed(const liaison_policy* policy, const char* records,
                                       size_t length, records_call strict,
                                       records_call allowing, const char* counted) {
  char* result = (char*)"untouched";
  size_t result_length = 7;
  liaison_error* error = NULL;
  CHECK(strict(policy, records, length, DATE, &result, &result_length, &error) ==
        LIAISON_INCOMPLETE);
  CHECK(result == NULL && result_length == 0);
  CHECK(liaison_error_code(error) == LIAISON_INCOMPLETE);
  CHECK(contains(liaison_error_message(error), "1 of 3 cadres' records are bad"));
  CHECK(contains(liaison_error_message(error), "c2"));
  CHECK(strcmp(liaison_error_path(error), BAD_DATE_PATH) == 0);
  CHECK(contains(liaison_error_problems_json(error), "\"path\":\"" BAD_DATE_PATH "\""));
  CHECK(contains(liaison_error_problems_json(error), "cadre c2: "));
  /* The same in Chinese: the whole message and each problem. */
  CHECK(contains(liaison_error_message_in(error, LIAISON_LANGUAGE_ZH),
                 "不完整：3 名干部中有 1 名的记录有误"));
  CHECK(contains(liaison_error_message_in(error, LIAISON_LANGUAGE_ZH),
                 "；c2：干部“c2”有 1 处问题：" BAD_DATE_PATH "：“2026-02-30”不是有效的日期"));
  CHECK(!contains(liaison_error_message_in(error, LIAISON_LANGUAGE_ZH), "calendar"));
  CHECK(contains(liaison_error_problems_json_in(error, LIAISON_LANGUAGE_ZH), "干部 c2："));
  liaison_error_free(error);

  CHECK(allowing(policy, records, length, DATE, &result, &result_length, &error) == LIAISON_OK);
  CHECK(error == NULL);
  CHECK(contains(result, counted));
  liaison_free(result);
}

static void test_progress_and_proposal(const liaison_policy* hunan, const char* records,
                                       size_t length) {
  /* The department's three cadres: one error, two evaluated. */
  check_refused_then_allowed(hunan, records, length, liaison_progress_json,
                             liaison_progress_json_allowing_errors,
                             "{\"department\":\"org\",\"cadres\":3,\"evaluated\":2,\"errors\":1,");
  check_refused_then_allowed(hunan, records, length, liaison_propose_json,
                             liaison_propose_json_allowing_errors,
                             "{\"ok\":false,\"error\":{");
}

static void test_diff(const liaison_policy* before, const liaison_policy* after,
                      const char* records, size_t length) {
  char* result = NULL;
  size_t result_length = 0;
  liaison_error* error = NULL;
  CHECK(liaison_diff_json(before, after, records, length, DATE, &result, &result_length, &error) ==
        LIAISON_INCOMPLETE);
  CHECK(result == NULL);
  CHECK(contains(liaison_error_message(error), "the policy diff is incomplete"));
  CHECK(contains(liaison_error_message_in(error, LIAISON_LANGUAGE_ZH),
                 "政策差异比较不完整：3 名干部中有 1 名的记录有误，未计入其中；c2：" BAD_DATE_PATH
                 "：“2026-02-30”不是有效的日期"));
  CHECK(contains(liaison_error_message(error), "c2"));
  CHECK(strcmp(liaison_error_path(error), BAD_DATE_PATH) == 0);
  liaison_error_free(error);
  CHECK(liaison_diff_json_allowing_errors(before, after, records, length, DATE, &result,
                                          &result_length, &error) == LIAISON_OK);
  CHECK(contains(result, "\"errors\":1"));
  liaison_free(result);
}

/* hunan, whose score weighs tasks alone, made to weigh reports too. */
static liaison_policy* weighing_reports(const liaison_policy* hunan) {
  static const char kTasksAlone[] = "\"weights\":[{\"component\":\"tasks\",\"weight\":1}]";
  static const char kWithReports[] =
      "\"weights\":[{\"component\":\"tasks\",\"weight\":0.6},"
      "{\"component\":\"report\",\"weight\":0.4}]";
  char* canonical = NULL;
  size_t length = 0;
  char* changed;
  char* at;
  liaison_policy* policy = NULL;
  if (liaison_policy_canonical_json(hunan, &canonical, &length, NULL) != LIAISON_OK) return NULL;
  at = strstr(canonical, kTasksAlone);
  CHECK(at != NULL);
  changed = (char*)malloc(length + sizeof kWithReports);
  if (at != NULL && changed != NULL) {
    memcpy(changed, canonical, (size_t)(at - canonical));
    strcpy(changed + (at - canonical), kWithReports);
    strcat(changed, at + strlen(kTasksAlone));
    CHECK(liaison_policy_from_json(changed, strlen(changed), &policy, NULL) == LIAISON_OK);
  }
  free(changed);
  liaison_free(canonical);
  return policy;
}

static void test_misspelt_score(const liaison_policy* hunan, const char* records,
                                size_t length) {
  char* result = NULL;
  size_t result_length = 0;
  liaison_error* error = NULL;
  liaison_policy* policy = weighing_reports(hunan);
  if (policy == NULL) return;
  CHECK(liaison_progress_json(policy, records, length, DATE, &result, &result_length, &error) ==
        LIAISON_INCOMPLETE);
  CHECK(strcmp(liaison_error_path(error), "$.cadres[1].scores.reprot") == 0);
  CHECK(contains(liaison_error_message(error), "c2"));
  liaison_error_free(error);
  /* Evaluated, c2 is an error entry at its path and the others are reports. */
  CHECK(liaison_evaluate_json(policy, records, length, DATE, &result, &result_length, &error) ==
        LIAISON_OK);
  CHECK(contains(result, "\"path\":\"$.cadres[1].scores.reprot\""));
  liaison_free(result);
  liaison_policy_free(policy);
}

static void test_case_with_bad_inline_record(const char* records) {
  /* The records inline, no expectation about bad records: the case fails and
   * names c2 at its entry. */
  static const char kHead[] =
      "{\"schema\":\"liaison.case/1\",\"name\":\"bad inline record\",\"policy\":\"hunan\","
      "\"as_of\":\"2026-06-30\",\"records\":{\"inline\":";
  static const char kTail[] = "},\"expect\":{}}";
  const size_t length = strlen(kHead) + strlen(records) + strlen(kTail);
  char* text = (char*)malloc(length + 1);
  char* result = NULL;
  size_t result_length = 0;
  int32_t passed = 7;
  liaison_error* error = NULL;
  if (text == NULL) return;
  strcpy(text, kHead);
  strcat(text, records);
  strcat(text, kTail);
  CHECK(liaison_run_case_json(text, length, NULL, 0, &result, &result_length, &passed, &error) ==
        LIAISON_OK);
  CHECK(passed == 0);
  CHECK(contains(result, "c2 at $.cadres[1]"));
  liaison_free(result);
  free(text);
}

static void test_messages_quote_safely(void) {
  liaison_policy* policy = NULL;
  liaison_error* error = NULL;
  /* "hunan" and a NUL: no such policy, and the message goes on past the NUL
   * to list the embedded ids. */
  CHECK(liaison_policy_embedded("hunan\0", 6, &policy, &error) == LIAISON_NOT_FOUND);
  CHECK(contains(liaison_error_message(error), "hunan\\u0000"));
  CHECK(contains(liaison_error_message(error), "hunan-2018"));
  liaison_error_free(error);
  /* A newline in an unknown key cannot forge a line. */
  {
    static const char kKey[] = "{\"schema\":\"liaison.policy/1\",\"x\\ny\":1}";
    CHECK(liaison_policy_from_json(kKey, strlen(kKey), &policy, &error) ==
          LIAISON_INVALID_DOCUMENT);
    CHECK(strchr(liaison_error_message(error), '\n') == NULL);
    CHECK(contains(liaison_error_message(error), "x\\ny"));
    liaison_error_free(error);
  }
}

static void test_apportionment_requests(void) {
  char* result = NULL;
  size_t length = 0;
  liaison_error* error = NULL;
  static const char kTwice[] =
      "{\"places\":3,\"units\":[{\"id\":\"a\",\"base\":2},{\"id\":\"a\",\"base\":1}]}";
  static const char kMillion[] = "{\"places\":1000000,\"units\":[{\"id\":\"a\",\"base\":1}]}";
  static const char kAtLimit[] = "{\"places\":100000,\"units\":[{\"id\":\"a\",\"base\":1}]}";
  CHECK(liaison_apportion_json(kTwice, strlen(kTwice), &result, &length, &error) ==
        LIAISON_INVALID_DOCUMENT);
  CHECK(strcmp(liaison_error_path(error), "$.units[1].id") == 0);
  CHECK(contains(liaison_error_message(error), "units[0]"));
  liaison_error_free(error);
  CHECK(liaison_apportion_json(kMillion, strlen(kMillion), &result, &length, &error) ==
        LIAISON_INVALID_DOCUMENT);
  CHECK(strcmp(liaison_error_path(error), "$.places") == 0);
  CHECK(contains(liaison_error_message(error), "100000"));
  liaison_error_free(error);
  /* At the limit: every place goes to the one unit, one audit line each. */
  CHECK(liaison_apportion_json(kAtLimit, strlen(kAtLimit), &result, &length, &error) ==
        LIAISON_OK);
  CHECK(contains(result, "place 100000 → a"));
  liaison_free(result);
}

/* The report, one department id or the filtered lists, is refused as
 * progress is; the *_allowing_errors call returns the page with c2 listed in
 * both languages, by name, id and place, and why. */
static void test_report(const liaison_policy* hunan, const char* records, size_t length) {
  char* html = (char*)"untouched";
  size_t html_length = 7;
  liaison_error* error = NULL;
  CHECK(liaison_report_html(hunan, records, length, DATE, NULL, 0, LIAISON_LANGUAGE_ZH, &html,
                            &html_length, &error) == LIAISON_INCOMPLETE);
  CHECK(html == NULL && html_length == 0);
  CHECK(contains(liaison_error_message(error), "the report is incomplete: 1 of 3 cadres"));
  CHECK(contains(liaison_error_message_in(error, LIAISON_LANGUAGE_ZH),
                 "部门报告不完整：3 名干部中有 1 名的记录有误"));
  CHECK(strcmp(liaison_error_path(error), BAD_DATE_PATH) == 0);
  liaison_error_free(error);
  error = NULL;
  CHECK(liaison_report_html_filtered(hunan, records, length, DATE, "org", 3, "c1,c3", 5,
                                     LIAISON_LANGUAGE_EN, &html, &html_length,
                                     &error) == LIAISON_INCOMPLETE);
  CHECK(contains(liaison_error_message(error), "c2: "));
  liaison_error_free(error);
  error = NULL;

  CHECK(liaison_report_html_allowing_errors(hunan, records, length, DATE, NULL, 0, NULL, 0,
                                            LIAISON_LANGUAGE_ZH, &html, &html_length,
                                            &error) == LIAISON_OK);
  CHECK(error == NULL && html_length == strlen(html));
  CHECK(contains(html, "<h3>记录有误、未计入等次的干部</h3>"));
  CHECK(contains(html, "孙丽（c2，$.cadres[1]）：干部“c2”有 1 处问题：" BAD_DATE_PATH
                       "：“2026-02-30”不是有效的日期"));
  CHECK(contains(html, "钱进") && contains(html, "冯涛"));
  liaison_free(html);
  CHECK(liaison_report_html_allowing_errors(hunan, records, length, DATE, "org", 3, "c2", 2,
                                            LIAISON_LANGUAGE_EN, &html, &html_length,
                                            &error) == LIAISON_OK);
  CHECK(contains(html, "<h3>Not graded: their records are bad</h3>"));
  CHECK(contains(html, "孙丽 (c2, $.cadres[1]): "));
  CHECK(!contains(html, "钱进"));
  liaison_free(html);
}

int main(int argc, char** argv) {
  size_t bad_length = 0, score_length = 0;
  char* bad;
  char* score;
  liaison_policy* hunan = NULL;
  if (argc < 2) {
    fprintf(stderr, "usage: c_api_incomplete_test FIXTURE_DIRECTORY\n");
    return 2;
  }
  bad = read_fixture(argv[1], "middle-cadre-bad.json", &bad_length);
  score = read_fixture(argv[1], "misspelt-score.json", &score_length);
  if (bad == NULL || score == NULL ||
      liaison_policy_embedded("hunan", 5, &hunan, NULL) != LIAISON_OK) {
    fprintf(stderr, "cannot read the fixtures or the embedded policies\n");
    return 2;
  }
  CHECK(LIAISON_INCOMPLETE == 6);
  CHECK(strcmp(liaison_status_name(LIAISON_INCOMPLETE), "LIAISON_INCOMPLETE") == 0);
  test_progress_and_proposal(hunan, bad, bad_length);
  test_diff(hunan, hunan, bad, bad_length);
  test_report(hunan, bad, bad_length);
  test_misspelt_score(hunan, score, score_length);
  test_case_with_bad_inline_record(bad);
  test_messages_quote_safely();
  test_apportionment_requests();
  liaison_policy_free(hunan);
  liaison_embedded_policies_release();
  free(bad);
  free(score);
  printf("%d checks passed, %d failed\n", checks_passed, checks_failed);
  return checks_failed == 0 ? 0 : 1;
}
