"""The ledger through the liaison command: round trips of the shipped
examples, spreadsheets saved by LibreOffice (XLSX; CSV in UTF-8, UTF-8 with
a BOM and GB18030), a hand-laid ledger with merged headers and empty rows,
30 deliberate errors, and malformed files.

Every expected value is worked out by hand from examples/department.json
(see the comments): row numbers count the two header rows of the exported
sheets, then the cadres' elements in document order.

usage: test_ledger_cli.py LIAISON REPOSITORY_ROOT
"""
import csv
import json
import os
import shutil
import subprocess
import sys
import tempfile
import unittest
import zipfile

LIAISON = ROOT = None


def strip_empty(value):
    """A records document with empty strings and lists left out: a ledger's
    empty cell stands for both an absent field and an empty one."""
    if isinstance(value, dict):
        return {k: strip_empty(v) for k, v in value.items() if v not in ("", [], {})}
    if isinstance(value, list):
        return [strip_empty(v) for v in value]
    return value


def canonical(document):
    """The canonical encoding the round trip compares: sorted keys, no
    insignificant white space, UTF-8."""
    return json.dumps(strip_empty(document), ensure_ascii=False, sort_keys=True,
                      separators=(",", ":")).encode("utf-8")


def run(*args):
    return subprocess.run([LIAISON, *args], capture_output=True, text=True, timeout=120)


def example():
    with open(os.path.join(ROOT, "examples", "department.json"), encoding="utf-8") as f:
        return json.load(f)


def data(name):
    return os.path.join(ROOT, "tests", "ledger", "data", name)


class RoundTrip(unittest.TestCase):
    def assert_imports_as_example(self, ledger):
        result = run("ledger", "import", "--policy", "hunan", ledger)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(canonical(json.loads(result.stdout)), canonical(example()))
        # 2 departments + 13 cadres + 54 contact points + 283 activities
        # + 24 submissions + 9 expense claims = 385 rows... see count test.
        return result

    def test_shipped_xlsx_equals_the_json(self):
        self.assert_imports_as_example(os.path.join(ROOT, "examples", "department.xlsx"))

    def test_shipped_csv_directory_equals_the_json(self):
        self.assert_imports_as_example(os.path.join(ROOT, "examples", "department-csv"))

    def test_export_then_import(self):
        with tempfile.TemporaryDirectory() as tmp:
            out = os.path.join(tmp, "out.xlsx")
            self.assertEqual(run("ledger", "export", "--policy", "hunan",
                                 os.path.join(ROOT, "examples", "department.json"), "-o", out).returncode, 0)
            self.assert_imports_as_example(out)

    def test_rows_and_cadres_counted(self):
        # examples/department.json: 2 departments, 13 cadres, contact points
        # 4+3+4+3+5+0+2+3+1+3+4+5+3 = 40, activities 283, submissions
        # 2+2+1+2+2+0+0+2+0+0+2+2+2 = 17, expenses 2+1+2+0+3+0+0+0+0+0+1 = 9:
        # 2 + 13 + 40 + 283 + 17 + 9 = 364 rows.
        result = run("ledger", "import", "--policy", "hunan",
                     os.path.join(ROOT, "examples", "department.xlsx"))
        self.assertIn("读取 364 行、13 名干部，拒收 0 行、0 名干部", result.stderr)
        self.assertIn("read 364 rows and 13 cadres, refused 0 rows and 0 cadres", result.stderr)

    def test_evaluate_reads_a_ledger_as_the_json(self):
        args = ("evaluate", "--policy", "hunan", "--as-of", "2026-06-30", "--json")
        from_json = run(*args, os.path.join(ROOT, "examples", "department.json"))
        from_xlsx = run(*args, os.path.join(ROOT, "examples", "department.xlsx"))
        from_csv = run(*args, os.path.join(ROOT, "examples", "department-csv"))
        self.assertEqual(from_json.returncode, 0)
        self.assertEqual(from_xlsx.stdout, from_json.stdout)
        self.assertEqual(from_csv.stdout, from_json.stdout)

    def test_ledger_named_like_json_is_recognised_by_content(self):
        with tempfile.TemporaryDirectory() as tmp:
            disguised = os.path.join(tmp, "records.json")
            shutil.copy(os.path.join(ROOT, "examples", "department.xlsx"), disguised)
            result = run("check", "--policy", "hunan", "--as-of", "2026-12-31", "--json", disguised)
            direct = run("check", "--policy", "hunan", "--as-of", "2026-12-31", "--json",
                         os.path.join(ROOT, "examples", "department.json"))
            self.assertEqual(result.stdout, direct.stdout)


