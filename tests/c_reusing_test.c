/*
 * liaison_evaluate_json_reusing from C99, the getline(3)-style call: a buffer
 * kept from call to call. Checked against the calls that allocate afresh:
 *   - each form gives byte for byte what liaison_evaluate_json, the JSON Lines
 *     stream and liaison_evaluate_json_lean give for examples/department.json;
 *   - a buffer large enough is used in place (the same pointer, the same
 *     capacity), one too small is replaced, and a result over three times its
 *     records (20 cadres with no activities: every rule's finding for 150
 *     bytes of input each) grows the buffer as it is written;
 *   - a failed call (text that is not JSON, an unknown form, a date that is
 *     none, NULL pointers) after a good one leaves the buffer the caller's,
 *     holding the empty text rather than the last result, usable by the next
 *     call.
 * Built strictly against libliaison.so and run under valgrind memcheck too.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "c_test_support.h"
#include "liaison.h"

/* The whole of `records` through a stream in `options` form; length in *used. */
static char* streamed(const liaison_policy* policy, const char* records, size_t length,
                      uint32_t options, size_t* used) {
  liaison_stream* stream = NULL;
  liaison_error* error = NULL;
  const char* piece = NULL;
  size_t piece_length = 0;
  char* out = (char*)malloc(64 * length + 65536);
  *used = 0;
  CHECK(liaison_stream_new(policy, "2026-12-31", 10, options, &stream, &error) == LIAISON_OK);
  CHECK(liaison_stream_feed(stream, records, length, &error) == LIAISON_OK);
  CHECK(liaison_stream_finish(stream, &error) == LIAISON_OK);
  CHECK(liaison_stream_next(stream, &piece, &piece_length, &error) == LIAISON_OK);
  memcpy(out, piece, piece_length);
  *used = piece_length;
  liaison_stream_free(stream);
  return out;
}

/* 20 cadres of one department with no contact points and no activities. */
static char* bare_cadres(size_t* length) {
  const char* head =
      "{\"schema\":\"liaison.records/1\",\"year\":2026,"
      "\"departments\":[{\"id\":\"org\",\"name\":\"基层组织建设部\"}],\"cadres\":[";
  char* text = (char*)malloc(8192);
  size_t used = strlen(head);
  int i;
  memcpy(text, head, used);
  for (i = 0; i < 20; ++i) {
    used += (size_t)sprintf(text + used,
                            "%s{\"id\":\"c%d\",\"name\":\"甲\",\"department\":\"org\","
                            "\"rank\":\"department_head\",\"organ_level\":\"province\","
                            "\"category\":\"full_time\",\"contact_points\":[],\"activities\":[]}",
                            i == 0 ? "" : ",", i);
  }
  used += (size_t)sprintf(text + used, "]}");
  *length = used;
  return text;
}

/* One call of liaison_evaluate_json_reusing as of 2026-12-31. */
static liaison_status reuse(const liaison_policy* policy, const char* records, size_t length,
                            uint32_t form, char** buffer, size_t* capacity, size_t* result_length) {
  liaison_error* error = NULL;
  const liaison_status status = liaison_evaluate_json_reusing(
      policy, records, length, "2026-12-31", 10, form, buffer, capacity, result_length, &error);
  CHECK((status == LIAISON_OK) == (error == NULL));
  liaison_error_free(error);
  return status;
}

