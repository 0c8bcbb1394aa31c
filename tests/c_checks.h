/*
 * What the C tests of the ABI share: CHECK, which counts passed and failed
 * checks and names each failure's line, and reading a file whole. Included
 * by one C test program each (its functions are static).
 */
#ifndef LIAISON_TESTS_C_CHECKS_H_
#define LIAISON_TESTS_C_CHECKS_H_

#include <stdio.h>
#include <stdlib.h>

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

/* The file's bytes, NUL-terminated, and their number in *length; NULL when
 * it cannot be read. Release with free. */
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

#endif /* LIAISON_TESTS_C_CHECKS_H_ */
