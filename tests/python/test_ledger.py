"""Spreadsheet ledgers from Python: liaison.read_ledger and Policy.write_xlsx,
through libliaison_ledger (src/ledger/capi/liaison_ledger.h).

Expected values are examples/department.json itself (the shipped ledgers are
that document as spreadsheets, docs/ledger.md) and the figures worked by hand
in tests/cases/WORKINGS.md (c02 陈思远 at year end: 7 binding rules met,
score 0.913939, eligible for 良 at best).
"""

import csv
import json
import re
import shutil
import tempfile
import unittest
import xml.etree.ElementTree as ElementTree
import zipfile
from pathlib import Path

import liaison
from liaison import _ledger_native

import support
from test_library import _C_TYPES, header_prototypes

XLSX = support.REPO / "examples" / "department.xlsx"
CSV_DIRECTORY = support.REPO / "examples" / "department-csv"
LEDGER_HEADER = support.REPO / "src" / "ledger" / "capi" / "liaison_ledger.h"
MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


def strip_empty(value):
    """The canonical form docs/ledger.md compares: empty strings and lists
    left out (an empty cell stands for both)."""
    if isinstance(value, dict):
        return {k: strip_empty(v) for k, v in value.items() if v not in ("", [], {})}
    if isinstance(value, list):
        return [strip_empty(v) for v in value]
    return value


def workbook_sheets(path):
    """{sheet name: [[cell value, …] per row]} of an XLSX file, read with the
    standard library: strings resolved through the shared strings, numbers
    as floats."""
    with zipfile.ZipFile(path) as book:
        strings = []
        if "xl/sharedStrings.xml" in book.namelist():
            for item in ElementTree.fromstring(book.read("xl/sharedStrings.xml")):
                strings.append("".join(t.text or "" for t in item.iter(MAIN + "t")))
        workbook = ElementTree.fromstring(book.read("xl/workbook.xml"))
        names = [sheet.get("name") for sheet in workbook.iter(MAIN + "sheet")]
        sheets = {}
        for index, name in enumerate(names, 1):
            root = ElementTree.fromstring(book.read(f"xl/worksheets/sheet{index}.xml"))
            rows = []
            for row in root.iter(MAIN + "row"):
                cells = {}
                for cell in row.iter(MAIN + "c"):
                    column = re.match(r"[A-Z]+", cell.get("r")).group()
                    value = cell.find(MAIN + "v")
                    if value is None:
                        continue
                    if cell.get("t") == "s":
                        cells[column] = strings[int(value.text)]
                    elif cell.get("t") in ("str", "inlineStr"):
                        cells[column] = value.text
                    else:
                        cells[column] = float(value.text)
                width = max((ord(c) - 64 for c in cells if len(c) == 1), default=0)
                rows.append([cells.get(chr(65 + i)) for i in range(width)])
            sheets[name] = rows
    return names, sheets


class ReadLedgerTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.hunan = liaison.Policy.embedded("hunan")

    def test_the_shipped_xlsx_equals_the_json(self):
        records = liaison.read_ledger(XLSX, self.hunan)
        self.assertIsInstance(records, dict)
        self.assertEqual(strip_empty(records), strip_empty(support.department()))
        self.assertEqual(records.problems, [])
        self.assertEqual((records.cadres_read, records.cadres_refused), (13, 0))

    def test_the_shipped_csv_directory_equals_the_json(self):
        records = liaison.read_ledger(str(CSV_DIRECTORY), self.hunan)
        self.assertEqual(strip_empty(records), strip_empty(support.department()))
        self.assertEqual(records.rows_refused, 0)

    def test_the_records_evaluate_as_the_json(self):
        records = liaison.read_ledger(XLSX, self.hunan)
        c01 = support.results_by_cadre(self.hunan.evaluate(records, support.YEAR_END))["c01"]
        self.assertEqual((c01["binding_met"], c01["score"], c01["eligible_grade"]),
                         (11, 1, "excellent"))


