/*
 * The C ABI exercised from C99: every function, with good arguments, NULL
 * arguments and malformed documents. Built with -std=c99 -Wall -Wextra
 * -Werror -pedantic against libliaison.so, and run under valgrind memcheck by
 * the test command. Prints "N passed, M failed" and exits non-zero on failure.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "c_test_support.h"
#include "liaison.h"

static void test_versions(void) {
  CHECK(strcmp(liaison_version(), LIAISON_VERSION_STRING) == 0);
  CHECK(liaison_abi_version() == LIAISON_ABI_VERSION);
}

static void test_status_codes_are_frozen(void) {
  CHECK(LIAISON_OK == 0);
  CHECK(LIAISON_INVALID_ARGUMENT == 1);
  CHECK(LIAISON_INVALID_DOCUMENT == 2);
  CHECK(LIAISON_NOT_FOUND == 3);
  CHECK(LIAISON_OUT_OF_MEMORY == 4);
  CHECK(LIAISON_INTERNAL == 5);
}

static void test_null_error_getters(void) {
  CHECK(liaison_error_code(NULL) == LIAISON_INVALID_ARGUMENT);
  CHECK(strcmp(liaison_error_message(NULL), "") == 0);
  CHECK(strcmp(liaison_error_path(NULL), "") == 0);
  CHECK(strcmp(liaison_error_problems_json(NULL), "[]") == 0);
  CHECK(strcmp(liaison_error_message_in(NULL, LIAISON_LANGUAGE_ZH), "") == 0);
  CHECK(strcmp(liaison_error_problems_json_in(NULL, LIAISON_LANGUAGE_ZH), "[]") == 0);
  liaison_error_free(NULL);
  liaison_free(NULL);
  liaison_policy_free(NULL);
  CHECK(strcmp(liaison_policy_id(NULL), "") == 0);
  CHECK(strcmp(liaison_policy_fingerprint(NULL), "") == 0);
  CHECK(liaison_policy_year(NULL) == 0);
}

static void test_embedded_policies(void) {
  liaison_policy* policy = NULL;
  liaison_error* error = NULL;
  char* json = NULL;
  size_t length = 0;

  CHECK(liaison_policy_embedded_ids(&json, &length, &error) == LIAISON_OK);
  CHECK(error == NULL);
  CHECK(strcmp(json, "[\"hunan-2018\",\"hunan\"]") == 0);
  CHECK(length == strlen(json));
  liaison_free(json);

  CHECK(liaison_policy_embedded("hunan-2018", 10, &policy, &error) == LIAISON_OK);
  CHECK(policy != NULL);
  CHECK(strcmp(liaison_policy_id(policy), "hunan-2018") == 0);
  CHECK(liaison_policy_year(policy) == 2018);
  CHECK(strncmp(liaison_policy_fingerprint(policy), "sha256:", 7) == 0);
  CHECK(strlen(liaison_policy_fingerprint(policy)) == 7 + 64);
  CHECK(liaison_policy_canonical_json(policy, &json, &length, &error) == LIAISON_OK);
  CHECK(contains(json, "\"id\":\"hunan-2018\""));
  {
    /* The canonical form parses back to a policy with the same fingerprint. */
    liaison_policy* again = NULL;
    CHECK(liaison_policy_from_json(json, length, &again, &error) == LIAISON_OK);
    CHECK(strcmp(liaison_policy_fingerprint(again), liaison_policy_fingerprint(policy)) == 0);
    liaison_policy_free(again);
  }
  liaison_free(json);
  /* The embedded policies say nothing their authors did not mean. */
  CHECK(liaison_policy_warnings_json(policy, &json, &length, &error) == LIAISON_OK);
  CHECK(length == 2 && strcmp(json, "[]") == 0);
  liaison_free(json);
  liaison_policy_free(policy);

  policy = NULL;
  CHECK(liaison_policy_embedded("hunan-2031", 10, &policy, &error) == LIAISON_NOT_FOUND);
  CHECK(policy == NULL);
  CHECK(liaison_error_code(error) == LIAISON_NOT_FOUND);
  CHECK(contains(liaison_error_message(error), "hunan-2018"));
  liaison_error_free(error);

  /* A NULL error pointer is allowed: the status still tells. */
  CHECK(liaison_policy_embedded("nope", 4, &policy, NULL) == LIAISON_NOT_FOUND);
}

