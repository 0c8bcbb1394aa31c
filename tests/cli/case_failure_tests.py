#!/usr/bin/env python3
"""How `liaison test` words a failing case: who (name and id) and which rule
(its title), then the value checked, expected and actual in the output's
language, each after the case file's JSON path; --json keeps the ids and JSON
text as machine fields and its "message" follows the language; --junit
carries the same lines.

    case_failure_tests.py LIAISON_BINARY SOURCE_DIR

tests/cli/fixtures/failing.case.json expects wrong values on purpose. The
actual values are worked out by hand from examples/department.json and
tests/cli/fixtures/policy-city-12-visits.json (hunan with youth_visits'
minimum 12 and caps rounded up):

- c02 陈思远 has 11 youth visits in 2026, the one of 12-08 online; the rule
  counts visits in person: 10 < 12, short by 2; the rule has no maximum.
- c02's research report is dated 2026-10-30.
- c06 赵明轩 has an approved exemption (团省委党组, 2026-01-08): exempt.
- c99 is not in the records.
- org (基层组织建设部) has 7 cadres in its quota base (c01–c05, c07, c08;
  tests/cli/views_tests.py); the 优 cap rounded up: ⌈0.30 × 7⌉ = ⌈2.1⌉ = 3.
- caps_table base 4: ⌈0.30 × 4⌉ = ⌈1.2⌉ = 2.
"""

import json
import os
import re
import tempfile
import unittest

import cli_run
import xml.etree.ElementTree as ElementTree

CASE = "tests/cli/fixtures/failing.case.json"
VISITS_ZH = "陈思远（c02）每年走访基层青年不少于10次："
VISITS_EN = "c02 陈思远, At least 10 visits to grassroots youth a year: "
RULE = "$.expect.cadres.c02.rules."
# (path, Chinese message, English message, expected JSON, actual JSON).
FAILURES = [
    ("$.expect.caps_table[0].caps.excellent", "基数 4 优 名额上限：应为 1，实为 2",
     "base 4 cap excellent: expected 1, got 2", "1", "2"),
    (RULE + "youth_visits.status", VISITS_ZH + "状态 应为 已达标，实为 未达标",
     VISITS_EN + "status expected met, got short", '"met"', '"short"'),
    (RULE + "youth_visits.required", VISITS_ZH + "要求值 应为 10，实为 12",
     VISITS_EN + "required expected 10, got 12", "10", "12"),
    (RULE + "youth_visits.shortfall", VISITS_ZH + "差额 应为 0，实为 2",
     VISITS_EN + "shortfall expected 0, got 2", "0", "2"),
    (RULE + "youth_visits.maximum", VISITS_ZH + "上限值 应为 5，实为 无",
     VISITS_EN + "maximum expected 5, got none", "5", "null"),
    (RULE + "research.submitted",
     '陈思远（c02）每年确定1个调研课题，10月底前形成调研报告：提交日期 应为 "2026-10-31"，'
     '实为 "2026-10-30"',
     'c02 陈思远, One research topic a year, report by the end of October: submitted expected '
     '"2026-10-31", got "2026-10-30"', '"2026-10-31"', '"2026-10-30"'),
    (RULE + "no_such_rule", "陈思远（c02）no_such_rule：应为 一项评估结果，实为 报告中没有该规则",
     "c02 陈思远, no_such_rule: expected a finding, got no such rule in the report",
     "a finding", "no such rule in the report"),
    ("$.expect.cadres.c06.participation", "赵明轩（c06）：参加情况 应为 参加，实为 批准免除",
     "c06 赵明轩: participation expected takes part, got exempt",
     '"participating"', '"exempt"'),
    ("$.expect.cadres.c99", "c99：应为 一份评估报告，实为 没有该编号的已评估干部",
     "c99: expected a report, got no evaluated cadre with this id",
     "a report", "no evaluated cadre with this id"),
    ("$.expect.departments.org.base", "基层组织建设部（org）：名额基数 应为 8，实为 7",
     "org 基层组织建设部: base expected 8, got 7", "8", "7"),
    ("$.expect.departments.org.caps.excellent", "基层组织建设部（org） 优 名额上限：应为 2，实为 3",
     "org 基层组织建设部 cap excellent: expected 2, got 3", "2", "3"),
]


def unwrapped(out, joint):
    """The output with each line continued under its indent (the command
    fits lines in 100 columns) joined back: in English at a space; in
    Chinese, which breaks at a space or between characters, with no spaces
    at all (the expected lines are compared without theirs)."""
    out = re.sub(r"\n {4}", joint, out)
    return out if joint else out.replace(" ", "")


def liaison(*args):
    return cli_run.liaison(["test", CASE, *args], status=1, env={"LANG": "C.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""})[0]


class CaseFailureTest(unittest.TestCase):
    def test_chinese_lines_name_the_cadre_and_the_rule(self):
        out = unwrapped(liaison("--lang", "zh"), "")
        for path, zh, _, _, _ in FAILURES:
            self.assertIn(("%s：%s\n" % (path, zh)).replace(" ", ""), out)
        self.assertNotIn("规则 youth_visits", out)

    def test_english_lines_use_the_english_labels(self):
        out = unwrapped(liaison("--lang", "en"), " ")
        for path, _, en, _, _ in FAILURES:
            self.assertIn("  %s: %s\n" % (path, en), out)

    def test_json_keeps_ids_and_its_message_follows_the_language(self):
        for language, column in (("en", 2), ("zh", 1)):
            results = json.loads(liaison("--json", "--lang", language))
            failures = results["cases"][0]["failures"]
            self.assertEqual(len(failures), len(FAILURES))
            for failure, expected in zip(failures, FAILURES):
                self.assertEqual(failure["path"], expected[0])
                self.assertEqual(failure["expected"], expected[3])
                self.assertEqual(failure["actual"], expected[4])
                self.assertEqual(failure["message"], expected[column])

    def test_junit_carries_the_lines(self):
        for language, column, colon in (("en", 2, ": "), ("zh", 1, "：")):
            with tempfile.TemporaryDirectory() as directory:
                path = os.path.join(directory, "junit.xml")
                liaison("--junit", path, "--lang", language)
                failure = ElementTree.parse(path).getroot().find(".//failure")
                for expected in FAILURES:
                    self.assertIn(expected[0] + colon + expected[column] + "\n", failure.text)


if __name__ == "__main__":
    cli_run.main()
