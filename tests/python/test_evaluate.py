"""Policy.evaluate and Policy.progress on examples/department.json.

Every expected figure is from the hand workings in tests/cases/WORKINGS.md
(section 1: policy hunan, year 2026), not from the library's output.
"""

import datetime
import gc
import pathlib
import tempfile
import threading
import unittest

import liaison

import support
from support import findings_by_rule, results_by_cadre


class YearEndEvaluationTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.hunan = liaison.Policy.embedded("hunan")
        cls.evaluation = cls.hunan.evaluate(support.department(), datetime.date(2026, 12, 31))
        cls.reports = results_by_cadre(cls.evaluation)

    @classmethod
    def tearDownClass(cls):
        cls.hunan.close()

    def test_document_is_stamped_and_keeps_input_order(self):
        evaluation = self.evaluation
        self.assertEqual(evaluation["schema"], "liaison.evaluation/1")
        self.assertEqual(evaluation["policy"]["id"], "hunan")
        self.assertEqual(evaluation["policy"]["fingerprint"], self.hunan.fingerprint)
        self.assertEqual(evaluation["as_of"], "2026-12-31")
        self.assertEqual(evaluation["year"], 2026)
        self.assertEqual([entry["report"]["cadre"] for entry in evaluation["results"]],
                         [f"c{n:02d}" for n in range(1, 14)])
        self.assertTrue(all(entry["ok"] for entry in evaluation["results"]))
        # hunan has no department rules: nothing is judged for departments.
        self.assertEqual([(d["department"], d["findings"]) for d in evaluation["departments"]],
                         [("org", []), ("pub", [])])

    def test_c01_meets_everything(self):
        c01 = self.reports["c01"]
        rules = findings_by_rule(c01)
        self.assertEqual((c01["binding_rules"], c01["binding_met"]), (11, 11))
        self.assertEqual(c01["score"], 1)
        self.assertEqual(c01["eligible_grade"], "excellent")
        self.assertEqual(rules["lectures"]["actual"], 5)
        self.assertEqual(rules["youth_met"]["actual"], 46 + 210)      # ids + lecture headcounts
        self.assertEqual(rules["cadre_talks"]["actual"], 22)
        self.assertEqual(rules["field_days"]["actual"], 31 + 2 + 12 + 15)  # exactly 60
        self.assertEqual(rules["field_days"]["required"], 60)          # reported in days
        self.assertEqual(rules["field_days"]["status"], "met")
        self.assertEqual(c01["expenses"]["accepted"], 2)

    def test_c02_shortfalls(self):
        c02 = self.reports["c02"]
        rules = findings_by_rule(c02)
        self.assertEqual((rules["lectures"]["status"], rules["lectures"]["actual"],
                          rules["lectures"]["shortfall"]), ("short", 3, 1))
        self.assertEqual((rules["youth_met"]["actual"], rules["youth_met"]["shortfall"]),
                         (24 + 63, 13))
        self.assertEqual((rules["youth_visits"]["status"], len(rules["youth_visits"]["set_aside"])),
                         ("met", 1))  # vis-11 online: set aside as mode
        self.assertEqual(rules["supervision"]["missing"], ["key_projects"])
        self.assertEqual((rules["field_days"]["actual"], rules["field_days"]["shortfall"]), (41, 19))
        self.assertEqual(c02["binding_met"], 7)
        # (7 × 1 + 0.75 + 0.87 + 0.75 + 41/60) / 11
        self.assertAlmostEqual(c02["score"], (7 + 0.75 + 0.87 + 0.75 + 41 / 60) / 11, places=9)
        self.assertEqual(c02["eligible_grade"], "good")

    def test_c03_overdue_research_and_late_midyear_report(self):
        c03 = self.reports["c03"]
        rules = findings_by_rule(c03)
        self.assertEqual(rules["research"]["status"], "overdue")
        self.assertEqual(rules["research"]["due"], "2026-10-31")
        self.assertEqual(rules["midyear_report"]["status"], "late")
        self.assertEqual((rules["cadre_talks"]["actual"], rules["cadre_talks"]["status"]),
                         (18, "short"))
        self.assertAlmostEqual(c03["score"], 9.4 / 11, places=9)
        rejected = c03["expenses"]["rejected"]
        self.assertEqual([(claim["claim"], claim["reason"]) for claim in rejected],
                         [("c03-e2", "no_such_activity")])

    def test_c04_late_research_report_is_half_credit_and_not_met(self):
        c04 = self.reports["c04"]
        self.assertEqual(findings_by_rule(c04)["research"]["status"], "late")
        self.assertEqual(findings_by_rule(c04)["research"]["completion"], 0.5)
        self.assertAlmostEqual(c04["score"], 10.5 / 11, places=9)
        self.assertEqual((c04["binding_met"], c04["eligible_grade"]), (10, "good"))

    def test_c05_set_aside_activities(self):
        c05 = self.reports["c05"]
        rules = findings_by_rule(c05)
        reasons = [item["reason"] for item in rules["work_tasks"]["set_aside"]]
        self.assertEqual(reasons, ["not_own_contact_point", "not_own_contact_point"])
        self.assertEqual([item["reason"] for item in rules["lectures"]["set_aside"]],
                         ["outside_period"])
        self.assertEqual(rules["cadre_talks"]["actual"], 21)
        self.assertEqual(rules["legacy_8_4"]["status"], "advisory")
        self.assertEqual(c05["expenses"], {"accepted": 2, "rejected": [
            {"claim": "c05-e2", "reason": "outside_period"}]})  # c05-lec-0 is 2025-12-20
        self.assertEqual((c05["score"], c05["eligible_grade"]), (1, "excellent"))

    def test_participation(self):
        statuses = {cadre: report["participation"]["status"]
                    for cadre, report in self.reports.items()}
        self.assertEqual(statuses["c06"], "exempt")
        self.assertEqual(statuses["c09"], "not_participating")
        self.assertEqual(statuses["c10"], "not_rated")
        self.assertEqual(statuses["c07"], "participating")
        self.assertTrue(self.reports["c07"]["participation"]["exemption_without_approval"])
        self.assertEqual(self.reports["c06"]["findings"], [])
        in_base = sorted(c for c, r in self.reports.items() if r["participation"]["in_quota_base"])
        self.assertEqual(in_base, ["c01", "c02", "c03", "c04", "c05", "c07", "c08",
                                   "c11", "c12", "c13"])

    def test_pub_cadres(self):
        c11, c12 = self.reports["c11"], self.reports["c12"]
        self.assertEqual(findings_by_rule(c11)["work_tasks"]["status"], "over")  # 4 > 3
        self.assertEqual((c11["score"], c11["binding_met"], c11["eligible_grade"]),
                         (1, 10, "good"))
        rules = findings_by_rule(c12)
        self.assertEqual(rules["contact_points.count"]["status"], "over")       # 5 > 4
        self.assertEqual(rules["contact_points.home_share"]["status"], "short")  # 1 of 2
        self.assertEqual(rules["youth_met"]["actual"], 50 + 105)
        self.assertAlmostEqual(self.reports["c13"]["score"], 9.87 / 11, places=9)


class MidYearEvaluationTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        with liaison.Policy.embedded("hunan") as hunan:
            cls.reports = results_by_cadre(hunan.evaluate(support.DEPARTMENT, support.MID_YEAR))

    def test_c01_at_mid_year(self):
        c01 = self.reports["c01"]
        rules = findings_by_rule(c01)
        self.assertAlmostEqual(c01["score"], 7.4 / 11, places=9)
        self.assertEqual(c01["binding_met"], 4)
        self.assertEqual((rules["lectures"]["status"], rules["lectures"]["actual"],
                          rules["lectures"]["pace"]), ("pending", 3, "on_pace"))
        self.assertEqual([item["reason"] for item in rules["lectures"]["set_aside"]],
                         ["after_as_of", "after_as_of"])
        self.assertEqual((rules["youth_met"]["actual"], rules["youth_met"]["status"]), (157, "met"))
        self.assertEqual((rules["field_days"]["actual"], rules["field_days"]["pace"]),
                         (30, "on_pace"))

    def test_c03_at_mid_year(self):
        rules = findings_by_rule(self.reports["c03"])
        self.assertEqual(rules["midyear_report"]["status"], "overdue")
        self.assertEqual((rules["field_days"]["actual"], rules["field_days"]["pace"]),
                         (29, "behind"))
        self.assertEqual(rules["research"]["status"], "pending")