static void test_bad_policy_documents(void) {
  static const char kNotJson[] = "{\"schema\": ";
  static const char kBadMin[] =
      "{\"schema\": \"liaison.policy/1\", \"id\": \"x\", \"version\": \"1\","
      " \"title\": {\"zh\": \"x\", \"en\": \"x\"}, \"year\": 2026,"
      " \"vocabulary\": {\"activity_kinds\": [{\"id\": \"a\", \"zh\": \"a\", \"en\": \"a\"}]},"
      " \"rules\": [{\"id\": \"r\", \"kind\": \"count\", \"title\": {\"zh\": \"r\", \"en\": \"r\"},"
      " \"basis\": \"1\", \"min\": -1}],"
      " \"grading\": {\"scale\": [{\"id\": \"g\", \"zh\": \"g\", \"en\": \"g\"}]}}";
  liaison_policy* policy = NULL;
  liaison_error* error = NULL;

  CHECK(liaison_policy_from_json(kNotJson, strlen(kNotJson), &policy, &error) ==
        LIAISON_INVALID_DOCUMENT);
  /* The text ends after `{"schema": ` (11 characters): line 1, column 12,
     with the key "schema" read and its value missing. */
  CHECK(strcmp(liaison_error_path(error), "$.schema") == 0);
  CHECK(contains(liaison_error_message(error), "line 1, column 12: not valid JSON"));
  liaison_error_free(error);

  CHECK(liaison_policy_from_json(kBadMin, strlen(kBadMin), &policy, &error) ==
        LIAISON_INVALID_DOCUMENT);
  CHECK(policy == NULL);
  CHECK(strcmp(liaison_error_path(error), "$.rules[0].min") == 0);
  CHECK(contains(liaison_error_message(error), "out of range"));
  CHECK(contains(liaison_error_problems_json(error), "\"path\":\"$.rules[0].min\""));
  /* The same error in each language: the rule's min is an integer from 0 to
     1000000 (docs/policy.md), so -1 is out of range. */
  CHECK(strcmp(liaison_error_message_in(error, LIAISON_LANGUAGE_EN),
               liaison_error_message(error)) == 0);
  CHECK(strcmp(liaison_error_problems_json_in(error, LIAISON_LANGUAGE_EN),
               liaison_error_problems_json(error)) == 0);
  CHECK(strcmp(liaison_error_problems_json_in(error, LIAISON_LANGUAGE_ZH),
               "[{\"path\":\"$.rules[0].min\",\"message\":"
               "\"-1 \xe8\xb6\x85\xe5\x87\xba\xe8\x8c\x83\xe5\x9b\xb4\xef\xbc\x9a"
               "\xe5\xba\x94\xe5\x9c\xa8 0 \xe5\x88\xb0 1000000 \xe4\xb9\x8b\xe9\x97\xb4\"}]") == 0);
  CHECK(contains(liaison_error_message_in(error, LIAISON_LANGUAGE_ZH),
                 "$.rules[0].min\xef\xbc\x9a-1 \xe8\xb6\x85\xe5\x87\xba\xe8\x8c\x83\xe5\x9b\xb4"));
  CHECK(strcmp(liaison_error_message_in(error, 7), "") == 0);
  CHECK(strcmp(liaison_error_problems_json_in(error, 7), "[]") == 0);
  liaison_error_free(error);

  /* Invalid UTF-8. */
  CHECK(liaison_policy_from_json("\"\xff\xfe\"", 4, &policy, &error) ==
        LIAISON_INVALID_DOCUMENT);
  CHECK(contains(liaison_error_message(error), "UTF-8"));
  liaison_error_free(error);

  /* NULL arguments. */
  CHECK(liaison_policy_from_json(NULL, 5, &policy, &error) == LIAISON_INVALID_ARGUMENT);
  CHECK(liaison_error_code(error) == LIAISON_INVALID_ARGUMENT);
  CHECK(strcmp(liaison_error_message(error), "json and policy must not be NULL") == 0);
  CHECK(strcmp(liaison_error_message_in(error, LIAISON_LANGUAGE_ZH),
               "json \xe5\x92\x8c policy \xe4\xb8\x8d\xe5\xbe\x97\xe4\xb8\xba NULL") == 0);
  liaison_error_free(error);
  CHECK(liaison_policy_from_json(kBadMin, 3, NULL, &error) == LIAISON_INVALID_ARGUMENT);
  liaison_error_free(error);
  CHECK(liaison_policy_embedded(NULL, 5, &policy, NULL) == LIAISON_INVALID_ARGUMENT);
  CHECK(liaison_policy_embedded_ids(NULL, NULL, NULL) == LIAISON_INVALID_ARGUMENT);
  CHECK(liaison_policy_canonical_json(NULL, NULL, NULL, NULL) == LIAISON_INVALID_ARGUMENT);
  CHECK(liaison_policy_warnings_json(NULL, NULL, NULL, NULL) == LIAISON_INVALID_ARGUMENT);
}

