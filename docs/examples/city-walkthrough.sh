#!/usr/bin/env bash
# The walkthrough of docs/policy.md §15 and docs/testing-policies.md: adapt
# the province's plan for a city committee, let validate point out what was
# forgotten, pin the results and run the hand-worked cases.
# usage: city-walkthrough.sh LIAISON SOURCE_DIR WORK_DIR
set -euo pipefail
liaison=$1 source=$2 work=$3
city=$source/examples/policies/city
mkdir -p "$work" && cd "$work"

# 1. A readable copy of the province's plan to edit by hand.
"$liaison" policy new --from hunan --id example-city -o city-draft.json

# 2. A first edit changes the numbers but keeps the province's title over the
#    new minimum of 80 youth, and asks for one 优 from 4 cadres: validate warns
#    of both, and --strict fails.
python3 - city-draft.json city-first-edit.json <<'EDIT'
import json, sys
policy = json.load(open(sys.argv[1], encoding="utf-8"))
rules = {rule["id"]: rule for rule in policy["rules"]}
rules["youth_met"]["min"] = 80  # its title still says 100
policy["grading"]["caps"][0]["share"] = 0.25
policy["grading"]["minimum_one_from"] = 4
json.dump(policy, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False, indent=2)
EDIT
"$liaison" policy validate city-first-edit.json 2> warnings.txt
grep -q "the title quotes 100 but the rule's min is 80" warnings.txt
grep -q 'minimum_one_from changes nothing' warnings.txt
if "$liaison" policy validate --strict city-first-edit.json 2> /dev/null; then
  echo "--strict should fail on warnings" >&2
  exit 1
fi

# 3. The finished policy (examples/policies/city/policy.json) has neither:
#    it validates without a warning, and its caps for 1 to 12 cadres are those
#    worked out by hand in its README.
"$liaison" policy validate --strict "$city/policy.json"
"$liaison" caps --policy "$city/policy.json" --lang en 1-12

# 4. Pin today's results on the example records, to edit down; as written the
#    case passes.
"$liaison" test --init "$city/policy.json" "$city/records.json" --as-of 2026-12-31 \
  -o pinned.case.json
"$liaison" test pinned.case.json

# 5. Run the cases worked out by hand, every *.case.json under the directory.
"$liaison" test -v "$source/tests/cases/city"
"$liaison" test --run 'example-city-*' "$source/tests/cases"
