// A directory of the project's example files for the fuzzers whose input
// names files (case files, the command's arguments): made once in /tmp,
// restored after every run (files the run wrote are removed, examples it
// overwrote are written back), removed at exit. Inputs may name files only
// inside it: the fuzzers refuse text with '/' or '\', so no path leaves it.
#ifndef LIAISON_TESTS_FUZZ_SCRATCH_DIRECTORY_H_
#define LIAISON_TESTS_FUZZ_SCRATCH_DIRECTORY_H_

#include <string>
#include <string_view>

namespace liaison::fuzz {

// The directory, made and filled on first use: examples/department.json,
// department-2018.json and department.xlsx, the embedded policies as
// hunan.json and hunan-2018.json, and the case files of tests/cases with
// their records paths made relative to the directory.
const std::string& ScratchDirectory();

// Puts the directory back as ScratchDirectory made it.
void RestoreScratchDirectory();

// Whether `text` could name a file outside the directory.
bool MayLeaveScratchDirectory(std::string_view text);

}  // namespace liaison::fuzz

#endif  // LIAISON_TESTS_FUZZ_SCRATCH_DIRECTORY_H_