class RecordsInputTest(unittest.TestCase):
    """The same records given every way records can be given."""

    @classmethod
    def setUpClass(cls):
        cls.hunan = liaison.Policy.embedded("hunan")
        cls.expected = cls.hunan.evaluate(support.department(), "2026-12-31")

    def test_every_form_of_records_and_date(self):
        text = support.DEPARTMENT.read_text(encoding="utf-8")
        forms = {
            "dict": support.department(),
            "str": text,
            "bytes": text.encode("utf-8"),
            "bytearray": bytearray(text.encode("utf-8")),
            "path str": str(support.DEPARTMENT),
            "pathlib": support.DEPARTMENT,
        }
        for name, records in forms.items():
            with self.subTest(form=name):
                self.assertEqual(self.hunan.evaluate(records, datetime.date(2026, 12, 31)),
                                 self.expected)

    def test_one_bad_cadre_is_an_error_entry(self):
        records = support.department()
        records["cadres"][0]["activities"][2]["kind"] = "lectur"
        records["cadres"][3]["activities"][7]["date"] = "2026-02-30"
        evaluation = self.hunan.evaluate(records, "2026-12-31")
        entries = evaluation["results"]
        self.assertEqual(len(entries), 13)
        self.assertFalse(entries[0]["ok"])
        self.assertEqual(entries[0]["error"]["path"], "$.cadres[0].activities[2].kind")
        self.assertIn("lectur", entries[0]["error"]["message"])
        self.assertFalse(entries[3]["ok"])
        self.assertEqual(entries[3]["error"]["path"], "$.cadres[3].activities[7].date")
        self.assertTrue(all(entry["ok"] for i, entry in enumerate(entries) if i not in (0, 3)))

    def test_unusable_documents(self):
        cases = {
            "not JSON": ('{"schema": "liaison.records/1",', "$"),
            "empty": ("", "$"),
            "a year hunan does not cover": (
                {"schema": "liaison.records/1", "year": 2018, "departments": [], "cadres": []},
                "$.year"),
            "wrong schema": (
                {"schema": "liaison.records/9", "year": 2026, "departments": [], "cadres": []},
                "$.schema"),
        }
        for name, (records, path) in cases.items():
            with self.subTest(case=name):
                with self.assertRaises(liaison.InvalidDocument) as raised:
                    self.hunan.evaluate(records, "2026-12-31")
                self.assertEqual(raised.exception.code, 2)
                self.assertEqual(raised.exception.path, path)

    def test_bad_dates(self):
        for as_of in ("2026-02-30", "2026-6-30", "30/06/2026", "", "2026-06-30T00:00"):
            with self.subTest(as_of=as_of):
                with self.assertRaises(liaison.InvalidArgument) as raised:
                    self.hunan.evaluate(support.DEPARTMENT, as_of)
                self.assertEqual(raised.exception.code, 1)
                self.assertIn("not a calendar date", raised.exception.message)

    def test_wrong_types(self):
        with self.assertRaises(TypeError):
            self.hunan.evaluate(None, "2026-12-31")
        with self.assertRaises(TypeError):
            self.hunan.evaluate(42, "2026-12-31")
        with self.assertRaises(TypeError):
            self.hunan.evaluate(support.DEPARTMENT, None)
        with self.assertRaises(TypeError):
            self.hunan.evaluate(support.DEPARTMENT, 20261231)
        with self.assertRaises(TypeError):  # a moment, not a day: say which day
            self.hunan.evaluate(support.DEPARTMENT, datetime.datetime(2026, 12, 31, 18, 0))

    def test_missing_file_and_file_errors(self):
        with self.assertRaises(FileNotFoundError):
            self.hunan.evaluate("no/such/records.json", "2026-12-31")
        with tempfile.TemporaryDirectory() as directory:
            broken = pathlib.Path(directory) / "broken.json"
            broken.write_text('{"schema": ', encoding="utf-8")
            with self.assertRaises(liaison.InvalidDocument) as raised:
                self.hunan.evaluate(broken, "2026-12-31")
        self.assertEqual(raised.exception.source, str(broken))
        self.assertTrue(str(raised.exception).startswith(f"{broken}: "))

    def test_the_garbage_collector_is_left_as_it_was(self):
        # Parsing pauses the cyclic collector (a parsed document has no cycles)
        # and restores it, also when threads parse at once.
        self.assertTrue(gc.isenabled())
        threads = [threading.Thread(target=self.hunan.evaluate,
                                    args=(support.DEPARTMENT, "2026-12-31")) for _ in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        self.assertTrue(gc.isenabled())
        gc.disable()
        try:
            self.hunan.caps_document(10)
            self.assertFalse(gc.isenabled())  # the caller's choice is kept
        finally:
            gc.enable()

    def test_nan_is_not_json(self):
        records = support.department()
        records["cadres"][0]["scores"] = {"report": float("nan")}
        with self.assertRaises(ValueError):
            self.hunan.evaluate(records, "2026-12-31")


class ProgressTest(unittest.TestCase):
    """The mid-year review (二.4.(1)), from the mid-year workings of WORKINGS.md §1."""

    @classmethod
    def setUpClass(cls):
        with liaison.Policy.embedded("hunan") as hunan:
            cls.progress = hunan.progress(support.DEPARTMENT, datetime.date(2026, 6, 30))
        cls.departments = {d["department"]: d for d in cls.progress["departments"]}

    def rule(self, department, rule_id):
        return next(r for r in self.departments[department]["rules"] if r["rule"] == rule_id)

    def test_document(self):
        self.assertEqual(self.progress["schema"], "liaison.progress/1")
        self.assertEqual(self.progress["as_of"], "2026-06-30")
        org = self.departments["org"]
        # 10 cadres; c06 (exempt) and c09 (not participating) are not evaluated.
        self.assertEqual((org["cadres"], org["evaluated"], org["errors"]), (10, 8, 0))
        self.assertEqual(self.departments["pub"]["evaluated"], 3)

    def test_lectures(self):
        # At mid-year 2 lectures are on pace (730 ≥ 724); c07 has 1, c10 none.
        lectures = self.rule("org", "lectures")
        self.assertEqual((lectures["done"], lectures["on_pace"], lectures["behind"]), (0, 6, 2))
        self.assertEqual(lectures["follow_up"], ["c07", "c10"])

    def test_youth_met(self):
        # c01 157 and c05 113 are already met; c07 23 and c10 0 are behind.
        youth_met = self.rule("org", "youth_met")
        self.assertEqual((youth_met["done"], youth_met["on_pace"], youth_met["behind"]), (2, 4, 2))
        self.assertEqual(youth_met["statuses"], {"met": 2, "pending": 6})

    def test_cadre_talks_and_supervision(self):
        # c03 has 9 talks (3285 < 3620); c02 covers one supervision area.
        self.assertEqual(self.rule("org", "cadre_talks")["follow_up"], ["c03", "c07", "c10"])
        self.assertEqual(self.rule("org", "supervision")["follow_up"], ["c02", "c07", "c10"])

    def test_field_days(self):
        # On pace from 30 days: c01 30 and c05 30; c02 13, c03 29, c04 24, c07 2, c08 14, c10 0.
        org = self.rule("org", "field_days")
        self.assertEqual((org["on_pace"], org["behind"]), (2, 6))
        self.assertEqual(org["follow_up"], ["c02", "c03", "c04", "c07", "c08", "c10"])
        # pub: c11 25, c12 13, c13 11.
        self.assertEqual(self.rule("pub", "field_days")["behind"], 3)

    def test_progress_errors(self):
        with liaison.Policy.embedded("hunan") as hunan:
            with self.assertRaises(liaison.InvalidArgument):
                hunan.progress(support.DEPARTMENT, "2026-13-01")
            with self.assertRaises(liaison.InvalidDocument):
                hunan.progress("[]", "2026-06-30")


if __name__ == "__main__":
    unittest.main()
