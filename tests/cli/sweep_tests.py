#!/usr/bin/env python3
"""Every command and subcommand of `liaison`, in both languages, errors too.

    sweep_tests.py LIAISON_BINARY SOURCE_DIR

Each case below runs four times: with --lang zh, with --lang en, and without
--lang under LANG=zh_CN.UTF-8 and under LANG=C (the locale decides). For
every run the test asserts, on standard output and standard error:

(a) Chinese output holds no English word of the policy: no rule id, activity
    or contact-point kind id, rule kind, status, grade id, category, rounding
    or tie word (the lists are taken from the embedded policy's ids and the
    library's enum names below).
(b) English output holds no Chinese label of the policy (its zh labels and
    titles, 优/良/中/差) and none of the command's Chinese words.
(c) Every line of a table or message is at most 100 columns, counted here
    with unicodedata.east_asian_width (W and F two columns, the rest one),
    independently of the program's own width table.

Exempt, and why:
- Names and titles from the records (cadres, departments): shown as recorded
  in either language (docs/cli.md, "Language").
- The clauses (二.3.(1), 第2条): the plan's numbering, cited as written.
- Ids a person types or reads literally in both languages: option names,
  placeholders (ID|FILE, RECORDS.json), file names, schema names, and the
  JSON paths of error listings and of diff's parameters. Diff's parameter
  section ("参数变化" / "Parameters changed") quotes the policy document's
  own JSON (ids, kinds, its zh and en titles), so it is left out of (a) and
  (b); a quoted input value (“lectur”) and the list of the ids a records file
  may use (已定义：lecture、…) are the records file's own words.
- JSON documents (--json, ledger import's records, policy new's policy) are
  for programs; the HTML report is checked by its visible text for (a) and
  (b), not for widths (it is laid out by the browser).
- The ledger's sheet names (部门, 干部, 联系点, 活动, 提交, 经费, 说明): the
  workbook's own names in either language, as ledger --help names them.
- ledger without --lang words a ledger's row errors and its summary in both
  languages, its documented default; the sweep runs ledger import and export
  with --lang only.

(d) The filters select exactly the asked cadres. The ids are picked from
    examples/department.json: c03 (王丽娟, org) and c11 (彭志伟, pub);
    department pub holds three cadres, counted in the file by hand: c11
    彭志伟, c12 谭雅琴, c13 曾凡. Org holds c01–c10.
"""

import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata
import unittest

BINARY = SOURCE = None
RECORDS = "examples/department.json"
BAD_RECORDS = "tests/cli/fixtures/bad-records.json"
BAD_POLICY = "tests/cli/fixtures/policy-bad.json"
MALFORMED = "tests/cli/fixtures/malformed.json"
COUNTY = "tests/cli/fixtures/policy-county.json"
YEAR_END = ["--policy", "hunan", "--as-of", "2026-12-31"]
MID_YEAR = ["--policy", "hunan", "--as-of", "2026-06-30"]
PUB = ["c11", "c12", "c13"]
ORG = ["c01", "c02", "c03", "c04", "c05", "c06", "c07", "c08", "c09", "c10"]

# The four ways a language is chosen: (extra arguments, environment, language).
MODES = [(["--lang", "zh"], {}, "zh"), (["--lang", "en"], {}, "en"),
         ([], {"LANG": "zh_CN.UTF-8"}, "zh"), ([], {"LANG": "C"}, "en")]

# The library's enum names (src/base/enum_names.h, liaison/rule_kind.h,
# liaison/cadre_report.h) that Chinese output must word in Chinese.
ENUM_WORDS = {"met", "short", "pending", "overdue", "late", "over", "behind", "advisory",
              "not_applicable", "binding", "count", "sum", "distinct", "deadline", "range",
              "coverage", "duration", "floor", "ceil", "half_up", "full_time", "part_time",
              "seconded", "exempt", "excellent", "good", "fair", "poor", "on pace",
              "not met", "bad record", "passed", "failed", "usage", "missing", "unknown"}


