"""Policy.evaluate_stream: results yielded one by one while the records are
read in pieces.

The expectation is that the stream yields exactly the entries of
Policy.evaluate on the same records (whose contents test_evaluate checks
against the hand workings), in input order, one per input cadre, whatever the
form of the records (document or JSON Lines) and the size of the pieces; and
with lean=True exactly the entries of Policy.evaluate_lean (whose contents
test_lean checks), its header the lean document without its entries.
"""

import io
import json
import unittest

import liaison

import support


def as_lines(document: dict) -> bytes:
    """The records document as JSON Lines: the header line, one cadre a line."""
    header = {"schema": "liaison.records.lines/1", "year": document["year"],
              "departments": document.get("departments", [])}
    lines = [json.dumps(header, ensure_ascii=False)]
    lines += [json.dumps(cadre, ensure_ascii=False) for cadre in document["cadres"]]
    return ("\n".join(lines) + "\n").encode("utf-8")


class EvaluateStreamTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.hunan = liaison.Policy.embedded("hunan")
        cls.expected = cls.hunan.evaluate(support.department(), support.YEAR_END)

    @classmethod
    def tearDownClass(cls):
        cls.hunan.close()

    def check(self, results):
        with results:
            entries = list(results)
            self.assertEqual(entries, self.expected["results"])
            self.assertEqual(results.header["departments"], self.expected["departments"])
            self.assertEqual(results.header["schema"], "liaison.evaluation.lines/1")

    def test_a_path_gives_the_evaluate_results(self):
        self.check(self.hunan.evaluate_stream(support.DEPARTMENT, support.YEAR_END))

    def test_pieces_of_any_size(self):
        text = support.DEPARTMENT.read_bytes()
        for size in (1, 7, 4096):
            with self.subTest(size=size):
                pieces = [text[i:i + size] for i in range(0, len(text), size)]
                self.check(self.hunan.evaluate_stream(pieces, support.YEAR_END))

    def test_json_lines_from_a_file_object(self):
        lines = as_lines(support.department())
        self.check(self.hunan.evaluate_stream(io.BytesIO(lines), support.YEAR_END,
                                              piece_size=100))

    def test_a_bad_cadre_is_an_entry_and_the_others_follow(self):
        document = support.department()
        text = as_lines(document).replace(b'"id": "c02"', b'"id": 1e400', 1)
        with self.hunan.evaluate_stream(text, support.YEAR_END) as results:
            entries = list(results)
        self.assertEqual(len(entries), 13)
        self.assertFalse(entries[1]["ok"])
        self.assertEqual(entries[0], self.expected["results"][0])
        self.assertEqual(entries[2:], self.expected["results"][2:])

    def test_an_unreadable_top_level_raises(self):
        with self.assertRaises(liaison.InvalidDocument):
            list(self.hunan.evaluate_stream(b'{"schema" "liaison.records/1"}', support.YEAR_END))


class LeanStreamTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.hunan = liaison.Policy.embedded("hunan")
        cls.expected = cls.hunan.evaluate_lean(support.department(), support.YEAR_END)

    @classmethod
    def tearDownClass(cls):
        cls.hunan.close()

    def check(self, results):
        with results:
            self.assertEqual(list(results), self.expected["results"])
            self.assertEqual(results.header, {**self.expected, "results": []})

    def test_a_path_gives_the_lean_results(self):
        self.check(self.hunan.evaluate_stream(support.DEPARTMENT, support.YEAR_END, lean=True))

    def test_pieces_of_any_size(self):
        text = support.DEPARTMENT.read_bytes()
        for size in (1, 7, 4096):
            with self.subTest(size=size):
                pieces = [text[i:i + size] for i in range(0, len(text), size)]
                self.check(self.hunan.evaluate_stream(pieces, support.YEAR_END, lean=True))

    def test_json_lines_from_a_file_object(self):
        lines = io.BytesIO(as_lines(support.department()))
        self.check(self.hunan.evaluate_stream(lines, support.YEAR_END, piece_size=100, lean=True))

    def test_a_bad_cadre_is_an_entry_and_the_others_follow(self):
        text = as_lines(support.department()).replace(b'"id": "c02"', b'"id": 1e400', 1)
        with self.hunan.evaluate_stream(text, support.YEAR_END, lean=True) as results:
            entries = list(results)
        self.assertEqual(len(entries), 13)
        self.assertEqual((entries[1]["ok"], entries[1]["index"]), (False, 1))
        self.assertEqual(entries[0], self.expected["results"][0])
        self.assertEqual(entries[2:], self.expected["results"][2:])

    def test_an_unreadable_top_level_raises(self):
        with self.assertRaises(liaison.InvalidDocument):
            list(self.hunan.evaluate_stream(b'{"schema" "liaison.records/1"}', support.YEAR_END,
                                            lean=True))


if __name__ == "__main__":
    unittest.main()
