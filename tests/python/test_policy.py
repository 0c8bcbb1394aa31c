"""Policy: making one in every way, its identity, lifetime, and bad documents."""

import json
import pathlib
import pickle
import tempfile
import threading
import unittest

import liaison

import support

HUNAN_FINGERPRINT_PATTERN = r"^sha256:[0-9a-f]{64}$"


class EmbeddedPolicyTest(unittest.TestCase):
    def test_embedded_ids(self):
        self.assertEqual(sorted(liaison.embedded_ids()), ["hunan", "hunan-2018"])
        self.assertEqual(liaison.Policy.embedded_ids(), liaison.embedded_ids())

    def test_hunan_identity(self):
        with liaison.Policy.embedded("hunan") as hunan:
            self.assertEqual(hunan.id, "hunan")
            # The yearly mechanism is issued for 2019 and recurs (docs/records.md §2).
            self.assertEqual(hunan.year, 2019)
            self.assertRegex(hunan.fingerprint, HUNAN_FINGERPRINT_PATTERN)
            # 二.4.(2): 优 / 良 / 中 / 差, best first.
            self.assertEqual(hunan.grades, ("excellent", "good", "fair", "poor"))

    def test_hunan_2018_identity(self):
        with liaison.Policy.embedded("hunan-2018") as policy:
            self.assertEqual(policy.id, "hunan-2018")
            self.assertEqual(policy.year, 2018)
            self.assertNotEqual(policy.fingerprint, liaison.Policy.embedded("hunan").fingerprint)

    def test_unknown_embedded_id_names_the_ids_there_are(self):
        with self.assertRaises(liaison.NotFound) as raised:
            liaison.Policy.embedded("hunan-2019")
        error = raised.exception
        self.assertEqual(error.code, 3)
        self.assertIn("hunan-2019", error.message)
        self.assertIn("hunan-2018", error.message)
        self.assertIsInstance(error, LookupError)

    def test_embedded_id_must_be_text(self):
        with self.assertRaises(TypeError):
            liaison.Policy.embedded(b"hunan")
        with self.assertRaises(TypeError):
            liaison.Policy.embedded(None)


class CanonicalFormTest(unittest.TestCase):
    def setUp(self):
        self.hunan = liaison.Policy.embedded("hunan")

    def tearDown(self):
        self.hunan.close()

    def test_canonical_json_round_trips_to_an_equal_policy(self):
        text = self.hunan.canonical_json
        self.assertTrue(text.startswith('{"schema":"liaison.policy/1","id":"hunan"'))
        again = liaison.Policy.from_string(text)
        self.assertEqual(again.fingerprint, self.hunan.fingerprint)
        self.assertEqual(again, self.hunan)
        self.assertEqual(hash(again), hash(self.hunan))
        self.assertEqual(liaison.Policy.from_json(text.encode("utf-8")), self.hunan)

    def test_as_dict_and_from_dict(self):
        document = self.hunan.as_dict()
        self.assertEqual(document["id"], "hunan")
        self.assertEqual(document["grading"]["caps"],
                         [{"grade": "excellent", "share": 0.3}, {"grade": "good", "share": 0.5}])
        self.assertEqual(liaison.Policy.from_dict(document), self.hunan)
        # A changed parameter is another policy, with another fingerprint.
        document["grading"]["caps"][0]["share"] = 0.4
        changed = liaison.Policy.from_dict(document)
        self.assertNotEqual(changed.fingerprint, self.hunan.fingerprint)
        self.assertEqual(changed.caps(10)["excellent"], 4)  # floor(0.4 × 10)
        # as_dict gives a new dict each time: changing one does not change the policy.
        self.assertEqual(self.hunan.as_dict()["grading"]["caps"][0]["share"], 0.3)

    def test_layout_does_not_change_the_fingerprint(self):
        compact = self.hunan.canonical_json
        pretty = json.dumps(json.loads(compact), ensure_ascii=True, indent=4)
        self.assertEqual(liaison.Policy.from_string(pretty).fingerprint, self.hunan.fingerprint)

    def test_from_file(self):
        with tempfile.TemporaryDirectory() as directory:
            path = pathlib.Path(directory) / "policy.json"
            path.write_text(self.hunan.canonical_json, encoding="utf-8")
            self.assertEqual(liaison.Policy.from_file(path), self.hunan)
            self.assertEqual(liaison.Policy.from_file(str(path)), self.hunan)

    def test_pickling_sends_the_canonical_document(self):
        copy = pickle.loads(pickle.dumps(self.hunan))
        self.assertIsNot(copy, self.hunan)
        self.assertEqual(copy, self.hunan)
        self.assertEqual(copy.caps(7), {"excellent": 2, "good": 3, "fair": None, "poor": None})

    def test_repr(self):
        self.assertEqual(repr(self.hunan),
                         f"<liaison.Policy 'hunan' year 2019 {self.hunan.fingerprint[:15]}…>")


