"""The calls that need no policy object: apportionment by largest remainder
and running policy test cases (docs/python.md). Each sends one document to
the C ABI and returns the one it gives back, as Python data."""

from __future__ import annotations

import os
from typing import Any, Dict, Iterable, List, Mapping, Optional, Union

from . import _inputs, _native
from ._inputs import Records
from ._parsing import parse as _parse
from .errors import LANGUAGES, InvalidArgument
from .evaluation import Document


def apportion(places: int, units: Union[Mapping[str, int], Iterable[Any]]) -> Document:
    """Splits ``places`` across units in proportion to their bases by the
    largest-remainder (Hamilton) method (liaison.apportionment/1), with an
    audit line per place and any Alabama paradox between ``places`` and
    ``places + 1`` (docs/grading.md §7).

    Args:
        places: the number of places to split.
        units: ``{"a": 6, "b": 6, "c": 2}`` (id to base), or a sequence of
            ``{"id": "a", "base": 6}`` dicts or ``("a", 6)`` pairs.

    Raises:
        InvalidDocument: the request is impossible (e.g. a duplicate unit id,
            a negative base); ``path`` names the value.
    """
    if isinstance(places, bool) or not isinstance(places, int):
        raise TypeError(f"places must be an int, not {type(places).__name__}")
    if isinstance(units, Mapping):
        unit_list = [{"id": unit_id, "base": base} for unit_id, base in units.items()]
    elif isinstance(units, (str, bytes)):
        raise TypeError("units must be a dict of id to base or a sequence of units, not text")
    else:
        unit_list = []
        for unit in units:
            if isinstance(unit, Mapping):
                unit_list.append(dict(unit))
            elif isinstance(unit, (tuple, list)) and len(unit) == 2:
                unit_list.append({"id": unit[0], "base": unit[1]})
            else:
                raise TypeError(
                    f"each unit must be a {{'id', 'base'}} dict or an (id, base) pair, not {unit!r}"
                )
    request = _inputs.dumps({"places": places, "units": unit_list})
    lib = _native.library()
    return _parse(_native.call_document(lib.liaison_apportion_json, request, len(request)))


def run_case(case: Records, base_directory: "Optional[Union[str, os.PathLike[str]]]" = None,
             language: str = "en") -> Document:
    """Runs a policy test case (liaison.case/1): its expectations about a
    policy's outcomes on records. Returns liaison.case-results/1, whose
    ``passed`` counts the cases that passed and whose ``cases[].failures`` list
    each failed expectation with its path in the case file, expected and
    actual values. A case that cannot be run (a bad case file, policy or
    records) is reported in the document, not raised.

    Args:
        case: the case as a dict, JSON text or a file path.
        base_directory: where relative paths in the case are resolved; by
            default the case file's directory, or the current directory for a
            case given as data.
        language: the language of the messages, ``"en"`` (default) or ``"zh"``.
    """
    if language not in LANGUAGES:
        raise InvalidArgument(f'language must be "zh" or "en", not {language!r}', code=1)
    data, source = _inputs.document(case, "case")
    if base_directory is None:
        base_directory = os.path.dirname(os.path.abspath(source)) if source else ""
    elif not isinstance(base_directory, (str, os.PathLike)):
        raise TypeError(f"base_directory must be a path, not {type(base_directory).__name__}")
    base = os.fsencode(base_directory)
    lib = _native.library()
    return _parse(_native.call_document(lib.liaison_run_case_json_in, data, len(data), base,
                                        len(base), LANGUAGES[language], outputs=(None,),
                                        source=source))


def run_cases(cases: "Iterable[Records]", language: str = "en") -> Document:
    """Runs many policy test cases in one call, batch first: the files of a
    policy's test suite, say. Returns one liaison.case-results/1 document with
    ``passed`` and ``failed`` counts and every case's result in input order,
    as :func:`run_case` gives it.

    Args:
        cases: case files (paths), or cases as dicts or JSON text; relative
            paths inside each are resolved against its own file's directory.
        language: the language of the messages, ``"en"`` (default) or ``"zh"``.
    """
    results: List[Dict[str, Any]] = []
    library_version = None
    for case in cases:
        run = run_case(case, language=language)
        library_version = run["library_version"]
        results.extend(run["cases"])
    passed = sum(1 for result in results if result["passed"])
    return {"schema": "liaison.case-results/1", "library_version": library_version,
            "passed": passed, "failed": len(results) - passed, "cases": results}
