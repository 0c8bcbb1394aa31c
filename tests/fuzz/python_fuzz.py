#!/usr/bin/env python3
"""A mutation fuzzer for the Python package (bindings/python/liaison), stdlib only.

There is no coverage-guided fuzzer for Python here, so this one mutates the
shipped documents -- examples/department*.json, the embedded policies, the case
files of tests/cases, apportionment requests -- structurally (a value replaced
by a hostile one, a key dropped, renamed or added, a list entry repeated) and
as bytes (flipped, inserted, cut), and calls the package's public functions on
them: Policy.from_string, evaluate, progress, propose, check, diff, caps,
check_grades, apportion and run_case. It asserts, for every call:

* no crash: the calls run in a child process, so a segfault or an abort is
  caught and the input that caused it kept;
* every failure is one of the package's documented exceptions: a
  liaison.Error (an InvalidDocument with a path that starts with "$"), or
  TypeError for an argument of the wrong Python type;
* output counts = input counts: a records document the fuzzer serialised
  itself (so no duplicate keys) gives one result per cadre.

The run is deterministic for a --seed. A finding is written to --out as
python-<seed>-<case>.json (the call and its arguments) and the run fails.

    PYTHONPATH=bindings/python LIAISON_LIBRARY=build/release/capi/libliaison.so.1 \\
        python3 tests/fuzz/python_fuzz.py --seconds 60
"""

import argparse
import copy
import hashlib
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
AS_OF_DATES = ["2026-06-30", "2026-12-31", "2018-12-31", "2026-02-30", "", "2026-6-30"]
HOSTILE = [None, True, False, 0, -1, 2**31, 2**63, 1.5, 1e300, "", "\u0000", "\ud800", "x" * 5000,
           "\x1b[31m", "a\nb", "2026-02-29", "reprot", "hunan", [], {}, [[[[[[[[[[]]]]]]]]]]]
CASE_FILES = ["hunan-2018.case.json", "hunan-2026-midyear.case.json", "hunan-caps.case.json"]


def load_documents():
    """The documents mutations start from, by kind."""
    read = lambda path: json.loads((REPO / path).read_text(encoding="utf-8"))
    department = read("examples/department.json")
    department["cadres"] = department["cadres"][:5]  # small: many runs a second
    return {
        "records": [department, read("examples/department-2018.json")],
        "policy": [read("src/policy/policies/hunan.json"),
                   read("src/policy/policies/hunan-2018.json")],
        "case": [read("tests/cases/" + name) for name in CASE_FILES],
    }


def mutate_value(rng, document):
    """A copy of `document` with one structural change somewhere inside it."""
    document = copy.deepcopy(document)
    containers = []
    stack = [document]
    while stack:
        node = stack.pop()
        if isinstance(node, (dict, list)) and node:
            containers.append(node)
            stack.extend(node.values() if isinstance(node, dict) else node)
    node = rng.choice(containers)
    key = rng.choice(list(node)) if isinstance(node, dict) else rng.randrange(len(node))
    action = rng.randrange(4)
    if action == 0:
        node[key] = rng.choice(HOSTILE)
    elif isinstance(node, list):
        node.insert(key, copy.deepcopy(node[key]))
    elif action == 1:
        del node[key]
    elif action == 2:
        node[key[:-1] + "\u00e9"] = node.pop(key)  # a misspelt key
    else:
        node["unknown_" + str(rng.randrange(100))] = rng.choice(HOSTILE)
    return document


def to_bytes(document):
    """The document as UTF-8 JSON; a lone surrogate becomes the (ill-formed) bytes of its code."""
    return json.dumps(document, ensure_ascii=False).encode("utf-8", "surrogatepass")


def mutate_bytes(rng, data):
    """`data` with a few bytes flipped, inserted or the tail cut."""
    data = bytearray(data)
    for _ in range(rng.randrange(1, 4)):
        if not data:
            break
        at = rng.randrange(len(data))
        action = rng.randrange(3)
        if action == 0:
            data[at] ^= 1 << rng.randrange(8)
        elif action == 1:
            data[at:at] = rng.choice([b"\xff", b"\x00", b"\xe5\x9b", b"\"", b"{", b"]", b"\\u"])
        else:
            del data[at:]
    return bytes(data)


