"""Malformed and hostile ledgers: each gives a clear error in Chinese and
English and exit status 2, never a crash or a hang (the sanitizer build runs
this suite too). The files are made here with Python's zipfile module.

usage: test_malformed_ledgers.py LIAISON REPOSITORY_ROOT
"""
import os
import shutil
import subprocess
import sys
import tempfile
import unittest
import zipfile

LIAISON = ROOT = None

CONTENT_TYPES = ('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/'
                 'package/2006/content-types"/>')
WORKBOOK = ('<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/'
            'spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/'
            'officeDocument/2006/relationships"><sheets><sheet name="活动" sheetId="1" '
            'r:id="rId1"/></sheets></workbook>')
RELS = ('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/'
        'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
        'openxmlformats.org/officeDocument/2006/relationships/worksheet" '
        'Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.'
        'openxmlformats.org/officeDocument/2006/relationships/sharedStrings" '
        'Target="sharedStrings.xml"/></Relationships>')
SHEET_HEAD = ('<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/'
              'spreadsheetml/2006/main"><sheetData>')
SHEET_TAIL = '</sheetData></worksheet>'


class Malformed(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp()

    def tearDown(self):
        shutil.rmtree(self.tmp)

    def workbook(self, name, parts):
        path = os.path.join(self.tmp, name)
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as book:
            book.writestr("[Content_Types].xml", CONTENT_TYPES)
            book.writestr("xl/workbook.xml", WORKBOOK)
            book.writestr("xl/_rels/workbook.xml.rels", RELS)
            for part, text in parts.items():
                book.writestr(part, text)
        return path

    def assert_refused(self, path, zh, en):
        result = subprocess.run([LIAISON, "ledger", "import", "--policy", "hunan", path],
                                capture_output=True, text=True, timeout=120)
        self.assertEqual(result.returncode, 2, result.stderr)
        # A message longer than 100 columns continues on lines indented by 4.
        self.assertIn(zh, result.stderr.replace("\n    ", ""))
        self.assertIn(en, result.stderr.replace("\n    ", " "))
        self.assertEqual(result.stdout, "")

    def test_binary_garbage(self):
        path = os.path.join(self.tmp, "garbage.xlsx")
        with open(path, "wb") as f:
            f.write(b"PK\x03\x04" + bytes(range(256)) * 40)
        self.assert_refused(path, "无法作为 XLSX 打开", "cannot be opened as XLSX")

    def test_truncated_zip(self):
        with open(os.path.join(ROOT, "examples", "department.xlsx"), "rb") as f:
            whole = f.read()
        path = os.path.join(self.tmp, "truncated.xlsx")
        with open(path, "wb") as f:
            f.write(whole[: len(whole) // 2])
        self.assert_refused(path, "压缩包已损坏或被截断", "damaged or truncated archive")

    def test_zip_bomb(self):
        # 300 MB of blanks inflates past the 256 MB limit of a part.
        path = os.path.join(self.tmp, "bomb.xlsx")
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as book:
            book.writestr("xl/workbook.xml", WORKBOOK)
            book.writestr("xl/_rels/workbook.xml.rels", RELS)
            with book.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as part:
                part.write(SHEET_HEAD.encode())
                chunk = b" " * (1 << 20)
                for _ in range(300 * 1024 * 1024 // len(chunk)):
                    part.write(chunk)
                part.write(SHEET_TAIL.encode())
        self.assertLess(os.path.getsize(path), 2 * 1024 * 1024)
        self.assert_refused(path, "解压后超过大小上限（疑似压缩炸弹）", "a zip bomb?")

    def test_huge_shared_strings(self):
        strings = "<si><t>x</t></si>" * 2_000_001
        path = self.workbook("strings.xlsx", {
            "xl/sharedStrings.xml": '<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.'
                                    'org/spreadsheetml/2006/main">' + strings + "</sst>",
            "xl/worksheets/sheet1.xml": SHEET_HEAD + SHEET_TAIL})
        self.assert_refused(path, "共享字符串表条目过多", "too many entries")

    def test_entity_expansion(self):
        lol = ('<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa">'
               + "".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">'
                         for i in range(9))
               + ']><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
               '<si><t>&j;</t></si></sst>')
        path = self.workbook("lol.xlsx", {"xl/sharedStrings.xml": lol,
                                          "xl/worksheets/sheet1.xml": SHEET_HEAD + SHEET_TAIL})
        self.assert_refused(path, "含有文档类型声明（DTD），不予读取", "document type declaration")

    def test_a_million_rows(self):
        rows = "".join(f'<row r="{r}"><c r="A{r}" t="inlineStr"><is><t>c01</t></is></c></row>'
                       for r in range(1, 1_048_577))
        path = self.workbook("rows.xlsx", {"xl/worksheets/sheet1.xml": SHEET_HEAD + rows + SHEET_TAIL})
        self.assert_refused(path, "有数据的行超过 50 万行，请拆分台账", "more than 500,000 rows")

    def test_not_xml(self):
        path = self.workbook("notxml.xlsx", {"xl/worksheets/sheet1.xml": "<worksheet><row>"})
        self.assert_refused(path, "不是有效的 XML", "is not well-formed XML")

    def test_shared_string_out_of_range(self):
        path = self.workbook("index.xlsx", {"xl/worksheets/sheet1.xml": SHEET_HEAD +
                                            '<row r="1"><c r="B1" t="s"><v>7</v></c></row>' + SHEET_TAIL})
        self.assert_refused(path, "单元格 活动 B1 引用了不存在的共享字符串",
                            "cell 活动 B1 refers to a shared string that does not exist")

    def test_csv_in_another_encoding(self):
        directory = os.path.join(self.tmp, "utf16")
        os.mkdir(directory)
        with open(os.path.join(directory, "干部.csv"), "wb") as f:
            f.write("干部编号,姓名\n".encode("utf-16"))
        self.assert_refused(directory, "另存为 → CSV UTF-8", "Save As → CSV UTF-8")

    def test_workbook_without_the_ledger_sheets(self):
        path = self.workbook("other.xlsx", {"xl/worksheets/sheet1.xml": SHEET_HEAD + SHEET_TAIL})
        result = subprocess.run([LIAISON, "ledger", "import", "--policy", "hunan", "--year", "2026",
                                 path], capture_output=True, text=True, timeout=60)
        self.assertEqual(result.returncode, 2)
        self.assertIn("缺少工作表“部门”", result.stderr)
        self.assertIn("the sheet 干部 (cadres) is missing", result.stderr)


if __name__ == "__main__":
    LIAISON, ROOT = sys.argv[1], sys.argv[2]
    unittest.main(argv=[sys.argv[0]], verbosity=1)
