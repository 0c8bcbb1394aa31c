#!/usr/bin/env python3
"""liaison progress's counts: who is done and whom to follow up, the table
and its --json agreeing, in both languages.

    progress_counts_tests.py LIAISON_BINARY SOURCE_DIR

Expected values are worked out by hand from examples/department.json and
the hunan policy (contact points 3–4, work tasks 2–3, the mid-year report
due 06-30, the research report due 10-31):

- 宣传部 (pub): c11 彭志伟 has 4 contact points, c12 谭雅琴 5, c13 曾凡 3.
  c12 is above the maximum of 4: not done, followed up (二.2); c11 and c13
  are done: done 2 at 06-30 and at 12-31.
- Work tasks: c11 proposed 4 in the year (03-05, 05-07, 08-06, 09-17), c12
  and c13 2 each. At 12-31 c11 is above the maximum of 3: followed up, not
  done; c12 and c13 are done (2). At 06-30 c11 has 2 (met, done 1), c12 and
  c13 1 each, on the pace of 2 × 181 / 365 ≈ 0.99 (on pace 2).
- The mid-year report: c11 on 06-30, c12 on 06-19, c13 on 06-30, all by the
  due date: done 3, no one to follow up.
- The research report: c11 on 10-16, c12 on 10-09, c13 on 10-28: at 12-31
  done 3; at 06-30 none yet, pending.
"""

import json
import re
import unittest

import cli_run

RECORDS = "examples/department.json"


def liaison(*args):
    return cli_run.liaison(["progress", "--policy", "hunan", *args, RECORDS])[0]


def rules_of(as_of, department):
    doc = json.loads(liaison("--as-of", as_of, "--json"))
    found = doc["organ"] if department == "*" else next(
        d for d in doc["departments"] if d["department"] == department)
    return {rule["rule"]: rule for rule in found["rules"]}


class Counts(unittest.TestCase):
    def check(self, rule, done, on_pace, behind, statuses, follow_up):
        self.assertEqual((rule["done"], rule["on_pace"], rule["behind"]),
                         (done, on_pace, behind), rule["rule"])
        self.assertEqual(rule["statuses"], statuses, rule["rule"])
        self.assertEqual(rule["follow_up"], follow_up, rule["rule"])

    def test_pub_at_mid_year(self):
        rules = rules_of("2026-06-30", "pub")
        self.check(rules["contact_points.count"], 2, 0, 0, {"met": 2, "over": 1}, ["c12"])
        self.check(rules["work_tasks"], 1, 2, 0, {"met": 1, "pending": 2}, [])
        self.check(rules["midyear_report"], 3, 0, 0, {"met": 3}, [])
        self.check(rules["research"], 0, 0, 0, {"pending": 3}, [])

    def test_pub_at_year_end(self):
        rules = rules_of("2026-12-31", "pub")
        self.check(rules["contact_points.count"], 2, 0, 0, {"met": 2, "over": 1}, ["c12"])
        self.check(rules["work_tasks"], 2, 0, 0, {"met": 2, "over": 1}, ["c11"])
        self.check(rules["midyear_report"], 3, 0, 0, {"met": 3}, [])
        self.check(rules["research"], 3, 0, 0, {"met": 3}, [])

    def test_the_organ_follows_up_the_over_range_cadres_too(self):
        for as_of in ("2026-06-30", "2026-12-31"):
            organ, org = rules_of(as_of, "*"), rules_of(as_of, "org")
            for rule in ("contact_points.count", "work_tasks", "midyear_report", "research"):
                self.assertEqual(organ[rule]["follow_up"],
                                 org[rule]["follow_up"] + rules_of(as_of, "pub")[rule]["follow_up"],
                                 rule)
            self.assertIn("c12", organ["contact_points.count"]["follow_up"])
        self.assertIn("c11", rules_of("2026-12-31", "*")["work_tasks"]["follow_up"])

    def test_the_table_shows_the_json_counts(self):
        for as_of in ("2026-06-30", "2026-12-31"):
            for lang, follow in (("zh", "谭雅琴（c12）"), ("en", "谭雅琴 (c12)")):
                table = liaison("--as-of", as_of, "--department", "pub", "--all", "--wide",
                                "--lang", lang)
                rules = rules_of(as_of, "pub")
                rows = [re.split(r"  +", line) for line in table.splitlines()
                        if re.match(r"二\.2  ", line)]
                points = rows[0]  # 二.2 联系点数量 / Contact points
                self.assertEqual(points[2:5], [str(rules["contact_points.count"]["done"]),
                                               "-", "-"], points)
                self.assertEqual(points[5], follow, points)


if __name__ == "__main__":
    cli_run.main()
