#!/usr/bin/env python3
"""Command tests for `liaison`: every subcommand on hand-made fixtures.

    run_cli_tests.py LIAISON_BINARY SOURCE_DIR [-k SUBSTRING] [-v]

Runs the binary with the source directory as working directory (so file
names in messages are the relative ones the expected files show), compares
standard output with the hand-written files in tests/cli/expected/ (text
byte for byte after filling in placeholders; JSON field by field), checks exit
statuses and error messages, and runs the examples of docs/cli.md. Prints one
line per test, then "N passed, M failed"; exits 1 when any test fails.

Standard library only. tests/cli/WORKINGS.md explains every expected figure.
"""

import difflib
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata

HERE = "tests/cli"
FIXTURES = HERE + "/fixtures"
EXPECTED = HERE + "/expected"
RECORDS = FIXTURES + "/records-2026.json"
COUNTY = FIXTURES + "/policy-county.json"
COUNTY_RECORDS = FIXTURES + "/records-county.json"
BAD_RECORDS = FIXTURES + "/bad-records.json"
MALFORMED = FIXTURES + "/malformed.json"
# The text stops after line 6, inside the first cadre (tests/cli/WORKINGS.md).
MALFORMED_PLACE = ("$.cadres[0].department: line 7, column 1: not valid JSON: "
                   "the text ends inside an object")
BAD_POLICY = FIXTURES + "/policy-bad.json"
SUBCOMMANDS = ["policy", "evaluate", "progress", "caps", "grade", "check", "version"]


class Failure(Exception):
    pass


def expect(condition, message):
    if not condition:
        raise Failure(message)


class Cli:
    def __init__(self, binary, source):
        self.binary = os.path.abspath(binary)
        self.source = os.path.abspath(source)
        self._placeholders = None

    def run(self, args, stdin=None, env=None):
        """Runs liaison; returns (exit status, stdout, stderr) as text. `env`
        adds to the environment (LANG=C: an English locale)."""
        if isinstance(stdin, str):
            stdin = stdin.encode("utf-8")
        done = subprocess.run([self.binary] + args, cwd=self.source, input=stdin,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=60,
                              env=dict(os.environ, **(env or {})))
        return done.returncode, done.stdout.decode("utf-8"), done.stderr.decode("utf-8")

    def read(self, path):
        with open(os.path.join(self.source, path), encoding="utf-8") as f:
            return f.read()

    def fingerprint(self, policy):
        """sha256 of the canonical JSON, computed here, not taken from the command."""
        status, out, err = self.run(["policy", "show", policy, "--json"])
        expect(status == 0, "policy show %s --json: exit %d: %s" % (policy, status, err))
        expect(out.endswith("}\n"), "policy show --json: not one JSON document and a newline")
        return "sha256:" + hashlib.sha256(out[:-1].encode("utf-8")).hexdigest()

    def placeholders(self):
        if self._placeholders is None:
            header = self.read("capi/liaison.h")
            version = re.search(r'#define LIAISON_VERSION_STRING "([^"]+)"', header).group(1)
            abi = re.search(r"#define LIAISON_ABI_VERSION (\d+)", header).group(1)
            self._placeholders = {
                "{fp:hunan}": self.fingerprint("hunan"),
                "{fp:hunan-2018}": self.fingerprint("hunan-2018"),
                "{fp:county}": self.fingerprint(COUNTY),
                "{version}": version,
                "{abi}": abi,
            }
        return self._placeholders

    def expected_text(self, name):
        text = self.read(EXPECTED + "/" + name)
        for key, value in self.placeholders().items():
            text = text.replace(key, value)
        return text

    def expected_json(self, name):
        return json.loads(self.read(EXPECTED + "/" + name))


def same_text(actual, expected, what):
    if actual == expected:
        return
    diff = "".join(difflib.unified_diff(expected.splitlines(True), actual.splitlines(True),
                                        "expected " + what, "actual"))
    raise Failure("output differs from " + what + ":\n" + diff)


def close(a, b):
    if isinstance(a, bool) or isinstance(b, bool):
        return a is b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(a - b) <= 1e-6
    return a == b


def subset(actual, expected, where):
    """Every key of `expected` is in `actual` with the same value (numbers to 1e-6)."""
    if isinstance(expected, dict):
        expect(isinstance(actual, dict), "%s: expected an object, got %r" % (where, actual))
        for key, value in expected.items():
            if key == "_comment":
                continue
            expect(key in actual, "%s: no %r" % (where, key))
            subset(actual[key], value, where + "." + key)
    elif isinstance(expected, list):
        expect(isinstance(actual, list) and len(actual) == len(expected),
               "%s: expected %r, got %r" % (where, expected, actual))
        for i, (a, e) in enumerate(zip(actual, expected)):
            subset(a, e, "%s[%d]" % (where, i))
    else:
        expect(close(actual, expected), "%s: expected %r, got %r" % (where, expected, actual))


def parse_json(text, what):
    try:
        return json.loads(text)
    except ValueError as error:
        raise Failure("%s: not JSON (%s)" % (what, error))


# --- the tests --------------------------------------------------------------

TESTS = []


def test(function):
    TESTS.append(function)
    return function


def run_ok(cli, args, stdin=None, status=0):
    code, out, err = cli.run(args, stdin)
    expect(code == status, "liaison %s: exit %d, expected %d\nstderr: %s"
           % (" ".join(args), code, status, err))
    if status == 0:
        expect(err == "", "liaison %s: unexpected stderr: %s" % (" ".join(args), err))
    return out, err


def compare(cli, args, expected, stdin=None, status=0):
    out, _ = run_ok(cli, args, stdin, status)
    same_text(out, cli.expected_text(expected), expected)


# Text output, compared byte for byte with the hand-written files.

@test
def version_text(cli):
    compare(cli, ["version"], "version.txt")


@test
def version_json(cli):
    out, _ = run_ok(cli, ["version", "--json"])
    doc = parse_json(out, "version --json")
    p = cli.placeholders()
    expect(doc == {"library_version": p["{version}"], "abi_version": int(p["{abi}"])},
           "version --json: %r" % doc)


@test
def policy_list_zh(cli):
    compare(cli, ["policy", "list"], "policy-list.zh.txt")


@test
def policy_list_json(cli):
    out, _ = run_ok(cli, ["policy", "list", "--json", "--lang", "en"])
    doc = parse_json(out, "policy list --json")
    got = [(p["id"], p["year"], p["recurring"], p["fingerprint"]) for p in doc["policies"]]
    fp = cli.placeholders()
    expect(got == [("hunan-2018", 2018, False, fp["{fp:hunan-2018}"]),
                   ("hunan", 2019, True, fp["{fp:hunan}"])], "policies: %r" % got)
    expect(doc["policies"][1]["title"]["zh"] == "团省委机关干部密切联系青年机制（年度方案，2019年起）",
           "hunan title: %r" % doc["policies"][1]["title"])


@test
def policy_show_county_en(cli):
    compare(cli, ["policy", "show", COUNTY, "--lang", "en"], "policy-show-county.en.txt")


@test
def policy_show_zero_settings_in_words(cli):
    # hunan: minimum_one_from 0 and pool_below 0, both off (docs/policy.md §11).
    out, _ = run_ok(cli, ["policy", "show", "hunan", "--lang", "zh"])
    expect("至少一名：不适用，小部门合并：不合并，" in out, out)
    out, _ = run_ok(cli, ["policy", "show", "hunan", "--lang", "en"])
    expect("minimum_one_from off, pool_below off," in out, out)