class SavedByLibreOffice(unittest.TestCase):
    def test_xlsx_csv_utf8_bom_and_gb18030(self):
        for name in ("lo-department.xlsx", "lo-csv-utf8", "lo-csv-bom", "lo-csv-gb18030"):
            with self.subTest(name):
                result = run("ledger", "import", "--policy", "hunan", data(name))
                self.assertEqual(result.returncode, 0, result.stderr)
                self.assertEqual(canonical(json.loads(result.stdout)), canonical(example()))

    def test_gb18030_is_converted_and_said_so(self):
        result = run("ledger", "import", "--policy", "hunan", data("lo-csv-gb18030"))
        self.assertIn("department-活动.csv 是 GB18030/GBK 编码，已转换为 UTF-8", result.stderr)
        self.assertIn("department-活动.csv is GB18030/GBK; converted to UTF-8", result.stderr)

    def test_lo_xlsx_holds_dates_as_serials(self):
        # LibreOffice stores 2026-01-15 (c01-vis-01) as the serial 46037:
        # 2026-01-15 is 46037 days after 1899-12-30.
        with zipfile.ZipFile(data("lo-department.xlsx")) as book:
            names = book.namelist()
            sheets = [n for n in names if n.startswith("xl/worksheets/sheet")]
            text = "".join(book.read(n).decode("utf-8") for n in sheets)
        self.assertIn("<v>46037</v>", text)

    def test_template_saved_by_libreoffice_imports_empty(self):
        result = run("ledger", "import", "--policy", "hunan", data("lo-template.xlsx"))
        self.assertEqual(result.returncode, 0, result.stderr)
        document = json.loads(result.stdout)
        self.assertEqual((document["year"], document["departments"], document["cadres"]), (2026, [], []))

    def test_merged_headers_and_empty_rows(self):
        # merged-header.fods, laid out by hand, saved as XLSX by LibreOffice:
        # titles merged over the columns, headers merged over two rows, blank
        # rows between the data, labels and ids mixed, dates as dates.
        result = run("ledger", "import", "--policy", "hunan", data("merged-header.xlsx"))
        self.assertEqual(result.returncode, 2)
        document = json.loads(result.stdout)
        self.assertEqual(document["cadres"], [{
            "id": "m01", "name": "张三", "department": "org", "rank": "staff",
            "organ_level": "province", "category": "full_time",
            "activities": [
                {"id": "m01-1", "date": "2026-03-12", "kind": "lecture", "mode": "in_person",
                 "headcount": 45, "evidence": "签到表"},
                {"id": "m01-2", "date": "2026-04-02", "kind": "youth_visit", "mode": "online",
                 "headcount": 3}]}])
        # m02 is seconded (挂职) and the sheet has no 是否参加 column: hunan
        # leaves seconded cadres to the department, so the record needs it.
        # m02 is on row 7 of 干部 (title, blank, header, m01, blank, blank).
        self.assertIn("干部 第7行：必填：本政策规定该类干部由部门决定是否参加", result.stderr)
        self.assertIn("干部 (cadres) row 7: required for a seconded cadre", result.stderr)
        # Rows: 1 department, 2 cadres, 3 activities; m02 and its activity refused.
        self.assertIn("读取 6 行、2 名干部，拒收 2 行、1 名干部", result.stderr)


