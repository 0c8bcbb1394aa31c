#!/usr/bin/env python3
"""`liaison report` from the command line: both languages, the department
filter, the mid-year review, escaping, self-containment and bad usage.

    report_tests.py LIAISON_BINARY SOURCE_DIR

Expected figures are worked out by hand from examples/department.json (see
tests/report/report_browser_test.py for the department's quota base):
- c02 陈思远, as of 2026-06-30, has held 2 lectures (04-08, 06-24): 2 ≥ 4 ×
  181/365 = 1.98, on pace; one supervision area (theory_study, 04-28) of 4:
  1 < 1.98, behind; 13 days at the grassroots (13 distinct dates up to 06-24)
  of 60: 13 < 60 × 181/365 = 29.75, behind.
- pub (c11–c13, all taking part): 优's cap ⌊0.30 × 3⌋ = 0, and the records
  grade c11 优: 1 above the cap. c11 has a binding rule unmet, so it is
  eligible for 良 at best: graded above its eligible grade. `liaison check`
  gives both, each with its next step.
- c07 takes part with an exemption not approved; c10 is not rated, on
  probation (新录用人员（试用期））.
"""

import html.parser
import json
import os
import re
import tempfile
import unittest

import cli_run

RECORDS = "examples/department.json"


def liaison(*args, status=0):
    return cli_run.liaison(args, status=status)


class VisibleText(html.parser.HTMLParser):
    """The text a reader sees: everything outside <style>."""

    def __init__(self):
        super().__init__()
        self.parts, self.skip = [], False

    def handle_starttag(self, tag, attrs):
        self.skip = tag == "style"

    def handle_endtag(self, tag):
        self.skip = False

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def visible(page):
    parser = VisibleText()
    parser.feed(page)
    return "\n".join(parser.parts)


def policy_document():
    with open(os.path.join(cli_run.SOURCE, "src/policy/policies/hunan.json"), encoding="utf-8") as f:
        return json.load(f)


def records():
    with open(os.path.join(cli_run.SOURCE, RECORDS), encoding="utf-8") as f:
        return json.load(f)


def review_section(page):
    match = re.search(r'<section class="review">(.*?)</section>', page, re.S)
    return match.group(1) if match else None