@test
def policy_show_county_from_stdin(cli):
    compare(cli, ["policy", "show", "-", "--lang=en"], "policy-show-county.en.txt",
            stdin=cli.read(COUNTY))


def table_rows(text):
    """The rows of a TextTable (after its rule of dashes), split on 2+ blanks."""
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if line and set(line) == {"-"})
    rows = []
    for line in lines[start + 1:]:
        if not line:
            break
        if not line.startswith(" "):  # a wrapped cell continues on lines that do
            rows.append(re.split(r"  +", line))
    return rows


@test
def policy_show_hunan_2018_minimums(cli):
    # docs/policy.md §8: the effective 2018 minimums (one third, rounded up).
    out, _ = run_ok(cli, ["policy", "show", "hunan-2018", "--lang", "en"])
    rows = {row[0]: (row[3], row[4], row[5], row[6]) for row in table_rows(out)}
    expected = {
        "lectures": ("2", "12-31", "binding", "二.3.(1)"),
        "youth_visits": ("4", "12-31", "binding", "二.3.(2)"),
        "youth_met": ("34", "12-31", "binding", "二.3.(2)"),
        "cadre_talks": ("7", "12-31", "binding", "二.3.(2)"),
        "research": ("1", "12-31", "binding", "二.3.(3)"),
        # ⌈2/3⌉ = 1; the ceiling of 2–3 is not prorated (issue 16).
        "work_tasks": ("1–3", "12-31", "binding", "二.3.(4)"),
        "supervision": ("2", "12-31", "binding", "二.3.(4)"),
        "field_days": ("20 d", "12-31", "binding", "二.3"),
        "sinking_week": ("7 d", "12-31", "binding", "三.2"),
        "legacy_8_4": ("40 d", "12-31", "advisory", "三.3"),
        "legacy_4_1": ("1", "12-31", "advisory", "三.3"),
        "legacy_1_100": ("34", "12-31", "advisory", "三.3"),
        "legacy_zzg": ("1", "12-31", "advisory", "三.3"),
    }
    expect(rows == expected, "rows: %r" % rows)
    expect("period 10-23 to 12-31" in out.splitlines()[1], "period line: %r" % out.splitlines()[1])


@test
def policy_show_hunan_zh(cli):
    # The annual minimums of docs/policy.md §7, in Chinese: the rules in the
    # policy's order by their titles (field_days 8th, research 5th,
    # midyear_report 9th, work_tasks 6th, legacy_zzg 13th), kinds in words.
    out, _ = run_ok(cli, ["policy", "show", "hunan"])
    lines = out.splitlines()
    expect(lines[1] == "编号 hunan  版本 2019.1  适用 2019年起  期间 01-01 至 12-31", lines[1])
    expect(lines[2] == "指纹 " + cli.placeholders()["{fp:hunan}"], lines[2])
    rows = table_rows(out)
    expect(len(rows) == 13, "13 rules, got %d" % len(rows))
    expect(rows[7] == ["二.3", "每年直接走进基层、走进青年累计时间不得少于2个月", "时长", "60天", "12-31",
                       "必须"], rows[7])
    expect(rows[4][2:] == ["限期完成", "1", "10-31", "必须"] and rows[4][0] == "二.3.(3)", rows[4])
    expect(rows[8][2:] == ["限期完成", "1", "06-30", "必须"] and rows[8][0] == "二.4.(1)", rows[8])
    expect(rows[5][2:] == ["范围", "2–3", "12-31", "必须"] and rows[5][0] == "二.3.(4)", rows[5])
    expect(rows[12][5] == "参考", rows[12])


@test
def policy_show_json_is_canonical(cli):
    out, _ = run_ok(cli, ["policy", "show", COUNTY, "--json"])
    doc = parse_json(out, "policy show --json")
    expect(doc["id"] == "county-demo" and doc["schema"] == "liaison.policy/1", repr(doc)[:200])
    # Canonical: showing the canonical form again gives the same bytes.
    again, _ = run_ok(cli, ["policy", "show", "-", "--json"], stdin=out)
    expect(again == out, "canonical JSON is not stable")


@test
def policy_validate_ok(cli):
    compare(cli, ["policy", "validate", COUNTY, "--lang", "en"], "policy-validate-county.txt")


@test
def policy_validate_json(cli):
    out, _ = run_ok(cli, ["policy", "validate", COUNTY, "--json"])
    doc = parse_json(out, "validate --json")
    subset(doc, {"file": COUNTY, "valid": True, "id": "county-demo", "year": 2026, "rules": 3,
                 "fingerprint": cli.placeholders()["{fp:county}"]}, "$")


# A policy whose one rule has "min": -1 (a rule's min is 0 to 1000000).
BAD_MIN_POLICY = json.dumps({
    "schema": "liaison.policy/1", "id": "x", "version": "1",
    "title": {"zh": "x", "en": "x"}, "year": 2026,
    "vocabulary": {"activity_kinds": [{"id": "a", "zh": "a", "en": "a"}]},
    "rules": [{"id": "r", "kind": "count", "title": {"zh": "r", "en": "r"}, "basis": "1",
               "min": -1}],
    "grading": {"scale": [{"id": "g", "zh": "g", "en": "g"}]}})


@test
def policy_validate_in_both_languages(cli):
    _, err = fails(cli, ["policy", "validate", "-", "--lang", "zh"], [], stdin=BAD_MIN_POLICY)
    expect(err == "liaison: 标准输入：有 1 处问题\n  $.rules[0].min：-1 超出范围：应在 0 到 1000000 之间\n",
           err)
    _, err = fails(cli, ["policy", "validate", "-", "--lang", "en"], [], stdin=BAD_MIN_POLICY)
    expect(err == "liaison: standard input: 1 problem\n"
                  "  $.rules[0].min: -1 is out of range: expected 0 to 1000000\n", err)
    out, _ = fails(cli, ["policy", "validate", "-", "--json", "--lang", "zh"], [],
                   stdin=BAD_MIN_POLICY, stdout_empty=False)
    expect(parse_json(out, "validate --json --lang zh")["problems"] ==
           [{"path": "$.rules[0].min", "message": "-1 超出范围：应在 0 到 1000000 之间"}], out)


@test
def evaluate_year_end_zh(cli):
    compare(cli, ["evaluate", "--policy", "hunan", "--as-of", "2026-12-31", RECORDS],
            "evaluate-year-end.zh.txt")


@test
def evaluate_year_end_en(cli):
    compare(cli, ["evaluate", "--policy=hunan", "--as-of=2026-12-31", "--lang", "en", RECORDS],
            "evaluate-year-end.en.txt")


@test
def evaluate_from_stdin(cli):
    compare(cli, ["evaluate", "--policy", "hunan", "--as-of", "2026-12-31", "--lang", "en", "-"],
            "evaluate-year-end.en.txt", stdin=cli.read(RECORDS))


def findings_by_rule(report):
    return {f["rule"]: f for f in report["findings"]}


def evaluation_summary(doc):
    """The evaluation document keyed by cadre id and rule id."""
    cadres = {}
    for entry in doc["results"]:
        expect(entry["ok"], "unexpected error entry: %r" % entry)
        report = dict(entry["report"])
        findings = {}
        for finding in report["findings"]:
            finding = dict(finding)
            finding["set_aside"] = len(finding["set_aside"])
            findings[finding["rule"]] = finding
        report["findings"] = findings
        cadres[report["cadre"]] = report
    return cadres


