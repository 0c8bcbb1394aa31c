#!/usr/bin/env bash
# Runs a binding's example program (examples/java, examples/php) on the
# example department and checks it against the liaison command: each document
# it writes must be byte for byte what `liaison … --json` prints for the same
# question, and its summary must say what the plan gives (worked by hand).
# usage: check_example_program.sh CLI SOURCE_DIR SCRATCH_DIR -- PROGRAM [ARGS…]
#   (the program is run as PROGRAM ARGS… RECORDS AS_OF OUT_DIR)
set -euo pipefail
cli=$1 source=$2 scratch=$3
shift 4
rm -rf "$scratch"
mkdir -p "$scratch/expected"
records=$source/examples/department.json
"$@" "$records" 2026-12-31 "$scratch/out" > "$scratch/summary.txt"
cat "$scratch/summary.txt"

# `liaison check` exits 1 when grades violate the policy, as the example's do.
"$cli" evaluate --policy hunan --as-of 2026-12-31 "$records" --json > "$scratch/expected/evaluation.json"
"$cli" caps --policy hunan 10 --json > "$scratch/expected/caps.json"
"$cli" grade --policy hunan --as-of 2026-12-31 "$records" --json > "$scratch/expected/proposal.json"
"$cli" check --policy hunan --as-of 2026-12-31 "$records" --json > "$scratch/expected/check.json" || true
for document in evaluation caps proposal check; do
  cmp "$scratch/expected/$document.json" "$scratch/out/$document.json"
done

# Base 10: 优 ⌊0.3 × 10⌋ = 3, 良 ⌊0.5 × 10⌋ = 5; the sheet has 3 优, 5 良 and
# one cadre without a grade; 宣传部 grades c11 优 with no 优 place; 2026-02-30
# is no calendar date.
for line in "caps for 10 cadres: 优 3 良 5" \
            "grade sheet: 0 cap(s) exceeded, 1 cadre(s) without a grade" \
            "assigned grades violate the policy"; do
  grep -qxF "$line" "$scratch/summary.txt" || { echo "missing: $line" >&2; exit 1; }
done
grep -q '^error LIAISON_INVALID_ARGUMENT: .*2026-02-30' "$scratch/summary.txt" ||
  { echo "missing: the bad date's error" >&2; exit 1; }
echo "example program agrees with the liaison command"
