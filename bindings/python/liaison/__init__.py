"""liaison: the cadre–youth liaison rules library, from Python.

A thin, standard-library-only (ctypes, json) binding of libliaison's C ABI.
Policies, records and results are plain Python data: dicts and lists that
mirror the library's JSON documents (docs/records.md, docs/grading.md).

    import liaison

    with liaison.Policy.embedded("hunan") as hunan:
        evaluation = hunan.evaluate("examples/department.json", "2026-12-31")
        for entry in evaluation["results"]:
            report = entry["report"]
            print(report["cadre"], report["score"], report["eligible_grade"])
        print(hunan.caps(10))   # {'excellent': 3, 'good': 5, 'fair': None, 'poor': None}

Calls are batch first: one call evaluates, proposes or checks a whole
department or organ. The shared library is found on first use: the file
named by ``LIAISON_LIBRARY``, else a copy installed next to this package, else
the system's library path (docs/python.md).
"""

from __future__ import annotations

__version__ = "0.1.0"

from ._inputs import AsOf, Records
from ._native import ABI_VERSION, LIBRARY_ENV
from .errors import (
    AbiMismatch,
    Error,
    IncompleteResult,
    InternalError,
    InvalidArgument,
    InvalidDocument,
    LibraryError,
    LibraryNotFound,
    NotFound,
    OutOfMemory,
)
from .evaluation import Evaluation
from .ledger import LedgerRecords, read_ledger
from .documents import apportion, run_case, run_cases
from .policy import Document, Grade, GradeCheck, Policy, embedded_ids
from .result_buffer import ResultBuffer


def library_path() -> str:
    """The path of the libliaison that is loaded (loading it if need be).

    Raises:
        LibraryNotFound, AbiMismatch: see docs/python.md, "Finding the library".
    """
    from . import _native

    return _native.library().path


def library_version() -> str:
    """The version of the loaded libliaison, "MAJOR.MINOR.PATCH"."""
    from . import _native

    return _native.library().liaison_version().decode("ascii")


__all__ = [
    "ABI_VERSION",
    "LIBRARY_ENV",
    "AbiMismatch",
    "AsOf",
    "Document",
    "Error",
    "Evaluation",
    "Grade",
    "GradeCheck",
    "IncompleteResult",
    "InternalError",
    "InvalidArgument",
    "InvalidDocument",
    "LedgerRecords",
    "LibraryError",
    "LibraryNotFound",
    "NotFound",
    "OutOfMemory",
    "Policy",
    "Records",
    "ResultBuffer",
    "apportion",
    "embedded_ids",
    "library_path",
    "library_version",
    "read_ledger",
    "run_case",
    "run_cases",
    "__version__",
]