@test
def evaluate_year_end_json(cli):
    out, _ = run_ok(cli, ["evaluate", "--policy", "hunan", "--as-of", "2026-12-31", "--json",
                          RECORDS])
    doc = parse_json(out, "evaluate --json")
    expected = cli.expected_json("evaluate-year-end.json")
    subset(doc, {k: expected[k] for k in ("schema", "policy", "year", "as_of")}, "$")
    expect(doc["policy"]["fingerprint"] == cli.placeholders()["{fp:hunan}"], "fingerprint")
    cadres = evaluation_summary(doc)
    expect(sorted(cadres) == sorted(expected["cadres"]), "cadres: %r" % sorted(cadres))
    for cadre, want in expected["cadres"].items():
        if want["findings"] == {}:
            expect(cadres[cadre]["findings"] == {}, "%s has findings" % cadre)
        subset(cadres[cadre], want, cadre)
    # Every participating cadre has one finding per rule (13) and two contact-point findings.
    for cadre in ("t01", "t02", "t04"):
        expect(len(cadres[cadre]["findings"]) == 15, "%s: %d findings"
               % (cadre, len(cadres[cadre]["findings"])))


@test
def evaluate_example_department_table(cli):
    # examples/department.json at year end: the figures of tests/cases/WORKINGS.md §1
    # (scores to three decimals), and every participation label of the table.
    out, _ = run_ok(cli, ["evaluate", "--policy", "hunan", "--as-of", "2026-12-31",
                          "examples/department.json"])
    rows = {row[0]: row[1:] for row in table_rows(out)}
    takes_part = "参加"
    org, pub = "基层组织建设部", "宣传部"  # departments by name
    expected = {
        "c01": ["刘建华", org, takes_part, "11/11", "1.000", "优", "0"],
        "c02": ["陈思远", org, takes_part, "7/11", "0.914", "良", "4"],
        "c03": ["王丽娟", org, takes_part, "8/11", "0.855", "良", "3"],
        "c04": ["李志强", org, takes_part, "10/11", "0.955", "良", "1"],
        "c05": ["周晓燕", org, takes_part, "11/11", "1.000", "优", "0"],
        "c06": ["赵明轩", org, "批准免除", "-", "-", "-", "-"],
        "c07": ["黄婷", org, "参加（免除未批准）", "1/11", "0.255", "良", "10"],
        "c08": ["吴浩然", org, takes_part, "10/11", "0.955", "良", "1"],
        "c09": ["孙悦", org, "不参加", "-", "-", "-", "-"],
        # Not rated: outside the quota base, so no grade within reach.
        "c10": ["郑雨欣", org, "不评等次（新录用人员（试用期））", "2/11", "0.374", "-", "9"],
        "c11": ["彭志伟", pub, takes_part, "10/11", "1.000", "良", "1"],
        "c12": ["谭雅琴", pub, takes_part, "9/11", "0.955", "良", "2"],
        "c13": ["曾凡", pub, takes_part, "7/11", "0.897", "良", "4"],
    }
    for cadre, want in expected.items():
        expect(rows.get(cadre) == want, "%s: expected %r, got %r" % (cadre, want, rows.get(cadre)))
    expect(len(rows) == 13, "13 rows, got %d" % len(rows))


@test
def evaluate_county_policy_file(cli):
    compare(cli, ["evaluate", "--policy", COUNTY, "--as-of", "2026-12-31", "--lang", "en",
                  COUNTY_RECORDS], "evaluate-county.en.txt")


@test
def evaluate_county_policy_from_stdin(cli):
    out, _ = run_ok(cli, ["evaluate", "--policy", "-", "--as-of", "2026-12-31", "--json",
                          COUNTY_RECORDS], stdin=cli.read(COUNTY))
    cadres = evaluation_summary(parse_json(out, "evaluate --json"))
    scores = {c: round(r["score"], 6) for c, r in cadres.items()}
    expect(scores == {"k01": 1.0, "k02": 0.472222, "k03": 0.833333}, "scores: %r" % scores)
    subset(cadres["k02"]["findings"], {
        "visits": {"status": "short", "required": 6, "actual": 4},
        "field_days": {"status": "short", "required": 12, "actual": 9},
        "research": {"status": "overdue"}}, "k02")
    subset(cadres["k03"]["findings"], {"research": {"status": "late", "completion": 0.5}}, "k03")


@test
def evaluate_2018_example(cli):
    out, _ = run_ok(cli, ["evaluate", "--policy", "hunan-2018", "--as-of", "2018-12-31",
                          "--json", "examples/department-2018.json"])
    doc = parse_json(out, "evaluate --json")
    expected = cli.expected_json("evaluate-2018-example.json")
    cadres = evaluation_summary(doc)
    for cadre, want in expected["cadres"].items():
        subset(cadres[cadre], want, cadre)
    departments = {d["department"]: [f["status"] for f in d["findings"]]
                   for d in doc["departments"]}
    expect(departments == {k: [v] for k, v in expected["departments"].items()},
           "department rules: %r" % departments)


@test
def progress_midyear_zh(cli):
    compare(cli, ["progress", "--policy", "hunan", "--as-of", "2026-06-30", RECORDS],
            "progress-midyear.zh.txt")


@test
def progress_midyear_en(cli):
    compare(cli, ["progress", "--policy", "hunan", "--as-of", "2026-06-30", "--lang", "en",
                  RECORDS], "progress-midyear.en.txt")


@test
def progress_midyear_json(cli):
    out, _ = run_ok(cli, ["progress", "--policy", "hunan", "--as-of", "2026-06-30", "--json",
                          RECORDS])
    doc = parse_json(out, "progress --json")
    expected = cli.expected_json("progress-midyear.json")
    subset(doc, {"schema": expected["schema"], "as_of": expected["as_of"]}, "$")
    departments = {d["department"]: d for d in doc["departments"]}
    departments[doc["organ"]["department"]] = doc["organ"]
    expect(sorted(departments) == sorted(expected["departments"]),
           "departments: %r" % sorted(departments))
    for name, want in expected["departments"].items():
        got = departments[name]
        subset(got, {k: want[k] for k in ("cadres", "evaluated", "errors")}, name)
        rules = {r["rule"]: r for r in got["rules"]}
        for rule, (done, on_pace, behind, follow_up) in want["paced"].items():
            r = rules[rule]
            expect([r["done"], r["on_pace"], r["behind"], r["follow_up"]]
                   == [done, on_pace, behind, follow_up],
                   "%s %s: %r" % (name, rule, r))
        for rule, (statuses, follow_up) in want["unpaced"].items():
            r = rules[rule]
            expect(r["statuses"] == statuses and r["follow_up"] == follow_up,
                   "%s %s: %r" % (name, rule, r))


@test
def caps_zh(cli):
    compare(cli, ["caps", "--policy", "hunan", "1-4", "10"], "caps-hunan.zh.txt")


@test
def caps_en(cli):
    compare(cli, ["caps", "--policy", "hunan", "--lang", "en", "3"], "caps-hunan.en.txt")


@test
def caps_policy_file_minimum_one(cli):
    compare(cli, ["caps", "--policy", COUNTY, "--lang", "en", "2-3", "10"], "caps-county.en.txt")