/* Two cadres: a, evaluated, and b, whose only activity is dated 2026-02-30. */
static const char kBadRecords[] =
    "{\"schema\": \"liaison.records/1\", \"year\": 2026, \"cadres\": ["
    "{\"id\": \"a\", \"department\": \"d\", \"organ_level\": \"province\","
    " \"category\": \"full_time\"},"
    "{\"id\": \"b\", \"department\": \"d\", \"organ_level\": \"province\","
    " \"category\": \"full_time\", \"activities\": [{\"id\": \"x\", \"date\": \"2026-02-30\","
    " \"kind\": \"lecture\"}]}]}";

static void test_evaluation(const char* records, size_t records_length) {
  liaison_policy* policy = NULL;
  liaison_error* error = NULL;
  char* result = NULL;
  size_t length = 0;
  CHECK(liaison_policy_embedded("hunan", 5, &policy, &error) == LIAISON_OK);

  CHECK(liaison_evaluate_json(policy, records, records_length, "2026-12-31", 10, &result,
                              &length, &error) == LIAISON_OK);
  CHECK(error == NULL);
  CHECK(contains(result, "\"schema\":\"liaison.evaluation/1\""));
  CHECK(contains(result, "\"cadre\":\"c01\""));
  CHECK(length == strlen(result));
  liaison_free(result);

  /* One bad cadre: an error entry for it, the other evaluated. */
  CHECK(liaison_evaluate_json(policy, kBadRecords, strlen(kBadRecords), "2026-12-31", 10,
                              &result, &length, &error) == LIAISON_OK);
  CHECK(contains(result, "\"cadre\":\"a\""));
  CHECK(contains(result, "\"path\":\"$.cadres[1].activities[0].date\""));
  liaison_free(result);

  CHECK(liaison_progress_json(policy, records, records_length, "2026-06-30", 10, &result,
                              &length, &error) == LIAISON_OK);
  CHECK(contains(result, "\"schema\":\"liaison.progress/1\""));
  CHECK(contains(result, "\"department\":\"org\""));
  liaison_free(result);

  /* Bad as-of dates, NULL arguments, a year the policy does not cover. */
  result = NULL;
  CHECK(liaison_evaluate_json(policy, records, records_length, "2026-02-30", 10, &result,
                              &length, &error) == LIAISON_INVALID_ARGUMENT);
  CHECK(result == NULL);
  CHECK(contains(liaison_error_message(error), "2026-02-30"));
  liaison_error_free(error);
  CHECK(liaison_evaluate_json(policy, records, records_length, NULL, 0, &result, &length,
                              &error) == LIAISON_INVALID_ARGUMENT);
  liaison_error_free(error);
  CHECK(liaison_evaluate_json(NULL, records, records_length, "2026-12-31", 10, &result,
                              &length, &error) == LIAISON_INVALID_ARGUMENT);
  liaison_error_free(error);
  CHECK(liaison_evaluate_json(policy, NULL, 10, "2026-12-31", 10, &result, &length, &error) ==
        LIAISON_INVALID_ARGUMENT);
  liaison_error_free(error);
  CHECK(liaison_evaluate_json(policy, records, records_length, "2026-12-31", 10, NULL, NULL,
                              NULL) == LIAISON_INVALID_ARGUMENT);
  CHECK(liaison_progress_json(NULL, NULL, 0, NULL, 0, NULL, NULL, NULL) ==
        LIAISON_INVALID_ARGUMENT);
  {
    static const char k2018[] = "{\"schema\": \"liaison.records/1\", \"year\": 2018, \"cadres\": []}";
    CHECK(liaison_evaluate_json(policy, k2018, strlen(k2018), "2018-12-31", 10, &result,
                                &length, &error) == LIAISON_INVALID_DOCUMENT);
    CHECK(strcmp(liaison_error_path(error), "$.year") == 0);
    liaison_error_free(error);
  }
  liaison_policy_free(policy);
}

