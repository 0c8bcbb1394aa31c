/* What the C tests of the ABI share (tests/c_api_test.c,
 * tests/hardening/c_api_incomplete_test.c): CHECK, which counts and reports
 * a failed condition without stopping, and reading a file whole. C99; each
 * test program includes it once. */
#ifndef LIAISON_TESTS_C_TEST_SUPPORT_H_
#define LIAISON_TESTS_C_TEST_SUPPORT_H_

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int checks_passed = 0;
static int checks_failed = 0;

#define CHECK(condition)                                                         \
  do {                                                                           \
    if (condition) {                                                             \
      ++checks_passed;                                                           \
    } else {                                                                     \
      ++checks_failed;                                                           \
      fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #condition); \
    }                                                                            \
  } while (0)

static inline int contains(const char* text, const char* part) {
  return text != NULL && strstr(text, part) != NULL;
}

/* The file at `path`, NUL-terminated, its size in *length; NULL when it
 * cannot be read. Release with free. */
static char* read_file(const char* path, size_t* length) {
  FILE* file = fopen(path, "rb");
  char* text;
  long size;
  if (file == NULL) return NULL;
  fseek(file, 0, SEEK_END);
  size = ftell(file);
  fseek(file, 0, SEEK_SET);
  text = (char*)malloc((size_t)size + 1);
  if (text != NULL && fread(text, 1, (size_t)size, file) == (size_t)size) {
    text[size] = '\0';
    *length = (size_t)size;
  } else {
    free(text);
    text = NULL;
  }
  fclose(file);
  return text;
}

#endif /* LIAISON_TESTS_C_TEST_SUPPORT_H_ */
