"""The package as a user gets it: pip-installed, offline, into a fresh virtual
environment (no system site-packages, so nothing but the standard library is
there), then used from outside the source tree.

1. Installed alone (`pip install --no-build-isolation bindings/python`), it
   finds no library without LIAISON_LIBRARY, says where it looked (the
   installed package's directory among them), and works with LIAISON_LIBRARY.
2. Installed with the library bundled (LIAISON_BUNDLE_LIBRARY), it needs no
   setting, and every other test module passes against that installed copy.
"""

import os
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

import liaison

import support

SMOKE = """
import json, liaison
hunan = liaison.Policy.embedded("hunan")
evaluation = hunan.evaluate(r"{records}", "2026-12-31")
scores = {{e["report"]["cadre"]: e["report"]["score"] for e in evaluation["results"]}}
assert scores["c01"] == 1 and scores["c06"] is None, scores
assert hunan.caps(7) == {{"excellent": 2, "good": 3, "fair": None, "poor": None}}
print(json.dumps({{"package": liaison.__file__, "library": liaison.library_path()}}))
"""


class InstalledPackageTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.library = liaison.library_path()
        cls.directory = tempfile.TemporaryDirectory(prefix="liaison-venv-")
        cls.root = Path(cls.directory.name)
        cls.venv = cls.root / "venv"
        subprocess.run([sys.executable, "-m", "venv", str(cls.venv)], check=True,
                       capture_output=True, timeout=300)
        cls.python = str(cls.venv / "bin" / "python")

    @classmethod
    def tearDownClass(cls):
        cls.directory.cleanup()

    def pip_install(self, bundle):
        env = support.base_environment()
        env["PYTHONDONTWRITEBYTECODE"] = "1"  # leave nothing in the source tree
        env.pop("LIAISON_BUNDLE_LIBRARY", None)
        env.pop("LIAISON_BUNDLE_LEDGER_LIBRARY", None)
        if bundle:
            env["LIAISON_BUNDLE_LIBRARY"] = self.library
            env["LIAISON_BUNDLE_LEDGER_LIBRARY"] = os.path.join(
                os.path.dirname(self.library), "libliaison_ledger.so.1")
        run = subprocess.run(
            [self.python, "-m", "pip", "install", "--no-index", "--no-build-isolation",
             "--force-reinstall", "--no-deps", str(support.BINDINGS)],
            env=env, capture_output=True, text=True, timeout=600)
        self.assertEqual(run.returncode, 0, run.stdout + run.stderr)
        return run.stdout

    def run_installed(self, code, **extra_env):
        env = support.base_environment()
        env.update(extra_env)
        return support.run_python(code, env, cwd=self.root, python=self.python)

    def installed_package_dir(self):
        run = self.run_installed("import liaison, os; print(os.path.dirname(liaison.__file__))")
        self.assertEqual(run.returncode, 0, run.stderr)
        return run.stdout.strip()

    def test_1_installed_alone_uses_liaison_library(self):
        self.pip_install(bundle=False)
        package_dir = self.installed_package_dir()
        self.assertTrue(package_dir.startswith(str(self.venv)), package_dir)
        self.assertFalse(os.path.exists(os.path.join(package_dir, "libliaison.so.1")))

        run = self.run_installed("import liaison; liaison.embedded_ids()",
                                 LD_LIBRARY_PATH="")
        if run.returncode == 0:  # a libliaison installed on the system was found
            found = self.run_installed("import liaison; print(liaison.library_path())")
            self.assertNotIn(str(self.venv), found.stdout)
        else:
            self.assertIn("liaison.errors.LibraryNotFound", run.stderr)
            self.assertIn(f"next to the package: {package_dir}/libliaison.so.1: no such file",
                          run.stderr)

        run = self.run_installed(SMOKE.format(records=support.DEPARTMENT),
                                 LIAISON_LIBRARY=self.library)
        self.assertEqual(run.returncode, 0, run.stderr)

    def test_2_installed_with_the_library_bundled(self):
        self.pip_install(bundle=True)
        package_dir = self.installed_package_dir()
        self.assertTrue(os.path.isfile(os.path.join(package_dir, "libliaison.so.1")))
        self.assertTrue(os.path.isfile(os.path.join(package_dir, "libliaison_ledger.so.1")))

        run = self.run_installed(SMOKE.format(records=support.DEPARTMENT))
        self.assertEqual(run.returncode, 0, run.stderr)
        self.assertIn(os.path.join(package_dir, "libliaison.so.1"), run.stdout)

        # Every other test module, against the installed package.
        modules = sorted(path.stem for path in support.TESTS.glob("test_*.py")
                         if path.stem != Path(__file__).stem)
        env = support.base_environment()
        suite = subprocess.run([self.python, "-m", "unittest", *modules], env=env,
                               cwd=support.TESTS, capture_output=True, text=True, timeout=600)
        self.assertEqual(suite.returncode, 0, suite.stderr[-5000:])
        self.assertRegex(suite.stderr, r"Ran \d+ tests")


if __name__ == "__main__":
    unittest.main()
