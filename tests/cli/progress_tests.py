#!/usr/bin/env python3
"""Progress on standard error: shown on a terminal, never in the output.

    progress_tests.py LIAISON_BINARY SOURCE_DIR

Standard error is a pseudo-terminal (the pty module), standard output a
file. LIAISON_PROGRESS_AFTER=0 shows progress from the first cadre, so no
test depends on how long a run takes. The records are read as a stream, so
the number of cadres is not known in advance: the line counts those done,
and `evaluate --json` (which reads the file by blocks) estimates the time
left from the bytes read. The rate and the time left depend on the machine
and are matched by their form.
"""

import json
import os
import pty
import re
import subprocess
import sys
import tempfile
import unittest

RECORDS = "examples/department.json"
BAD_RECORDS = "tests/cli/fixtures/bad-records.json"
ERASE = "\r\x1b[K"
BINARY = SOURCE = None


def cadres_in(path):
    with open(os.path.join(SOURCE, path), encoding="utf-8") as f:
        return len(json.load(f)["cadres"])


def run(args, terminal=True, after="0"):
    """(exit status, stdout bytes, stderr text) of liaison with `args`;
    standard error is a pseudo-terminal when `terminal`, else a pipe."""
    env = dict(os.environ)
    if after is None:
        env.pop("LIAISON_PROGRESS_AFTER", None)
    else:
        env["LIAISON_PROGRESS_AFTER"] = after
    with tempfile.TemporaryFile() as out:
        if not terminal:
            done = subprocess.run([BINARY] + args, cwd=SOURCE, env=env, stdout=out,
                                  stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, timeout=120)
            out.seek(0)
            return done.returncode, out.read(), done.stderr.decode("utf-8")
        main, secondary = pty.openpty()
        child = subprocess.Popen([BINARY] + args, cwd=SOURCE, env=env, stdout=out,
                                 stderr=secondary, stdin=subprocess.DEVNULL)
        os.close(secondary)
        shown = b""
        while True:
            try:
                piece = os.read(main, 65536)
            except OSError:  # EIO: the child has closed the terminal
                break
            if not piece:
                break
            shown += piece
        os.close(main)
        status = child.wait(timeout=120)
        out.seek(0)
        return status, out.read(), shown.decode("utf-8")


EVALUATE = ["evaluate", "--json", "--policy", "hunan", "--as-of", "2026-12-31"]


class ProgressTest(unittest.TestCase):
    def test_english_line_counts_to_the_total_and_is_erased(self):
        status, out, shown = run(EVALUATE + ["--lang", "en", RECORDS])
        self.assertEqual(status, 0, shown)
        self.assertRegex(shown, r"^\revaluated 1 cadres, [\d,]+ a second, about \d+:\d\d left")
        self.assertNotRegex(shown, r"evaluated %d " % (cadres_in(RECORDS) + 1))
        self.assertTrue(shown.endswith(ERASE), repr(shown[-40:]))
        # Every drawing starts at the line's beginning and erases what is left.
        for drawing in shown.split("\r")[1:]:
            self.assertTrue(drawing == "\x1b[K" or drawing.endswith("\x1b[K"), repr(drawing))

    def test_chinese_line(self):
        status, _, shown = run(EVALUATE + ["--lang", "zh", RECORDS])
        self.assertEqual(status, 0, shown)
        self.assertRegex(shown, r"^\r已评估 1 名干部，每秒 [\d,]+ 名，预计还需 \d+:\d\d")

    def test_output_is_the_same_bytes_with_and_without_a_terminal(self):
        _, on_terminal, shown = run(EVALUATE + [RECORDS])
        _, on_pipe, errors = run(EVALUATE + [RECORDS], terminal=False)
        self.assertIn(ERASE, shown)
        self.assertEqual(errors, "")
        self.assertEqual(on_terminal, on_pipe)
        self.assertNotIn(b"\r", on_terminal)
        self.assertNotIn(b"\x1b", on_terminal)

    def test_quiet_shows_nothing(self):
        status, _, shown = run(EVALUATE + ["--quiet", RECORDS])
        self.assertEqual(status, 0)
        self.assertEqual(shown, "")

    def test_nothing_when_standard_error_is_not_a_terminal(self):
        status, _, errors = run(EVALUATE + [RECORDS], terminal=False)
        self.assertEqual(status, 0)
        self.assertEqual(errors, "")

    def test_nothing_before_the_delay(self):
        # A delay of an hour: this run ends long before it.
        status, _, shown = run(EVALUATE + [RECORDS], after="3600")
        self.assertEqual(status, 0)
        self.assertEqual(shown, "")

    def test_line_is_erased_before_record_errors(self):
        status, _, shown = run(EVALUATE + ["--lang", "en", BAD_RECORDS])
        self.assertEqual(status, 2)
        erased = shown.rfind(ERASE)
        errors = shown.find("liaison: ")
        self.assertGreaterEqual(erased, 0, repr(shown))
        self.assertGreater(errors, erased, repr(shown))
        self.assertIn("evaluated 1 cadres", shown)

    def test_other_records_commands_show_progress_and_take_quiet(self):
        for command in ("progress", "grade", "check"):
            args = [command, "--json", "--policy", "hunan", "--as-of", "2026-12-31",
                    "--lang", "en"]
            _, _, shown = run(args + [RECORDS])
            self.assertIn("evaluated 1 cadres", shown, command)
            _, _, quiet = run(args + ["--quiet", RECORDS])
            self.assertNotIn("evaluated", quiet, command)


if __name__ == "__main__":
    BINARY, SOURCE = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    unittest.main(argv=sys.argv[:1], verbosity=2)
