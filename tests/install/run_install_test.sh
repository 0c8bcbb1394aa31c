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
LD_LIBRARY_PATH="$prefix/lib" "$scratch/consumer/consumer_c"
"$scratch/consumer/consumer_cxx"

echo "== pkg-config"
export PKG_CONFIG_PATH="$prefix/lib/pkgconfig"
cc -std=c99 -Wall -Werror "$source/tests/install/consumer/consumer.c" \
  $(pkg-config --cflags --libs liaison) -o "$scratch/consumer_pc"
LD_LIBRARY_PATH="$prefix/lib" "$scratch/consumer_pc"

test -f "$prefix/include/liaison/liaison_ffi.h"
echo "install test passed"
