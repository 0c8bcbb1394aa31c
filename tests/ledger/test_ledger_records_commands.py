"""A ledger read by the records commands (evaluate, progress, grade, check,
report, diff): a refused cadre named by its id, name and department, its
problems and the summary in the chosen language only, and a file that cannot
be opened explained in that language.

The ledger is examples/department-csv with three cells of c01's 活动 rows
broken (as a user might): row 3's date 2026-01-15 → 2026-02-30, row 4's mode
线下 → 线下讲座, row 5's days 1 → 一. Worked out by hand from the CSV files:
c01 刘建华 of org (基层组织建设部) has 1 row in 干部, 34 in 活动, 2 in 提交,
2 in 经费 and 4 in 联系点: 43 rows refused, 1 cadre of 13.

usage: test_ledger_records_commands.py LIAISON REPOSITORY_ROOT
"""
import csv
import os
import shutil
import subprocess
import sys
import tempfile
import unittest

LIAISON = ROOT = None
YEAR_END = ["--policy", "hunan", "--as-of", "2026-12-31"]
BROKEN = {3: (2, "2026-02-30"), 4: (6, "线下讲座"), 5: (7, "一")}  # row: (column, text)


def run(*args, lang=None):
    env = dict(os.environ, LANG="zh_CN.UTF-8", LC_ALL="", LC_MESSAGES="")
    extra = ["--lang", lang] if lang else []
    return subprocess.run([LIAISON, *args, *extra], capture_output=True, text=True,
                          timeout=120, env=env, cwd=ROOT)


class RefusedCadre(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.dir = tempfile.mkdtemp()
        cls.ledger = os.path.join(cls.dir, "bad")
        shutil.copytree(os.path.join(ROOT, "examples", "department-csv"), cls.ledger)
        path = os.path.join(cls.ledger, "活动.csv")
        with open(path, encoding="utf-8-sig", newline="") as f:
            rows = list(csv.reader(f))
        for row, (column, text) in BROKEN.items():
            rows[row - 1][column] = text
        with open(path, "w", encoding="utf-8-sig", newline="") as f:
            csv.writer(f, quoting=csv.QUOTE_ALL).writerows(rows)

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.dir)

    def test_the_table_names_the_refused_cadre(self):
        out = run("evaluate", *YEAR_END, "--wide", self.ledger, lang="zh")
        self.assertEqual(out.returncode, 2, out.stderr)
        row = next(line for line in out.stdout.splitlines() if line.startswith("c01"))
        self.assertRegex(row, r"^c01  +刘建华  +基层组织建设部  +记录有误$")
        self.assertNotIn("$.cadres", out.stdout)

    def test_chinese_problems_under_the_cadre_and_summary(self):
        err = run("evaluate", *YEAR_END, self.ledger, lang="zh").stderr
        self.assertIn("读取 364 行、13 名干部，拒收 43 行、1 名干部：刘建华（c01） liaison:",
                      " ".join(err.split()))
        self.assertIn("1 名干部的记录有误\n  刘建华（c01）\n    活动 第3行 C列（活动日期）：", err)
        self.assertNotIn(" / ", err)
        self.assertNotIn("activities", err)

    def test_english_only_with_lang_en(self):
        for command in (["evaluate"], ["progress"], ["grade"]):
            err = run(*command, *YEAR_END, self.ledger, lang="en").stderr
            # The summary wraps within 100 columns after the temporary path.
            self.assertIn("refused 43 rows and 1 cadre: 刘建华 (c01) liaison",
                          " ".join(err.split()), command)
            self.assertIn("row 3, column C (date): \"2026-02-30\" is not", err, command)
            self.assertNotIn("读取", err, command)
        err = run("evaluate", *YEAR_END, self.ledger, lang="en").stderr
        self.assertIn("1 cadre's record has problems\n  刘建华 (c01)\n"
                      "    活动 (activities) row 3, column C (date): \"2026-02-30\" is not", err)
        self.assertIn("row 4, column G (mode): \"线下讲座\" is not an activity mode", err)
        self.assertNotIn("不是", err)

    def test_the_locale_chooses_one_language(self):
        err = run("evaluate", *YEAR_END, self.ledger).stderr
        self.assertIn("拒收 43 行、1 名干部：刘建华（c01） liaison:", " ".join(err.split()))
        self.assertNotIn("refused", err)

    def test_ledger_import_keeps_both_languages_without_lang(self):
        err = run("ledger", "import", "--policy", "hunan", self.ledger).stderr
        self.assertIn("拒收 43 行、1 名干部：刘建华（c01） / read 364 rows and 13 cadres, "
                      "refused 43 rows and 1 cadre: 刘建华 (c01)\n", err)


class FileNotOpened(unittest.TestCase):
    def test_the_reason_in_the_chosen_language(self):
        missing = "examples/departmnet.json"
        zh = run("evaluate", *YEAR_END, missing, lang="zh")
        self.assertEqual(zh.returncode, 2)
        self.assertEqual(zh.stderr, "liaison: " + missing + "：无法打开文件：文件不存在\n")
        en = run("evaluate", *YEAR_END, missing, lang="en")
        self.assertEqual(en.stderr, "liaison: " + missing +
                         ": cannot open the file: No such file or directory\n")
        not_a_directory = "examples/department.json/x"
        zh = run("evaluate", *YEAR_END, not_a_directory, lang="zh")
        self.assertIn("无法打开文件：路径中有一段不是目录\n", zh.stderr)


if __name__ == "__main__":
    LIAISON, ROOT = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    unittest.main(argv=sys.argv[:1], verbosity=1)
