"""No bad record is silent from Python: progress, proposed grades and policy
diffs over records with a bad cadre raise IncompleteResult naming the cadre
and the path of its problem, unless allow_errors=True; a case whose inline
records hold a bad cadre fails; a misspelt score component is an error entry
at its path. Also the safe quoting of messages and apportionment's limits.

The fixtures are tests/data/incomplete/. By hand: middle-cadre-bad.json has
three cadres of department "org"; the second, c2, dates a lecture
2026-02-30, a day that does not exist, at $.cadres[1].activities[0].date.
misspelt-score.json gives c1 the score component "report" and c2 "reprot";
under hunan with its weights changed to tasks 0.6 and report 0.4, "reprot"
is no component, at $.cadres[1].scores.reprot.
"""

import json
import unittest

import liaison

import support

FIXTURES = support.REPO / "tests" / "data" / "incomplete"
BAD = str(FIXTURES / "middle-cadre-bad.json")
MISSPELT = str(FIXTURES / "misspelt-score.json")
BAD_DATE = "$.cadres[1].activities[0].date"


class IncompleteResultTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.hunan = liaison.Policy.embedded("hunan")

    def assert_names_c2(self, error, path):
        self.assertEqual(error.code, liaison.errors.INCOMPLETE)
        self.assertIn("1 of 3 cadres' records are bad", error.message)
        self.assertIn("c2", error.message)
        self.assertEqual(error.path, path)
        self.assertIn(path, [problem["path"] for problem in error.problems])
        self.assertTrue(all(p["message"].startswith("cadre c2: ") for p in error.problems))

    def test_progress_refuses_then_counts_when_allowed(self):
        with self.assertRaises(liaison.IncompleteResult) as raised:
            self.hunan.progress(BAD, support.MID_YEAR)
        self.assert_names_c2(raised.exception, BAD_DATE)
        overview = self.hunan.progress(BAD, support.MID_YEAR, allow_errors=True)
        org = overview["departments"][0]
        # c1 and c3 evaluated, c2 an error: the department still has 3 cadres.
        self.assertEqual((org["department"], org["cadres"], org["evaluated"], org["errors"]),
                         ("org", 3, 2, 1))

    def test_proposal_refuses_then_lists_when_allowed(self):
        with self.assertRaises(liaison.IncompleteResult) as raised:
            self.hunan.propose(BAD, support.MID_YEAR)
        self.assert_names_c2(raised.exception, BAD_DATE)
        proposal = self.hunan.propose(BAD, support.MID_YEAR, allow_errors=True)
        self.assertEqual([entry["ok"] for entry in proposal["cadres"]], [True, False, True])
        self.assertEqual(proposal["cadres"][1]["error"]["path"], BAD_DATE)

    def test_diff_refuses_then_counts_when_allowed(self):
        hunan_again = liaison.Policy.embedded("hunan")
        with self.assertRaises(liaison.IncompleteResult) as raised:
            self.hunan.diff(hunan_again, BAD, support.MID_YEAR)
        self.assert_names_c2(raised.exception, BAD_DATE)
        self.assertIn("the policy diff is incomplete", raised.exception.message)
        diff = self.hunan.diff(hunan_again, BAD, support.MID_YEAR, allow_errors=True)
        self.assertEqual(diff["summary"]["errors"], 1)

    def test_misspelt_score_component(self):
        document = self.hunan.as_dict()
        document["grading"]["weights"] = [{"component": "tasks", "weight": 0.6},
                                          {"component": "report", "weight": 0.4}]
        weighing_reports = liaison.Policy.from_dict(document)
        with self.assertRaises(liaison.IncompleteResult) as raised:
            weighing_reports.progress(MISSPELT, support.MID_YEAR)
        self.assert_names_c2(raised.exception, "$.cadres[1].scores.reprot")
        entries = weighing_reports.evaluate(MISSPELT, support.MID_YEAR)["results"]
        self.assertEqual([entry["ok"] for entry in entries], [True, False, True])
        self.assertEqual(entries[1]["error"]["path"], "$.cadres[1].scores.reprot")

    def test_case_with_a_bad_inline_record_fails(self):
        with open(BAD, encoding="utf-8") as file:
            records = json.load(file)
        case = {"schema": "liaison.case/1", "name": "bad inline record", "policy": "hunan",
                "as_of": support.MID_YEAR, "records": {"inline": records}, "expect": {}}
        result = liaison.run_case(case)
        self.assertEqual(result["passed"], 0)
        self.assertIn("c2 at $.cadres[1]", json.dumps(result["cases"][0], ensure_ascii=False))
        # The explicit opt-out: the bad entry is expected.
        case["expect"] = {"record_errors": ["$.cadres[1]"]}
        self.assertEqual(liaison.run_case(case)["passed"], 1)

    def test_incomplete_result_is_an_error_of_the_package(self):
        self.assertTrue(issubclass(liaison.IncompleteResult, liaison.Error))
        self.assertIs(liaison.errors.error_for_code(6), liaison.IncompleteResult)


class SafeMessagesTest(unittest.TestCase):
    def test_nul_in_an_embedded_id_is_shown(self):
        with self.assertRaises(liaison.NotFound) as raised:
            liaison.Policy.embedded("hunan\0")
        self.assertIn("hunan\\u0000", raised.exception.message)
        self.assertIn("hunan-2018", raised.exception.message)  # the list survives the NUL

    def test_duplicate_unit_id_is_an_invalid_document_with_a_path(self):
        with self.assertRaises(liaison.InvalidDocument) as raised:
            liaison.apportion(3, [("a", 2), ("a", 1)])
        self.assertEqual(raised.exception.path, "$.units[1].id")

    def test_places_beyond_the_limit(self):
        with self.assertRaises(liaison.InvalidDocument) as raised:
            liaison.apportion(1_000_000, {"a": 1})
        self.assertEqual(raised.exception.path, "$.places")
        self.assertIn("100000", raised.exception.message)


if __name__ == "__main__":
    unittest.main()
