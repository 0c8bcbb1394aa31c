/*
 * The lean result form through the C ABI, from C99: liaison_evaluate_json_lean
 * on the example department, rendered with liaison_render_json, is byte for
 * byte the document liaison_evaluate_json gives; the lean document carries no
 * titles or messages; rendering under another policy, NULL arguments and
 * text that is not JSON fail with the codes liaison.h gives. Run directly and
 * under valgrind memcheck. Prints "N passed, M failed".
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "c_test_support.h"
#include "liaison.h"

static void test_rendered_lean_is_the_full_document(const liaison_policy* policy,
                                                    const char* records, size_t length) {
  char* full = NULL;
  char* lean = NULL;
  char* rendered = NULL;
  size_t full_length = 0, lean_length = 0, rendered_length = 0;
  liaison_error* error = NULL;
  CHECK(liaison_evaluate_json(policy, records, length, "2026-12-31", 10, &full, &full_length,
                              &error) == LIAISON_OK);
  CHECK(liaison_evaluate_json_lean(policy, records, length, "2026-12-31", 10, &lean,
                                   &lean_length, &error) == LIAISON_OK);
  CHECK(error == NULL);
  CHECK(lean != NULL && strstr(lean, "\"schema\":\"liaison.evaluation-lean/1\"") != NULL);
  CHECK(lean != NULL && strstr(lean, "\"title\"") == NULL && strstr(lean, "\"message\"") == NULL);
  CHECK(lean != NULL && strstr(lean, "{\"rule\":\"lectures\",\"status\":\"met\",\"binding\":true,"
                                     "\"required\":4,\"maximum\":null,\"actual\":5,") != NULL);
  CHECK(lean_length < full_length / 2);
  CHECK(liaison_render_json(policy, lean, lean_length, &rendered, &rendered_length, &error) ==
        LIAISON_OK);
  CHECK(rendered_length == full_length && rendered != NULL && full != NULL &&
        memcmp(rendered, full, full_length) == 0 && rendered[rendered_length] == '\0');
  liaison_free(rendered);
  liaison_free(lean);
  liaison_free(full);
}

static void test_render_failures(const liaison_policy* policy, const char* records,
                                 size_t length) {
  liaison_policy* other = NULL;
  char* lean = NULL;
  char* rendered = (char*)"untouched";
  size_t lean_length = 0, rendered_length = 7;
  liaison_error* error = NULL;
  CHECK(liaison_policy_embedded("hunan-2018", 10, &other, NULL) == LIAISON_OK);
  CHECK(liaison_evaluate_json_lean(policy, records, length, "2026-12-31", 10, &lean,
                                   &lean_length, NULL) == LIAISON_OK);
  CHECK(liaison_render_json(other, lean, lean_length, &rendered, &rendered_length, &error) ==
        LIAISON_INVALID_DOCUMENT);
  CHECK(rendered == NULL && rendered_length == 0);
  CHECK(strcmp(liaison_error_path(error), "$.policy.fingerprint") == 0);
  liaison_error_free(error);
  CHECK(liaison_render_json(policy, "[1,", 3, &rendered, &rendered_length, &error) ==
        LIAISON_INVALID_DOCUMENT);
  liaison_error_free(error);
  CHECK(liaison_render_json(NULL, lean, lean_length, &rendered, &rendered_length, &error) ==
        LIAISON_INVALID_ARGUMENT);
  liaison_error_free(error);
  CHECK(liaison_render_json(policy, NULL, 5, &rendered, &rendered_length, NULL) ==
        LIAISON_INVALID_ARGUMENT);
  CHECK(liaison_render_json(policy, lean, lean_length, NULL, &rendered_length, NULL) ==
        LIAISON_INVALID_ARGUMENT);
  CHECK(liaison_evaluate_json_lean(policy, records, length, "2026-13-01", 10, &rendered,
                                   &rendered_length, &error) == LIAISON_INVALID_ARGUMENT);
  liaison_error_free(error);
  liaison_free(lean);
  liaison_policy_free(other);
}

int main(int argc, char** argv) {
  liaison_policy* policy = NULL;
  size_t length = 0;
  char* records;
  if (argc != 2 || (records = read_file(argv[1], &length)) == NULL) {
    fprintf(stderr, "usage: c_api_lean_test examples/department.json\n");
    return 2;
  }
  if (liaison_policy_embedded("hunan", 5, &policy, NULL) != LIAISON_OK) return 1;
  test_rendered_lean_is_the_full_document(policy, records, length);
  test_render_failures(policy, records, length);
  liaison_policy_free(policy);
  liaison_embedded_policies_release();
  free(records);
  printf("%d passed, %d failed\n", checks_passed, checks_failed);
  return checks_failed == 0 ? 0 : 1;
}
