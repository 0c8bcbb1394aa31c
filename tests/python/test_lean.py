"""Policy.evaluate_lean and Policy.render on examples/department.json.

The lean document rendered is the full one (compared as documents), whether
made in one call or streamed (evaluate_stream with lean=True); cadre
c01's numbers are the hand workings of tests/cases/WORKINGS.md ("c01 刘建华",
policy hunan, 2026-12-31), not the library's output.
"""

import json
import unittest

import liaison

import support
from support import findings_by_rule, results_by_cadre


class LeanResultTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.hunan = liaison.Policy.embedded("hunan")
        cls.lean = cls.hunan.evaluate_lean(support.department(), support.YEAR_END)

    @classmethod
    def tearDownClass(cls):
        cls.hunan.close()

    def test_rendered_lean_is_the_full_document(self):
        full = self.hunan.evaluate(support.department(), support.YEAR_END)
        self.assertEqual(self.hunan.render(self.lean), full)
        self.assertEqual(self.hunan.render(json.dumps(self.lean)), full)

    def test_c01_numbers_without_texts(self):
        self.assertEqual(self.lean["schema"], "liaison.evaluation-lean/1")
        report = results_by_cadre(self.lean)["c01"]
        self.assertNotIn("message", report["participation"])
        findings = findings_by_rule(report)
        expected = {"lectures": (5, 4), "youth_visits": (12, 10), "youth_met": (256, 100),
                    "cadre_talks": (22, 20), "work_tasks": (2, 2), "supervision": (4, 4),
                    "field_days": (60, 60)}
        for rule, (actual, required) in expected.items():
            with self.subTest(rule=rule):
                finding = findings[rule]
                self.assertEqual((finding["status"], finding["actual"], finding["required"]),
                                 ("met", actual, required))
                self.assertFalse({"kind", "title", "basis", "message"} & finding.keys())
        self.assertEqual(findings["research"]["submitted"], "2026-10-20")
        self.assertEqual(findings["work_tasks"]["maximum"], 3)

    def test_streamed_lean_renders_to_the_full_document(self):
        with self.hunan.evaluate_stream(support.DEPARTMENT, support.YEAR_END, lean=True) as results:
            entries = list(results)
            lean = {**results.header, "results": entries}
        full = self.hunan.evaluate(support.department(), support.YEAR_END)
        self.assertEqual(self.hunan.render(lean), full)
        # c01 first, with 5 lectures of the 4 asked (二.3.(1)).
        lectures = findings_by_rule(entries[0]["report"])["lectures"]
        self.assertEqual((lectures["status"], lectures["actual"], lectures["required"]),
                         ("met", 5, 4))

    def test_render_under_another_policy_names_the_fingerprint(self):
        with liaison.Policy.embedded("hunan-2018") as other:
            with self.assertRaises(liaison.InvalidDocument) as raised:
                other.render(self.lean)
        self.assertEqual(raised.exception.path, "$.policy.fingerprint")

    def test_render_names_an_unknown_rule(self):
        lean = json.loads(json.dumps(self.lean))
        lean["results"][0]["report"]["findings"][0]["rule"] = "lecturez"
        with self.assertRaises(liaison.InvalidDocument) as raised:
            self.hunan.render(lean)
        self.assertEqual(raised.exception.path, "$.results[0].report.findings[0].rule")


if __name__ == "__main__":
    unittest.main()