def make_case(rng, documents):
    """One call: its name, its arguments (JSON-able) and whether counts are checked."""
    kind = rng.choice(["evaluate", "progress", "propose", "check", "diff", "policy",
                       "caps", "check_grades", "apportion", "run_case"])
    as_of = rng.choice(AS_OF_DATES)
    policy = rng.choice(["hunan", "hunan-2018"])
    if kind in ("evaluate", "progress", "propose", "check", "diff"):
        records = rng.choice(documents["records"])
        if rng.random() < 0.8:  # mostly a policy and a date of the records' year
            year = records.get("year", 2026)
            policy = "hunan-2018" if year == 2018 else "hunan"
            as_of = rng.choice([f"{year}-06-30", f"{year}-12-31"])
        if rng.random() < 0.6:
            mutated = mutate_value(rng, records)
            return {"call": kind, "policy": policy, "as_of": as_of, "records": mutated,
                    "count": isinstance(mutated.get("cadres"), list)}
        text = mutate_bytes(rng, to_bytes(records))
        return {"call": kind, "policy": policy, "as_of": as_of,
                "records_bytes": text.decode("latin-1"), "count": False}
    if kind == "policy":
        text = to_bytes(mutate_value(rng, rng.choice(documents["policy"])))
        if rng.random() < 0.4:
            text = mutate_bytes(rng, text)
        return {"call": kind, "policy_text": text.decode("latin-1"), "as_of": as_of}
    if kind == "caps":
        return {"call": kind, "policy": policy,
                "bases": [rng.choice([0, 1, 4, 10, 13, -1, 2**31 - 1, 2**31, rng.randrange(100)])
                          for _ in range(3)]}
    if kind == "check_grades":
        count = rng.randrange(0, 12)
        pick = lambda: rng.choice([None, 0, 1, 2, 3, 4, -1, "excellent", "good", "none", 2**40])
        eligible = ([pick() for _ in range(count + rng.choice([0, 0, 1]))]
                    if rng.random() < 0.5 else None)
        return {"call": kind, "policy": policy, "grades": [pick() for _ in range(count)],
                "eligible": eligible}
    if kind == "apportion":
        places = rng.choice([0, 1, 4, 10, 999, -1, 2**31, rng.randrange(20000)])
        units = [[rng.choice(["a", "b", "c", "", "\u0000"]), rng.choice([0, 1, 2, 6, -3, 2**31])]
                 for _ in range(rng.randrange(0, 5))]
        return {"call": kind, "places": places, "units": units}
    case = mutate_value(rng, rng.choice(documents["case"]))
    return {"call": "run_case", "case": case}


class Finding(Exception):
    pass


def make_call(liaison, case, scratch):
    """Makes the call; raises Finding when the package breaks its contract."""
    call = case["call"]
    try:
        if call == "apportion":
            result = liaison.apportion(case["places"], [tuple(unit) for unit in case["units"]])
            if sum(share["places"] for share in result["shares"]) != case["places"]:
                raise Finding("shares do not add up to the places")
            return
        if call == "run_case":
            text = to_bytes(case["case"]).replace(b"../../examples/", b"")
            if b"/" in to_bytes([value for value in _paths(case["case"])]):
                return  # a path that may leave the scratch directory
            liaison.run_case(text, scratch)
            return
        if call == "policy":
            policy = liaison.Policy.from_string(case["policy_text"].encode("latin-1"))
            policy.evaluate(REPO.joinpath("examples/department.json").read_bytes(), case["as_of"])
            return
        policy = liaison.Policy.embedded(case["policy"])
        if call == "caps":
            for base in case["bases"]:
                policy.caps(base)
            return
        if call == "check_grades":
            policy.check_grades(case["grades"], case["eligible"])
            return
        records = (case["records_bytes"].encode("latin-1") if "records_bytes" in case
                   else to_bytes(case["records"]))
        if call == "diff":
            policy.diff(liaison.Policy.embedded("hunan"), records, case["as_of"])
            return
        result = getattr(policy, call)(records, case["as_of"])
        entries = {"evaluate": "results", "propose": "cadres"}.get(call)
        if case.get("count") and entries and len(result[entries]) != len(case["records"]["cadres"]):
            raise Finding(f"{len(result[entries])} {entries} for "
                          f"{len(case['records']['cadres'])} cadres")
    except liaison.InvalidDocument as error:
        if not (error.path or "").startswith("$"):
            raise Finding(f"InvalidDocument without a path: {error}") from error
    except liaison.Error:
        pass
    except TypeError:
        if call not in ("apportion", "caps", "check_grades"):
            raise


