/*
 * The C ABI's streaming evaluation (liaison_stream_*) from C99: the records
 * fed in pieces of 1, 7 and 4096 bytes give, put together, exactly the bytes
 * liaison_evaluate_json gives for the whole text; JSON Lines output has a
 * header line and one line per cadre (13 in examples/department.json); an
 * unreadable top level and NULL arguments are errors, not crashes. Built
 * strictly against libliaison.so and run under valgrind memcheck too.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "c_check.h"
#include "liaison.h"

/* Appends the output waiting in `stream` to out[*used…]. */
static void take(liaison_stream* stream, char* out, size_t capacity, size_t* used) {
  const char* piece = NULL;
  size_t length = 0;
  liaison_error* error = NULL;
  CHECK(liaison_stream_next(stream, &piece, &length, &error) == LIAISON_OK);
  CHECK(error == NULL);
  if (length > 0 && *used + length <= capacity) {
    memcpy(out + *used, piece, length);
    *used += length;
  }
}

/* The output of `records` streamed in pieces of `size`; its length in *used. */
static char* streamed(const liaison_policy* policy, const char* records, size_t length,
                      size_t size, uint32_t options, size_t* used) {
  const size_t capacity = 64 * length + 65536;
  char* out = (char*)malloc(capacity);
  liaison_stream* stream = NULL;
  liaison_error* error = NULL;
  size_t at;
  *used = 0;
  CHECK(liaison_stream_new(policy, "2026-12-31", 10, options, &stream, &error) == LIAISON_OK);
  for (at = 0; at < length; at += size) {
    const size_t piece = length - at < size ? length - at : size;
    CHECK(liaison_stream_feed(stream, records + at, piece, &error) == LIAISON_OK);
    take(stream, out, capacity, used);
  }
  CHECK(liaison_stream_finish(stream, &error) == LIAISON_OK);
  take(stream, out, capacity, used);
  liaison_stream_free(stream);
  return out;
}

int main(int argc, char** argv) {
  liaison_policy* policy = NULL;
  liaison_error* error = NULL;
  liaison_stream* stream = NULL;
  char* records;
  char* whole = NULL;
  size_t records_length = 0;
  size_t whole_length = 0;
  const size_t sizes[] = {1, 7, 4096};
  size_t i;
  if (argc != 2 || (records = read_file(argv[1], &records_length)) == NULL) {
    fprintf(stderr, "usage: c_stream_test examples/department.json\n");
    return 2;
  }
  CHECK(liaison_policy_embedded("hunan", 5, &policy, &error) == LIAISON_OK);
  CHECK(liaison_evaluate_json(policy, records, records_length, "2026-12-31", 10, &whole,
                              &whole_length, &error) == LIAISON_OK);

  for (i = 0; i < sizeof sizes / sizeof sizes[0]; ++i) {
    size_t used = 0;
    char* out = streamed(policy, records, records_length, sizes[i], LIAISON_STREAM_DOCUMENT,
                         &used);
    CHECK(used == whole_length && memcmp(out, whole, used) == 0);
    free(out);
  }

  {
    size_t used = 0;
    size_t lines = 0;
    size_t k;
    char* out = streamed(policy, records, records_length, 4096, LIAISON_STREAM_LINES, &used);
    for (k = 0; k < used; ++k) lines += out[k] == '\n';
    CHECK(lines == 1 + 13);
    CHECK(used > 40 && memcmp(out, "{\"schema\":\"liaison.evaluation.lines/1\"", 38) == 0);
    free(out);
  }

  /* The top level cannot be read: a ':' is missing after "schema". */
  CHECK(liaison_stream_new(policy, "2026-12-31", 10, LIAISON_STREAM_LINES, &stream, &error) ==
        LIAISON_OK);
  CHECK(liaison_stream_feed(stream, "{\"schema\" 1}", 12, &error) == LIAISON_INVALID_DOCUMENT);
  CHECK(error != NULL && strcmp(liaison_error_path(error), "$.schema") == 0);
  liaison_error_free(error);
  error = NULL;
  CHECK(liaison_stream_finish(stream, &error) == LIAISON_INVALID_DOCUMENT);
  liaison_error_free(error);
  error = NULL;
  /* Reset: the same stream reads another input. */
  liaison_stream_reset(stream);
  CHECK(liaison_stream_feed(stream, records, records_length, &error) == LIAISON_OK);
  CHECK(liaison_stream_finish(stream, &error) == LIAISON_OK);
  CHECK(liaison_stream_feed(stream, "x", 1, &error) == LIAISON_INVALID_ARGUMENT);
  liaison_error_free(error);
  error = NULL;
  liaison_stream_free(stream);

  /* NULL arguments. */
  CHECK(liaison_stream_new(NULL, "2026-12-31", 10, 0, &stream, &error) ==
        LIAISON_INVALID_ARGUMENT);
  liaison_error_free(error);
  error = NULL;
  CHECK(stream == NULL);
  CHECK(liaison_stream_new(policy, "2026-02-30", 10, 0, &stream, &error) ==
        LIAISON_INVALID_ARGUMENT);
  liaison_error_free(error);
  error = NULL;
  CHECK(liaison_stream_new(policy, "2026-12-31", 10, 7, &stream, &error) ==
        LIAISON_INVALID_ARGUMENT);
  liaison_error_free(error);
  error = NULL;
  CHECK(liaison_stream_feed(NULL, "x", 1, &error) == LIAISON_INVALID_ARGUMENT);
  liaison_error_free(error);
  error = NULL;
  CHECK(liaison_stream_next(NULL, NULL, NULL, NULL) == LIAISON_INVALID_ARGUMENT);
  liaison_stream_free(NULL);
  liaison_stream_reset(NULL);

  liaison_free(whole);
  liaison_policy_free(policy);
  free(records);
  /* What the library keeps between calls, given back for the leak check. */
  liaison_thread_buffers_release();
  liaison_embedded_policies_release();
  printf("%d passed, %d failed\n", checks_passed, checks_failed);
  return checks_failed == 0 ? 0 : 1;
}