class BadPolicyDocumentTest(unittest.TestCase):
    def test_malformed_json(self):
        with self.assertRaises(liaison.InvalidDocument) as raised:
            liaison.Policy.from_string('{"schema": "liaison.policy/1",')
        error = raised.exception
        self.assertEqual(error.code, 2)
        self.assertEqual(error.path, "$")
        self.assertEqual(len(error.problems), 1)
        self.assertIn("not valid JSON", error.problems[0]["message"])
        self.assertIsInstance(error, ValueError)

    def test_every_problem_with_its_path(self):
        with self.assertRaises(liaison.InvalidDocument) as raised:
            liaison.Policy.from_dict({"schema": "liaison.policy/2", "id": 3})
        error = raised.exception
        paths = [problem["path"] for problem in error.problems]
        self.assertEqual(error.path, "$.schema")
        self.assertEqual(paths[:2], ["$.schema", "$.id"])
        for required in ("$.version", "$.title", "$.year", "$.vocabulary", "$.rules",
                         "$.grading"):
            self.assertIn(required, paths)
        self.assertIn("expected a string", error.problems[1]["message"])

    def test_messages_in_both_languages(self):
        # $.id must be a string; 3 is an integer.
        with self.assertRaises(liaison.InvalidDocument) as raised:
            liaison.Policy.from_dict({"schema": "liaison.policy/1", "id": 3})
        error = raised.exception
        problem = next(p for p in error.problems if p["path"] == "$.id")
        self.assertEqual(problem["message"], "expected a string, found an integer")
        self.assertEqual(problem["message_zh"], "应为字符串，实为整数")
        self.assertIn("$.id: expected a string, found an integer", error.text("en"))
        self.assertIn("$.id：应为字符串，实为整数", error.text("zh"))
        self.assertEqual(str(error), error.text("en"))
        liaison.errors.set_language("zh")
        try:
            self.assertEqual(str(error), error.message_zh)
        finally:
            liaison.errors.set_language("en")
        with self.assertRaises(ValueError):
            liaison.errors.set_language("fr")

    def test_a_wrong_value_deep_in_a_valid_policy(self):
        document = liaison.Policy.embedded("hunan").as_dict()
        document["rules"][0]["min"] = -4
        with self.assertRaises(liaison.InvalidDocument) as raised:
            liaison.Policy.from_dict(document)
        self.assertEqual(raised.exception.path, "$.rules[0].min")

    def test_unknown_field_is_an_error(self):
        document = liaison.Policy.embedded("hunan").as_dict()
        document["grading"]["mn"] = 4
        with self.assertRaises(liaison.InvalidDocument) as raised:
            liaison.Policy.from_dict(document)
        self.assertEqual(raised.exception.path, "$.grading.mn")

    def test_empty_and_non_utf8_text(self):
        with self.assertRaises(liaison.InvalidDocument):
            liaison.Policy.from_string("")
        with self.assertRaises(liaison.InvalidDocument):
            liaison.Policy.from_string(b'{"schema": "\xff\xfe"}')

    def test_file_errors_name_the_file(self):
        with tempfile.TemporaryDirectory() as directory:
            path = pathlib.Path(directory) / "broken.json"
            path.write_text("{", encoding="utf-8")
            with self.assertRaises(liaison.InvalidDocument) as raised:
                liaison.Policy.from_file(path)
        self.assertEqual(raised.exception.source, str(path))
        self.assertTrue(str(raised.exception).startswith(f"{path}: "))
        with self.assertRaises(FileNotFoundError):
            liaison.Policy.from_file(pathlib.Path(directory) / "missing.json")

    def test_wrong_types(self):
        with self.assertRaises(TypeError):
            liaison.Policy.from_string(None)
        with self.assertRaises(TypeError):
            liaison.Policy.from_string({"schema": "liaison.policy/1"})
        with self.assertRaises(TypeError):
            liaison.Policy.from_dict('{"schema": "liaison.policy/1"}')
        with self.assertRaises(TypeError):
            liaison.Policy(object(), None)  # only the class methods make policies

    def test_errors_survive_pickling(self):
        with self.assertRaises(liaison.InvalidDocument) as raised:
            liaison.Policy.from_string("{")
        error = raised.exception
        copy = pickle.loads(pickle.dumps(error))
        self.assertIsInstance(copy, liaison.InvalidDocument)
        self.assertEqual((copy.code, copy.path, copy.problems, str(copy)),
                         (error.code, error.path, error.problems, str(error)))


class LifetimeTest(unittest.TestCase):
    def test_context_manager_closes(self):
        with liaison.Policy.embedded("hunan") as hunan:
            self.assertFalse(hunan.closed)
        self.assertTrue(hunan.closed)
        self.assertIn("closed", repr(hunan))
        # Identity stays readable; anything that needs the library's policy does not.
        self.assertEqual(hunan.id, "hunan")
        with self.assertRaisesRegex(ValueError, "closed"):
            hunan.caps(10)
        with self.assertRaisesRegex(ValueError, "closed"):
            hunan.evaluate(support.DEPARTMENT, support.YEAR_END)
        hunan.close()  # closing twice is allowed

    def test_close_waits_for_calls_in_other_threads(self):
        hunan = liaison.Policy.embedded("hunan")
        text = support.DEPARTMENT.read_bytes()
        results, failures = [], []

        def evaluate():
            try:
                for _ in range(5):
                    results.append(hunan.evaluate(text, support.YEAR_END)["results"][0]["ok"])
            except ValueError:
                pass  # closed between two calls: the expected outcome
            except Exception as error:  # anything else is a failure
                failures.append(error)

        threads = [threading.Thread(target=evaluate) for _ in range(4)]
        for thread in threads:
            thread.start()
        hunan.close()
        for thread in threads:
            thread.join()
        self.assertEqual(failures, [])
        self.assertTrue(all(results))

    def test_one_policy_shared_by_threads_gives_the_same_results(self):
        hunan = liaison.Policy.embedded("hunan")
        text = support.DEPARTMENT.read_bytes()
        expected = hunan.evaluate(text, support.YEAR_END)
        outputs = []
        threads = [threading.Thread(target=lambda: outputs.append(hunan.evaluate(text, support.YEAR_END)))
                   for _ in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        self.assertEqual(len(outputs), 4)
        for output in outputs:
            self.assertEqual(output, expected)


if __name__ == "__main__":
    unittest.main()