def _paths(document):
    """Every value of a "path" key in a case document."""
    if isinstance(document, dict):
        for key, value in document.items():
            if key == "path":
                yield value
            yield from _paths(value)
    elif isinstance(document, list):
        for value in document:
            yield from _paths(value)


def child(cases, out):
    """Runs `cases` (an iterable of case dicts); the one running is kept in
    out/current.json, so the parent can keep it if this process dies."""
    sys.path.insert(0, str(REPO / "bindings" / "python"))
    import liaison

    scratch = tempfile.mkdtemp(prefix="liaison-python-fuzz-")
    for name in ["department.json", "department-2018.json"]:
        shutil.copy(REPO / "examples" / name, scratch)
    try:
        for case in cases:
            Path(out, "current.json").write_text(json.dumps(case), encoding="utf-8")
            try:
                make_call(liaison, case, scratch)
            except Exception as error:  # every other exception is a finding
                print(f"python_fuzz: {type(error).__name__}: {error}", file=sys.stderr)
                return 1
        return 0
    finally:
        shutil.rmtree(scratch)


def generated(seed, first, count):
    documents = load_documents()
    for index in range(first, first + count):
        yield make_case(random.Random(f"{seed}-{index}"), documents)


def replayed(directory):
    for path in sorted(Path(directory).glob("*.json")):
        yield json.loads(path.read_text(encoding="utf-8"))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--batch", type=int, default=200, help="cases per child process")
    parser.add_argument("--out", default=".", help="where findings are written")
    parser.add_argument("--replay", metavar="DIR",
                        help="run the kept findings in DIR (one case a file) instead")
    parser.add_argument("--child", nargs=2, type=int, metavar=("FIRST", "COUNT"),
                        help=argparse.SUPPRESS)
    options = parser.parse_args()
    os.makedirs(options.out, exist_ok=True)
    if options.child:
        cases = (replayed(options.replay) if options.replay
                 else generated(options.seed, options.child[0], options.child[1]))
        return child(cases, options.out)
    work = tempfile.mkdtemp(prefix="liaison-python-fuzz-")
    deadline = time.monotonic() + options.seconds
    first = 0
    try:
        while first == 0 or (time.monotonic() < deadline and not options.replay):
            command = [sys.executable, __file__, "--seed", str(options.seed), "--out", work,
                       "--child", str(first), str(options.batch)]
            run = subprocess.run(command + (["--replay", options.replay] if options.replay else []))
            if run.returncode != 0:
                current = Path(work, "current.json").read_text(encoding="utf-8")
                digest = hashlib.sha1(current.encode()).hexdigest()[:12]
                kept = Path(options.out, f"python-{options.seed}-{first}-{digest}.json")
                kept.write_text(current, encoding="utf-8")
                how = (f"signal {-run.returncode}" if run.returncode < 0
                       else f"exit {run.returncode}")
                print(f"python_fuzz: {json.loads(current)['call']} failed ({how}); "
                      f"input kept in {kept}")
                return 1
            first += options.batch
        print(f"python_fuzz: {'replayed' if options.replay else 'ran'} "
              f"{first if not options.replay else len(list(replayed(options.replay)))} cases, "
              f"seed {options.seed}, no finding")
        return 0
    finally:
        shutil.rmtree(work)


if __name__ == "__main__":
    sys.exit(main())