@test
def caps_json(cli):
    out, _ = run_ok(cli, ["caps", "--policy", "hunan", "--json", "10"])
    doc = parse_json(out, "caps --json")
    expect(doc["schema"] == "liaison.caps/1" and doc["base"] == 10, repr(doc)[:200])
    expect([(c["grade"], c["cap"]) for c in doc["caps"]] == [("excellent", 3), ("good", 5)],
           "caps: %r" % doc["caps"])
    # Several bases: one JSON array of documents.
    out, _ = run_ok(cli, ["caps", "--policy", COUNTY, "--json", "2-3"])
    docs = parse_json(out, "caps --json 2-3")
    expect(isinstance(docs, list) and [d["base"] for d in docs] == [2, 3], "bases")
    got = [(c["cap"], c["rounded"], c["raised_to_one"]) for d in docs for c in d["caps"]]
    expect(got == [(0, 0, False), (1, 0, True)], "county caps: %r" % got)


@test
def grade_year_end_zh(cli):
    compare(cli, ["grade", "--policy", "hunan", "--as-of", "2026-12-31", RECORDS],
            "grade-year-end.zh.txt")


@test
def grade_year_end_en(cli):
    compare(cli, ["grade", "--policy", "hunan", "--as-of", "2026-12-31", "--lang", "en",
                  RECORDS], "grade-year-end.en.txt")


@test
def grade_year_end_json(cli):
    out, _ = run_ok(cli, ["grade", "--policy", "hunan", "--as-of", "2026-12-31", "--json",
                          RECORDS])
    doc = parse_json(out, "grade --json")
    expected = cli.expected_json("grade-year-end.json")
    expect(doc["schema"] == expected["schema"], "schema")
    units = {}
    for unit in doc["units"]:
        units[unit["id"]] = {"base": unit["base"],
                             "caps": {c["grade"]: c["cap"] for c in unit["caps"]},
                             "proposed": unit["proposed"]}
    subset(units, expected["units"], "units")
    expect(sorted(units) == sorted(expected["units"]), "units: %r" % sorted(units))
    cadres = {c["cadre"]: c for c in doc["cadres"]}
    subset(cadres, expected["cadres"], "cadres")


@test
def grade_policy_file(cli):
    compare(cli, ["grade", "--policy", COUNTY, "--as-of", "2026-12-31", "--lang", "en",
                  COUNTY_RECORDS], "grade-county.en.txt")


def graded_badly(cli):
    """records-2026 with grades t01 优, t02 none, t03 (exempt) 良, t04 优."""
    doc = json.loads(cli.read(RECORDS))
    grades = {"t01": "excellent", "t02": None, "t03": "good", "t04": "excellent"}
    for cadre in doc["cadres"]:
        cadre.pop("grade", None)
        if grades[cadre["id"]]:
            cadre["grade"] = grades[cadre["id"]]
    return json.dumps(doc, ensure_ascii=False)


@test
def check_passes_exit_0(cli):
    compare(cli, ["check", "--policy", "hunan", "--as-of", "2026-12-31", RECORDS],
            "check-year-end.zh.txt")


@test
def check_violations_exit_1(cli):
    compare(cli, ["check", "--policy", "hunan", "--as-of", "2026-12-31", "--lang", "en", "-"],
            "check-violations.en.txt", stdin=graded_badly(cli), status=1)


@test
def check_violations_json(cli):
    out, err = run_ok(cli, ["check", "--policy", "hunan", "--as-of", "2026-12-31", "--json",
                            "-"], stdin=graded_badly(cli), status=1)
    expect(err == "", "stderr: %s" % err)
    doc = parse_json(out, "check --json")
    expected = cli.expected_json("check-violations.json")
    expect(doc["schema"] == expected["schema"] and doc["passed"] is False, "passed")
    units = {}
    for unit in doc["units"]:
        units[unit["id"]] = {
            "base": unit["base"],
            "cap_uses": {u["grade"]: [u["counted"], u["cap"], u["exceeded"]]
                         for u in unit["cap_uses"]},
            "violations": [[v["kind"], v["cadre"]] for v in unit["violations"]]}
    expect(units == expected["units"], "units: %r" % units)
    out, _ = run_ok(cli, ["check", "--policy", "hunan", "--as-of", "2026-12-31", "--json",
                          RECORDS])
    doc = parse_json(out, "check --json")
    expect(doc["passed"] is True and all(u["violations"] == [] for u in doc["units"]),
           "the recorded grades pass")


@test
def check_2018_example_exit_1(cli):
    # tests/cases/WORKINGS.md §2: school's base of 1 has no 良 place for d05.
    out, _ = run_ok(cli, ["check", "--policy", "hunan-2018", "--as-of", "2018-12-31",
                          "--lang", "en", "examples/department-2018.json"], status=1)
    expect("  ✗ good: 1 assigned, cap 0 = ⌊0.50 × 1⌋; 1 over the cap\n" in out, out)
    expect("    next: no one in 学校部 may be graded good (cap 0): regrade 何俊杰 (d05)\n" in out,
           out)
    expect(out.endswith("failed: 1 problem; put each right as its next step says and check "
                        "again.\n"), out)


def display_columns(line):
    """(display column, character) for each character: East Asian Wide and
    Fullwidth characters take two columns (as in a terminal), the rest one."""
    column, out = 0, []
    for char in line:
        out.append((column, char))
        column += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return out, column


def tables(text):
    """Each TextTable in `text` as (header, rows): the line above a rule of
    dashes, and the lines below it up to a blank line."""
    lines = text.splitlines()
    found = []
    for i, line in enumerate(lines):
        if i > 0 and line and set(line) == {"-"}:
            rows = []
            for row in lines[i + 1:]:
                if not row:
                    break
                rows.append(row)
            found.append((lines[i - 1], line, rows))
    return found


def check_aligned(text, what):
    found = tables(text)
    expect(found, what + ": no table")
    for header, rule, rows in found:
        cells, width = display_columns(header)
        # A column starts where a non-blank follows two blanks.
        starts = [0] + [cells[k][0] for k in range(2, len(cells))
                        if cells[k][1] != " " and cells[k - 1][1] == " " and cells[k - 2][1] == " "]
        widest = width
        for row in [header] + rows:
            expect(not row.endswith(" "), "%s: trailing blanks in %r" % (what, row))
            row_cells, row_width = display_columns(row)
            widest = max(widest, row_width)
            at = dict(row_cells)
            for start in starts[1:]:
                # The two columns before each column start are blank (or the row has ended).
                for column in (start - 2, start - 1):
                    expect(at.get(column, " ") == " " and (column in at or row_width <= start),
                           "%s: column at %d not aligned in %r" % (what, start, row))
        expect(len(rule) == widest, "%s: rule of %d dashes for a table %d wide"
               % (what, len(rule), widest))


@test
def tables_are_aligned_for_chinese(cli):
    runs = [
        ["policy", "list"],
        ["policy", "show", "hunan"],
        ["policy", "show", "hunan-2018", "--lang", "en"],
        ["evaluate", "--policy", "hunan", "--as-of", "2026-12-31", "examples/department.json"],
        ["evaluate", "--policy", "hunan", "--as-of", "2026-12-31", "--lang", "en",
         "examples/department.json"],
        ["progress", "--policy", "hunan", "--as-of", "2026-06-30", "examples/department.json"],
        ["grade", "--policy", "hunan", "--as-of", "2026-12-31", "examples/department.json"],
        ["caps", "--policy", "hunan", "1-12"],
    ]
    for args in runs:
        out, _ = run_ok(cli, args)
        check_aligned(out, "liaison " + " ".join(args))


# --help, usage errors and bad input.

