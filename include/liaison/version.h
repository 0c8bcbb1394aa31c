// The library's version and ABI version, for C++ code.
//
// The macros live in the C ABI header, the one place they are defined:
// LIAISON_VERSION_MAJOR/MINOR/PATCH and LIAISON_VERSION_STRING name the
// release; LIAISON_ABI_VERSION is the SOVERSION of libliaison.so and changes
// only if the C ABI breaks, which it must not. Every result document carries
// the version it was produced by.
#ifndef LIAISON_VERSION_H_
#define LIAISON_VERSION_H_

#include "liaison.h"

#endif  // LIAISON_VERSION_H_
