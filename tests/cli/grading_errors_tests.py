#!/usr/bin/env python3
"""liaison grade and check when cadres' records are bad: they refuse an
incomplete result unless --allow-errors, name each bad cadre by name and id
with where its record is wrong, and with --allow-errors say in the quota
unit's block that those cadres are not ranked and the base leaves them out.

    grading_errors_tests.py LIAISON_BINARY SOURCE_DIR

The fixture is examples/department.json with two records broken:
c01 刘建华 (activity kind "lectur", $.cadres[0].activities[2].kind) and
c02 陈思远 (date 2026-02-30, $.cadres[1].activities[0].date), both of
基层组织建设部. Worked by hand (views_tests.py's notes): with good data that
unit's base is 7 (c01–c05, c07, c08); without c01 and c02 it is 5, so
优 ⌊0.30 × 5⌋ = ⌊1.5⌋ = 1 and 良 ⌊0.50 × 5⌋ = ⌊2.5⌋ = 2. 宣传部 (c11–c13)
is untouched: base 3, 优 cap 0, and c11 彭志伟 is graded 优 in the records,
so check names him to regrade; he pushed 4 work tasks against 2–3 (二.3.(4)),
the rule that keeps him at 良.
"""

import json
import os
import tempfile
import unittest

import cli_run

BAD = "tests/cli/fixtures/department-bad-c01-c02.json"
YEAR_END = ["--policy", "hunan", "--as-of", "2026-12-31"]


