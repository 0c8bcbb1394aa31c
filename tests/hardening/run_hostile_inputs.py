#!/usr/bin/env python3
"""Every hostile input of tests/data/hostile/ through the liaison command.

usage: run_hostile_inputs.py LIAISON HOSTILE_DIR

Each input is run with its command (below) and must end in its own specific
error: the exit status given, and in what it prints (standard error, or for
`test` the case's result on standard output) the words that name the place
(a JSON path) or the limit that stopped it. No input may make the
command abort or crash (a signal, exit 134, a sanitizer report), forge a line
of standard error, or put a raw control character (ESC, BEL, NUL, …) on the
terminal. The expected words were worked out from each input's construction
(which cadre, which key, which limit), not copied from the command's output.
Run by ctest in every preset, so under ASan and UBSan too.
"""
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree

EVALUATE = ["evaluate", "--policy", "hunan", "--as-of", "2026-06-30"]
# A raw control character other than tab and newline, on either stream.
CONTROL = re.compile(rb"[\x00-\x08\x0b-\x1f\x7f]")
# What a crash, an abort or a sanitizer leaves on standard error.
CRASH = re.compile(rb"AddressSanitizer|runtime error:|LeakSanitizer|terminate called|Aborted")

# (input, arguments before it, exit status, words the output must hold).
# The second cadre of every "three cadres" input, h2 at $.cadres[1], is the
# bad one.
CASES = [
    ("deep-nesting-document.json", EVALUATE, 2, ["$", "deep"]),
    ("deep-nesting-in-cadre.json", EVALUATE, 2, ["deep"]),
    ("number-1e400.json", EVALUATE, 2, ["number"]),
    ("integer-above-2-64.json", EVALUATE, 2, ["integer"]),
    ("lone-surrogate.json", EVALUATE, 2, ["$.cadres[1].name", "surrogate pair"]),
    ("invalid-utf8.json", EVALUATE, 2, ["UTF-8"]),
    ("overlong-utf8.json", EVALUATE, 2, ["UTF-8"]),
    ("raw-nul.json", EVALUATE, 2, ["not valid JSON"]),
    ("nan-literal.json", EVALUATE, 2, ["not valid JSON"]),
    ("empty.json", EVALUATE, 2, ["not valid JSON"]),
    ("truncated.json", EVALUATE, 2, ["line 1, column", "not valid JSON"]),
    ("trailing-garbage.json", EVALUATE, 2, ["not valid JSON"]),
    ("top-level-array.json", EVALUATE, 2, ["$: expected an object"]),
    ("cadres-not-array.json", EVALUATE, 2, ["$.cadres: expected an array"]),
    ("year-out-of-range.json", EVALUATE, 2, ["$.year"]),
    ("duplicate-key.json", EVALUATE, 2, ["$.cadres[1].id", "more than once"]),
    ("newline-in-unknown-key.json", EVALUATE, 2,
     ['$.cadres[1]["forged\\nliaison: all good"]', "unknown field"]),
    ("escape-sequence-in-unknown-key.json", EVALUATE, 2,
     ["$.cadres[1][\"\\u001b[2J\\u001b[31mred\"]", "unknown field"]),
    ("nul-in-unknown-key.json", EVALUATE, 2, ['$.cadres[1]["cut\\u0000here"]']),
    ("long-unknown-key.json", EVALUATE, 2, ["$.cadres[1]:", "65536 bytes", "limit for one string"]),
    ("many-unknown-keys.json", EVALUATE, 2, ["$.cadres[1]:", "more than 1000 keys"]),
    ("many-score-keys.json", EVALUATE, 2, ["$.cadres[1].scores:", "more than 1000 keys"]),
    ("misspelt-score.json", EVALUATE, 2, ["$.cadres[1].scores.reprot"]),
    ("days-huge.json", EVALUATE, 2, ["$.cadres[1].activities[0].days", "out of range"]),
    ("date-far-future.json", EVALUATE, 2, ["$.cadres[1].activities[0].date", "9999999-01-01"]),
    ("duplicate-contact-points.json", EVALUATE, 2,
     ["$.cadres[1].contact_points[1].id", "$.cadres[1].contact_points[2].id", "listed twice"]),
    ("cadre-without-department.json", ["progress", "--policy", "hunan", "--as-of", "2026-06-30"],
     2, ["$.cadres[1].department"]),
    ("policy-deep.json", ["policy", "validate"], 2, ["deep"]),
    ("policy-control-key.json", ["policy", "validate"], 2,
     ['$["\\u001b]0;title\\u0007"]', "unknown field"]),
    # The command reads a case's records as its other inputs: up to 1 GiB.
    ("case-records-dev-zero.case.json", ["test"], 2, ["/dev/zero", "1024 MiB"]),
    ("case-policy-directory.case.json", ["test"], 2, ["$.policy.path"]),
    ("case-inline-policy-bad.case.json", ["test"], 2, ["$.policy.inline.schema"]),
]

