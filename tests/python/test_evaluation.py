"""Policy.evaluate_each: the evaluation kept as the library wrote it, each
cadre's entry decoded when it is read.

What each entry says is tested in test_evaluate (against the hand workings
of tests/cases/WORKINGS.md); here the expectation is that evaluate_each gives
exactly those entries, in input order, one per input cadre, and that the
document's lifetime is handled.
"""

import json
import pickle
import threading
import unittest

import liaison

import support


class EvaluateEachTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.hunan = liaison.Policy.embedded("hunan")
        cls.expected = cls.hunan.evaluate(support.department(), support.YEAR_END)

    @classmethod
    def tearDownClass(cls):
        cls.hunan.close()

    def test_entries_are_the_evaluate_results_in_input_order(self):
        with self.hunan.evaluate_each(support.department(), support.YEAR_END) as evaluation:
            self.assertEqual(len(evaluation), 13)  # examples/department.json: c01…c13
            self.assertEqual([entry["report"]["cadre"] for entry in evaluation],
                             [f"c{n:02d}" for n in range(1, 14)])
            for i, expected in enumerate(self.expected["results"]):
                self.assertEqual(evaluation[i], expected)
            self.assertEqual(evaluation.document(), self.expected)

    def test_header_is_the_document_without_its_entries(self):
        with self.hunan.evaluate_each(support.DEPARTMENT, support.YEAR_END) as evaluation:
            header = evaluation.header
        self.assertEqual(header["schema"], "liaison.evaluation/1")
        self.assertEqual(header["policy"]["fingerprint"], self.hunan.fingerprint)
        self.assertEqual(header["as_of"], "2026-12-31")
        self.assertEqual(header["results"], [])
        self.assertEqual([d["department"] for d in header["departments"]], ["org", "pub"])

    def test_indexing_and_slicing(self):
        with self.hunan.evaluate_each(support.DEPARTMENT, support.YEAR_END) as evaluation:
            self.assertEqual(evaluation[-1]["report"]["cadre"], "c13")
            self.assertEqual(evaluation[-13]["report"]["cadre"], "c01")
            self.assertEqual([e["report"]["cadre"] for e in evaluation[10:]], ["c11", "c12", "c13"])
            self.assertEqual([e["report"]["cadre"] for e in evaluation[::6]], ["c01", "c07", "c13"])
            self.assertEqual(evaluation[5:5], [])
            for bad in (13, -14):
                with self.subTest(index=bad), self.assertRaises(IndexError):
                    evaluation[bad]
            with self.assertRaises(TypeError):
                evaluation["c01"]
            # Each read decodes afresh: changing one dict does not change the next.
            first = evaluation[0]
            first["ok"] = False
            self.assertTrue(evaluation[0]["ok"])

    def test_entry_json_is_the_compact_entry(self):
        with self.hunan.evaluate_each(support.DEPARTMENT, support.YEAR_END) as evaluation:
            raw = evaluation.entry_json(2)
            self.assertIsInstance(raw, bytes)
            self.assertTrue(raw.startswith(b'{"ok":true,"report":{"cadre":"c03"'), raw[:40])
            self.assertTrue(raw.endswith(b"}"))
            self.assertEqual(json.loads(raw), self.expected["results"][2])
            self.assertEqual(evaluation.entry_json(-1), evaluation.entry_json(12))

    def test_bad_cadres_are_error_entries(self):
        records = support.department()
        records["cadres"][0]["activities"][2]["kind"] = "lectur"
        records["cadres"][3]["activities"][7]["date"] = "2026-02-30"
        with self.hunan.evaluate_each(records, support.YEAR_END) as evaluation:
            self.assertEqual(len(evaluation), 13)
            self.assertEqual(evaluation[0]["error"]["path"], "$.cadres[0].activities[2].kind")
            self.assertEqual(evaluation[3]["error"]["path"], "$.cadres[3].activities[7].date")
            self.assertEqual([i for i, entry in enumerate(evaluation) if not entry["ok"]], [0, 3])

    def test_error_entries_speak_both_languages(self):
        # c04's eighth activity dated on a day February does not have: the
        # entry's message and its one problem, in English and in Chinese.
        records = support.department()
        records["cadres"][3]["activities"][7]["date"] = "2026-02-30"
        english = '"2026-02-30" is not a calendar date (YYYY-MM-DD)'
        chinese = "“2026-02-30”不是有效的日期（YYYY-MM-DD）"
        path = "$.cadres[3].activities[7].date"
        with self.hunan.evaluate_each(records, support.YEAR_END) as evaluation:
            error = evaluation[3]["error"]
            self.assertEqual(error["message"], f'cadre "c04" has 1 problem: {path}: {english}')
            self.assertEqual(error["message_zh"], f"干部“c04”有 1 处问题：{path}：{chinese}")
            self.assertEqual(error["problems"],
                             [{"path": path, "message": english, "message_zh": chinese}])
            self.assertEqual(evaluation[3], self.hunan.evaluate(records, support.YEAR_END)["results"][3])

    def test_no_cadres(self):
        records = {"schema": "liaison.records/1", "year": 2026, "departments": [], "cadres": []}
        with self.hunan.evaluate_each(records, support.YEAR_END) as evaluation:
            self.assertEqual(len(evaluation), 0)
            self.assertEqual(list(evaluation), [])
            self.assertEqual(evaluation.header["results"], [])
            self.assertEqual(evaluation.header["year"], 2026)

    def test_errors_are_those_of_evaluate(self):
        wrong_year = {"schema": "liaison.records/1", "year": 2018, "departments": [], "cadres": []}
        with self.assertRaises(liaison.InvalidDocument) as raised:
            self.hunan.evaluate_each(wrong_year, support.YEAR_END)
        self.assertEqual(raised.exception.path, "$.year")
        with self.assertRaises(liaison.InvalidDocument) as raised:
            self.hunan.evaluate_each('{"schema":', support.YEAR_END)
        # The text ends after the 10 characters of `{"schema":`: column 11,
        # the value of "schema" missing.
        self.assertEqual(raised.exception.path, "$.schema")
        self.assertIn("line 1, column 11: not valid JSON", str(raised.exception))
        with self.assertRaises(liaison.InvalidArgument):
            self.hunan.evaluate_each(support.DEPARTMENT, "2026-02-30")

    def test_closed_evaluation_refuses_reads(self):
        evaluation = self.hunan.evaluate_each(support.DEPARTMENT, support.YEAR_END)
        self.assertEqual(evaluation.header["as_of"], "2026-12-31")  # read before closing
        evaluation.close()
        evaluation.close()  # twice is allowed
        self.assertEqual(len(evaluation), 13)
        for read in (lambda: evaluation[0], lambda: evaluation.entry_json(0),
                     lambda: evaluation.header, lambda: list(evaluation)):
            with self.assertRaises(ValueError):
                read()
        self.assertIn("closed", repr(evaluation))

    def test_closing_while_other_threads_read(self):
        # Each read either gives cadre i's entry or says the evaluation is
        # closed; once one has said so, every later read does.
        evaluation = self.hunan.evaluate_each(support.DEPARTMENT, support.YEAR_END)
        outcomes = [[] for _ in range(3)]
        started = threading.Barrier(4)

        def read(slot):
            started.wait()
            for n in range(3000):
                i = n % 13
                try:
                    cadre = evaluation[i]["report"]["cadre"]
                except ValueError as closed:
                    outcomes[slot].append(str(closed))
                else:
                    outcomes[slot].append(cadre == f"c{i + 1:02d}")

        threads = [threading.Thread(target=read, args=(slot,)) for slot in range(3)]
        for thread in threads:
            thread.start()
        started.wait()
        evaluation.close()
        for thread in threads:
            thread.join()
        for seen in outcomes:
            self.assertEqual(len(seen), 3000)
            first_closed = next((k for k, outcome in enumerate(seen) if outcome is not True),
                                len(seen))
            self.assertTrue(all(outcome is True for outcome in seen[:first_closed]))
            self.assertTrue(all(outcome == "the evaluation is closed"
                                for outcome in seen[first_closed:]), seen[first_closed:][:3])

    def test_indices_are_any_integers_and_it_does_not_pickle(self):
        class Seven:
            def __index__(self):
                return 7

        with self.hunan.evaluate_each(support.DEPARTMENT, support.YEAR_END) as evaluation:
            self.assertEqual(evaluation[Seven()]["report"]["cadre"], "c08")
            self.assertEqual(evaluation.entry_json(Seven()), evaluation.entry_json(7))
            with self.assertRaises(TypeError):
                evaluation[1.0]
            with self.assertRaises(TypeError) as raised:
                pickle.dumps(evaluation)
            self.assertIn("document()", str(raised.exception))

    def test_not_made_directly(self):
        with self.assertRaises(TypeError):
            liaison.Evaluation()

    def test_outlives_its_policy(self):
        policy = liaison.Policy.embedded("hunan")
        evaluation = policy.evaluate_each(support.DEPARTMENT, support.YEAR_END)
        policy.close()
        self.assertEqual(evaluation[12]["report"]["cadre"], "c13")
        evaluation.close()

    def test_threads_read_one_evaluation(self):
        with self.hunan.evaluate_each(support.DEPARTMENT, support.YEAR_END) as evaluation:
            seen = [None] * 4

            def read(slot):
                seen[slot] = [entry["report"]["cadre"] for _ in range(20) for entry in evaluation]

            threads = [threading.Thread(target=read, args=(slot,)) for slot in range(4)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
        for cadres in seen:
            self.assertEqual(cadres, [f"c{n:02d}" for n in range(1, 14)] * 20)


if __name__ == "__main__":
    unittest.main()