/* The indexed evaluation: the same document, and where each entry lies. */
static void test_evaluation_indexed(const char* records, size_t records_length) {
  static const char kStale[] = "stale";
  static const char kNoCadres[] = "{\"schema\": \"liaison.records/1\", \"year\": 2026, \"cadres\": []}";
  liaison_policy* policy = NULL;
  liaison_error* error = NULL;
  char* result = NULL;
  char* plain = NULL;
  size_t length = 0, plain_length = 0, count = 99;
  size_t* spans = NULL;
  CHECK(liaison_policy_embedded("hunan", 5, &policy, &error) == LIAISON_OK);

  CHECK(liaison_evaluate_json_indexed(policy, kBadRecords, strlen(kBadRecords), "2026-12-31", 10,
                                      &result, &length, &spans, &count, &error) == LIAISON_OK);
  CHECK(error == NULL);
  CHECK(count == 2);
  CHECK(spans != NULL);
  if (count == 2 && spans != NULL) {
    /* Entry 0 is a's report, right after the array's '['; entry 1 is b's
     * error, after a ','; the array closes right after it. */
    CHECK(spans[0] > 0 && result[spans[0] - 1] == '[');
    CHECK(strncmp(result + spans[0], "{\"ok\":true,\"report\":{\"cadre\":\"a\"", 32) == 0);
    CHECK(result[spans[0] + spans[1] - 1] == '}');
    CHECK(spans[2] == spans[0] + spans[1] + 1 && result[spans[2] - 1] == ',');
    CHECK(strncmp(result + spans[2], "{\"ok\":false,\"error\":", 20) == 0);
    CHECK(result[spans[2] + spans[3]] == ']');
    CHECK(spans[2] + spans[3] < length);
  }
  CHECK(liaison_evaluate_json(policy, kBadRecords, strlen(kBadRecords), "2026-12-31", 10, &plain,
                              &plain_length, &error) == LIAISON_OK);
  CHECK(plain_length == length && memcmp(plain, result, length) == 0);
  liaison_free(plain);
  liaison_free(result);
  liaison_free(spans);

  /* The example department: 13 entries, in input order, none overlapping. */
  CHECK(liaison_evaluate_json_indexed(policy, records, records_length, "2026-12-31", 10, &result,
                                      &length, &spans, &count, &error) == LIAISON_OK);
  CHECK(count == 13);
  if (count == 13) {
    CHECK(strncmp(result + spans[0], "{\"ok\":true,\"report\":{\"cadre\":\"c01\"", 34) == 0);
    CHECK(strncmp(result + spans[24], "{\"ok\":true,\"report\":{\"cadre\":\"c13\"", 34) == 0);
    CHECK(spans[24] + spans[25] < length && result[spans[24] + spans[25]] == ']');
  }
  liaison_free(result);
  liaison_free(spans);

  /* No cadres: no spans. */
  spans = (size_t*)&count; /* stale, must be overwritten */
  CHECK(liaison_evaluate_json_indexed(policy, kNoCadres, strlen(kNoCadres), "2026-12-31", 10,
                                      &result, &length, &spans, &count, &error) == LIAISON_OK);
  CHECK(spans == NULL && count == 0);
  CHECK(contains(result, "\"results\":[]"));
  liaison_free(result);

  /* NULL outputs and bad input fail with nothing allocated: outputs holding
   * stale values before each call are reset. */
  result = (char*)kStale;
  length = 5;
  CHECK(liaison_evaluate_json_indexed(policy, records, records_length, "2026-12-31", 10, &result,
                                      &length, NULL, &count, &error) == LIAISON_INVALID_ARGUMENT);
  CHECK(result == NULL && length == 0);
  CHECK(contains(liaison_error_message(error), "spans"));
  liaison_error_free(error);
  spans = (size_t*)&count;
  CHECK(liaison_evaluate_json_indexed(policy, records, records_length, "2026-12-31", 10, &result,
                                      &length, &spans, NULL, NULL) == LIAISON_INVALID_ARGUMENT);
  CHECK(spans == NULL);
  result = (char*)kStale;
  spans = (size_t*)&count;
  count = 5;
  length = 5;
  CHECK(liaison_evaluate_json_indexed(policy, "{", 1, "2026-12-31", 10, &result, &length, &spans,
                                      &count, &error) == LIAISON_INVALID_DOCUMENT);
  CHECK(result == NULL && spans == NULL && count == 0 && length == 0);
  liaison_error_free(error);
  CHECK(liaison_evaluate_json_indexed(NULL, NULL, 0, NULL, 0, NULL, NULL, NULL, NULL, NULL) ==
        LIAISON_INVALID_ARGUMENT);
  liaison_policy_free(policy);
}

