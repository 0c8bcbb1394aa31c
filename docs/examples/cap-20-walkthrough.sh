#!/usr/bin/env bash
# The walkthrough of docs/testing-policies.md: lower the 优 cap from 30% to 20%,
# test the change, see what it changes, ship it.
# usage: cap-20-walkthrough.sh LIAISON SOURCE_DIR WORK_DIR
set -euo pipefail
liaison=$1 source=$2 work=$3
mkdir -p "$work" && cd "$work"

# 1. Start from the policy in force, in its canonical form, and change one number.
"$liaison" policy show hunan --json > hunan.json
sed -e 's/"id":"hunan"/"id":"hunan-cap20"/' \
    -e 's/"grade":"excellent","share":0.3/"grade":"excellent","share":0.2/' \
    hunan.json > hunan-cap20.json
"$liaison" policy validate hunan-cap20.json

# 2. Write down what the change should do, as a case file, and run it.
cp "$source/docs/examples/cap-20.case.json" "$source/examples/department.json" .
"$liaison" test cap-20.case.json

# 3. See everything it changes, for whom, on real records.
"$liaison" diff --before hunan --after hunan-cap20.json --as-of 2026-12-31 --lang en \
  department.json

# 4. Ship: the policy and its case go in together, and CI runs the cases.
"$liaison" test --junit cases.xml cap-20.case.json "$source"/tests/cases/*.case.json