class ReportCommand(unittest.TestCase):
    def report(self, *options, as_of="2026-12-31"):
        out, err = liaison("report", "--policy", "hunan", "--as-of", as_of, *options, RECORDS)
        self.assertEqual(err, "")
        return out

    def test_chinese_has_no_english_rule_id_status_or_grade(self):
        text = visible(self.report())
        ids = [rule["id"] for rule in policy_document()["rules"]]
        ids += ["contact_points.count", "contact_points.kinds", "contact_points.home_share"]
        words = ["met", "short", "pending", "overdue", "late", "over", "not_applicable",
                 "advisory", "behind", "on pace", "excellent", "good", "fair", "poor"]
        for word in ids + words:
            self.assertIsNone(re.search(r"(?<![\w.])" + re.escape(word) + r"(?![\w.])", text, re.I),
                              "%r in the zh report" % word)
        self.assertIn("已逾期", text)  # c03's research report (due 10-31, none submitted)
        self.assertIn("优 上限 2 = ⌊0.30 × 7⌋", text)

    def test_english_has_no_chinese_label(self):
        text = visible(self.report("--lang", "en"))
        policy = policy_document()
        doc = records()
        # Names and titles from the records, and the plan's clause numbers,
        # are what they are in either language.
        keep = [c["name"] for c in doc["cadres"]] + [d["name"] for d in doc["departments"]]
        keep += [c["exemption"]["reason"] for c in doc["cadres"] if c.get("exemption")]
        keep += [r["basis"] for r in policy["rules"]] + ["二.2", "二.1", "下跨一级", "长沙市"]
        for kept in sorted(keep, key=len, reverse=True):
            text = text.replace(kept, "")
        leftover = re.findall(r"[\u3000-\u9fff\uff00-\uffef]+", text)
        self.assertEqual(leftover, [])
        self.assertIn("excellent cap 2 = ⌊0.30 × 7⌋", text)

    def test_department_filter_selects_exactly_its_cadres(self):
        page = self.report("--department", "pub")
        sheets = re.findall(r'<section class="sheet"><h2>考核表：(\S+?)（(c\d+)）', page)
        self.assertEqual(sheets, [("彭志伟", "c11"), ("谭雅琴", "c12"), ("曾凡", "c13")])
        # pub: 3 cadres, all taking part: ⌊0.30 × 3⌋ = 0 places for 优.
        self.assertIn("优 上限 0 = ⌊0.30 × 3⌋", visible(page))

    def test_review_only_at_mid_year(self):
        self.assertIsNone(review_section(self.report(as_of="2026-12-31")))
        review = review_section(self.report("--department", "org", as_of="2026-06-30"))
        self.assertIsNotNone(review)
        c02 = re.search(r"<h3>陈思远（c02）[^<]*</h3><ul>(.*?)</ul>", review).group(1)
        self.assertIn("督导学习党的理论", c02)  # 1 area of 4: behind
        self.assertIn("累计时间不得少于2个月", c02)  # 13 days of 60: behind
        self.assertNotIn("集中宣讲", c02)  # 2 lectures, on pace

    def test_self_contained(self):
        page = self.report()
        for outside in ["http:", "https:", "<script", "<link", "<img", "@import", "url("]:
            self.assertNotIn(outside, page)
        self.assertIn("@page { size: A4 portrait", page)
        self.assertEqual(page.count('<section class="sheet">'), 13)

    def test_every_text_is_escaped(self):
        doc = records()
        doc["cadres"][0]["name"] = '<b>"刘"&\'建华\'</b>'
        with tempfile.NamedTemporaryFile("w", suffix=".json", encoding="utf-8",
                                         delete=False) as f:
            json.dump(doc, f, ensure_ascii=False)
        try:
            out, _ = liaison("report", "--policy", "hunan", "--as-of", "2026-12-31", f.name)
        finally:
            os.unlink(f.name)
        self.assertNotIn("<b>", out)
        self.assertIn("&lt;b&gt;&quot;刘&quot;&amp;&#39;建华&#39;&lt;/b&gt;", out)

    def test_bad_usage(self):
        _, err = liaison("report", "--policy", "hunan", "--as-of", "2026-12-31",
                         "--department", "youth", RECORDS, status=2)
        # evaluate's error for an unknown id, in the locale's language.
        self.assertIn('liaison: --department: 记录中没有部门 "youth"；记录中有：org, pub', err)
        _, err = liaison("report", "--policy", "hunan", "--as-of", "2026-12-31", "--lang", "en",
                         "--cadre", "c01,c99", RECORDS, status=2)
        self.assertIn('liaison: --cadre: the records have no cadre "c99"; they have: c01, c02', err)
        _, err = liaison("report", "--policy", "hunan", RECORDS, status=2)
        self.assertIn("缺少 --as-of YYYY-MM-DD", err)
        _, err = liaison("report", "--policy", "hunan", "--as-of", "2026-12-31", "--lang", "fr",
                         RECORDS, status=2)
        self.assertIn("“fr”不是可用的语言", err)

    def test_filters_choose_the_cadres_shown(self):
        # examples/department.json: org has c01–c10, pub c11–c13. --cadre
        # c03,c11 gives their two sheets and both departments' charts; the
        # grades still count whole departments: c11's recorded 优 is shown
        # against pub's cap of 0 (⌊0.30 × 3⌋), not a cap of one cadre.
        def sheets(out):
            return re.findall(r'<section class="sheet">.*?</section>', out, re.S)

        out, _ = liaison("report", "--policy", "hunan", "--as-of", "2026-12-31", "--cadre",
                         "c03,c11", RECORDS)
        found = sheets(out)
        self.assertEqual(len(found), 2)
        self.assertIn("王丽娟", found[0])
        self.assertIn("彭志伟", found[1])
        self.assertIn("基层组织建设部、宣传部", out)
        out, _ = liaison("report", "--policy", "hunan", "--as-of", "2026-12-31", "--department",
                         "org,pub", "--cadre", "c11,c12", RECORDS)
        self.assertEqual(len(sheets(out)), 2)
        self.assertNotIn("刘建华", out)
        out, _ = liaison("report", "--policy", "hunan", "--as-of", "2026-12-31", "--department",
                         "pub", RECORDS)
        self.assertEqual(len(sheets(out)), 3)

    def test_grade_check_as_check_finds_it(self):
        # check finds the same two violations, with the same next step over
        # the cap (it also names the rule that cost c11 the grade).
        out, _ = liaison("check", "--policy", "hunan", "--as-of", "2026-12-31", RECORDS, status=1)
        self.assertIn("✗ 优：已评 1 人，上限 0 = ⌊0.30 × 3⌋；超出 1 人", out)
        self.assertIn("下一步：宣传部本年不能评 优（上限 0）：请改评彭志伟（c11）", out)
        self.assertIn("彭志伟（c11）：评为 优，但最高只可评 良", out)
        self.assertIn("请改评为可评等次或以下，或完成约束性任务后重新评估", out)
        page = self.report("--department", "pub")
        grades = re.search(r'<section class="grades">(.*?)</section>', page, re.S).group(1)
        # The 优 bar: nothing within the cap, 1 above it in red, in words.
        self.assertIn("上限 0，超出上限 1 人", grades)
        self.assertIn('fill="#c62828"', grades)
        self.assertIn("超出上限 1</span>", grades)  # the legend's total
        self.assertIn('<li class="alarm">优：已评 1 人，上限 0 = ⌊0.30 × 3⌋；超出 1 人；'
                      "下一步：宣传部本年不能评 优（上限 0）：请改评彭志伟（c11）</li>", grades)
        # The reason as check gives it: the rule that cost 优 (二.3.(4), 2–3 work
        # tasks) and how: c11 proposed 4.
        eligibility = ("彭志伟（c11）：评为 优，但最高只可评 良，因聚焦全团主责主业，提出2—3项具体"
                       "工作任务，在基层组织或联系点推动实施（二.3.(4)）：要求 2–3次，实际 4次，"
                       "超出上限；下一步：请改评为可评等次或以下，或完成约束性任务后重新评估")
        row = re.search(r"<tr><td[^>]*>彭志伟</td>.*?</tr>", page).group(0)
        self.assertIn('<td class="alarm">优<p>' + eligibility + "</p></td>", row)
        sheet = re.search(r'<section class="sheet"><h2>考核表：彭志伟.*?</section>', page,
                          re.S).group(0)
        self.assertIn('<dt class="alarm">等次检查</dt><dd class="alarm">' + eligibility, sheet)
        # c12 (良) and c13 (中) are within: no flag on their rows.
        self.assertEqual(page.count('<td class="alarm">'), 1)
        english = self.report("--department", "pub", "--lang", "en")
        self.assertIn("cap 0, 1 over the cap", english)
        self.assertIn("彭志伟 (c11): graded excellent but eligible for good at best, because of "
                      "Propose 2–3 concrete work tasks and push them at one&#39;s contact points "
                      "(二.3.(4)): 4, above the range 2–3; next: grade no better than the eligible "
                      "grade, or complete the binding tasks and evaluate again", english)
        self.assertIn("; next: no one in 宣传部 may be graded excellent (cap 0): regrade 彭志伟 (c11)</li>",
                      english)
        # org's grades are within its caps: one series, no red, no flag.
        org = self.report("--department", "org")
        self.assertNotIn("alarm", re.sub(r"<style>.*?</style>", "", org, flags=re.S))

    def test_labels_as_the_command_gives_them(self):
        out, _ = liaison("evaluate", "--policy", "hunan", "--as-of", "2026-12-31", RECORDS)
        page = self.report("--department", "org")
        for label in ("参加（免除未批准）", "不评等次（新录用人员（试用期））"):
            self.assertIn(label, out)
            self.assertIn(label, page)
        self.assertIn("<th>已评等次</th><th>可评等次</th><th>未达标的约束性规则</th>", page)
        english = self.report("--department", "org", "--lang", "en")
        self.assertIn("<th>Assigned grade</th><th>Eligible grade</th><th>Unmet binding rules"
                      "</th>", english)
        self.assertIn("takes part (exemption not approved)", english)
        mid_year = self.report("--department", "org", as_of="2026-06-30")
        self.assertIn("<th>已评等次</th><th>可评等次</th><th>尚未完成的约束性规则</th>", mid_year)
        mid_year = self.report("--department", "org", "--lang", "en", as_of="2026-06-30")
        self.assertIn("<th>Binding rules not yet done</th>", mid_year)

    def test_reads_a_ledger(self):
        # examples/department.xlsx is examples/department.json as a ledger.
        out, err = liaison("report", "--policy", "hunan", "--as-of", "2026-12-31",
                           "--department", "org", "examples/department.xlsx")
        self.assertIn("13", err)  # the import's summary of cadres read
        self.assertEqual(out, self.report("--department", "org"))

    def test_writes_the_file_of_o(self):
        with tempfile.TemporaryDirectory() as directory:
            path = os.path.join(directory, "org.html")
            out = liaison("report", "--policy", "hunan", "--as-of", "2026-12-31",
                          "--department", "org", "-o", path, RECORDS)[0]
            self.assertEqual(out, "")
            with open(path, encoding="utf-8") as f:
                self.assertEqual(f.read(), self.report("--department", "org"))


if __name__ == "__main__":
    cli_run.main()