static void test_grading_typed(void) {
  liaison_policy* policy = NULL;
  liaison_error* error = NULL;
  int32_t caps[4] = {0, 0, 0, 0};
  int32_t over = -1, above = -1, outside = -1, missing = -1;
  /* Base 10: 优 ⌊3.0⌋ = 3 and 良 ⌊5.0⌋ = 5 (二.4.(2)); 中 and 差 are not capped. */
  static const int32_t kFourExcellent[10] = {0, 0, 0, 0, 1, 1, 1, 1, 1, 2};
  static const int32_t kMixed[10] = {0, 1, 1, 1, 1, 1, 1, 2, 7, -1};
  static const int32_t kEligible[10] = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1};

  CHECK(liaison_policy_embedded("hunan", 5, &policy, &error) == LIAISON_OK);
  CHECK(liaison_policy_grade_count(policy) == 4);
  CHECK(strcmp(liaison_policy_grade_id(policy, 0), "excellent") == 0);
  CHECK(strcmp(liaison_policy_grade_id(policy, 3), "poor") == 0);
  CHECK(strcmp(liaison_policy_grade_id(policy, 4), "") == 0);
  CHECK(strcmp(liaison_policy_grade_id(policy, -1), "") == 0);
  CHECK(liaison_policy_grade_count(NULL) == 0);

  CHECK(liaison_grade_caps(policy, 10, caps, 4, &error) == LIAISON_OK);
  CHECK(caps[0] == 3 && caps[1] == 5 && caps[2] == -1 && caps[3] == -1);
  CHECK(liaison_grade_caps(policy, 3, caps, 4, &error) == LIAISON_OK);
  CHECK(caps[0] == 0 && caps[1] == 1); /* a department of 3 gets no 优 place */
  CHECK(liaison_grade_caps(policy, 10, caps, 3, &error) == LIAISON_INVALID_ARGUMENT);
  liaison_error_free(error);
  CHECK(liaison_grade_caps(policy, -1, caps, 4, &error) == LIAISON_INVALID_ARGUMENT);
  liaison_error_free(error);
  CHECK(liaison_grade_caps(NULL, 10, caps, 4, NULL) == LIAISON_INVALID_ARGUMENT);
  CHECK(liaison_grade_caps(policy, 10, NULL, 4, NULL) == LIAISON_INVALID_ARGUMENT);

  CHECK(liaison_grade_check(policy, kFourExcellent, 10, NULL, &over, &above, &outside, &missing,
                            &error) == LIAISON_OK);
  CHECK(over == 1 && above == 0 && outside == 0 && missing == 0); /* 4 优 > 3 */
  CHECK(liaison_grade_check(policy, kMixed, 10, NULL, &over, &above, &outside, &missing,
                            &error) == LIAISON_OK);
  CHECK(over == 1 && outside == 1 && missing == 1); /* 6 良 > 5; index 7; one without */
  CHECK(liaison_grade_check(policy, kFourExcellent, 10, kEligible, &over, &above, NULL, NULL,
                            &error) == LIAISON_OK);
  CHECK(above == 4); /* four graded 优, eligible for 良 at best */
  CHECK(liaison_grade_check(policy, NULL, 10, NULL, &over, NULL, NULL, NULL, &error) ==
        LIAISON_INVALID_ARGUMENT);
  liaison_error_free(error);
  CHECK(liaison_grade_check(policy, NULL, 0, NULL, &over, &above, &outside, &missing, NULL) ==
        LIAISON_OK);
  CHECK(over == 0 && missing == 0);
  liaison_policy_free(policy);
}

