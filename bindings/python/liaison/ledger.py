"""Spreadsheet ledgers (台账) from Python: reading one as a records document,
and writing results as an XLSX workbook (docs/ledger.md, docs/python.md).

Both go through libliaison_ledger, the library the ``liaison`` command uses,
loaded on first use (_ledger_native.py); no spreadsheet package is needed.

    hunan = liaison.Policy.embedded("hunan")
    records = liaison.read_ledger("台账.xlsx", hunan)
    for problem in records.problems:        # the cadres refused, and why
        print(problem["zh"])
    hunan.write_xlsx(records, "2026-12-31", "评估结果.xlsx")
"""

from __future__ import annotations

import json
import os
from typing import Any, Dict, List, Union

from . import _inputs, _ledger_native
from .errors import InvalidArgument

#: The result kinds of :func:`write_xlsx`, as the command names them.
RESULT_KINDS = ("evaluate", "progress", "grade", "check")

_LANGUAGES = {"zh": 0, "en": 1}


class LedgerRecords(dict):
    """The records document (``liaison.records/1``) read from a ledger: a dict
    of the cadres accepted, with what the import found as attributes.

    Attributes:
        problems: what refused a cadre or a row, each a dict with its place
            (``sheet``, ``sheet_en``, ``row`` as the spreadsheet numbers it,
            ``column`` letter, ``header``, ``header_en``, the cell's ``value``,
            the ``cadre`` refused) and its text in Chinese (``zh``) and English
            (``en``); also ``path`` and ``message``, as in
            :attr:`liaison.Error.problems`.
        warnings: the columns not read, in the same form.
        notes: what else to know, such as the CSV files converted from GB18030.
        rows_read, rows_refused, cadres_read, cadres_refused: the counts.
    """

    problems: List[Dict[str, Any]]
    warnings: List[Dict[str, Any]]
    notes: List[str]
    rows_read: int
    rows_refused: int
    cadres_read: int
    cadres_refused: int


def read_ledger(path: "Union[str, os.PathLike[str]]", policy, strict: bool = False) -> LedgerRecords:
    """Reads the ledger at `path` (an .xlsx file or a directory of CSV files,
    recognised by content) under `policy` (a :class:`liaison.Policy`).

    A bad row refuses its own cadre only: the cadres accepted are returned
    and the problems are on the result (:class:`LedgerRecords`).

    Raises:
        InvalidDocument: the ledger cannot be read as a whole (not a
            spreadsheet, a sheet or column missing), it had problems and no
            cadre was accepted, or, with ``strict``, it had any problem.
            ``problems`` lists every one, as :attr:`LedgerRecords.problems`.
    """
    name = os.fspath(path)
    document = json.loads(_ledger_native.import_ledger(
        policy.canonical_json.encode("utf-8"), os.fsencode(name), strict, name))
    records = LedgerRecords(document["records"])
    records.problems = document["problems"]
    records.warnings = document["warnings"]
    records.notes = document["notes"]
    for count in ("rows_read", "rows_refused", "cadres_read", "cadres_refused"):
        setattr(records, count, document[count])
    return records


def write_xlsx(policy, records: Any, as_of: Any, path: "Union[str, os.PathLike[str]]",
               kind: str = "evaluate", language: str = "zh") -> None:
    """Evaluates `records` under `policy` as of `as_of` and writes the result
    sheets of `kind` to the XLSX workbook `path`, as ``liaison KIND --xlsx``
    does: ``"evaluate"`` (干部, 规则), ``"progress"`` (进度), ``"grade"``
    (考核单元, 干部: the proposed grades) or ``"check"`` (考核单元, 干部, 违规).
    `language` is ``"zh"`` or ``"en"`` (headers and sheet names).

    Raises:
        InvalidArgument: an unknown kind or language, a bad date.
        InvalidDocument: records that cannot be used as a whole.
    """
    if kind not in RESULT_KINDS:
        raise InvalidArgument(f"kind {kind!r} is not one of {', '.join(RESULT_KINDS)}", code=1)
    if language not in _LANGUAGES:
        raise InvalidArgument(f"language {language!r} is not 'zh' or 'en'", code=1)
    data, source = _inputs.document(records, "records")
    _ledger_native.write_results_xlsx(
        policy.canonical_json.encode("utf-8"), data, _inputs.as_of_bytes(as_of),
        kind.encode("ascii"), _LANGUAGES[language], os.fsencode(os.fspath(path)), source)


__all__ = ["LedgerRecords", "RESULT_KINDS", "read_ledger", "write_xlsx"]
