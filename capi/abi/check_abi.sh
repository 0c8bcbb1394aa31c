#!/usr/bin/env bash
# Compares libliaison.so with the committed ABI baseline (capi/abi/liaison.abi,
# written by libabigail's abidw). Added functions are compatible and pass;
# any change to an existing function or type, or a removed one, fails.
#
# usage: check_abi.sh LIBRARY SOURCE_DIR           compare
#        check_abi.sh --update LIBRARY SOURCE_DIR  rewrite the baseline (after
#                                                  a compatible addition)
set -euo pipefail
update=0
if [ "${1:-}" = "--update" ]; then update=1; shift; fi
library=$1 source=$2
baseline=$source/capi/abi/liaison.abi
dump() {
  abidw --headers-dir "$source/capi" --drop-private-types --exported-interfaces-only \
    --no-corpus-path --out-file "$1" "$library"
}
if [ $update = 1 ]; then
  dump "$baseline"
  echo "wrote $baseline"
  exit 0
fi
set +e
abidiff --no-added-syms --headers-dir2 "$source/capi" "$baseline" "$library"
status=$?
set -e
if [ $status -ne 0 ]; then
  echo "ABI check failed (abidiff status $status): an existing function or type of the C ABI" \
       "changed or was removed. The C ABI must never break; add new functions instead." >&2
  exit 1
fi
echo "ABI compatible with the baseline"