static void test_grading_documents(const char* records, size_t records_length) {
  static const char kRequest[] =
      "{\"places\": 10, \"units\": [{\"id\": \"a\", \"base\": 6},"
      " {\"id\": \"b\", \"base\": 6}, {\"id\": \"c\", \"base\": 2}]}";
  static const char kBadRequest[] = "{\"places\": -1, \"units\": []}";
  liaison_policy* policy = NULL;
  liaison_error* error = NULL;
  char* result = NULL;
  size_t length = 0;
  int32_t passed = -1;
  CHECK(liaison_policy_embedded("hunan", 5, &policy, &error) == LIAISON_OK);

  CHECK(liaison_caps_json(policy, 10, &result, &length, &error) == LIAISON_OK);
  CHECK(contains(result, "\"schema\":\"liaison.caps/1\""));
  CHECK(contains(result, "\"cap\":3"));
  CHECK(contains(result, "floor(0.30 × 10)"));
  liaison_free(result);
  CHECK(liaison_caps_json(policy, -5, &result, &length, &error) == LIAISON_INVALID_ARGUMENT);
  liaison_error_free(error);

  CHECK(liaison_propose_json(policy, records, records_length, "2026-12-31", 10, &result, &length,
                             &error) == LIAISON_OK);
  CHECK(contains(result, "\"schema\":\"liaison.proposal/1\""));
  CHECK(contains(result, "\"cadre\":\"c01\""));
  liaison_free(result);

  /* The example's 宣传部 (pub) grades c11 优 with no 优 place: not passed. */
  CHECK(liaison_check_json(policy, records, records_length, "2026-12-31", 10, &result, &length,
                           &passed, &error) == LIAISON_OK);
  CHECK(passed == 0);
  CHECK(contains(result, "\"passed\":false"));
  CHECK(contains(result, "\"kind\":\"over_cap\""));
  liaison_free(result);
  CHECK(liaison_check_json(NULL, records, records_length, "2026-12-31", 10, &result, &length,
                           &passed, NULL) == LIAISON_INVALID_ARGUMENT);

  /* Quotas 4.29, 4.29, 1.43 give 4, 4, 2; at 11 places c drops to 1. */
  CHECK(liaison_apportion_json(kRequest, strlen(kRequest), &result, &length, &error) ==
        LIAISON_OK);
  CHECK(contains(result, "\"id\":\"c\",\"base\":2"));
  CHECK(contains(result, "\"alabama_paradoxes\":[{\"unit\":\"c\""));
  liaison_free(result);
  CHECK(liaison_apportion_json(kBadRequest, strlen(kBadRequest), &result, &length,
                               &error) == LIAISON_INVALID_DOCUMENT);
  CHECK(strcmp(liaison_error_path(error), "$.places") == 0);
  liaison_error_free(error);
  CHECK(liaison_apportion_json(NULL, 3, &result, &length, NULL) == LIAISON_INVALID_ARGUMENT);
  liaison_policy_free(policy);
}

static void test_policy_testing(const char* records, size_t records_length) {
  static const char kPassing[] =
      "{\"schema\": \"liaison.case/1\", \"name\": \"caps\", \"policy\": \"hunan\","
      " \"expect\": {\"caps_table\": [{\"base\": 10, \"caps\": {\"excellent\": 3, \"good\": 5}}]}}";
  static const char kFailing[] =
      "{\"schema\": \"liaison.case/1\", \"name\": \"caps\", \"policy\": \"hunan\","
      " \"expect\": {\"caps_table\": [{\"base\": 3, \"caps\": {\"excellent\": 1}}]}}";
  liaison_policy* before = NULL;
  liaison_policy* after = NULL;
  liaison_error* error = NULL;
  char* result = NULL;
  size_t length = 0;
  int32_t case_passed = -1;

  CHECK(liaison_run_case_json(kPassing, strlen(kPassing), NULL, 0, &result, &length, &case_passed,
                              &error) == LIAISON_OK);
  CHECK(case_passed == 1);
  liaison_free(result);
  /* floor(0.3 × 3) = 0, not 1. */
  CHECK(liaison_run_case_json(kFailing, strlen(kFailing), NULL, 0, &result, &length, &case_passed,
                              &error) == LIAISON_OK);
  CHECK(case_passed == 0);
  CHECK(contains(result, "\"path\": \"$.expect.caps_table[0].caps.excellent\""));
  CHECK(contains(result, "\"message\": \"base 3 cap excellent: expected 1, got 0\""));
  liaison_free(result);
  /* The same failure said in Chinese: "基数 3 优 名额上限：应为 1，实为 0". */
  CHECK(liaison_run_case_json_in(kFailing, strlen(kFailing), NULL, 0, LIAISON_LANGUAGE_ZH, &result,
                                 &length, &case_passed, &error) == LIAISON_OK);
  CHECK(case_passed == 0);
  CHECK(contains(result, "\"message\": \"\xe5\x9f\xba\xe6\x95\xb0 3 \xe4\xbc\x98 "
                         "\xe5\x90\x8d\xe9\xa2\x9d\xe4\xb8\x8a\xe9\x99\x90"
                         "\xef\xbc\x9a\xe5\xba\x94\xe4\xb8\xba 1"
                         "\xef\xbc\x8c\xe5\xae\x9e\xe4\xb8\xba 0\""));
  liaison_free(result);
  CHECK(liaison_run_case_json_in(kFailing, strlen(kFailing), NULL, 0, 9, &result, &length,
                                 &case_passed, &error) == LIAISON_INVALID_ARGUMENT);
  CHECK(result == NULL);
  liaison_error_free(error);
  CHECK(liaison_run_case_json(NULL, 4, NULL, 0, &result, &length, NULL, NULL) ==
        LIAISON_INVALID_ARGUMENT);

  CHECK(liaison_policy_embedded("hunan", 5, &before, &error) == LIAISON_OK);
  CHECK(liaison_policy_embedded("hunan", 5, &after, &error) == LIAISON_OK);
  CHECK(liaison_diff_json(before, after, records, records_length, "2026-12-31", 10, &result,
                          &length, &error) == LIAISON_OK);
  CHECK(contains(result, "\"cadres_changed\":0"));
  CHECK(contains(result, "\"parameters\":[]"));
  liaison_free(result);
  CHECK(liaison_diff_json(before, NULL, records, records_length, "2026-12-31", 10, &result,
                          &length, &error) == LIAISON_INVALID_ARGUMENT);
  liaison_error_free(error);
  liaison_policy_free(before);
  liaison_policy_free(after);
}

