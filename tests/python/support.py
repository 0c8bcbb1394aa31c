"""Shared helpers of the Python tests (not a test module itself).

The tests import the `liaison` package from wherever Python finds it: from
bindings/python (PYTHONPATH, as CTest runs them) or from a virtual environment
it was pip-installed into (test_install runs the suite that way too).
"""

import json
import os
import subprocess
import sys
from pathlib import Path

TESTS = Path(__file__).resolve().parent
REPO = TESTS.parent.parent
DEPARTMENT = REPO / "examples" / "department.json"  # year 2026, policy "hunan"
DEPARTMENT_2018 = REPO / "examples" / "department-2018.json"
BINDINGS = REPO / "bindings" / "python"
HEADER = REPO / "capi" / "liaison.h"

YEAR_END = "2026-12-31"
MID_YEAR = "2026-06-30"


def department() -> dict:
    """examples/department.json as a dict (a fresh copy each call)."""
    with open(DEPARTMENT, encoding="utf-8") as file:
        return json.load(file)


def results_by_cadre(evaluation: dict) -> dict:
    """The reports of an evaluation document, by cadre id (ok entries only)."""
    return {entry["report"]["cadre"]: entry["report"]
            for entry in evaluation["results"] if entry["ok"]}


def findings_by_rule(report: dict) -> dict:
    return {finding["rule"]: finding for finding in report["findings"]}


def run_python(code: str, env: dict, cwd=None, python=sys.executable) -> subprocess.CompletedProcess:
    """Runs `code` in a fresh interpreter with exactly `env`."""
    return subprocess.run([python, "-c", code], env=env, cwd=cwd, capture_output=True,
                          text=True, timeout=300)


def base_environment() -> dict:
    """The environment without LIAISON_LIBRARY, LIAISON_LEDGER_LIBRARY and PYTHONPATH."""
    env = dict(os.environ)
    env.pop("LIAISON_LIBRARY", None)
    env.pop("LIAISON_LEDGER_LIBRARY", None)
    env.pop("PYTHONPATH", None)
    return env


def package_environment() -> dict:
    """An environment in which a child interpreter imports the same `liaison`
    package as this one (bindings/python or an installed copy)."""
    import liaison

    env = base_environment()
    env["PYTHONPATH"] = str(Path(liaison.__file__).resolve().parent.parent)
    return env