@test
def help_for_each_subcommand(cli):
    # The locale's language (Chinese here), English with --lang en or LANG=C.
    for command in SUBCOMMANDS:
        for extra, env, start in (([], None, "用法：liaison "), (["--lang", "en"], None, "usage: liaison "),
                                  ([], {"LANG": "C"}, "usage: liaison ")):
            code, out, err = cli.run([command, "--help"] + extra, env=env)
            expect(code == 0 and err == "", "%s --help: exit %d, stderr %r" % (command, code, err))
            expect(out.startswith(start + command), "%s --help: %r" % (command, out[:60]))
    for args in (["--help"], ["help"]):
        for env, start in ((None, "用法：liaison <命令>"), ({"LANG": "C"}, "usage: liaison <command>")):
            code, out, err = cli.run(args, env=env)
            expect(code == 0 and out.startswith(start), "liaison %s" % args)
            for command in SUBCOMMANDS:
                expect("\n  " + command + " " in out, "liaison --help does not list " + command)


def unwrapped(text):
    """`text` with the lines an English listing wraps onto (4 blanks under
    their item) joined back, so that a message is one line again."""
    return re.sub(r"\n    (?=\S)", " ", text)


def fails(cli, args, needles, stdin=None, status=2, stdout_empty=True):
    code, out, err = cli.run(args, stdin)
    err = unwrapped(err)
    expect(code == status, "liaison %s: exit %d, expected %d; stderr: %s"
           % (" ".join(args), code, status, err))
    if stdout_empty:
        expect(out == "", "liaison %s: stdout should be empty, got %r" % (" ".join(args), out[:200]))
    for needle in needles:
        expect(needle in err, "liaison %s: stderr lacks %r:\n%s" % (" ".join(args), needle, err))
    return out, err


USAGE_ERRORS = [
    ([], ["usage: liaison <command>"]),
    (["frobnicate"], ['unknown command "frobnicate"', "usage: liaison <command>"]),
    (["evaluate", "--policy", "hunan", "--bogus", RECORDS],
     ["liaison evaluate: unknown option --bogus", "usage: liaison evaluate"]),
    (["evaluate", RECORDS, "--policy"], ["option --policy needs a value", "usage: liaison evaluate"]),
    (["evaluate", "--as-of", "2026-12-31", RECORDS], ["missing --policy"]),
    (["evaluate", "--policy", "hunan"], ["missing the records file"]),
    (["evaluate", "--policy", "hunan", RECORDS, RECORDS], ["takes one records file"]),
    (["evaluate", "--policy", "hunan", "--as-of", "2026-02-30", "--lang", "en", RECORDS],
     ["--as-of", '"2026-02-30" is not a calendar date']),
    (["progress", "--policy", "hunan", "--as-of", "2026-6-30", "--lang", "en", RECORDS],
     ["--as-of", '"2026-6-30" is not a calendar date']),
    (["grade", "--policy", "hunan", "--as-of", "yesterday", RECORDS], ['"yesterday"']),
    (["check", "--policy", "hunan", "--lang", "fr", RECORDS], ["--lang", '"fr"', "zh or en"]),
    (["evaluate", "--policy", "hunan", "--json=yes", RECORDS], ["option --json takes no value"]),
    (["evaluate", "--policy", "-", "-"], ["cannot both come from standard input"]),
    (["caps", "--policy", "hunan"], ["missing the quota base"]),
    (["caps", "10"], ["missing --policy"]),
    (["caps", "--policy", "hunan", "ten"], ['"ten" is not a base']),
    (["caps", "--policy", "hunan", "5-3"], ['"5-3" is not a base']),
    (["caps", "--policy", "hunan", "--as-of", "2026-12-31", "3"], ["unknown option --as-of"]),
    (["policy"], ["missing the action"]),
    (["policy", "frob"], ['unknown action "frob"']),
    (["policy", "show"], ["show takes one policy"]),
    (["policy", "list", "extra"], ["list takes no arguments"]),
    (["policy", "validate", COUNTY, "--bogus"], ["unknown option --bogus"]),
    (["policy", "validate", COUNTY, "--lang", "fr"], ["--lang", '"fr"', "zh or en"]),
    (["version", "extra"], ["takes no arguments"]),
    (["version", "--bogus"], ["unknown option --bogus"]),
]

# The same errors under the Chinese locale (or --lang zh), the usage too.
USAGE_ERRORS_ZH = [
    (["evaluate", "--policy", "hunan", "--as-of", "2026-02-30", RECORDS],
     ["--as-of：“2026-02-30”不是有效的日期（YYYY-MM-DD）"]),
    (["grade", "--policy", "hunan", "--as-of", "yesterday", RECORDS], ['“yesterday”']),
    ([], ["用法：liaison <命令>"]),
    (["frobnicate"], ["liaison：未知命令“frobnicate”", "用法：liaison <命令>"]),
    (["evaluate", "--policy", "hunan", "--bogus", RECORDS],
     ["liaison evaluate：未知选项 --bogus", "用法：liaison evaluate"]),
    (["evaluate", RECORDS, "--policy"], ["选项 --policy 须带一个值"]),
    (["evaluate", "--as-of", "2026-12-31", RECORDS], ["缺少 --policy ID|FILE|-"]),
    (["evaluate", "--policy", "hunan"], ["缺少记录文件"]),
    (["check", "--policy", "hunan", "--lang", "fr", RECORDS], ["--lang：“fr”不是可用的语言"]),
    (["caps", "--policy", "hunan", "ten"], ["“ten”不是考核基数"]),
    (["policy", "frob"], ["未知操作“frob”"]),
    (["version", "--lang", "en", "extra"], ["liaison version: takes no arguments"]),
    (["diff", "--before", "hunan", "--lang", "zh", RECORDS], ["须同时给出 --before 和 --after"]),
]


@test
def usage_errors_exit_2(cli):
    for args, needles in USAGE_ERRORS:
        code, out, err = cli.run(args, env={"LANG": "C"})
        expect(code == 2 and out == "", "liaison %s: exit %d" % (" ".join(args), code))
        for needle in needles:
            expect(needle in err, "liaison %s: stderr lacks %r:\n%s" % (" ".join(args), needle, err))
    for args, needles in USAGE_ERRORS_ZH:
        fails(cli, args, needles)


@test
def unknown_policy_and_missing_files_exit_2(cli):
    fails(cli, ["evaluate", "--policy", "nope", "--lang", "en", RECORDS],
          ["nope", "not an embedded policy (hunan-2018, hunan)"])
    fails(cli, ["evaluate", "--policy", "nope", RECORDS],
          ["nope：既不是内置政策（hunan-2018, hunan），也不是可读取的文件"])
    fails(cli, ["evaluate", "--policy", "hunan", "--lang", "en", "no-such-file.json"],
          ["no-such-file.json", "cannot open"])
    fails(cli, ["evaluate", "--policy", "hunan", "no-such-file.json"],
          ["no-such-file.json：无法打开文件"])
    fails(cli, ["policy", "validate", "no-such-file.json"], ["no-such-file.json"])
    fails(cli, ["evaluate", "--policy", "hunan", "--lang", "en", FIXTURES],
          [FIXTURES + ": is a directory"])
    fails(cli, ["policy", "show", "no-such-policy"], ["no-such-policy"])