# Hostile arguments rather than files: (arguments, exit status, words).
ARGUMENT_CASES = [
    (["caps", "--policy", "hunan", "2147483640-2147483647"], 2, ["caps"]),
    (["caps", "--policy", "hunan", "4294967306"], 2, ["caps"]),
    (["caps", "--policy", "hunan", "--", "-5"], 2, ["caps"]),
    (["caps", "--policy", "hunan", "0-10001"], 2, ["caps"]),
    (EVALUATE[:3] + ["--as-of", "99999-01-01", "examples/department.json"], 2, ["--as-of"]),
    (EVALUATE + ["/dev/zero"], 2, ["/dev/zero", "1024 MiB"]),
]

failures = []


def check(condition, what):
    if not condition:
        failures.append(what)


def run(liaison, arguments, status, words, name, cwd):
    done = subprocess.run([liaison] + arguments, capture_output=True, timeout=300, cwd=cwd)
    err = done.stderr
    check(done.returncode == status,
          f"{name}: exit {done.returncode}, expected {status}; stderr: {err[:600]!r}")
    check(not CRASH.search(err), f"{name}: crashed: {err[:2000]!r}")
    for stream, text in (("stdout", done.stdout), ("stderr", err)):
        found = CONTROL.search(text)
        check(found is None, f"{name}: a raw control character on {stream} at {found and found.start()}")
    check(not any(line.startswith(b"liaison: all good") for line in err.splitlines()),
          f"{name}: a forged line on stderr")
    check(all(len(line) <= 20000 for line in err.splitlines()),
          f"{name}: a line of stderr longer than 20000 bytes")
    text = (done.stdout + err).decode("utf-8", "replace")
    for word in words:
        check(word in text, f"{name}: the output lacks {word!r}: {text[:1500]!r}")
    return done


def junit_is_well_formed(liaison, hostile, cwd):
    """The case with a bell and an escape in its name: its JUnit XML parses."""
    with tempfile.TemporaryDirectory() as work:
        out = os.path.join(work, "junit.xml")
        case = os.path.join(hostile, "case-control-characters.case.json")
        # score 2 is not the {"min", "max"} the expectation takes: a problem of
        # the case itself, so the case cannot be run (exit 2).
        run(liaison, ["test", "--junit", out, case], 2, ["$.expect.cadres.h1.score"],
            "case-control-characters.case.json", cwd)
        try:
            with open(out, "rb") as file:
                data = file.read()
            root = ElementTree.fromstring(data)
            check(root.tag == "testsuite", f"junit: root is {root.tag}")
            name = root.find("testcase").get("name")
            check(name == "bell\\u0007 and escape\\u001b in a name", f"junit: name {name!r}")
        except (OSError, ElementTree.ParseError) as error:
            failures.append(f"junit: not well formed: {error}")


def main():
    liaison, hostile = sys.argv[1], sys.argv[2]
    cwd = os.path.abspath(os.path.join(hostile, "..", "..", ".."))  # the source tree: examples/
    named = {case[0] for case in CASES} | {"case-control-characters.case.json"}
    check(named == set(os.listdir(hostile)),
          f"inputs without a case, or cases without an input: {named ^ set(os.listdir(hostile))}")
    for name, arguments, status, words in CASES:
        run(liaison, arguments + [os.path.join(hostile, name)], status, words, name, cwd)
    for arguments, status, words in ARGUMENT_CASES:
        run(liaison, arguments, status, words, " ".join(arguments), cwd)
    junit_is_well_formed(liaison, hostile, cwd)
    for failure in failures:
        print("FAIL", failure)
    print(f"{len(CASES) + 1} hostile inputs and {len(ARGUMENT_CASES)} hostile arguments, "
          f"{len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
