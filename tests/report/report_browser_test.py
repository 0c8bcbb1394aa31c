#!/usr/bin/env python3
"""The department report in a real browser: Debian's headless Chromium opens
the HTML `liaison report` writes, takes a screenshot and prints it to PDF;
pdfinfo counts the pages and pdftotext reads the figures back.

    LIAISON_CLI=build/release/bindings/cli/liaison python3 tests/report/report_browser_test.py

Run from the source directory. With LIAISON_REPORT_SCREENSHOTS=DIR the
screenshots are kept there (docs/images/ holds the ones docs/report.md shows).

Expected figures, worked out by hand from examples/department.json
(hunan policy, as of 2026-12-31):
- department org (基层组织建设部) has 10 cadres; c06 is exempt with approval,
  c09 does not take part, c10 is on probation: the quota base is 7, and the
  优 cap is ⌊0.30 × 7⌋ = 2, the 良 cap ⌊0.50 × 7⌋ = 3 (二.4.(2));
- pages: the overview (header and the rule chart of one department), the
  grades, the table of cadres, then one page per cadre: 3 + 10 = 13;
- c02 陈思远 held lectures on 04-08, 06-24 and 10-15: 3 of the 4 of 二.3.(1),
  1 short, so its sheet's row reads 二.3.(1) 4 3 1 2026-12-31 未达标;
- department pub (宣传部) has 3 cadres, all in the quota base: the 优 cap is
  ⌊0.30 × 3⌋ = 0, and the records grade c11 优, 1 over the cap; its grades
  page (the second of 3 + 3) says so beside the bar and under the chart.
"""

import os
import re
import shutil
import subprocess
import tempfile
import unittest

RECORDS = "examples/department.json"
ORG_NAMES = ["刘建华", "陈思远", "王丽娟", "李志强", "周晓燕", "赵明轩", "黄婷", "吴浩然",
             "孙悦", "郑雨欣"]
CHROMIUM = ["chromium", "--headless", "--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--no-first-run", "--hide-scrollbars"]


def run(args, **kwargs):
    return subprocess.run(args, check=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          timeout=60, **kwargs)


class ReportInBrowser(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.dir = tempfile.mkdtemp(prefix="liaison-report-")

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.dir)

    def render(self, name, *options, keep_screenshot=True):
        """Writes the report, prints it to PDF and screenshots it; returns the PDF path."""
        html = os.path.join(self.dir, name + ".html")
        run([os.environ["LIAISON_CLI"], "report", "--policy", "hunan", "--as-of", "2026-12-31",
             "-o", html, *options, RECORDS])
        pdf = os.path.join(self.dir, name + ".pdf")
        png = os.path.join(self.dir, name + ".png")
        profile = tempfile.mkdtemp(dir=self.dir)
        run(CHROMIUM + ["--user-data-dir=" + profile, "--no-pdf-header-footer",
                        "--print-to-pdf=" + pdf, "file://" + html])
        run(CHROMIUM + ["--user-data-dir=" + profile, "--window-size=820,1100",
                        "--screenshot=" + png, "file://" + html])
        self.assertGreater(os.path.getsize(png), 10000, "the screenshot is empty")
        keep = os.environ.get("LIAISON_REPORT_SCREENSHOTS")
        if keep and keep_screenshot:
            shutil.copy(png, os.path.join(keep, "report-" + name + ".png"))
        return pdf

    def pages(self, pdf):
        info = run(["pdfinfo", pdf]).stdout.decode()
        return int(re.search(r"^Pages:\s+(\d+)$", info, re.M).group(1))

    def text(self, pdf, first=None):
        args = ["pdftotext", "-layout"]
        if first:
            args += ["-f", str(first), "-l", str(first)]
        return run(args + [pdf, "-"]).stdout.decode()

    def test_department_in_chinese(self):
        pdf = self.render("zh", "--department", "org")
        self.assertEqual(self.pages(pdf), 3 + 10)
        text = self.text(pdf)
        squeezed = re.sub(r"\s+", "", text)
        for name in ORG_NAMES:
            self.assertIn(name, text)
        self.assertNotIn("彭志伟", text)  # c11, of 宣传部
        self.assertIn("优上限2=⌊0.30×7⌋", squeezed)
        self.assertIn("良上限3=⌊0.50×7⌋", squeezed)
        # Each sheet on its own page: c02 is the second, on page 3 + 2.
        sheet = re.sub(r"\s+", "", self.text(pdf, 5))
        self.assertIn("考核表：陈思远（c02）", sheet)
        self.assertIn("二.3.(1)4312026-12-31未达标", sheet)

    def test_department_in_english(self):
        pdf = self.render("en", "--department", "org", "--lang", "en")
        self.assertEqual(self.pages(pdf), 3 + 10)
        squeezed = re.sub(r"\s+", "", self.text(pdf))
        self.assertIn("excellentcap2=⌊0.30×7⌋", squeezed)
        sheet = re.sub(r"\s+", "", self.text(pdf, 5))
        self.assertIn("Appraisalsheet:陈思远(c02)", sheet)
        self.assertIn("二.3.(1)4312026-12-31short", sheet)

    def test_grades_over_the_cap(self):
        pdf = self.render("pub", "--department", "pub", keep_screenshot=False)
        self.assertEqual(self.pages(pdf), 3 + 3)
        grades = re.sub(r"\s+", "", self.text(pdf, 2))
        self.assertIn("上限0，超出上限1人", grades)
        self.assertIn("优：已评1人，上限0=⌊0.30×3⌋；超出1人；下一步：宣传部本年不能评优（上限0）：请改评彭志伟（c11）",
                      grades)


if __name__ == "__main__":
    unittest.main()