def liaison(args, env=None, stdin=None):
    environment = dict(os.environ, LC_ALL="", LC_MESSAGES="")
    environment.update(env or {})
    done = subprocess.run([BINARY, *args], cwd=SOURCE, input=stdin, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, timeout=120, env=environment)
    return done.returncode, done.stdout.decode(), done.stderr.decode()


def width(line):
    return sum(2 if unicodedata.east_asian_width(c) in ("W", "F") else 1 for c in line)


def walk(value, found):
    """Every {"zh", "en"} of a policy document: its labels and titles."""
    if isinstance(value, dict):
        if isinstance(value.get("zh"), str) and isinstance(value.get("en"), str):
            found.append((value["zh"], value["en"]))
        for item in value.values():
            walk(item, found)
    elif isinstance(value, list):
        for item in value:
            walk(item, found)
    return found


def policy_document(policy):
    code, out, err = liaison(["policy", "show", policy, "--json"])
    assert code == 0, err
    return json.loads(out)


def english_words():
    """What Chinese output must not show: the embedded policies' ids (rules,
    grades, activity and contact-point kinds, ranks, levels, tags, checkpoints)
    and the enum names."""
    words = set(ENUM_WORDS)
    for policy in ("hunan", "hunan-2018"):
        doc = policy_document(policy)
        words |= {rule["id"] for rule in doc["rules"]}
        words |= {grade["id"] for grade in doc["grading"]["scale"]}
        words |= {c["id"] for c in doc.get("checkpoints", [])}
        for terms in doc["vocabulary"].values():
            words |= {term["id"] for term in terms if isinstance(term, dict) and "id" in term}
    return words


def chinese_labels():
    """What English output must not show: every zh label and title of the
    embedded policies and the command's own Chinese words."""
    labels = set()
    for policy in ("hunan", "hunan-2018"):
        labels |= {zh for zh, en in walk(policy_document(policy), []) if zh != en}
    return labels | {"优", "良", "中", "差", "用法", "评估日期", "记录", "政策", "上限", "得分", "已达标", "未达标", "进度落后", "已逾期", "下一步", "规则",
                     "通过", "未通过", "名称", "指纹", "缺少", "未知", "有误"}


def record_texts():
    with open(os.path.join(SOURCE, RECORDS), encoding="utf-8") as f:
        doc = json.load(f)
    texts = {d["name"] for d in doc["departments"]} | {c["name"] for c in doc["cadres"]}
    with open(os.path.join(SOURCE, BAD_RECORDS), encoding="utf-8") as f:
        bad = json.load(f)
    texts |= {d.get("name", "") for d in bad.get("departments", [])}
    texts |= {c.get("name", "") for c in bad.get("cadres", []) if isinstance(c, dict)}
    return {t for t in texts if t}


def exempt(text):
    """`text` without what any language shows literally (module docstring)."""
    text = re.sub(r"(参数变化：|Parameters changed: ).*?(?=\n(干部变化：|Cadres changed: ))", "",
                  text, flags=re.S)
    text = re.sub(r"[“\"][^”\"\n]*[”\"]", "", text)           # quoted input
    text = re.sub(r"(已定义：|defined: )[^\n]*(\n    [^\n]*)*", "", text)
    text = re.sub(r"\$[\w.\[\]=*-]*", "", text)                # JSON paths
    text = re.sub(r"--[\w-]+", "", text)                       # option names
    text = re.sub(r"[\w./-]+\.(json|jsonl|xlsx|csv|html)\b", "", text)
    for sheet in ("部门", "干部", "联系点", "活动", "提交", "经费", "说明"):
        text = re.sub(r"(?<![\u4e00-\u9fff])" + sheet + r"(?![\u4e00-\u9fff])", "", text)
    for name in RECORD_TEXTS:
        text = text.replace(name, "")
    return text


def visible(html):
    html = re.sub(r"<style>.*?</style>", "", html, flags=re.S)
    return re.sub(r"<[^>]+>", "\n", html)