def liaison(*args, status):
    return cli_run.liaison(args, status=status, env={"LANG": "zh_CN.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""})


def flat(text, joint=" "):
    """The text with wrapped lines joined, to find a sentence however it wraps
    (Chinese wraps between characters: joint "")."""
    return joint.join(line.strip() for line in text.splitlines())


class Refused(unittest.TestCase):
    def test_grade_and_check_refuse_and_name_the_cadres(self):
        for command in ("grade", "check"):
            for extra in ([], ["--json"]):
                out, err = liaison(command, *YEAR_END, "--lang", "zh", *extra, BAD, status=2)
                self.assertEqual(out, "")
                err = flat(err, "")
                self.assertIn("2 名干部的记录有误，不在排名中，考核基数未计入；结果不完整，未输出", err)
                self.assertIn("刘建华（c01）：$.cadres[0].activities[2].kind：", err)
                self.assertIn("陈思远（c02）：$.cadres[1].activities[0].date：", err)
            out, err = liaison(command, *YEAR_END, "--lang", "en", BAD, status=2)
            self.assertEqual(out, "")
            err = flat(err)
            self.assertIn("2 cadres' records are bad, not ranked and left out of the quota base; "
                          "the result is incomplete, so none is printed", err)
            self.assertIn("刘建华 (c01): $.cadres[0].activities[2].kind: ", err)


class Allowed(unittest.TestCase):
    def test_grade_notes_them_in_their_unit(self):
        out, err = liaison("grade", *YEAR_END, "--lang", "zh", "--allow-errors", BAD, status=0)
        self.assertTrue(out.startswith("政策 hunan  评估日期 2026-12-31\n\n考核单元 基层组织建设部，人数 5\n"
                                       "  ! 刘建华（c01）：记录有误，不在排名中，考核基数未计入\n"
                                       "  ! 陈思远（c02）：记录有误，不在排名中，考核基数未计入\n"
                                       "  优 上限 1 = ⌊0.30 × 5⌋\n  良 上限 2 = ⌊0.50 × 5⌋\n"), out)
        self.assertIn("（已允许）", err)
        out, _ = liaison("grade", *YEAR_END, "--lang", "en", "--allow-errors", BAD, status=0)
        self.assertIn("quota unit 基层组织建设部, base 5\n"
                      "  ! 刘建华 (c01): bad record, not ranked and left out of the quota base\n", out)

    def test_check_has_no_bare_tick_where_a_record_is_bad(self):
        out, _ = liaison("check", *YEAR_END, "--lang", "zh", "--allow-errors", BAD, status=1)
        org = out.split("考核单元 宣传部")[0]
        self.assertNotIn("✓", org)
        self.assertIn("  ? 优：已评 1 人，上限 1 = ⌊0.30 × 5⌋\n", org)
        self.assertIn("✗ 刘建华（c01）：记录有误，未能检查\n", out)
        # JSON: the check did not pass, and both bad cadres are listed.
        out, _ = liaison("check", *YEAR_END, "--json", "--allow-errors", BAD, status=1)
        doc = json.loads(out)
        self.assertFalse(doc["passed"])
        self.assertEqual([e["cadre"] for e in doc["errors"]],
                         ["c01", "c02"])


class Ledger(unittest.TestCase):
    # examples/department-csv with c01's 活动 rows 3–5 broken (an impossible
    # date, a mode not of the policy, days "一"): c01 is refused, so the base
    # of 基层组织建设部 is 6, not 7, and 优 ⌊0.30 × 6⌋ = ⌊1.8⌋ = 1.
    def test_a_refused_ledger_cadre_is_named_in_its_unit(self):
        csv = "tests/cli/fixtures/department-csv-bad-c01"
        _, err = liaison("grade", *YEAR_END, "--lang", "zh", csv, status=2)
        self.assertIn("刘建华（c01）：活动 第3行 C列（活动日期）", err)
        out, _ = liaison("grade", *YEAR_END, "--lang", "zh", "--allow-errors", csv, status=0)
        self.assertIn("考核单元 基层组织建设部，人数 6\n"
                      "  ! 刘建华（c01）：记录有误，不在排名中，考核基数未计入\n"
                      "  优 上限 1 = ⌊0.30 × 6⌋\n", out)


class NextSteps(unittest.TestCase):
    def test_over_cap_names_who_to_regrade_and_above_eligible_names_the_rule(self):
        out, _ = liaison("check", *YEAR_END, "--lang", "zh", "--allow-errors", BAD, status=1)
        text = flat(out, "")
        self.assertIn("下一步：宣传部本年不能评 优（上限 0）：请改评彭志伟（c11）", text)
        self.assertIn("彭志伟（c11）：评为 优，但最高只可评 良，因", text)
        self.assertIn("（二.3.(4)）：要求 2–3次，实际 4次，超出上限", text)
        out, _ = liaison("check", *YEAR_END, "--lang", "en", "--allow-errors", BAD, status=1)
        text = flat(out)
        self.assertIn("next: no one in 宣传部 may be graded excellent (cap 0): regrade 彭志伟 (c11)",
                      text)
        self.assertIn("graded excellent but eligible for good at best, because of Propose 2–3 "
                      "concrete work tasks", text)
        self.assertIn("(二.3.(4)): 4, above the range 2–3", text)


    def test_two_rules_missed_are_named_alike_by_check_and_the_report(self):
        # c11 without its research report (due 10-31, 二.3.(3)): two binding
        # rules now cost him 优, the research overdue and the work tasks over
        # their range, each by title, clause and how, in the findings' order.
        with open(os.path.join(cli_run.SOURCE, "examples", "department.json"),
                  encoding="utf-8") as source:
            records = json.load(source)
        c11 = next(c for c in records["cadres"] if c["id"] == "c11")
        c11["submissions"] = [s for s in c11["submissions"] if s["kind"] != "research_report"]
        with tempfile.TemporaryDirectory() as folder:
            path = os.path.join(folder, "records.json")
            with open(path, "w", encoding="utf-8") as out:
                json.dump(records, out, ensure_ascii=False)
            reason = ("彭志伟（c11）：评为 优，但最高只可评 良，因每年确定1个调研课题，10月底前形成"
                      "调研报告（二.3.(3)）逾期未交；聚焦全团主责主业，提出2—3项具体工作任务，"
                      "在基层组织或联系点推动实施（二.3.(4)）超出范围")
            out, _ = liaison("check", *YEAR_END, "--lang", "zh", path, status=1)
            self.assertIn(reason, flat(out, ""))
            page = os.path.join(folder, "report.html")
            liaison("report", *YEAR_END, "--lang", "zh", "--department", "pub", "-o", page, path,
                    status=0)
            with open(page, encoding="utf-8") as html:
                self.assertIn('<td class="alarm">优<p>' + reason + "；下一步：", html.read())


class Filtered(unittest.TestCase):
    def test_a_filter_on_a_good_cadre_of_a_unit_with_bad_records_does_not_pass(self):
        # c03 is of 基层组织建设部, whose base leaves c01 and c02 out (5, caps 1
        # and 2): its caps are unknown (?), and the bad records are failures.
        out, _ = liaison("check", *YEAR_END, "--lang", "zh", "--allow-errors", "--cadre", "c03",
                         BAD, status=1)
        self.assertIn("考核单元 基层组织建设部，人数 5\n"
                      "  ! 刘建华（c01）：记录有误，不在排名中，考核基数未计入\n"
                      "  ! 陈思远（c02）：记录有误，不在排名中，考核基数未计入\n"
                      "  ? 优：已评 1 人，上限 1 = ⌊0.30 × 5⌋\n"
                      "  ? 良：已评 2 人，上限 2 = ⌊0.50 × 5⌋\n", out)
        self.assertIn("✗ 刘建华（c01）：记录有误，未能检查", out)
        self.assertIn("✗ 陈思远（c02）：记录有误，未能检查", out)
        self.assertIn("未通过：共 2 处问题", out)

    def test_bad_records_of_another_unit_do_not_count(self):
        # 宣传部 alone: its own two problems (c11 over the cap of 0, and above
        # his eligible grade), not the bad records of 基层组织建设部.
        out, _ = liaison("check", *YEAR_END, "--lang", "zh", "--allow-errors", "--department",
                         "pub", BAD, status=1)
        self.assertNotIn("刘建华", out)
        self.assertNotIn("记录有误", out)
        self.assertIn("未通过：共 2 处问题", out)


if __name__ == "__main__":
    cli_run.main()
