"""Results written out: --xlsx and --csv on evaluate, progress, grade, check,
caps and diff. The workbooks are opened by LibreOffice (converted to CSV,
cells as shown), so a file it would have to repair fails here; the CSV
directories are read as they are.

Every expected value is worked out by hand, not copied from the program:
examples/department.json as of 2026-12-31 in tests/cases/WORKINGS.md
("Grades, year end 2026" and the cadre sections), the fixture
tests/cli/fixtures/records-2026.json in tests/cli/WORKINGS.md, the caps of a
base of 10 from the policy's shares (0.30 and 0.50, rounded down), and the
diff of docs/testing-policies.md (优 share 0.3 → 0.2: org's cap ⌊1.4⌋ = 1).

usage: test_result_sheets.py LIAISON REPOSITORY_ROOT
"""
import csv
import glob
import json
import os
import subprocess
import sys
import tempfile
import unittest

LIAISON = ROOT = None
# Comma, double quote, UTF-8, cells as shown (token 9), every sheet (-1).
CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1"


def run(*args):
    result = subprocess.run([LIAISON, *args], capture_output=True, text=True, timeout=120)
    return result


def path(*parts):
    return os.path.join(ROOT, *parts)


def read_csv(file):
    with open(file, encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f))


def rows_by(rows, key):
    """The data rows as dicts keyed by the header row, indexed by column `key`
    (several rows of one key: the last)."""
    header, *data = rows
    return {row[header.index(key)]: dict(zip(header, row)) for row in data}


def dicts(rows):
    header, *data = rows
    return [dict(zip(header, row)) for row in data]


def libreoffice_sheets(workbook, work):
    """Every sheet of `workbook` as LibreOffice shows it, by sheet name."""
    out = os.path.join(work, "lo")
    os.makedirs(out, exist_ok=True)
    profile = "file://" + os.path.join(work, "lo-profile")
    result = subprocess.run(
        ["libreoffice", "-env:UserInstallation=" + profile, "--headless", "--convert-to",
         CSV_FILTER, "--outdir", out, workbook],
        capture_output=True, text=True, timeout=240)
    stem = os.path.splitext(os.path.basename(workbook))[0]
    sheets = {os.path.basename(f)[len(stem) + 1:-4]: read_csv(f)
              for f in glob.glob(os.path.join(out, stem + "-*.csv"))}
    if not sheets:
        raise AssertionError("LibreOffice did not convert %s: %s" % (workbook, result.stderr))
    return sheets


def csv_sheets(directory):
    return {os.path.basename(f)[:-4]: read_csv(f)
            for f in glob.glob(os.path.join(directory, "*.csv"))}


class Workbooks(unittest.TestCase):
    """XLSX through LibreOffice."""

    def setUp(self):
        self.work = tempfile.mkdtemp()

    def test_evaluate_workbook(self):
        book = os.path.join(self.work, "evaluate.xlsx")
        result = run("evaluate", "--policy", "hunan", "--as-of", "2026-12-31", "--xlsx", book,
                     path("examples", "department.json"))
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("刘建华", result.stdout)  # the table is still printed
        sheets = libreoffice_sheets(book, self.work)
        cadres = rows_by(sheets["干部"], "编号")
        self.assertEqual(len(cadres), 13)  # c01 … c13
        c01 = cadres["c01"]
        self.assertEqual((c01["姓名"], c01["部门名称"], c01["参加情况"]),
                         ("刘建华", "基层组织建设部", "参加"))
        # 11 of 11 binding rules, score 1.0, eligible for 优.
        self.assertEqual((c01["达标规则"], c01["约束性规则"], c01["得分"], c01["可评等次"]),
                         ("11", "11", "1.000", "优"))
        # c04: 0.954545 shown with three places; c07: 0.254545.
        self.assertEqual(cadres["c04"]["得分"], "0.955")
        self.assertEqual(cadres["c07"]["得分"], "0.255")
        # c06 is exempt: no score, no rules.
        self.assertEqual((cadres["c06"]["参加情况"], cadres["c06"]["得分"]), ("批准免除", ""))
        self.assertEqual(cadres["c09"]["参加情况"], "不参加")
        rules = {(r["编号"], r["规则"]): r for r in dicts(sheets["规则"])}
        lectures = rules[("c07", "lectures")]
        # c07 gave 1 lecture of the 4 required by 12-31: 3 short.
        self.assertEqual((lectures["状态"], lectures["要求"], lectures["实际"], lectures["差额"],
                          lectures["截止日期"], lectures["姓名"]),
                         ("未达标", "4", "1", "3", "2026-12-31", "黄婷"))
        self.assertEqual(rules[("c01", "lectures")]["实际"], "5")
        self.assertEqual(rules[("c01", "youth_visits")]["实际"], "12")

    def test_check_workbook_in_english(self):
        book = os.path.join(self.work, "check.xlsx")
        result = run("check", "--policy", "hunan", "--as-of", "2026-12-31", "--lang", "en",
                     "--xlsx", book, path("examples", "department.json"))
        self.assertEqual(result.returncode, 1, result.stderr)  # violations found
        sheets = libreoffice_sheets(book, self.work)
        self.assertEqual(set(sheets), {"quota units", "cadres", "violations"})
        violations = dicts(sheets["violations"])
        # pub gave 优 to c11: over the cap of 0, and above c11's eligibility (良).
        self.assertEqual(sorted(v["kind"] for v in violations), ["above_eligible", "over_cap"])
        above = [v for v in violations if v["kind"] == "above_eligible"][0]
        self.assertEqual((above["id"], above["name"]), ("c11", "彭志伟"))
        units = dicts(sheets["quota units"])
        pub_excellent = [u for u in units if u["quota unit"].startswith("pub")
                         and u["grade"] == "excellent"][0]
        self.assertEqual((pub_excellent["base"], pub_excellent["assigned"], pub_excellent["cap"],
                          pub_excellent["within"]), ("3", "1", "0", "no"))
        cadres = rows_by(sheets["cadres"], "id")
        self.assertEqual((cadres["c11"]["assigned"], cadres["c11"]["eligible"]),
                         ("excellent", "good"))