class Sweep(unittest.TestCase):
    """Each case: (arguments, exit status, whether stdout is a document)."""

    def check(self, args, status, document=False, stdin=None, modes=MODES):
        for extra, env, language in modes:
            run = args + extra
            code, out, err = liaison(run, env, stdin)
            where = "liaison %s (%s)" % (" ".join(run), env or "")
            self.assertEqual(code, status, where + "\n" + err)
            shown = err if document else out + err
            if args and args[0] == "report" and code == 0:
                shown = visible(out) + err
            text = exempt(shown)
            if language == "zh":
                for word in ENGLISH:
                    found = re.search(r"(?<![\w.-])" + re.escape(word) + r"(?![\w.-])", text)
                    self.assertIsNone(found, "%r in %s:\n%s" % (word, where, shown))
            else:
                for label in CHINESE:
                    self.assertNotIn(label, text, "%r in %s:\n%s" % (label, where, shown))
            if args[0] != "report" or code != 0:
                for line in shown.splitlines():
                    self.assertLessEqual(width(line), 100, "%s:\n%s" % (where, line))

    def test_policy(self):
        self.check(["policy", "list"], 0)
        for policy in ("hunan", "hunan-2018", COUNTY):
            self.check(["policy", "show", policy], 0)
        self.check(["policy", "validate", COUNTY], 0)
        self.check(["policy", "validate", BAD_POLICY], 2)
        self.check(["policy", "new", "--from", "hunan", "--id", "city"], 0, document=True)
        with tempfile.TemporaryDirectory() as directory:
            self.check(["policy", "new", "--from", "hunan", "--id", "city", "-o",
                        os.path.join(directory, "city.json")], 0)

    def test_records_commands(self):
        self.check(["evaluate", *MID_YEAR, RECORDS], 0)
        self.check(["evaluate", *YEAR_END, "--all", RECORDS], 0)
        self.check(["evaluate", *YEAR_END, "--cadre", "c03,c11", RECORDS], 0)
        self.check(["progress", *MID_YEAR, RECORDS], 0)
        self.check(["caps", "--policy", "hunan", "1-12"], 0)
        self.check(["caps", "--policy", COUNTY, "2-3", "10"], 0)
        self.check(["grade", *YEAR_END, RECORDS], 0)
        self.check(["check", *YEAR_END, RECORDS], 1)

    def test_diff(self):
        self.check(["diff", "--before", "hunan", "--after", CAP20, "--as-of", "2026-12-31",
                    RECORDS], 0)
        self.check(["diff", "--before", "hunan-2018", "--after", "hunan", "--as-of",
                    "2026-06-30", RECORDS], 0)
        self.check(["diff", "--before", "hunan", "--after", "hunan", "--as-of", "2026-12-31",
                    BAD_RECORDS], 1)

    def test_case_files(self):
        self.check(["test", "tests/cases/hunan-caps.case.json"], 0)
        with tempfile.TemporaryDirectory() as directory:
            path = os.path.join(directory, "wrong.case.json")
            with open(os.path.join(SOURCE, "tests/cases/hunan-caps.case.json"),
                      encoding="utf-8") as f:
                case = json.load(f)
            case["policy"] = "hunan"
            case["expect"]["caps_table"][3]["caps"]["excellent"] = 2  # ⌊0.3 × 4⌋ is 1
            with open(path, "w", encoding="utf-8") as f:
                json.dump(case, f, ensure_ascii=False)
            self.check(["test", path], 1)

    def test_report(self):
        self.check(["report", *MID_YEAR, RECORDS], 0)
        self.check(["report", *YEAR_END, "--department", "pub", RECORDS], 0)

    def test_ledger(self):
        with tempfile.TemporaryDirectory() as directory:
            self.check(["ledger", "template", "--policy", "hunan", "-o",
                        os.path.join(directory, "template.xlsx")], 0)
            self.check(["ledger", "export", "--policy", "hunan", RECORDS, "--csv",
                        os.path.join(directory, "ledger")], 0)
            self.check(["ledger", "import", "--policy", "hunan", "examples/department-csv"], 0,
                       document=True, modes=MODES[:2])
            bad = os.path.join(directory, "bad")
            subprocess.run(["cp", "-r", os.path.join(SOURCE, "examples/department-csv"), bad],
                           check=True)
            with open(os.path.join(bad, "活动.csv"), encoding="utf-8-sig") as f:
                rows = f.read().splitlines()
            rows[2] = rows[2].replace("c01", "c99", 1)  # a row of a cadre the ledger lacks
            with open(os.path.join(bad, "活动.csv"), "w", encoding="utf-8-sig") as f:
                f.write("\n".join(rows) + "\n")
            self.check(["ledger", "import", "--policy", "hunan", bad], 2, document=True,
                       modes=MODES[:2])

    def test_version(self):
        self.check(["version"], 0)

    def test_errors(self):
        self.check(["evaluate", *YEAR_END, BAD_RECORDS], 2)
        self.check(["grade", *YEAR_END, BAD_RECORDS], 2)
        self.check(["evaluate", *YEAR_END, MALFORMED], 2)
        self.check(["evaluate", "--policy", BAD_POLICY, "--as-of", "2026-12-31", RECORDS], 2)
        self.check(["evaluate", "--policy", "hunan", "--as-of", "2026-02-30", RECORDS], 2)
        self.check(["evaluate", *YEAR_END, "--cadre", "c99", RECORDS], 2)

    def test_usage_errors(self):
        for args in (["evaluate", "--bogus", RECORDS], ["evaluate", RECORDS],
                     ["progress", "--policy", "hunan"], ["caps", "--policy", "hunan", "ten"],
                     ["caps", "--policy", "hunan"], ["grade", "--policy"],
                     ["check", "--policy", "hunan", RECORDS, RECORDS], ["policy"],
                     ["policy", "frob"], ["policy", "show"], ["policy", "new", "--from", "hunan"],
                     ["diff", "--before", "hunan", RECORDS], ["test"],
                     ["report", "--policy", "hunan", RECORDS], ["ledger", "export"],
                     ["ledger", "import", "--policy", "hunan"], ["version", "extra"]):
            self.check(args, 2)
        for args in (["--help"], ["evaluate", "--help"], ["progress", "--help"],
                     ["caps", "--help"], ["grade", "--help"], ["check", "--help"],
                     ["policy", "--help"], ["policy", "new", "--help"], ["diff", "--help"],
                     ["test", "--help"], ["report", "--help"], ["ledger", "--help"],
                     ["version", "--help"]):
            self.check(args, 0)
        # No command at all, and an unknown one: the locale decides.
        for args in ([], ["frobnicate"]):
            for env, language in (({"LANG": "zh_CN.UTF-8"}, "zh"), ({"LANG": "C"}, "en")):
                code, _, err = liaison(args, env)
                self.assertEqual(code, 2)
                self.assertTrue(err.startswith("用法" if language == "zh" and not args
                                               else "liaison：" if language == "zh"
                                               else "usage" if not args else "liaison: "), err)