/* Status names, grade labels, and memory given back: a policy handle and the
 * documents outlive the released caches, and the calls after them agree. */
static void test_names_labels_and_memory(const char* records, size_t records_length) {
  static const char* const kZh[] = {"\xe4\xbc\x98", "\xe8\x89\xaf", "\xe4\xb8\xad",
                                    "\xe5\xb7\xae"}; /* 优 良 中 差 */
  static const char* const kEn[] = {"excellent", "good", "fair", "poor"};
  liaison_policy* policy = NULL;
  liaison_policy* again = NULL;
  char* first = NULL;
  char* second = NULL;
  size_t first_length = 0, second_length = 0;
  int32_t g;
  CHECK(strcmp(liaison_status_name(LIAISON_OK), "LIAISON_OK") == 0);
  CHECK(strcmp(liaison_status_name(LIAISON_INVALID_DOCUMENT), "LIAISON_INVALID_DOCUMENT") == 0);
  CHECK(strcmp(liaison_status_name(LIAISON_INTERNAL), "LIAISON_INTERNAL") == 0);
  CHECK(strcmp(liaison_status_name(LIAISON_INCOMPLETE), "LIAISON_INCOMPLETE") == 0);
  CHECK(strcmp(liaison_status_name(7), "") == 0);
  CHECK(strcmp(liaison_status_name(-1), "") == 0);
  CHECK(liaison_policy_embedded("hunan", 5, &policy, NULL) == LIAISON_OK);
  for (g = 0; g < 4; ++g) {
    CHECK(strcmp(liaison_policy_grade_label(policy, g, LIAISON_LANGUAGE_ZH), kZh[g]) == 0);
    CHECK(strcmp(liaison_policy_grade_label(policy, g, LIAISON_LANGUAGE_EN), kEn[g]) == 0);
  }
  CHECK(strcmp(liaison_policy_grade_label(policy, 4, LIAISON_LANGUAGE_ZH), "") == 0);
  CHECK(strcmp(liaison_policy_grade_label(policy, -1, LIAISON_LANGUAGE_EN), "") == 0);
  CHECK(strcmp(liaison_policy_grade_label(policy, 0, 2), "") == 0);
  CHECK(strcmp(liaison_policy_grade_label(NULL, 0, LIAISON_LANGUAGE_ZH), "") == 0);

  CHECK(liaison_evaluate_json(policy, records, records_length, "2026-06-30", 10, &first,
                              &first_length, NULL) == LIAISON_OK);
  liaison_thread_buffers_release();
  liaison_embedded_policies_release();
  CHECK(liaison_evaluate_json(policy, records, records_length, "2026-06-30", 10, &second,
                              &second_length, NULL) == LIAISON_OK);
  CHECK(first_length == second_length && memcmp(first, second, first_length) == 0);
  CHECK(liaison_policy_embedded("hunan", 5, &again, NULL) == LIAISON_OK);
  CHECK(strcmp(liaison_policy_fingerprint(again), liaison_policy_fingerprint(policy)) == 0);
  liaison_free(first);
  liaison_free(second);
  liaison_policy_free(again);
  liaison_policy_free(policy);
}

/* The department report: one HTML document, in either language, for one
 * department; bad arguments named. Department org has 10 cadres (c01–c10),
 * 7 in the quota base, so its 优 cap is floor(0.30 × 7) = 2. */