@test
def policy_show_hunan_every_section_zh(cli):
    # src/policy/policies/hunan.json: participation 二.1, contact points 二.2
    # (3–4 points of the 4 kinds, 长沙市 at least 0.5, online_org left out),
    # the 06-30 checkpoint of 二.4.(1), grading 二.4.(2) (优 30%, 良 50%).
    out, _ = run_ok(cli, ["policy", "show", "hunan"])
    for line in ["参与（依据 二.1）", "豁免须有批准记录（批准人和日期）：是", "联系点（依据 二.2）",
                 "约束：是", "可选类型：团支部、青年之家、社会组织、网络组织",
                 "本地：长沙市，不少于 50%", "线上类型：网络组织（不计入本地比例）",
                 "评定等次（依据 二.4.(2)）", "得分构成：任务完成 1"]:
        expect(line in out.splitlines(), "policy show hunan lacks %r:\n%s" % (line, out))
    found = {header.split()[0]: [re.split(r"  +", row) for row in rows]
             for header, _, rows in tables(out)}
    expect(found["类别"] == [["专职", "必须参加"], ["兼职", "由部门决定"], ["挂职", "由部门决定"]],
           found["类别"])
    expect(found["职级"] == [["其他", "3–4", "-"]], found["职级"])
    # In Chinese the checkpoint and the grades go by their titles and labels.
    expect(found["日期"] == [["06-30", "中期评估：每年6月底提交个人任务清单完成情况，基层组织建设部汇总分析、反馈督促",
                            "二.4.(1)"]], found["日期"])
    expect(found["等次"] == [["优", "30%", "得分 ≥ 0，必须项全部完成"], ["良", "50%", "-"],
                           ["中", "-", "-"], ["差", "-", "-"]], found["等次"])


@test
def policy_new_writes_an_indented_copy_that_means_the_same(cli):
    with tempfile.TemporaryDirectory() as directory:
        path = os.path.join(directory, "city.json")
        out, _ = run_ok(cli, ["policy", "new", "--from", "hunan", "--id", "city", "-o", path])
        expect(unwrapped(out).startswith(path + "：政策“city”，由“hunan”复制，指纹 sha256:"), out)
        with open(path, encoding="utf-8") as f:
            text = f.read()
        lines = text.splitlines()
        # docs/policy.md §2: schema, id, version, title … one value to a line,
        # two spaces a level.
        expect(lines[:3] == ["{", '  "schema": "liaison.policy/1",', '  "id": "city",'], lines[:3])
        expect('      "min": 4,' in lines, "a rule's fields are 3 levels deep: 6 spaces")
        validated, _ = run_ok(cli, ["policy", "validate", path, "--lang", "en"])
        expect('valid policy "city"' in validated, validated)
        # Only the id differs: with the id put back, the fingerprint is hunan's.
        back = text.replace('  "id": "city",', '  "id": "hunan",', 1)
        shown, _ = run_ok(cli, ["policy", "show", "-", "--json"], stdin=back)
        expect("sha256:" + hashlib.sha256(shown[:-1].encode("utf-8")).hexdigest()
               == cli.fingerprint("hunan"), "the copy does not mean what hunan means")
    fails(cli, ["policy", "new", "--from", "hunan", "--id", "City"], ["--id City", "$.id"])
    fails(cli, ["policy", "new", "--from", "hunan"], ["须给出 --from ID|FILE 和 --id NEW"])
    fails(cli, ["policy", "new", "--from", "hunan", "--lang", "en"],
          ["needs --from ID|FILE and --id NEW"])


@test
def a_syntax_error_in_a_policy_names_line_and_column(cli):
    # "policy": line 2 of the text is `  "id": "city"，`: "id" at 3–6, : 7,
    # space 8, "city" 9–14, the full-width comma 15.
    text = '{\n  "id": "city"，\n  "year": 2026\n}\n'
    fails(cli, ["policy", "validate", "-", "--lang", "en"],
          ["$.id: line 2, column 15: not valid JSON: expected ',' or '}', found '，' (U+FF0C"],
          stdin=text)
    fails(cli, ["policy", "validate", "-", "--lang", "zh"],
          ["$.id：第2行第15列：不是有效的 JSON：此处应为“,”或“}”，实际是“，”（全角逗号"], stdin=text)


@test
def malformed_json_exit_2(cli):
    for command in ("evaluate", "progress", "grade", "check"):
        fails(cli, [command, "--policy", "hunan", "--as-of", "2026-12-31", "--lang", "en",
                    MALFORMED], ["liaison: " + MALFORMED + ":", MALFORMED_PLACE])
    fails(cli, ["evaluate", "--policy", "hunan", "--as-of", "2026-12-31", "--lang", "en", "-"],
          ["liaison: standard input:", MALFORMED_PLACE], stdin=cli.read(MALFORMED))
    fails(cli, ["policy", "validate", "--lang", "en", MALFORMED],
          ["liaison: " + MALFORMED + ":", "$"])


BAD_RECORD_PATHS = ['$.cadres[0].activities[1].date: "2026-02-30" is not a calendar date',
                    '$.cadres[2].activities[0].kind: "lectur"']


@test
def impossible_date_exit_2_names_file_and_path(cli):
    for command in ("evaluate", "progress"):
        out, err = fails(cli, [command, "--policy", "hunan", "--as-of", "2026-12-31", "--lang",
                               "en", BAD_RECORDS],
                         ["liaison: " + BAD_RECORDS + ": 2 cadres' records have problems"]
                         + BAD_RECORD_PATHS, stdout_empty=False)
    # grade and check refuse an incomplete result (grading_errors_tests.py).
    for command in ("grade", "check"):
        fails(cli, [command, "--policy", "hunan", "--as-of", "2026-12-31", "--lang", "en",
                    BAD_RECORDS], BAD_RECORD_PATHS)
    # What can be evaluated still is: b02 has a row, the bad cadres are marked.
    out, _ = fails(cli, ["evaluate", "--policy", "hunan", "--as-of", "2026-12-31", "--lang", "en",
                         BAD_RECORDS], [], stdout_empty=False)
    rows = {row[0]: row for row in table_rows(out)}
    expect(sorted(rows) == ["b01", "b02", "b03"], "rows: %r" % sorted(rows))
    expect(rows["b01"][1:] == ["钱进", "基层组织建设部", "bad record"], "row: %r" % rows["b01"])
    # --json keeps an error entry per bad cadre, with its path.
    out, _ = fails(cli, ["evaluate", "--policy", "hunan", "--as-of", "2026-12-31", "--json",
                         BAD_RECORDS], [], stdout_empty=False)
    results = parse_json(out, "evaluate --json")["results"]
    expect([r["ok"] for r in results] == [False, True, False], "ok flags")
    expect(results[0]["error"]["path"] == "$.cadres[0].activities[1].date", results[0])
    # From standard input the message says so.
    fails(cli, ["progress", "--policy", "hunan", "--as-of", "2026-12-31", "--lang", "en", "-"],
          ["liaison: standard input: 2 cadres' records have problems"] + BAD_RECORD_PATHS,
          stdin=cli.read(BAD_RECORDS), stdout_empty=False)