# The 30 errors: (sheet, row, column letter, header, cadre of the row, new
# value, the reason in Chinese, in English). Rows of the exported example:
# 活动 c01 3–36, c02 37–65, c03 66–95; 联系点 c01 3–6, c03 10–13, c05 17–21;
# 经费 c01 3–4, c03 6–7, c05 8–10; 提交 c01 3–4, c05 10–11; 干部 c01 row 3.
ERRORS = [
    ("活动", 3, "G", "活动方式", "c01", "线下讲座", "“线下讲座”不是本政策的活动方式；可选：线下、线上",
     "\"线下讲座\" is not an activity mode of this policy; allowed: in person, online"),
    ("活动", 4, "C", "活动日期", "c01", "2026-02-30", "“2026-02-30”不是有效日期", "is not a calendar date"),
    ("活动", 5, "D", "活动类型", "c01", "讲座", "“讲座”不是本政策的活动类型；可选：集中宣讲、主题团课",
     "\"讲座\" is not an activity kind of this policy"),
    ("活动", 6, "H", "天数", "c01", "两天", "“两天”不是整数", "is not a whole number"),
    ("活动", 7, "I", "人数", "c01", "-3", "“-3”不是整数", "is not a whole number"),
    ("活动", 8, "K", "谈话对象层级", "c01", "地级", "“地级”不是本政策的层级", "is not a level of this policy"),
    ("活动", 9, "L", "督导领域", "c01", "思想引领", "“思想引领”不是本政策的督导领域", "is not an area"),
    ("活动", 10, "E", "同时计入类型", "c01", "集中宣讲、谈话", "“谈话”不是本政策的活动类型",
     "\"谈话\" is not an activity kind"),
    ("活动", 11, "B", "活动编号", "c01", "", "必填，不能为空", "is required and empty"),
    ("活动", 12, "C", "活动日期", "c01", "2026/13/1", "不是有效日期", "is not a calendar date"),
    ("活动", 37, "D", "活动类型", "c02", "", "必填，不能为空", "is required and empty"),
    ("活动", 38, "C", "活动日期", "c02", "明天", "“明天”不是有效日期", "is not a calendar date"),
    ("活动", 39, "G", "活动方式", "c02", "offline", "不是本政策的活动方式", "is not an activity mode"),
    ("活动", 40, "H", "天数", "c02", "1.5", "“1.5”不是整数", "is not a whole number"),
    ("活动", 41, "A", "干部编号", "c02", "c99", "“c99”不是“干部”表中的干部编号",
     "\"c99\" is not a cadre id of sheet 干部"),
    ("干部", 3, "F", "干部性质", "c01", "正式", "“正式”不是本政策的干部性质；可选：专职、兼职、挂职",
     "allowed: full-time, part-time, seconded"),
    ("干部", 4, "E", "所在机关层级", "c02", "省", "“省”不是本政策的层级", "is not a level"),
    ("干部", 5, "D", "职务", "c03", "处长", "“处长”不是本政策的职务", "is not a rank"),
    ("干部", 5, "O", "评定等次", "c03", "优良", "“优良”不是本政策的等次", "is not a grade"),
    ("干部", 5, "M", "任务清单审定日期", "c03", "2026-02-31", "不是有效日期", "is not a calendar date"),
    ("干部", 7, "N", "外部评分", "c05", "report:0.9", "不是评分", "is not a list of scores"),
    ("干部", 7, "G", "是否参加", "c05", "可能", "“可能”不是“是”或“否”", "is not 是 (yes) or 否 (no)"),
    ("联系点", 3, "D", "联系点类型", "c01", "团委", "“团委”不是本政策的联系点类型",
     "is not a contact-point kind"),
    ("联系点", 10, "G", "联系起始日期", "c03", "2026.1", "不是有效日期", "is not a calendar date"),
    ("联系点", 17, "F", "确定方式", "c05", "上级指定", "“上级指定”不是本政策的确定方式", "is not a source"),
    ("经费", 3, "D", "金额（元）", "c01", "一百元", "不是金额", "is not an amount"),
    ("经费", 8, "D", "金额（元）", "c05", "12.345", "“12.345”不是金额", "at most two decimals"),
    ("经费", 6, "C", "活动编号", "c03", "", "必填，不能为空", "is required and empty"),
    ("提交", 3, "B", "材料类型", "c01", "总结", "“总结”不是本政策的材料类型", "is not a submission kind"),
    ("提交", 10, "C", "提交日期", "c05", "20261020", "“20261020”不是有效日期", "is not a calendar date"),
]
SHEET_EN = {"活动": "activities", "干部": "cadres", "联系点": "contact_points", "经费": "expenses",
            "提交": "submissions"}


