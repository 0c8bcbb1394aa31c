#!/usr/bin/env bash
# Installs the built tree into a scratch prefix and builds consumers against
# it: once with find_package (C and C++), once with pkg-config (C).
# usage: run_install_test.sh BUILD_DIR SOURCE_DIR SCRATCH_DIR
set -euo pipefail
build=$1 source=$2 scratch=$3
rm -rf "$scratch"
prefix=$scratch/prefix
cmake --install "$build" --prefix "$prefix" >/dev/null

echo "== find_package"
cmake -S "$source/tests/install/consumer" -B "$scratch/consumer" \
  -DCMAKE_PREFIX_PATH="$prefix" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$scratch/consumer" -j2 >/dev/null
"$scratch/consumer/consumer_c"
"$scratch/consumer/consumer_cxx"

echo "== find_package, C only, without Abseil and simdjson"
cmake -S "$source/tests/install/c_consumer" -B "$scratch/c_consumer" \
  -DCMAKE_PREFIX_PATH="$prefix" -DCMAKE_BUILD_TYPE=Release \
  -DCMAKE_DISABLE_FIND_PACKAGE_absl=ON -DCMAKE_DISABLE_FIND_PACKAGE_simdjson=ON >/dev/null
cmake --build "$scratch/c_consumer" >/dev/null
"$scratch/c_consumer/consumer_c_only"

echo "== pkg-config: the programs run without LD_LIBRARY_PATH (liaison.pc's run path)"
unset LD_LIBRARY_PATH
export PKG_CONFIG_PATH="$prefix/lib/pkgconfig"
cc -std=c99 -Wall -Werror "$source/tests/install/consumer/consumer.c" \
  $(pkg-config --cflags --libs liaison) -o "$scratch/consumer_pc"
"$scratch/consumer_pc"

echo "== docs/examples/grade_sheet.c (the C API guide's complete example)"
cc -std=c99 -Wall -Wextra -Werror -pedantic "$source/docs/examples/grade_sheet.c" \
  $(pkg-config --cflags --libs liaison) -o "$scratch/grade_sheet"
"$scratch/grade_sheet" "$source/examples/department.json" \
  2026-12-31 > "$scratch/grade_sheet.out"
cat "$scratch/grade_sheet.out"
# Base 10: 优 ⌊0.3 × 10⌋ = 3, 良 ⌊0.5 × 10⌋ = 5; the sheet has 3 优, 5 良 and one
# cadre without a grade; the example's 宣传部 grades c11 优 with no 优 place.
for line in "cap on excellent for 10 cadres: 3" "cap on good for 10 cadres: 5" \
            "grade sheet: 0 cap(s) exceeded, 1 cadre(s) without a grade" \
            "assigned grades violate the policy"; do
  grep -qxF "$line" "$scratch/grade_sheet.out" || { echo "missing: $line" >&2; exit 1; }
done

test -f "$prefix/include/liaison/liaison_ffi.h"
echo "install test passed"
