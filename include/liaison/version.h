// The library's version and ABI version.
//
// LIAISON_VERSION_* name the release; LIAISON_ABI_VERSION is the SOVERSION of
// libliaison.so and changes only when the C ABI breaks, which it must not.
// Every result document carries the version it was produced by.
#ifndef LIAISON_VERSION_H_
#define LIAISON_VERSION_H_

#define LIAISON_VERSION_MAJOR 0
#define LIAISON_VERSION_MINOR 1
#define LIAISON_VERSION_PATCH 0
#define LIAISON_VERSION_STRING "0.1.0"
#define LIAISON_ABI_VERSION 1

#endif  // LIAISON_VERSION_H_