class ThirtyErrors(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp()
        ledger = os.path.join(cls.tmp, "errors")
        shutil.copytree(os.path.join(ROOT, "examples", "department-csv"), ledger)
        for sheet in set(e[0] for e in ERRORS):
            path = os.path.join(ledger, sheet + ".csv")
            with open(path, encoding="utf-8-sig", newline="") as f:
                rows = list(csv.reader(f))
            for name, row, column, header, cadre, value, _, _ in ERRORS:
                if name != sheet:
                    continue
                index = ord(column) - ord("A")
                assert rows[0][index] == header, (sheet, column, rows[0][index])
                assert rows[row - 1][0] == cadre, (sheet, row, rows[row - 1][0])
                rows[row - 1][index] = value
            with open(path, "w", encoding="utf-8-sig", newline="") as f:
                csv.writer(f).writerows(rows)
        cls.result = run("ledger", "import", "--policy", "hunan", ledger)

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp)

    def test_thirty_errors(self):
        self.assertEqual(len(ERRORS), 30)

    def test_each_error_names_sheet_row_column_in_both_languages(self):
        lines = self.result.stderr.splitlines()
        for sheet, row, column, header, _, _, zh, en in ERRORS:
            with self.subTest(f"{sheet} {row} {column}"):
                zh_place = f"{sheet} 第{row}行 {column}列（{header}）："
                en_place = f"{sheet} ({SHEET_EN[sheet]}) row {row}, column {column} ("
                self.assertTrue(any(zh_place in l and zh in l for l in lines), zh_place + zh)
                self.assertTrue(any(en_place in l and en in l for l in lines), en_place + en)

    def test_no_other_errors(self):
        zh_lines = [l for l in self.result.stderr.splitlines() if "行 " in l and "列（" in l]
        self.assertEqual(len(zh_lines), 30, "\n".join(zh_lines))

    def test_good_cadres_still_imported(self):
        self.assertEqual(self.result.returncode, 2)
        document = json.loads(self.result.stdout)
        good = ["c04", "c06", "c07", "c08", "c09", "c10", "c11", "c12", "c13"]
        self.assertEqual([c["id"] for c in document["cadres"]], good)
        expected = [c for c in example()["cadres"] if c["id"] in good]
        self.assertEqual(canonical(document["cadres"]), canonical(expected))

    def test_counts(self):
        # Refused: the c99 row, and every row of c01 (1 + 4 points + 34
        # activities + 2 submissions + 2 claims = 43), c02 (1 + 3 + 28, its
        # 29th activity moved to c99, + 2 + 1 = 35), c03 (1 + 4 + 30 + 1 + 2
        # = 38), c05 (1 + 5 + 40 + 2 + 3 = 51): 1 + 43 + 35 + 38 + 51 = 168.
        self.assertIn("读取 364 行、13 名干部，拒收 168 行、4 名干部", self.result.stderr)
        self.assertIn("read 364 rows and 13 cadres, refused 168 rows and 4 cadres", self.result.stderr)

    def test_strict_refuses_everything(self):
        ledger = os.path.join(self.tmp, "errors")
        result = run("ledger", "import", "--policy", "hunan", "--strict", ledger)
        self.assertEqual(result.returncode, 2)
        self.assertEqual(result.stdout, "")
        self.assertIn(": 30 problems\n", result.stderr)

    def test_evaluate_keeps_one_entry_per_cadre(self):
        result = run("evaluate", "--policy", "hunan", "--as-of", "2026-06-30", "--json",
                     os.path.join(self.tmp, "errors"))
        self.assertEqual(result.returncode, 2)
        entries = json.loads(result.stdout)["results"]
        self.assertEqual(len(entries), 13)
        self.assertEqual([e.get("ok", True) for e in entries],
                         [False, False, False, True, False] + [True] * 8)


if __name__ == "__main__":
    LIAISON, ROOT = sys.argv[1], sys.argv[2]
    unittest.main(argv=[sys.argv[0]], verbosity=1)
