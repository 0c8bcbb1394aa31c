#!/usr/bin/env python3
"""`liaison evaluate --json`, `--jsonl` and `--lean`, streamed: the same
results as the batch path, in each form, from either records form.

    streaming_tests.py LIAISON_BINARY SOURCE_DIR

The batch path is the one `--csv DIR` takes (every report kept, then
encoded); the streamed path reads by blocks and writes as it reads. The
expected values are the batch's output and the records file's own cadres,
not the streamed output itself.
"""

import json
import os
import subprocess
import sys
import tempfile
import unittest

RECORDS = "examples/department.json"
BAD_RECORDS = "tests/cli/fixtures/bad-records.json"
BINARY = SOURCE = None
EVALUATE = ["evaluate", "--policy", "hunan", "--as-of", "2026-12-31", "--lang", "en"]


def run(args, stdin=None):
    done = subprocess.run([BINARY] + args, cwd=SOURCE, input=stdin, capture_output=True,
                          timeout=120)
    return done.returncode, done.stdout, done.stderr.decode("utf-8")


def records(path):
    with open(os.path.join(SOURCE, path), encoding="utf-8") as f:
        return json.load(f)


def as_lines(document):
    """The records document as JSON Lines (docs/records.md): a header line,
    then one cadre a line."""
    header = {"schema": "liaison.records.lines/1", "year": document["year"],
              "departments": document.get("departments", [])}
    return "".join(json.dumps(value, ensure_ascii=False) + "\n"
                   for value in [header] + document["cadres"]).encode("utf-8")


class StreamingTest(unittest.TestCase):
    def batch_document(self, path):
        with tempfile.TemporaryDirectory() as sheets:
            status, out, errors = run(EVALUATE + ["--json", "--csv", sheets, path])
        return status, out, errors

    def test_json_streamed_is_the_batch_bytes(self):
        _, batch, _ = self.batch_document(RECORDS)
        status, streamed, errors = run(EVALUATE + ["--json", RECORDS])
        self.assertEqual(status, 0, errors)
        self.assertEqual(streamed, batch)
        with open(os.path.join(SOURCE, RECORDS), "rb") as f:
            status, piped, errors = run(EVALUATE + ["--json", "-"], stdin=f.read())
        self.assertEqual(status, 0, errors)
        self.assertEqual(piped, batch)

    def test_json_lines_records_give_the_same_document(self):
        _, batch, _ = self.batch_document(RECORDS)
        status, out, errors = run(EVALUATE + ["--json", "-"], stdin=as_lines(records(RECORDS)))
        self.assertEqual(status, 0, errors)
        self.assertEqual(out, batch)

    def test_jsonl_is_a_header_then_one_result_a_line(self):
        document = json.loads(self.batch_document(RECORDS)[1])
        status, out, errors = run(EVALUATE + ["--jsonl", RECORDS])
        self.assertEqual(status, 0, errors)
        lines = out.decode("utf-8").split("\n")
        self.assertEqual(lines[-1], "")
        lines = [json.loads(line) for line in lines[:-1]]
        self.assertEqual(len(lines), len(records(RECORDS)["cadres"]) + 1)
        header = lines[0]
        self.assertEqual(header["schema"], "liaison.evaluation.lines/1")
        for key in ("policy", "year", "as_of", "departments"):
            self.assertEqual(header[key], document[key], key)
        self.assertEqual(lines[1:], document["results"])

    def test_lean_has_each_cadre_without_texts(self):
        cadres = records(RECORDS)["cadres"]
        status, out, errors = run(EVALUATE + ["--lean", RECORDS])
        self.assertEqual(status, 0, errors)
        lean = json.loads(out)
        self.assertEqual(lean["schema"], "liaison.evaluation-lean/1")
        self.assertEqual([entry["report"]["cadre"] for entry in lean["results"]],
                         [cadre["id"] for cadre in cadres])
        for entry in lean["results"]:
            for finding in entry["report"]["findings"]:
                self.assertNotIn("message", finding)
                self.assertNotIn("title", finding)

    def test_bad_cadres_are_listed_after_the_output(self):
        cadres = records(BAD_RECORDS)["cadres"]
        status, out, errors = run(EVALUATE + ["--jsonl", BAD_RECORDS])
        self.assertEqual(status, 2)
        self.assertEqual(out.decode("utf-8").count("\n"), len(cadres) + 1)
        self.assertIn("2 cadres' records have problems", errors)
        self.assertIn("$.cadres[0].activities[1].date", errors)

    def test_records_cut_short_fail_as_the_table_does(self):
        with open(os.path.join(SOURCE, RECORDS), "rb") as f:
            cut = f.read()[:3000]
        with tempfile.NamedTemporaryFile(suffix=".json") as short:
            short.write(cut)
            short.flush()
            table = run(EVALUATE + [short.name])
            for form in ("--json", "--jsonl", "--lean"):
                status, _, errors = run(EVALUATE + [form, short.name])
                self.assertEqual(status, 2, form)
                self.assertEqual(errors, table[2], form)
                self.assertIn("1 problem", errors, form)

    def test_forms_that_do_not_combine(self):
        for extra in (["--json", "--jsonl"], ["--jsonl", "--lean"], ["--lean", "--csv", "x"]):
            status, out, errors = run(EVALUATE + extra + [RECORDS])
            self.assertEqual(status, 2, extra)
            self.assertEqual(out, b"", extra)
            self.assertIn("usage: liaison evaluate", errors, extra)


if __name__ == "__main__":
    BINARY = os.path.abspath(sys.argv[1])
    SOURCE = sys.argv[2]
    unittest.main(argv=[sys.argv[0]], verbosity=1)