@test
def diff_with_bad_records_is_not_silent(cli):
    # bad-records.json: b01 ($.cadres[0]) and b03 ($.cadres[2]) are bad under
    # either policy, b02 is good; hunan against itself changes nothing else.
    args = ["diff", "--before", "hunan", "--after", "hunan", "--as-of", "2026-12-31", "--lang",
            "en"]
    code, out, err = cli.run(args + [BAD_RECORDS])
    err = unwrapped(err)
    expect(code == 1, "exit %d" % code)
    expect("liaison diff: " + BAD_RECORDS + ": 2 cadres' records are bad; the diff is incomplete"
           in err, err)
    for path in BAD_RECORD_PATHS:
        expect(path in err, "stderr lacks %s:\n%s" % (path, err))
    expect("  b01 (org)  bad record before: " in out and "  b03 (org)  bad record before: " in out,
           out)
    code, out, err = cli.run(args + ["--json", "--allow-errors", BAD_RECORDS])
    expect(code == 0, "exit %d with --allow-errors" % code)
    diff = parse_json(out, "diff --json")
    expect(diff["summary"]["errors"] == 2 and diff["summary"]["cadres_changed"] == 0,
           diff["summary"])
    expect([c["cadre"] for c in diff["cadres"]] == ["b01", "b03"], diff["cadres"])
    expect("$.cadres[0].activities[1].date" in diff["cadres"][0]["error"]["before"],
           diff["cadres"][0])


@test
def diff_names_cadres_says_who_gains_and_lists_texts_apart(cli):
    # hunan with 优 ≤ 20% and lectures' title reworded, on the example
    # department (docs/testing-policies.md, the cap-20 walkthrough): org's 7
    # cadres get 1 优 place instead of 2, so c05 falls to 良 and c02 to 中.
    canonical = run_ok(cli, ["policy", "show", "hunan", "--json"])[0]
    changed = (canonical.replace('"id":"hunan"', '"id":"hunan-cap20"', 1)
               .replace('"grade":"excellent","share":0.3', '"grade":"excellent","share":0.2', 1)
               .replace("每年深入基层青年中开展不少于4次", "每年在基层青年中开展不少于4次", 1))
    with tempfile.TemporaryDirectory() as directory:
        path = os.path.join(directory, "hunan-cap20.json")
        with open(path, "w", encoding="utf-8") as f:
            f.write(changed)
        out, _ = run_ok(cli, ["diff", "--before", "hunan", "--after", path, "--as-of",
                              "2026-12-31", "--lang", "en", "examples/department.json"])
    expect("Parameters changed: 2\n" in out, out)
    expect("Text only, moving no result: 1\n  At least 4 lectures or themed League classes among "
           "grassroots youth a year, Chinese title: " in out, out)
    expect("  c02 陈思远 (org)  proposed good → fair\n" in out, out)
    expect("Proposed better: 0; worse: 2 (c02 陈思远, c05 周晓燕)\n" in out, out)


@test
def validate_warns_and_strict_fails(cli):
    # The example city policy with the province's 100 youth left in a title.
    text = cli.read("examples/policies/city/policy.json").replace("不少于80名", "不少于100名", 1)
    code, out, err = cli.run(["policy", "validate", "-", "--lang", "en"], stdin=text)
    expect(code == 0, "exit %d" % code)
    expect("valid policy \"example-city\"" in out, out)
    expect("standard input: $.rules[2].title.zh: warning: the title quotes 100 but the rule's "
           "min is 80" in err and "警告" not in err, err)
    code, out, err = cli.run(["policy", "validate", "-", "--lang", "zh"], stdin=text)
    expect(code == 0, "exit %d" % code)
    expect("有效的政策“example-city”" in out, out)
    expect("标准输入：$.rules[2].title.zh：警告：标题中的数字为 100" in err and "warning" not in err,
           err)
    code, out, err = cli.run(["policy", "validate", "--strict", "--json", "-"], stdin=text)
    expect(code == 1, "exit %d with --strict" % code)
    warnings = parse_json(out, "validate --json")["warnings"]
    expect([(w["path"], w["code"]) for w in warnings] == [("$.rules[2].title.zh", "title_number")],
           warnings)
    run_ok(cli, ["policy", "validate", "--strict", "examples/policies/city/policy.json"])


@test
def progress_counts_bad_records_in_their_department(cli):
    # Department org holds b01, b02, b03; b01 and b03 are bad, b02 is evaluated.
    code, out, err = cli.run(["progress", "--policy", "hunan", "--as-of", "2026-06-30", "--json",
                              BAD_RECORDS])
    expect(code == 2, "exit %d" % code)
    doc = parse_json(out, "progress --json")
    org = doc["departments"][0]
    expect((org["department"], org["cadres"], org["evaluated"], org["errors"]) ==
           ("org", 3, 1, 2), org)
    expect((doc["organ"]["cadres"], doc["organ"]["errors"]) == (3, 2), doc["organ"])
    expect(doc["errors_without_department"] == 0, doc)
    records = json.loads(cli.read(BAD_RECORDS))
    del records["cadres"][0]["department"]
    code, out, err = cli.run(["progress", "--policy", "hunan", "--as-of", "2026-06-30", "--lang",
                              "en", "-"], json.dumps(records, ensure_ascii=False))
    expect("department 基层组织建设部: evaluated 1/2 cadres, bad records 1" in out, out)
    expect("whole organ: evaluated 1/3 cadres, bad records 2 (department unknown: 1)" in out, out)


@test
def misspelt_score_component_is_an_error(cli):
    records = json.loads(cli.read(BAD_RECORDS))
    records["cadres"] = [records["cadres"][1]]
    records["cadres"][0]["scores"] = {"reprot": 0.5}
    fails(cli, ["evaluate", "--policy", "hunan", "--as-of", "2026-12-31", "--lang", "en", "-"],
          ["$.cadres[0].scores.reprot: is not a score component of the policy"],
          stdin=json.dumps(records, ensure_ascii=False), stdout_empty=False)


@test
def case_with_a_bad_inline_record_fails(cli):
    records = json.loads(cli.read(BAD_RECORDS))
    case = {"schema": "liaison.case/1", "name": "bad inline", "policy": "hunan",
            "as_of": "2026-12-31", "records": {"inline": records}, "expect": {}}
    with tempfile.TemporaryDirectory() as directory:
        path = os.path.join(directory, "bad.case.json")
        with open(path, "w", encoding="utf-8") as out:
            json.dump(case, out, ensure_ascii=False)
        code, out, err = cli.run(["test", path, "--lang", "en"])
        expect(code == 1, "exit %d\n%s%s" % (code, out, err))
        expect("b01 at $.cadres[0]" in out + err and "b03 at $.cadres[2]" in out + err, out + err)
        code, out, err = cli.run(["test", path, "--lang", "zh"])
        expect(code == 1, "exit %d\n%s%s" % (code, out, err))
        expect("  $.expect.record_errors：b01（$.cadres[0]）：应为 无误的记录，实为 \"有误的记录："
               in out, out)
        case["expect"]["record_errors"] = ["$.cadres[0]", "$.cadres[2]"]
        with open(path, "w", encoding="utf-8") as out:
            json.dump(case, out, ensure_ascii=False)
        code, out, err = cli.run(["test", path])
        expect(code == 0, "exit %d with the errors expected\n%s%s" % (code, out, err))


@test
def caps_bases_are_range_checked(cli):
    # Once an int overflow (a loop that never ends) and a silent wrap to 10.
    for word in ("2147483640-2147483647", "4294967306", "-5", "1000001", "0-10001", "3x"):
        fails(cli, ["caps", "--policy", "hunan", word], ["“" + word + "”不是考核基数"])
    code, out, _ = cli.run(["caps", "--policy", "hunan", "--json", "0-10000"])
    expect(code == 0 and len(parse_json(out, "caps 0-10000")) == 10001, "exit %d" % code)


