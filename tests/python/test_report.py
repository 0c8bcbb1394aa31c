"""The department report from Python: Policy.report_html, one call returning
the HTML text, the same as `liaison report` writes.

Department org of examples/department.json has 10 cadres (c01–c10), 7 of them
in the quota base (c06 exempt, c09 not taking part, c10 on probation), so its
优 cap is ⌊0.30 × 7⌋ = 2; department pub has c11–c13.

tests/data/incomplete/middle-cadre-bad.json has three cadres of department
"org"; the second, 孙丽 (c2), dates a lecture 2026-02-30, at
$.cadres[1].activities[0].date.
"""

import os
import re
import subprocess
import unittest

import liaison

import support


class ReportHtml(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.hunan = liaison.Policy.embedded("hunan")

    @classmethod
    def tearDownClass(cls):
        cls.hunan.close()

    def sheets(self, page):
        return re.findall(r'<section class="sheet"><h2>[^<]*?(c\d\d)', page)

    def test_one_department_in_chinese(self):
        page = self.hunan.report_html(support.DEPARTMENT, support.YEAR_END, department="org")
        self.assertTrue(page.startswith('<!DOCTYPE html>\n<html lang="zh-CN">'))
        self.assertEqual(self.sheets(page), ["c%02d" % i for i in range(1, 11)])
        self.assertIn("优 上限 2 = ⌊0.30 × 7⌋", page)

    def test_the_organ_in_english(self):
        page = self.hunan.report_html(support.DEPARTMENT, support.YEAR_END, language="en")
        self.assertIn('<html lang="en">', page)
        self.assertEqual(self.sheets(page), ["c%02d" % i for i in range(1, 14)])
        self.assertIn("excellent cap 0 = ⌊0.30 × 3⌋", page)  # pub: 3 cadres

    def test_review_only_up_to_the_checkpoint(self):
        # hunan's checkpoint is 06-30 (二.4.(1)): the review up to it, not after.
        for as_of, shown in (("2026-06-30", True), ("2026-07-01", False)):
            page = self.hunan.report_html(support.DEPARTMENT, as_of)
            self.assertEqual('<section class="review">' in page, shown, as_of)

    def test_same_text_as_the_command(self):
        command = os.environ.get("LIAISON_CLI")
        if not command:
            self.skipTest("LIAISON_CLI is not set")
        done = subprocess.run([command, "report", "--policy", "hunan", "--as-of",
                               support.YEAR_END, "--department", "pub", "--lang", "en",
                               str(support.DEPARTMENT)], check=True, stdout=subprocess.PIPE)
        page = self.hunan.report_html(support.DEPARTMENT, support.YEAR_END, department="pub",
                                      language="en")
        self.assertEqual(done.stdout.decode("utf-8"), page)

    def test_departments_and_cadres(self):
        # The cadres asked for, their sheets alone; the caps still those of
        # the whole departments (org's 优 cap 2 with one cadre of it shown).
        page = self.hunan.report_html(support.DEPARTMENT, support.YEAR_END, cadres=["c03", "c11"])
        self.assertEqual(self.sheets(page), ["c03", "c11"])
        self.assertIn("优 上限 2 = ⌊0.30 × 7⌋", page)
        page = self.hunan.report_html(support.DEPARTMENT, support.YEAR_END,
                                      department=["org", "pub"], cadres=["c10", "c12"])
        self.assertEqual(self.sheets(page), ["c10", "c12"])
        page = self.hunan.report_html(support.DEPARTMENT, support.YEAR_END, department=["pub"])
        self.assertEqual(self.sheets(page), ["c11", "c12", "c13"])
        command = os.environ.get("LIAISON_CLI")
        if command:
            done = subprocess.run([command, "report", "--policy", "hunan", "--as-of",
                                   support.YEAR_END, "--cadre", "c03,c11", "--lang", "en",
                                   str(support.DEPARTMENT)], check=True, stdout=subprocess.PIPE)
            self.assertEqual(done.stdout.decode("utf-8"), self.hunan.report_html(
                support.DEPARTMENT, support.YEAR_END, cadres=["c03", "c11"], language="en"))
        with self.assertRaises(liaison.InvalidArgument) as raised:
            self.hunan.report_html(support.DEPARTMENT, support.YEAR_END, cadres=["c99"])
        self.assertIn('cadre "c99" is not in the records', str(raised.exception))
        with self.assertRaises(liaison.InvalidArgument):
            self.hunan.report_html(support.DEPARTMENT, support.YEAR_END, cadres=["c01,c02"])
        # One cadre id as a plain string, as department takes one.
        page = self.hunan.report_html(support.DEPARTMENT, support.YEAR_END, cadres="c03")
        self.assertEqual(self.sheets(page), ["c03"])

    def test_bad_records_refused_unless_allowed(self):
        bad = str(support.REPO / "tests" / "data" / "incomplete" / "middle-cadre-bad.json")
        for arguments in ({}, {"department": "org"}, {"cadres": ["c1"]}):
            with self.assertRaises(liaison.IncompleteResult) as raised:
                self.hunan.report_html(bad, support.MID_YEAR, **arguments)
            self.assertIn("the report is incomplete: 1 of 3 cadres' records are bad",
                          raised.exception.message)
            self.assertEqual(raised.exception.path, "$.cadres[1].activities[0].date")
        page = self.hunan.report_html(bad, support.MID_YEAR, allow_errors=True)
        self.assertEqual(self.sheets(page), [])  # ids c1–c3 are not c\d\d
        self.assertEqual(page.count('<section class="sheet">'), 2)
        self.assertIn("<h3>记录有误、未计入等次的干部</h3>", page)
        self.assertIn("孙丽（c2，$.cadres[1]）：干部“c2”有 1 处问题：", page)
        page = self.hunan.report_html(bad, support.MID_YEAR, language="en", allow_errors=True)
        self.assertIn("<h3>Not graded: their records are bad</h3>", page)
        self.assertIn("孙丽 (c2, $.cadres[1]): ", page)

    def test_bad_arguments(self):
        with self.assertRaises(liaison.InvalidArgument) as raised:
            self.hunan.report_html(support.DEPARTMENT, support.YEAR_END, department="youth")
        self.assertIn('department "youth" is not in the records', str(raised.exception))
        with self.assertRaises(liaison.InvalidArgument):
            self.hunan.report_html(support.DEPARTMENT, support.YEAR_END, language="fr")
        with self.assertRaises(liaison.InvalidArgument):
            self.hunan.report_html(support.DEPARTMENT, "2026-02-30")
        with self.assertRaises(TypeError):
            self.hunan.report_html(support.DEPARTMENT, support.YEAR_END, department=3)


if __name__ == "__main__":
    unittest.main()
