"""Grading from Python: caps, the typed grade check, checking and proposing the
grades of a records document, apportionment, policy diffs and case files.

Expected figures are worked by hand: the caps from 二.4.(2) (优 ≤ 30%, 良 ≤
50%, rounded down), the department figures from tests/cases/WORKINGS.md
("Grades, year end 2026"), apportionment from docs/grading.md §7.
"""

import unittest

import liaison

import support


def floor_caps(n):
    """Hunan's caps for n cadres, by hand: ⌊0.3n⌋ and ⌊0.5n⌋ in integers."""
    return {"excellent": 3 * n // 10, "good": n // 2, "fair": None, "poor": None}


class CapsTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.hunan = liaison.Policy.embedded("hunan")

    def test_department_bases_of_the_example(self):
        # org: base 7 → ⌊2.1⌋ = 2, ⌊3.5⌋ = 3; pub: base 3 → ⌊0.9⌋ = 0, ⌊1.5⌋ = 1.
        self.assertEqual(self.hunan.caps(7), {"excellent": 2, "good": 3, "fair": None, "poor": None})
        self.assertEqual(self.hunan.caps(3), {"excellent": 0, "good": 1, "fair": None, "poor": None})
        self.assertEqual(list(self.hunan.caps(3)), list(self.hunan.grades))  # scale order

    def test_table_of_docs_grading_md(self):
        for n in list(range(0, 13)) + [29, 30, 100, 1001]:
            with self.subTest(base=n):
                self.assertEqual(self.hunan.caps(n), floor_caps(n))

    def test_bad_bases(self):
        with self.assertRaises(liaison.InvalidArgument) as raised:
            self.hunan.caps(-1)
        self.assertIn("negative", raised.exception.message)
        with self.assertRaises(liaison.InvalidArgument):
            self.hunan.caps(2**31)  # would wrap to a negative int32_t
        for wrong in ("10", 10.0, None, True):
            with self.subTest(base=wrong):
                with self.assertRaises(TypeError):
                    self.hunan.caps(wrong)

    def test_caps_document(self):
        document = self.hunan.caps_document(10)
        self.assertEqual(document["schema"], "liaison.caps/1")
        self.assertEqual(document["base"], 10)
        self.assertEqual(document["policy"]["fingerprint"], self.hunan.fingerprint)
        excellent, good = document["caps"]
        self.assertEqual((excellent["grade"], excellent["cap"]), ("excellent", 3))
        self.assertEqual(excellent["text"]["zh"], "优 上限 3 = floor(0.30 × 10)")
        self.assertEqual(excellent["text"]["en"], "excellent cap 3 = floor(0.30 × 10)")
        self.assertEqual((good["grade"], good["cap"]), ("good", 5))
        self.assertEqual(good["text"]["zh"], "良 上限 5 = floor(0.50 × 10)")
        with self.assertRaises(liaison.InvalidArgument):
            self.hunan.caps_document(-3)

    def test_derived_policies(self):
        document = self.hunan.as_dict()
        document["grading"]["minimum_one_from"] = 3
        document["grading"]["rounding"] = "half_up"
        derived = liaison.Policy.from_dict(document)
        # half_up: 0.3 × 5 = 1.5 → 2, 0.5 × 5 = 2.5 → 3; 0.3 × 3 = 0.9 → 1.
        self.assertEqual(derived.caps(5)["excellent"], 2)
        self.assertEqual(derived.caps(5)["good"], 3)
        self.assertEqual(derived.caps(3)["excellent"], 1)


class CheckGradesTest(unittest.TestCase):
    """The typed check: one department's grades as ids or indices."""

    @classmethod
    def setUpClass(cls):
        cls.hunan = liaison.Policy.embedded("hunan")

    def test_org_as_assigned_in_the_example_is_within_the_policy(self):
        # c01 优, c02 良, c03 中, c04 良, c05 优, c07 差, c08 良: 2 ≤ 2 and 3 ≤ 3.
        grades = ["excellent", "good", "fair", "good", "excellent", "poor", "good"]
        eligible = ["excellent", "good", "good", "good", "excellent", "good", "good"]
        result = self.hunan.check_grades(grades, eligible)
        self.assertEqual(result, liaison.GradeCheck(0, 0, 0, 0))
        self.assertTrue(result.passed)

    def test_pub_as_assigned_exceeds_the_cap_and_an_eligibility(self):
        # c11 优 (cap 0, and eligible for 良 only: work_tasks is over), c12 良, c13 中.
        result = self.hunan.check_grades(["excellent", "good", "fair"], ["good", "good", "good"])
        self.assertEqual((result.over_cap, result.above_eligible), (1, 1))
        self.assertFalse(result.passed)
        # Without eligibility the cap alone is checked.
        self.assertEqual(self.hunan.check_grades(["excellent", "good", "fair"]),
                         liaison.GradeCheck(over_cap=1, above_eligible=0, not_in_scale=0, missing=0))

    def test_indices_missing_grades_and_grades_outside_the_scale(self):
        # Indices: 0 is 优. Ten cadres: 3 优 ≤ 3, 5 良 ≤ 5.
        self.assertTrue(self.hunan.check_grades([0, 0, 0, 1, 1, 1, 1, 1, 2, 3]).passed)
        # One more 优 than the cap, one 良 more: two caps exceeded.
        self.assertEqual(self.hunan.check_grades([0, 0, 0, 0, 1, 1, 1, 1, 1, 1]).over_cap, 2)
        result = self.hunan.check_grades(["fair", None, "great", 7, -2, 2**40])
        self.assertEqual((result.missing, result.not_in_scale), (1, 4))
        self.assertEqual(self.hunan.check_grades([]), liaison.GradeCheck(0, 0, 0, 0))

    def test_bad_arguments(self):
        with self.assertRaises(liaison.InvalidArgument):
            self.hunan.check_grades(["good", "fair"], ["good"])
        with self.assertRaises(TypeError):
            self.hunan.check_grades([1.0])
        with self.assertRaises(TypeError):
            self.hunan.check_grades([True])
        with self.assertRaises(TypeError):
            self.hunan.check_grades(None)

    def test_cumulative_caps(self):
        # docs/grading.md §4: with cumulative caps 良 ≤ 50% counts 优 + 良.
        document = self.hunan.as_dict()
        document["grading"]["cumulative"] = True
        cumulative = liaison.Policy.from_dict(document)
        grades = ["excellent"] * 3 + ["good"] * 3 + ["fair"] * 4   # 3 + 3 = 6 > 5
        self.assertTrue(self.hunan.check_grades(grades).passed)
        self.assertEqual(cumulative.check_grades(grades).over_cap, 1)


class RecordsGradingTest(unittest.TestCase):
    """check and propose on examples/department.json at year end."""

    @classmethod
    def setUpClass(cls):
        cls.hunan = liaison.Policy.embedded("hunan")
        cls.check = cls.hunan.check(support.DEPARTMENT, support.YEAR_END)
        cls.proposal = cls.hunan.propose(support.DEPARTMENT, support.YEAR_END)

    def test_check_finds_the_two_pub_problems(self):
        check = self.check
        self.assertEqual(check["schema"], "liaison.grade-check/1")
        self.assertFalse(check["passed"])
        units = {unit["id"]: unit for unit in check["units"]}
        org, pub = units["org"], units["pub"]
        self.assertEqual((org["base"], pub["base"]), (7, 3))
        self.assertEqual(org["assigned"], {"excellent": 2, "good": 3, "fair": 1, "poor": 1})
        self.assertEqual(org["violations"], [])
        self.assertEqual([(v["kind"], v["cadre"]) for v in pub["violations"]],
                         [("over_cap", None), ("above_eligible", "c11")])
        self.assertEqual([c["cap"] for c in pub["caps"]], [0, 1])

    def test_check_passes_once_c11_is_graded_good_and_c12_fair(self):
        records = support.department()
        grades = {"c11": "good", "c12": "fair"}
        for cadre in records["cadres"]:
            if cadre["id"] in grades:
                cadre["grade"] = grades[cadre["id"]]
        self.assertTrue(self.hunan.check(records, support.YEAR_END)["passed"])

    def test_proposal(self):
        proposal = self.proposal
        self.assertEqual(proposal["schema"], "liaison.proposal/1")
        by_cadre = {entry["cadre"]: entry for entry in proposal["cadres"]}
        # org: rank by score, binding_met, id: c01, c05 (1.0, 11), c04, c08 (10.5/11, 10),
        # c02, c03, c07. 优 cap 2, 良 cap 3; c04 and c08 are eligible for 良 only.
        org_ranks = {c: by_cadre[c]["rank"] for c in ("c01", "c05", "c04", "c08", "c02", "c03", "c07")}
        self.assertEqual(org_ranks, {"c01": 1, "c05": 2, "c04": 3, "c08": 4, "c02": 5, "c03": 6,
                                     "c07": 7})
        grades = {cadre: entry["grade"] for cadre, entry in by_cadre.items()}
        self.assertEqual(grades, {
            "c01": "excellent", "c05": "excellent",
            "c04": "good", "c08": "good", "c02": "good",
            "c03": "fair", "c07": "fair",
            "c06": None, "c09": None, "c10": None,          # outside the quota base
            "c11": "good", "c12": "fair", "c13": "fair",   # pub: 优 has no place
        })
        self.assertEqual(by_cadre["c11"]["explanation"]["en"],
                         "rank 1 of 3; eligible for good at best; proposed good")
        self.assertEqual(by_cadre["c10"]["outside_base_reason"], "not_rated:probation")
        units = {unit["id"]: unit for unit in proposal["units"]}
        self.assertEqual(units["org"]["proposed"], {"excellent": 2, "good": 3, "fair": 2, "poor": 0})

    def test_bad_input(self):
        with self.assertRaises(liaison.InvalidArgument):
            self.hunan.check(support.DEPARTMENT, "2026-02-29")  # 2026 is not a leap year
        with self.assertRaises(liaison.InvalidDocument):
            self.hunan.propose("{}", support.YEAR_END)
        with self.assertRaises(TypeError):
            self.hunan.propose(support.DEPARTMENT, None)


class ApportionTest(unittest.TestCase):
    def test_largest_remainder(self):
        # 4 places over 6, 6, 2: quotas 24/14 = 1.71, 1.71, 8/14 = 0.57; remainders .71, .71 win.
        result = liaison.apportion(4, {"a": 6, "b": 6, "c": 2})
        self.assertEqual(result["schema"], "liaison.apportionment/1")
        self.assertEqual([(s["id"], s["whole_part"], s["places"]) for s in result["shares"]],
                         [("a", 1, 2), ("b", 1, 2), ("c", 0, 0)])
        self.assertEqual(result["total_base"], 14)
        self.assertEqual(len(result["audit"]), 4)
        self.assertEqual(result["audit"][0]["en"],
                         "place 1 → a: whole part 1 of quota 4 × 6 / 14 = 1.7143")
        self.assertEqual(result["alabama_paradoxes"], [])

    def test_alabama_paradox(self):
        # 10 places: 4.29, 4.29, 1.43 → 4, 4, 2; 11 places: 4.71, 4.71, 1.57 → 5, 5, 1.
        result = liaison.apportion(10, [{"id": "a", "base": 6}, {"id": "b", "base": 6},
                                        ("c", 2)])
        self.assertEqual([s["places"] for s in result["shares"]], [4, 4, 2])
        (paradox,) = result["alabama_paradoxes"]
        self.assertEqual((paradox["unit"], paradox["places_before"], paradox["places_after"]),
                         ("c", 2, 1))
        self.assertEqual(paradox["text"]["en"], "Alabama paradox: c gets 2 of 10 places but 1 of 11")

    def test_equal_remainders_go_to_the_larger_base(self):
        # 2 places over bases 1 and 3: quotas 0.5 and 1.5, equal remainders.
        result = liaison.apportion(2, {"x": 1, "y": 3})
        self.assertEqual({s["id"]: s["places"] for s in result["shares"]}, {"x": 0, "y": 2})

    def test_bad_requests(self):
        with self.assertRaises(liaison.InvalidDocument) as raised:
            liaison.apportion(3, {"a": -1})
        self.assertTrue(raised.exception.path.startswith("$.units[0]"))
        with self.assertRaises(TypeError):
            liaison.apportion("3", {"a": 1})
        with self.assertRaises(TypeError):
            liaison.apportion(3, "a")
        with self.assertRaises(TypeError):
            liaison.apportion(3, [("a", 1, 2)])


class DiffTest(unittest.TestCase):
    def test_raising_the_lecture_minimum_to_six(self):
        # Worked from WORKINGS.md §1 with lectures min 6 instead of 4: c01 and c05
        # (5 lectures) fall short and lose 优; c04 and c08 drop to 10 ⅙ / 11, below
        # c01 and c05 (10 ⅚ / 11), so 良 (cap 3) goes to c01, c05, c04, and c08 and
        # c02 get 中. Every one of the 11 evaluated cadres sees the lectures rule change.
        hunan = liaison.Policy.embedded("hunan")
        document = hunan.as_dict()
        next(rule for rule in document["rules"] if rule["id"] == "lectures")["min"] = 6
        stricter = liaison.Policy.from_dict(document)
        diff = hunan.diff(stricter, support.DEPARTMENT, support.YEAR_END)
        self.assertEqual(diff["schema"], "liaison.policy-diff/1")
        self.assertEqual(diff["parameters"],
                         [{"path": "$.rules[id=lectures].min", "before": "4", "after": "6"}])
        summary = diff["summary"]
        self.assertEqual((summary["cadres_changed"], summary["eligibility_changes"],
                          summary["proposed_better"], summary["proposed_worse"],
                          summary["departments_changed"]), (11, 2, 0, 4, 1))
        c01 = next(c for c in diff["cadres"] if c["cadre"] == "c01")
        self.assertEqual(c01["proposed_grade"], {"before": "excellent", "after": "good"})
        self.assertAlmostEqual(c01["score"]["after"], (10 + 5 / 6) / 11, places=9)
        with self.assertRaises(TypeError):
            hunan.diff("hunan", support.DEPARTMENT, support.YEAR_END)


class RunCaseTest(unittest.TestCase):
    def test_the_hand_worked_cases_pass(self):
        for name in ("hunan-caps", "hunan-2026-year-end", "hunan-2026-midyear", "hunan-2018"):
            with self.subTest(case=name):
                result = liaison.run_case(support.REPO / "tests" / "cases" / f"{name}.case.json")
                self.assertEqual(result["schema"], "liaison.case-results/1")
                self.assertEqual((result["passed"], result["failed"]), (1, 0),
                                 result["cases"][0]["failures"])

    def test_a_wrong_expectation_fails_with_its_path(self):
        case = {
            "schema": "liaison.case/1",
            "name": "wrong",
            "policy": "hunan",
            "expect": {"caps_table": [{"base": 10, "caps": {"excellent": 4, "good": 5}}]},
        }
        result = liaison.run_case(case)
        self.assertEqual((result["passed"], result["failed"]), (0, 1))
        (failure,) = result["cases"][0]["failures"]
        self.assertEqual(failure["path"], "$.expect.caps_table[0].caps.excellent")
        # Values are reported as JSON text.
        self.assertEqual((failure["expected"], failure["actual"]), ("4", "3"))
        # hunan caps 优 at floor(0.30 × 10) = 3.
        self.assertEqual(failure["message"], "base 10 cap excellent: expected 4, got 3")
        (failure,) = liaison.run_case(case, language="zh")["cases"][0]["failures"]
        self.assertEqual(failure["message"], "基数 10 优 名额上限：应为 4，实为 3")
        with self.assertRaises(liaison.InvalidArgument):
            liaison.run_case(case, language="fr")

    def test_a_case_that_cannot_run_is_reported_not_raised(self):
        result = liaison.run_case({"schema": "liaison.case/1"})
        self.assertEqual(result["failed"], 1)
        self.assertIn("$.policy", [p["path"] for p in result["cases"][0]["error"]["problems"]])


if __name__ == "__main__":
    unittest.main()
