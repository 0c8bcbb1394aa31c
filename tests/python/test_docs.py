"""Runs every example of docs/python.md (its `>>>` lines, with doctest) from
the repository's root, and checks that the guide names every public name of
the package, so the guide and the package cannot drift apart."""

import doctest
import os
import re
import unittest

import liaison

import support

GUIDE = support.REPO / "docs" / "python.md"


class GuideTest(unittest.TestCase):
    def test_every_example_runs_and_prints_what_the_guide_shows(self):
        previous = os.getcwd()
        os.chdir(support.REPO)  # the examples use paths like examples/department.json
        try:
            result = doctest.testfile(
                str(GUIDE), module_relative=False, encoding="utf-8",
                optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE, verbose=False)
        finally:
            os.chdir(previous)
        self.assertGreater(result.attempted, 60)
        self.assertEqual(result.failed, 0, "docs/python.md: see the doctest report above")

    def test_every_public_name_is_documented(self):
        guide = GUIDE.read_text(encoding="utf-8")
        public = set(liaison.__all__) - {"__version__", "AsOf", "Records", "Document", "Grade",
                                         "LIBRARY_ENV"}
        methods = [name for name in vars(liaison.Policy)
                   if not name.startswith("_") and name not in ("from_json",)]
        for name in sorted(public) + methods:
            with self.subTest(name=name):
                self.assertRegex(guide, rf"\b{re.escape(name)}\b")


if __name__ == "__main__":
    unittest.main()