@test
def unknown_grade_is_reported(cli):
    # docs/records.md §5 lists `$.cadres[1].grade: "outstanding" is not a grade of
    # policy hunan` as a decoding error (exit 2); the decoder currently accepts
    # the id and `check` reports it as a not_in_scale violation (exit 1). Either
    # way it must not pass unnoticed.
    doc = json.loads(cli.read(RECORDS))
    doc["cadres"][0]["grade"] = "outstanding"
    code, out, err = cli.run(["check", "--policy", "hunan", "--as-of", "2026-12-31", "--lang",
                              "en", "-"], json.dumps(doc, ensure_ascii=False))
    expect((code == 2 and "$.cadres[0].grade" in err)
           or (code == 1 and '张伟 (t01): grade "outstanding" is not in the scale' in out),
           "exit %d\nstdout: %s\nstderr: %s" % (code, out, err))


@test
def records_of_a_year_the_policy_does_not_govern_exit_2(cli):
    fails(cli, ["evaluate", "--policy", "hunan-2018", "--as-of", "2026-12-31", "--lang", "en",
                RECORDS], ["liaison: " + RECORDS + ":", "hunan-2018"], stdout_empty=False)
    fails(cli, ["evaluate", "--policy", "hunan-2018", "--as-of", "2026-12-31", RECORDS],
          ["liaison: " + RECORDS + "：有 1 处问题",
           "$.year：2026 年不在政策“hunan-2018”的适用范围内（仅 2018 年）"], stdout_empty=False)


@test
def bad_policy_exit_2_names_every_path(cli):
    needles = ["liaison: " + BAD_POLICY + ": 3 problems", "$.rules[0].min", "$.colour",
               "$.rules[2].due"]
    fails(cli, ["policy", "validate", "--lang", "en", BAD_POLICY], needles)
    fails(cli, ["evaluate", "--policy", BAD_POLICY, "--as-of", "2026-12-31", "--lang", "en",
                COUNTY_RECORDS], needles)
    fails(cli, ["caps", "--policy", BAD_POLICY, "--lang", "en", "3"], needles)
    fails(cli, ["policy", "show", "--lang", "en", BAD_POLICY], needles)
    out, _ = fails(cli, ["policy", "validate", BAD_POLICY, "--json", "--lang", "en"], needles,
                   stdout_empty=False)
    doc = parse_json(out, "validate --json")
    expect(doc["valid"] is False and sorted(p["path"] for p in doc["problems"])
           == ["$.colour", "$.rules[0].min", "$.rules[2].due"], "problems: %r" % doc)
    fails(cli, ["policy", "validate", "--lang", "en", "-"],
          ["liaison: standard input: 3 problems"], stdin=cli.read(BAD_POLICY))
    fails(cli, ["policy", "validate", "-"],
          ["liaison: 标准输入：有 3 处问题", "$.rules[0].min：-1 超出范围：应在 0 到 1000000 之间",
           "$.rules[2].due：“02-29”不是每年都有的月日（MM-DD，不可为 02-29）", "$.colour：未知字段"],
          stdin=cli.read(BAD_POLICY))


# docs/cli.md: every ```sh block that runs liaison is preceded by a marker
#   <!-- cli-test -->                 runs, must exit 0
#   <!-- cli-test exit=1 -->          runs, must exit 1
#   <!-- cli-test output -->          runs, exit 0, stdout must equal the next ``` block
#   <!-- cli-test exit=2 stderr -->   runs, exit 2, stderr must equal the next ``` block
# Fingerprints (sha256:…) are compared with the ones the runner computes.

MARKER = re.compile(r"^<!-- cli-test((?: [a-z]+(?:=\d+)?)*) -->$")


def doc_examples(text):
    """(line number, options, commands, expected output or None) per marked block."""
    lines = text.splitlines()
    examples, i, pending = [], 0, None
    while i < len(lines):
        line = lines[i]
        marker = MARKER.match(line)
        if marker:
            pending = dict(re.findall(r"([a-z]+)(?:=(\d+))?", marker.group(1)))
            i += 1
            continue
        if line.startswith("```"):
            fence, info, body, start = line[:3], line[3:].strip(), [], i + 1
            i += 1
            while i < len(lines) and not lines[i].startswith(fence):
                body.append(lines[i])
                i += 1
            i += 1
            if info == "sh":
                runs_liaison = any(re.match(r"\s*liaison\b", b) for b in body)
                if pending is None:
                    if runs_liaison:
                        examples.append((start, None, body, None))
                    continue
                output = None
                if "output" in pending or "stderr" in pending:
                    j = i
                    while j < len(lines) and not lines[j].strip():
                        j += 1
                    if j < len(lines) and lines[j].startswith("```"):
                        j += 1
                        out = []
                        while j < len(lines) and not lines[j].startswith("```"):
                            out.append(lines[j])
                            j += 1
                        output = "\n".join(out) + "\n"
                examples.append((start, pending, body, output))
            pending = None
            continue
        if line.strip():
            pending = None
        i += 1
    return examples


def doc_test(cli, start, options, body, output):
    def run():
        expect(options is not None,
               "docs/cli.md:%d: a liaison example without a <!-- cli-test --> marker" % start)
        with tempfile.TemporaryDirectory() as bindir:
            os.symlink(cli.binary, os.path.join(bindir, "liaison"))
            env = dict(os.environ, PATH=bindir + os.pathsep + os.environ.get("PATH", ""))
            script = "\n".join(body) + "\n"
            done = subprocess.run(["bash", "-o", "pipefail", "-c", script], cwd=cli.source,
                                  env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                  timeout=120)
        status = int(options.get("exit") or 0)
        out, err = done.stdout.decode("utf-8"), done.stderr.decode("utf-8")
        expect(done.returncode == status, "docs/cli.md:%d: exit %d, expected %d\n%s%s"
               % (start, done.returncode, status, out[-2000:], err))
        if output is not None and "stderr" in options:
            same_text(err, output, "docs/cli.md:%d (standard error)" % start)
        elif output is not None:
            fingerprints = set(v for k, v in cli.placeholders().items() if k.startswith("{fp:"))
            for fp in re.findall(r"sha256:[0-9a-f]{64}", output):
                expect(fp in fingerprints, "docs/cli.md:%d: stale fingerprint %s" % (start, fp))
            same_text(out, output, "docs/cli.md:%d" % start)
    run.__name__ = "doc_example_line_%d" % start
    return run


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("-")]
    verbose = "-v" in argv
    only = None
    if "-k" in argv:
        only = argv[argv.index("-k") + 1]
        args.remove(only)
    if len(args) != 2:
        sys.stderr.write(__doc__)
        return 2
    cli = Cli(args[0], args[1])
    tests = [(t.__name__, lambda t=t: t(cli)) for t in TESTS]
    doc = os.path.join(cli.source, "docs/cli.md")
    if os.path.exists(doc):
        with open(doc, encoding="utf-8") as f:
            for start, options, body, output in doc_examples(f.read()):
                runner = doc_test(cli, start, options, body, output)
                tests.append((runner.__name__, runner))
    else:
        tests.append(("docs_cli_md_exists", lambda: expect(False, "docs/cli.md is missing")))
    passed = failed = 0
    for name, run in tests:
        if only and only not in name:
            continue
        try:
            run()
        except Failure as failure:
            failed += 1
            print("FAIL %s\n     %s" % (name, str(failure).replace("\n", "\n     ")))
            continue
        except Exception as error:  # a crash of the test itself counts as a failure
            failed += 1
            print("FAIL %s\n     %s: %s" % (name, type(error).__name__, error))
            continue
        passed += 1
        if verbose:
            print("ok   %s" % name)
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