class LedgerWithErrorsTest(unittest.TestCase):
    """Three errors planted in a copy of the CSV ledger; rows as
    tests/ledger/test_ledger_cli.py numbers them (活动: c01 rows 3–36, c02
    37–65; 干部: c03 on row 5)."""

    ERRORS = [  # sheet, row, column, header, cadre, value
        ("活动", 3, "G", "活动方式", "c01", "线下讲座"),
        ("活动", 38, "C", "活动日期", "c02", "明天"),
        ("干部", 5, "D", "职务", "c03", "处长"),
    ]

    @classmethod
    def setUpClass(cls):
        cls.hunan = liaison.Policy.embedded("hunan")
        cls.directory = tempfile.TemporaryDirectory()
        cls.ledger = Path(cls.directory.name) / "errors"
        shutil.copytree(CSV_DIRECTORY, cls.ledger)
        for sheet, row, column, header, cadre, value in cls.ERRORS:
            path = cls.ledger / f"{sheet}.csv"
            with open(path, encoding="utf-8-sig", newline="") as file:
                rows = list(csv.reader(file))
            index = ord(column) - ord("A")
            assert rows[0][index] == header and rows[row - 1][0] == cadre, (sheet, row)
            rows[row - 1][index] = value
            with open(path, "w", encoding="utf-8-sig", newline="") as file:
                csv.writer(file).writerows(rows)

    @classmethod
    def tearDownClass(cls):
        cls.directory.cleanup()

    def test_problems_name_sheet_row_column_in_both_languages(self):
        records = liaison.read_ledger(self.ledger, self.hunan)
        self.assertEqual(len(records.problems), 3)
        found = {(p["sheet"], p["row"], p["column"]): p for p in records.problems}
        mode = found[("活动", 3, "G")]
        self.assertEqual((mode["header"], mode["header_en"], mode["value"], mode["cadre"]),
                         ("活动方式", "mode", "线下讲座", "c01"))
        self.assertEqual(mode["zh"], "活动 第3行 G列（活动方式）：“线下讲座”不是本政策的活动方式；"
                                     "可选：线下、线上")
        self.assertEqual(mode["en"], "活动 (activities) row 3, column G (mode): \"线下讲座\" is "
                                     "not an activity mode of this policy; allowed: in person, online")
        date = found[("活动", 38, "C")]
        self.assertIn("“明天”不是有效日期", date["zh"])
        self.assertIn("活动 (activities) row 38, column C (", date["en"])
        self.assertIn("is not a calendar date", date["en"])
        rank = found[("干部", 5, "D")]
        self.assertTrue(rank["zh"].startswith("干部 第5行 D列（职务）：“处长”不是本政策的职务"))
        self.assertEqual(rank["path"], "干部 第5行 D列（职务）")

    def test_the_good_cadres_are_still_read(self):
        records = liaison.read_ledger(self.ledger, self.hunan)
        good = [c for c in support.department()["cadres"] if c["id"] not in ("c01", "c02", "c03")]
        self.assertEqual(strip_empty(records["cadres"]), strip_empty(good))
        self.assertEqual((records.cadres_read, records.cadres_refused), (13, 3))

    def test_strict_refuses_the_ledger_with_every_problem(self):
        with self.assertRaises(liaison.InvalidDocument) as raised:
            liaison.read_ledger(self.ledger, self.hunan, strict=True)
        places = sorted((p["sheet"], p["row"], p["column"]) for p in raised.exception.problems)
        self.assertEqual(places, sorted((e[0], e[1], e[2]) for e in self.ERRORS))
        self.assertEqual(raised.exception.source, str(self.ledger))

    def test_a_ledger_of_which_no_cadre_is_read_is_refused(self):
        with tempfile.TemporaryDirectory() as work:
            ledger = Path(work) / "bad"
            shutil.copytree(CSV_DIRECTORY, ledger)
            path = ledger / "干部.csv"
            with open(path, encoding="utf-8-sig", newline="") as file:
                rows = list(csv.reader(file))
            for row in rows[2:]:
                row[3] = "处长"  # D 职务: no such rank
            with open(path, "w", encoding="utf-8-sig", newline="") as file:
                csv.writer(file).writerows(rows)
            with self.assertRaises(liaison.InvalidDocument) as raised:
                liaison.read_ledger(ledger, self.hunan)
        self.assertEqual(len(raised.exception.problems), 13)
        self.assertEqual(raised.exception.path, "干部 第3行 D列（职务）")

    def test_not_a_spreadsheet(self):
        with self.assertRaises(liaison.InvalidDocument):
            liaison.read_ledger(support.REPO / "README.md", self.hunan)


class WriteXlsxTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.hunan = liaison.Policy.embedded("hunan")
        cls.directory = tempfile.TemporaryDirectory()

    @classmethod
    def tearDownClass(cls):
        cls.directory.cleanup()

    def test_an_evaluation_workbook(self):
        path = Path(self.directory.name) / "评估结果.xlsx"
        self.hunan.write_xlsx(support.DEPARTMENT, support.YEAR_END, path)
        names, sheets = workbook_sheets(path)
        self.assertEqual(names[:2], ["干部", "规则"])
        header = sheets["干部"][0]
        self.assertEqual(header[:2], ["编号", "姓名"])
        c02 = next(row for row in sheets["干部"] if row[0] == "c02")
        self.assertEqual(c02[header.index("姓名")], "陈思远")
        self.assertAlmostEqual(c02[header.index("得分")], 0.913939, delta=0.0005)
        self.assertEqual(c02[header.index("达标规则")], 7)
        self.assertEqual(c02[header.index("可评等次")], "良")
        self.assertEqual(len([row for row in sheets["干部"][1:] if row and row[0]]), 13)

    def test_other_kinds_and_english(self):
        expected = {"progress": ["progress"], "grade": ["quota units", "cadres"],
                    "check": ["quota units", "cadres", "violations"]}
        for kind, sheets in expected.items():
            with self.subTest(kind=kind):
                path = Path(self.directory.name) / f"{kind}.xlsx"
                self.hunan.write_xlsx(support.department(), "2026-12-31", path, kind=kind,
                                      language="en")
                self.assertEqual(workbook_sheets(path)[0], sheets)

    def test_bad_arguments(self):
        path = Path(self.directory.name) / "never.xlsx"
        with self.assertRaises(liaison.InvalidArgument):
            self.hunan.write_xlsx(support.DEPARTMENT, support.YEAR_END, path, kind="caps")
        with self.assertRaises(liaison.InvalidArgument):
            self.hunan.write_xlsx(support.DEPARTMENT, "2026-02-30", path)
        with self.assertRaises(liaison.InvalidDocument):
            self.hunan.write_xlsx({"schema": "liaison.records/9"}, support.YEAR_END, path)
        self.assertFalse(path.exists())


class LedgerLibraryTest(unittest.TestCase):
    def test_found_next_to_libliaison_or_bundled(self):
        found = Path(_ledger_native.library().path).parent
        self.assertIn(found, (Path(liaison.library_path()).parent,
                              Path(liaison.__file__).parent))

    def test_a_bad_setting_is_an_error(self):
        with self.assertRaises(liaison.LibraryNotFound) as raised:
            _ledger_native.load({"LIAISON_LEDGER_LIBRARY": "/nonexistent/libliaison_ledger.so.1"})
        self.assertIn("LIAISON_LEDGER_LIBRARY", str(raised.exception))

    def test_every_function_of_the_header_is_declared_as_the_header_says(self):
        prototypes = header_prototypes(LEDGER_HEADER)
        self.assertEqual(sorted(prototypes), sorted(_ledger_native.SIGNATURES))
        types = dict(_C_TYPES)
        pointer = _ledger_native._ErrorPointer
        types.update({"liaison_ledger_error*": pointer, "const liaison_ledger_error*": pointer,
                      "liaison_ledger_error**": _ledger_native._ErrorOut})
        lib = _ledger_native.library()
        for name, (result, parameters) in prototypes.items():
            with self.subTest(function=name):
                function = getattr(lib, name)
                self.assertIs(function.restype, types[result])
                self.assertEqual([types[p] for p in parameters], list(function.argtypes))


if __name__ == "__main__":
    unittest.main()