class CsvDirectories(unittest.TestCase):
    def setUp(self):
        self.work = tempfile.mkdtemp()

    def sheets(self, *args):
        directory = os.path.join(self.work, "out")
        result = run(*args, "--csv", directory)
        self.assertIn(result.returncode, (0, 1), result.stderr)
        return csv_sheets(directory)

    def test_grade(self):
        sheets = self.sheets("grade", "--policy", "hunan", "--as-of", "2026-12-31",
                             path("examples", "department.json"))
        cadres = rows_by(sheets["干部"], "编号")
        # pub: c11 ranks first but 优 has no place, so 良; c12 and c13 中.
        self.assertEqual((cadres["c11"]["排名"], cadres["c11"]["建议等次"], cadres["c11"]["姓名"]),
                         ("1", "良", "彭志伟"))
        self.assertEqual(cadres["c13"]["建议等次"], "中")
        # org: c04 and c08 tie on score and rules met, the id decides.
        self.assertEqual((cadres["c04"]["排名"], cadres["c08"]["排名"]), ("3", "4"))
        # Outside the base: c06 exempt, no rank, no grade.
        self.assertEqual((cadres["c06"]["排名"], cadres["c06"]["建议等次"]), ("", ""))
        units = [(u["等次"], u["上限"], u["建议人数"]) for u in dicts(sheets["考核单元"])
                 if u["考核单元"].startswith("org")]
        self.assertEqual(units, [("优", "2", "2"), ("良", "3", "3")])

    def test_caps(self):
        sheets = self.sheets("caps", "--policy", "hunan", "10")
        caps = [(c["人数"], c["等次"], c["上限"]) for c in dicts(sheets["上限"])]
        self.assertEqual(caps, [("10", "优", "3"), ("10", "良", "5")])

    def test_progress(self):
        sheets = self.sheets("progress", "--policy", "hunan", "--as-of", "2026-06-30",
                             path("tests", "cli", "fixtures", "records-2026.json"))
        rows = {(r["部门"], r["规则"]): r for r in dicts(sheets["进度"])}
        # org: t01 and t02 are behind on field days; t04 of pub on visits.
        field_days = rows[("org", "field_days")]
        self.assertEqual((field_days["部门名称"], field_days["评估人数"], field_days["人数"],
                          field_days["进度落后"], field_days["需督促"]),
                         ("基层组织建设部", "2", "3", "2", "t01 t02"))
        self.assertEqual(rows[("*", "lectures")]["进度正常"], "3")
        # Deadlines are not paced: done = met, on pace and behind empty.
        report = rows[("org", "midyear_report")]
        self.assertEqual((report["已完成"], report["进度正常"], report["进度落后"]), ("2", "", ""))

    def test_diff(self):
        show = run("policy", "show", "hunan", "--json")
        cap20 = show.stdout.replace('"id":"hunan"', '"id":"hunan-cap20"').replace(
            '"grade":"excellent","share":0.3', '"grade":"excellent","share":0.2')
        policy = os.path.join(self.work, "hunan-cap20.json")
        with open(policy, "w", encoding="utf-8") as f:
            f.write(cap20)
        sheets = self.sheets("diff", "--before", "hunan", "--after", policy, "--as-of",
                             "2026-12-31", path("examples", "department.json"))
        self.assertEqual(len(dicts(sheets["参数"])), 2)  # the id and the share
        cadres = rows_by(sheets["干部"], "编号")
        self.assertEqual(set(cadres), {"c02", "c05"})
        self.assertEqual((cadres["c05"]["姓名"], cadres["c05"]["建议等次（原）"],
                          cadres["c05"]["建议等次（新）"]), ("周晓燕", "优", "良"))
        self.assertEqual((cadres["c02"]["建议等次（原）"], cadres["c02"]["建议等次（新）"]),
                         ("良", "中"))
        org = {d["等次"]: d for d in dicts(sheets["部门"]) if d["部门"] == "org"}
        self.assertEqual((org["优"]["上限（原）"], org["优"]["上限（新）"],
                          org["优"]["建议人数（新）"]), ("2", "1", "1"))

    def test_unwritable_output_is_an_error(self):
        result = run("caps", "--policy", "hunan", "10", "--xlsx",
                     os.path.join(self.work, "no", "such", "dir", "caps.xlsx"))
        self.assertEqual(result.returncode, 2)
        self.assertIn("--xlsx", result.stderr)


class CaseFilesReadLedgers(unittest.TestCase):
    def test_case_files_naming_ledgers_pass(self):
        cases = [path("tests", "ledger", "department-%s.case.json" % kind)
                 for kind in ("xlsx", "csv")]
        result = run("test", "--lang", "en", *cases)
        self.assertEqual(result.returncode, 0, result.stdout + result.stderr)
        self.assertIn("2 passed, 0 failed", result.stdout)
        result = run("test", *cases)
        self.assertIn("通过 2 个，未通过 0 个", result.stdout)


if __name__ == "__main__":
    LIAISON, ROOT = sys.argv[1], sys.argv[2]
    unittest.main(argv=sys.argv[:1])
