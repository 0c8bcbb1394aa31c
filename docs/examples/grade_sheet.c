/* grade_sheet.c — a complete program on the liaison C ABI.
 *
 * Checks a department's grade sheet the way an OA system would on every save:
 * the caps for the department's quota base, then the typed check of the
 * grades entered; and evaluates a records file as of a date.
 *
 *   cc grade_sheet.c $(pkg-config --cflags --libs liaison) -o grade_sheet
 *   ./grade_sheet examples/department.json 2026-12-31
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <liaison/liaison.h>

static char* read_file(const char* path, size_t* length) {
  FILE* file = fopen(path, "rb");
  char* text = NULL;
  long size;
  if (file == NULL) return NULL;
  if (fseek(file, 0, SEEK_END) == 0 && (size = ftell(file)) >= 0 && fseek(file, 0, SEEK_SET) == 0) {
    text = malloc((size_t)size + 1);
    if (text != NULL && fread(text, 1, (size_t)size, file) != (size_t)size) {
      free(text);
      text = NULL;
    }
    if (text != NULL) {
      text[size] = '\0';
      *length = (size_t)size;
    }
  }
  fclose(file);
  return text;
}

/* Prints a failed call's error and releases it. */
static int fail(const char* what, liaison_error* error) {
  fprintf(stderr, "%s: %s", what, liaison_error_message(error));
  if (liaison_error_path(error)[0] != '\0') fprintf(stderr, " (at %s)", liaison_error_path(error));
  fprintf(stderr, "\n");
  liaison_error_free(error);
  return 1;
}

int main(int argc, char** argv) {
  liaison_policy* policy = NULL;
  liaison_error* error = NULL;
  int32_t caps[8];
  /* A department of 10 on its grade sheet: 0 = 优, 1 = 良, 2 = 中, 3 = 差, -1 = not yet. */
  const int32_t grades[10] = {0, 0, 0, 1, 1, 1, 1, 1, 2, -1};
  int32_t over_cap = 0, missing = 0, passed = 0;
  char* records;
  char* result = NULL;
  size_t records_length = 0, result_length = 0;
  int32_t g;

  if (argc != 3) {
    fprintf(stderr, "usage: grade_sheet RECORDS.json YYYY-MM-DD\n");
    return 2;
  }
  if (liaison_abi_version() != LIAISON_ABI_VERSION) {
    fprintf(stderr, "libliaison has ABI %u, this program was built for %d\n",
            (unsigned)liaison_abi_version(), LIAISON_ABI_VERSION);
    return 1;
  }
  if (liaison_policy_embedded("hunan", strlen("hunan"), &policy, &error) != LIAISON_OK) {
    return fail("policy", error);
  }
  printf("policy %s, %s\n", liaison_policy_id(policy), liaison_policy_fingerprint(policy));

  if (liaison_grade_caps(policy, 10, caps, 8, &error) != LIAISON_OK) return fail("caps", error);
  for (g = 0; g < liaison_policy_grade_count(policy); ++g) {
    if (caps[g] >= 0) printf("cap on %s for 10 cadres: %d\n", liaison_policy_grade_id(policy, g), caps[g]);
  }
  if (liaison_grade_check(policy, grades, 10, NULL, &over_cap, NULL, NULL, &missing, &error) !=
      LIAISON_OK) {
    return fail("check", error);
  }
  printf("grade sheet: %d cap(s) exceeded, %d cadre(s) without a grade\n", over_cap, missing);

  records = read_file(argv[1], &records_length);
  if (records == NULL) {
    fprintf(stderr, "cannot read %s\n", argv[1]);
    liaison_policy_free(policy);
    return 1;
  }
  if (liaison_evaluate_json(policy, records, records_length, argv[2], strlen(argv[2]), &result,
                            &result_length, &error) != LIAISON_OK) {
    free(records);
    liaison_policy_free(policy);
    return fail("evaluate", error);
  }
  printf("evaluation: %lu bytes of JSON\n", (unsigned long)result_length);
  liaison_free(result);

  if (liaison_check_json(policy, records, records_length, argv[2], strlen(argv[2]), &result,
                         &result_length, &passed, &error) != LIAISON_OK) {
    free(records);
    liaison_policy_free(policy);
    return fail("check", error);
  }
  printf("assigned grades %s\n", passed ? "within the policy" : "violate the policy");
  liaison_free(result);

  free(records);
  liaison_policy_free(policy);
  return 0;
}