def cadres_in(text):
    return sorted(set(re.findall(r"\bc\d\d\b", text)))


class Filters(unittest.TestCase):
    def out(self, args, status=0):
        code, out, err = liaison(args + ["--lang", "en"])
        self.assertEqual(code, status, err)
        return out

    def test_evaluate_progress_grade_check(self):
        self.assertEqual(cadres_in(self.out(["evaluate", *YEAR_END, "--cadre", "c03,c11",
                                             RECORDS])), ["c03", "c11"])
        self.assertEqual(cadres_in(self.out(["evaluate", *YEAR_END, "--department", "pub",
                                             RECORDS])), PUB)
        self.assertEqual(cadres_in(self.out(["grade", *YEAR_END, "--department", "pub",
                                             RECORDS])), PUB)
        progress = self.out(["progress", *MID_YEAR, "--all", "--cadre", "c03", RECORDS])
        self.assertEqual(cadres_in(progress), ["c03"])
        # check: pub's only violations are c11's (see views_tests.py); c03 has none.
        self.assertEqual(cadres_in(self.out(["check", *YEAR_END, "--cadre", "c11", RECORDS],
                                            1)), ["c11"])
        self.assertEqual(cadres_in(self.out(["check", *YEAR_END, "--cadre", "c03", RECORDS])),
                         [])

    def test_diff(self):
        # The cap-20 policy moves c02 and c05 (both org): --cadre c05 shows c05
        # alone, of 1 cadre selected; --department pub none of pub's 3.
        out = self.out(["diff", "--before", "hunan", "--after", CAP20, "--as-of", "2026-12-31",
                        "--cadre", "c05", RECORDS])
        self.assertEqual(cadres_in(out), ["c05"])
        self.assertIn("Cadres changed: 1/1\n", out)
        self.assertIn("Departments changed: 1\n  org, base 7 → 7\n", out)
        out = self.out(["diff", "--before", "hunan", "--after", CAP20, "--as-of", "2026-12-31",
                        "--department", "pub", RECORDS])
        self.assertEqual(cadres_in(out), [])
        self.assertIn("Cadres changed: 0/3\n", out)
        self.assertIn("Departments changed: 0\n", out)
        code, _, err = liaison(["diff", "--before", "hunan", "--after", CAP20, "--as-of",
                                "2026-12-31", "--cadre", "c99", "--lang", "en", RECORDS])
        self.assertEqual(code, 2)
        self.assertIn('liaison: --cadre: the records have no cadre "c99"', err)

    def test_report(self):
        html = self.out(["report", *YEAR_END, "--cadre", "c03,c11", RECORDS])
        sheets = re.findall(r'<section class="sheet">(.*?)</section>', html, re.S)
        self.assertEqual([cadres_in(sheet) for sheet in sheets], [["c03"], ["c11"]])
        html = self.out(["report", *YEAR_END, "--department", "pub", RECORDS])
        sheets = re.findall(r'<section class="sheet">(.*?)</section>', html, re.S)
        self.assertEqual([cadres_in(sheet) for sheet in sheets], [[c] for c in PUB])

    def test_ledger_export(self):
        with tempfile.TemporaryDirectory() as directory:
            for args, cadres, departments in ((["--cadre", "c03"], ["c03"], ["org"]),
                                              (["--department", "pub"], PUB, ["pub"])):
                target = os.path.join(directory, args[1])
                self.out(["ledger", "export", "--policy", "hunan", *args, RECORDS, "--csv",
                          target])
                with open(os.path.join(target, "干部.csv"), encoding="utf-8-sig") as f:
                    rows = f.read().splitlines()[2:]
                self.assertEqual([row.split(",")[0].strip('"') for row in rows], cadres)
                with open(os.path.join(target, "部门.csv"), encoding="utf-8-sig") as f:
                    rows = f.read().splitlines()[2:]
                self.assertEqual([row.split(",")[0].strip('"') for row in rows], departments)
                with open(os.path.join(target, "活动.csv"), encoding="utf-8-sig") as f:
                    rows = f.read().splitlines()[2:]
                self.assertTrue(rows)
                self.assertEqual(sorted({row.split(",")[0].strip('"') for row in rows}), cadres)


def make_cap20(directory):
    """hunan with 优 ≤ 20% (docs/testing-policies.md's walkthrough): org's 7
    cadres in the base get ⌊0.2 × 7⌋ = 1 优 place instead of 2."""
    code, out, err = liaison(["policy", "show", "hunan", "--json"])
    assert code == 0, err
    changed = (out.replace('"id":"hunan"', '"id":"hunan-cap20"', 1)
               .replace('"grade":"excellent","share":0.3', '"grade":"excellent","share":0.2', 1))
    path = os.path.join(directory, "hunan-cap20.json")
    with open(path, "w", encoding="utf-8") as f:
        f.write(changed)
    return path


if __name__ == "__main__":
    BINARY, SOURCE = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    del sys.argv[1:3]
    with tempfile.TemporaryDirectory() as scratch:
        CAP20 = make_cap20(scratch)
        ENGLISH = english_words()
        CHINESE = chinese_labels()
        RECORD_TEXTS = sorted(record_texts(), key=len, reverse=True)
        unittest.main()