static void test_report(const char* records, size_t records_length) {
  liaison_policy* policy = NULL;
  liaison_error* error = NULL;
  char* html = NULL;
  size_t length = 0;
  CHECK(liaison_policy_embedded("hunan", 5, &policy, &error) == LIAISON_OK);
  CHECK(liaison_report_html(policy, records, records_length, "2026-12-31", 10, "org", 3,
                            LIAISON_LANGUAGE_ZH, &html, &length, &error) == LIAISON_OK);
  CHECK(error == NULL);
  CHECK(length == strlen(html));
  CHECK(strncmp(html, "<!DOCTYPE html>", 15) == 0);
  CHECK(contains(html, "<html lang=\"zh-CN\">"));
  CHECK(contains(html, "考核表：刘建华（c01）"));
  CHECK(contains(html, "优 上限 2 = ⌊0.30 × 7⌋"));
  CHECK(!contains(html, "彭志伟")); /* c11, of department pub */
  liaison_free(html);

  /* Cadres of two departments by id: their sheets alone. */
  CHECK(liaison_report_html_filtered(policy, records, records_length, "2026-12-31", 10,
                                     "org,pub", 7, "c03,c11", 7, LIAISON_LANGUAGE_ZH, &html,
                                     &length, &error) == LIAISON_OK);
  CHECK(contains(html, "考核表：王丽娟（c03）") && contains(html, "考核表：彭志伟（c11）"));
  CHECK(!contains(html, "考核表：刘建华（c01）"));
  liaison_free(html);
  CHECK(liaison_report_html_filtered(policy, records, records_length, "2026-12-31", 10, NULL, 0,
                                     "c99", 3, LIAISON_LANGUAGE_EN, &html, &length,
                                     &error) == LIAISON_INVALID_ARGUMENT);
  CHECK(contains(liaison_error_message(error), "cadre \"c99\" is not in the records"));
  liaison_error_free(error);

  CHECK(liaison_report_html(policy, records, records_length, "2026-12-31", 10, NULL, 0,
                            LIAISON_LANGUAGE_EN, &html, &length, &error) == LIAISON_OK);
  CHECK(contains(html, "<html lang=\"en\">"));
  CHECK(contains(html, "Appraisal sheet: 彭志伟 (c11)"));
  liaison_free(html);

  html = NULL;
  CHECK(liaison_report_html(policy, records, records_length, "2026-12-31", 10, "youth", 5,
                            LIAISON_LANGUAGE_ZH, &html, &length, &error) ==
        LIAISON_INVALID_ARGUMENT);
  CHECK(html == NULL && length == 0);
  CHECK(contains(liaison_error_message(error), "department \"youth\""));
  liaison_error_free(error);
  CHECK(liaison_report_html(policy, records, records_length, "2026-12-31", 10, NULL, 0, 2, &html,
                            &length, &error) == LIAISON_INVALID_ARGUMENT);
  CHECK(contains(liaison_error_message(error), "LIAISON_LANGUAGE_EN"));
  liaison_error_free(error);
  CHECK(liaison_report_html(policy, records, records_length, "2026-12-31", 10, NULL, 3,
                            LIAISON_LANGUAGE_ZH, &html, &length, &error) ==
        LIAISON_INVALID_ARGUMENT);
  liaison_error_free(error);
  CHECK(liaison_report_html(NULL, NULL, 0, NULL, 0, NULL, 0, 0, NULL, NULL, NULL) ==
        LIAISON_INVALID_ARGUMENT);
  liaison_policy_free(policy);
}

int main(int argc, char** argv) {
  size_t records_length = 0;
  char* records;
  if (argc != 2) {
    fprintf(stderr, "usage: c_api_test examples/department.json\n");
    return 2;
  }
  records = read_file(argv[1], &records_length);
  if (records == NULL) {
    fprintf(stderr, "cannot read %s\n", argv[1]);
    return 2;
  }
  test_versions();
  test_status_codes_are_frozen();
  test_null_error_getters();
  test_embedded_policies();
  test_bad_policy_documents();
  test_evaluation(records, records_length);
  test_evaluation_indexed(records, records_length);
  test_grading_typed();
  test_grading_documents(records, records_length);
  test_policy_testing(records, records_length);
  test_names_labels_and_memory(records, records_length);
  test_report(records, records_length);
  free(records);
  /* Last: the embedded policies the library keeps, so valgrind finds nothing. */
  liaison_embedded_policies_release();
  printf("%d passed, %d failed\n", checks_passed, checks_failed);
  return checks_failed == 0 ? 0 : 1;
}