int main(int argc, char** argv) {
  liaison_policy* policy = NULL;
  liaison_error* error = NULL;
  char* records;
  char *full = NULL, *lean = NULL, *lines, *bare, *bare_full = NULL;
  size_t records_length = 0, full_length = 0, lean_length = 0, lines_length = 0;
  size_t bare_length = 0, bare_full_length = 0;
  char* buffer = NULL;
  size_t capacity = 12345; /* ignored while buffer is NULL */
  size_t length = 99;
  char* kept;
  if (argc != 2 || (records = read_file(argv[1], &records_length)) == NULL) {
    fprintf(stderr, "usage: c_reusing_test examples/department.json\n");
    return 2;
  }
  CHECK(liaison_policy_embedded("hunan", 5, &policy, &error) == LIAISON_OK);
  CHECK(liaison_evaluate_json(policy, records, records_length, "2026-12-31", 10, &full,
                              &full_length, &error) == LIAISON_OK);
  CHECK(liaison_evaluate_json_lean(policy, records, records_length, "2026-12-31", 10, &lean,
                                   &lean_length, &error) == LIAISON_OK);
  lines = streamed(policy, records, records_length, LIAISON_STREAM_LINES, &lines_length);

  /* The full form into a new buffer: sized from the records, three bytes a byte. */
  CHECK(reuse(policy, records, records_length, LIAISON_STREAM_DOCUMENT, &buffer, &capacity,
              &length) == LIAISON_OK);
  CHECK(buffer != NULL && length == full_length && memcmp(buffer, full, length) == 0);
  CHECK(buffer[length] == '\0' && capacity >= length + 1);
  CHECK(capacity == 3 * records_length + 4096);

  /* Again, and then lean and JSON Lines: the same buffer, in place. */
  kept = buffer;
  CHECK(reuse(policy, records, records_length, LIAISON_STREAM_DOCUMENT, &buffer, &capacity,
              &length) == LIAISON_OK);
  CHECK(buffer == kept && capacity == 3 * records_length + 4096);
  CHECK(length == full_length && memcmp(buffer, full, length) == 0);
  CHECK(reuse(policy, records, records_length, LIAISON_STREAM_LEAN, &buffer, &capacity,
              &length) == LIAISON_OK);
  CHECK(buffer == kept && length == lean_length && memcmp(buffer, lean, length) == 0);
  CHECK(buffer[length] == '\0');
  CHECK(reuse(policy, records, records_length, LIAISON_STREAM_LINES, &buffer, &capacity,
              &length) == LIAISON_OK);
  CHECK(buffer == kept && length == lines_length && memcmp(buffer, lines, length) == 0);

  /* Failures leave the buffer the caller's, holding the empty text, never the
   * last call's result: each failure comes after a good call. */
  CHECK(reuse(policy, "[1,", 3, LIAISON_STREAM_DOCUMENT, &buffer, &capacity, &length) ==
        LIAISON_INVALID_DOCUMENT);
  CHECK(buffer == kept && length == 0 && buffer[0] == '\0');
  CHECK(reuse(policy, records, records_length, LIAISON_STREAM_LEAN, &buffer, &capacity,
              &length) == LIAISON_OK && length == lean_length);
  CHECK(reuse(policy, records, records_length, 3, &buffer, &capacity, &length) ==
        LIAISON_INVALID_ARGUMENT);
  CHECK(buffer == kept && length == 0 && buffer[0] == '\0');
  CHECK(reuse(policy, records, records_length, LIAISON_STREAM_LEAN, &buffer, &capacity,
              &length) == LIAISON_OK && length == lean_length);
  CHECK(liaison_evaluate_json_reusing(policy, records, records_length, "2026-13-01", 10,
                                      LIAISON_STREAM_DOCUMENT, &buffer, &capacity, &length,
                                      NULL) == LIAISON_INVALID_ARGUMENT);
  CHECK(buffer == kept && length == 0 && buffer[0] == '\0');
  CHECK(reuse(policy, records, records_length, LIAISON_STREAM_LEAN, &buffer, &capacity,
              &length) == LIAISON_OK && length == lean_length);
  CHECK(liaison_evaluate_json_reusing(NULL, records, records_length, "2026-12-31", 10,
                                      LIAISON_STREAM_DOCUMENT, &buffer, &capacity, &length,
                                      &error) == LIAISON_INVALID_ARGUMENT);
  CHECK(contains(liaison_error_message(error), "policy"));
  liaison_error_free(error);
  CHECK(buffer == kept && length == 0 && buffer[0] == '\0');
  CHECK(liaison_evaluate_json_reusing(policy, records, records_length, "2026-12-31", 10,
                                      LIAISON_STREAM_DOCUMENT, NULL, &capacity, &length,
                                      &error) == LIAISON_INVALID_ARGUMENT);
  CHECK(contains(liaison_error_message(error), "buffer"));
  liaison_error_free(error);
  CHECK(liaison_evaluate_json_reusing(policy, records, records_length, "2026-12-31", 10,
                                      LIAISON_STREAM_DOCUMENT, &buffer, NULL, &length,
                                      NULL) == LIAISON_INVALID_ARGUMENT);
  CHECK(buffer == kept);

  /* Output over three times the input: the buffer grows while it is written. */
  bare = bare_cadres(&bare_length);
  CHECK(liaison_evaluate_json(policy, bare, bare_length, "2026-12-31", 10, &bare_full,
                              &bare_full_length, &error) == LIAISON_OK);
  CHECK(bare_full_length > 3 * bare_length + 4096 + capacity);
  CHECK(reuse(policy, bare, bare_length, LIAISON_STREAM_DOCUMENT, &buffer, &capacity,
              &length) == LIAISON_OK);
  CHECK(length == bare_full_length && memcmp(buffer, bare_full, length) == 0);
  CHECK(capacity > length && buffer[length] == '\0');

  /* A smaller call after it uses the grown buffer in place. */
  kept = buffer;
  CHECK(reuse(policy, records, records_length, LIAISON_STREAM_LEAN, &buffer, &capacity,
              &length) == LIAISON_OK);
  CHECK(buffer == kept && length == lean_length && memcmp(buffer, lean, length) == 0);

  liaison_free(buffer);
  liaison_free(full);
  liaison_free(lean);
  liaison_free(bare_full);
  free(lines);
  free(bare);
  free(records);
  liaison_policy_free(policy);
  liaison_embedded_policies_release();
  printf("%d checks passed, %d failed\n", checks_passed, checks_failed);
  return checks_failed == 0 ? 0 : 1;
}
