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
    LEAN = False

    @classmethod
    def setUpClass(cls):
        cls.hunan = liaison.Policy.embedded("hunan")
        evaluate = cls.hunan.evaluate_lean if cls.LEAN else cls.hunan.evaluate
        cls.expected = evaluate(support.department(), support.YEAR_END)

    @classmethod
    def tearDownClass(cls):
        cls.hunan.close()

    def stream(self, source, **options):
        return self.hunan.evaluate_stream(source, support.YEAR_END, lean=self.LEAN, **options)

    def check(self, results):
        with results:
            entries = list(results)
            self.assertEqual(entries, self.expected["results"])
            self.check_header(results.header)

    def check_header(self, header):
        self.assertEqual(header["departments"], self.expected["departments"])
        self.assertEqual(header["schema"], "liaison.evaluation.lines/1")

    def test_a_path_gives_the_evaluate_results(self):
        self.check(self.stream(support.DEPARTMENT))

    def test_pieces_of_any_size(self):
        text = support.DEPARTMENT.read_bytes()
        for size in (1, 7, 4096):
            with self.subTest(size=size):
                self.check(self.stream([text[i:i + size] for i in range(0, len(text), size)]))

    def test_json_lines_from_a_file_object(self):
        self.check(self.stream(io.BytesIO(as_lines(support.department())), piece_size=100))

    def test_a_bad_cadre_is_an_entry_and_the_others_follow(self):
        text = as_lines(support.department()).replace(b'"id": "c02"', b'"id": 1e400', 1)
        with self.stream(text) as results:
            entries = list(results)
        self.assertEqual(len(entries), 13)
        self.assertEqual((entries[1]["ok"], entries[1]["index"]), (False, 1))
        self.assertEqual(entries[0], self.expected["results"][0])
        self.assertEqual(entries[2:], self.expected["results"][2:])

    def test_an_unreadable_top_level_raises(self):
        with self.assertRaises(liaison.InvalidDocument):
            list(self.stream(b'{"schema" "liaison.records/1"}'))


class LeanStreamTest(EvaluateStreamTest):
    """The same with lean=True: the entries of evaluate_lean, and its document
    without them as the header."""

    LEAN = True

    def check_header(self, header):
        self.assertEqual(header, {**self.expected, "results": []})


if __name__ == "__main__":
    unittest.main()
