"""Loading libliaison_ledger and calling its C API (src/ledger/capi/liaison_ledger.h).

The ledger library (spreadsheet ledgers in and out, docs/ledger.md) is a
shared library of its own beside libliaison, loaded on first use of
:func:`liaison.read_ledger` or :meth:`liaison.Policy.write_xlsx`, so the rest
of the package works without it. It is found at the first of

1. the file named by ``LIAISON_LEDGER_LIBRARY`` (when set, nothing else is
   tried, as with ``LIAISON_LIBRARY``);
2. a copy next to the package (``liaison/libliaison_ledger.so.1``);
3. the directory of the libliaison that is loaded (a build tree's ``capi/``,
   an installed library's directory);
4. the system's library path.

A policy is passed to it as its canonical JSON: a ``liaison_policy*`` of
libliaison cannot be shared with it (each library has its own copy of the
core), and its errors are ``liaison_ledger_error`` objects of its own.
"""

from __future__ import annotations

import ctypes
import json
import os
import sys
from ctypes import POINTER, byref, c_char_p, c_int32, c_size_t, c_uint32, c_void_p
from typing import Dict, List, Mapping, Optional, Tuple

from . import _native
from .errors import OK, LibraryError, LibraryNotFound, error_for_code

#: The ABI version of liaison_ledger.h this package was written for.
LEDGER_ABI_VERSION = 1

#: The environment variable naming the ledger library to load.
LEDGER_LIBRARY_ENV = "LIAISON_LEDGER_LIBRARY"


class LedgerErrorHandle(ctypes.Structure):
    """liaison_ledger_error, opaque: only pointers to it exist."""


_ErrorPointer = POINTER(LedgerErrorHandle)
_ErrorOut = POINTER(_ErrorPointer)

# Every function of liaison_ledger.h: name -> (argtypes, restype).
SIGNATURES: Dict[str, Tuple[list, object]] = {
    "liaison_ledger_abi_version": ([], c_uint32),
    "liaison_ledger_error_code": ([_ErrorPointer], c_int32),
    "liaison_ledger_error_message": ([_ErrorPointer], c_char_p),
    "liaison_ledger_error_path": ([_ErrorPointer], c_char_p),
    "liaison_ledger_error_problems_json": ([_ErrorPointer], c_char_p),
    "liaison_ledger_error_free": ([_ErrorPointer], None),
    "liaison_ledger_free": ([c_void_p], None),
    "liaison_ledger_import": (
        [c_char_p, c_size_t, c_char_p, c_size_t, c_int32, POINTER(c_void_p), POINTER(c_size_t),
         _ErrorOut],
        c_int32,
    ),
    "liaison_ledger_write_results_xlsx": (
        [c_char_p, c_size_t, c_char_p, c_size_t, c_char_p, c_size_t, c_char_p, c_size_t, c_int32,
         c_char_p, c_size_t, _ErrorOut],
        c_int32,
    ),
}


def library_file_name() -> str:
    if sys.platform == "darwin":
        return f"libliaison_ledger.{LEDGER_ABI_VERSION}.dylib"
    return f"libliaison_ledger.so.{LEDGER_ABI_VERSION}"


class LedgerLibrary:
    """libliaison_ledger, loaded, checked and declared."""

    def __init__(self, path: str) -> None:
        cdll = ctypes.CDLL(path)  # OSError when it cannot be loaded
        self.path = path
        try:
            for name, (argtypes, restype) in SIGNATURES.items():
                function = getattr(cdll, name)
                function.argtypes = argtypes
                function.restype = restype
                setattr(self, name, function)
        except AttributeError as missing:
            raise LibraryError(f"{path} is not libliaison_ledger: {missing}") from None
        found = self.liaison_ledger_abi_version()
        if found != LEDGER_ABI_VERSION:
            raise LibraryError(
                f"{path} has ledger ABI version {found}, but this package was written for "
                f"version {LEDGER_ABI_VERSION}")


def load(environ: Mapping[str, str] = os.environ) -> LedgerLibrary:
    """Finds and loads libliaison_ledger; see the module comment for the order.

    Raises:
        LibraryNotFound: no candidate could be loaded; the message lists each
            place tried and why it failed.
        LibraryError: a candidate was loaded but is not a matching library.
    """
    name = library_file_name()
    configured = environ.get(LEDGER_LIBRARY_ENV, "")
    if configured:
        configured = os.path.abspath(configured)
        try:
            return LedgerLibrary(configured)
        except OSError as failure:
            raise LibraryNotFound(
                f"cannot load libliaison_ledger from {LEDGER_LIBRARY_ENV}={configured}: "
                f"{failure}. While {LEDGER_LIBRARY_ENV} is set, nothing else is tried; fix or "
                f"unset it.") from None
    tried: List[str] = [f"{LEDGER_LIBRARY_ENV}: not set"]
    places = [("next to the package", os.path.join(_native._PACKAGE_DIR, name)),
              ("next to libliaison",
               os.path.join(os.path.dirname(_native.library().path), name)),
              ("the system library path", name)]
    for origin, candidate in places:
        if os.sep in candidate and not os.path.exists(candidate):
            tried.append(f"{origin}: {candidate}: no such file")
            continue
        try:
            return LedgerLibrary(candidate)
        except OSError as failure:
            tried.append(f"{origin}: {candidate}: {failure}")
    listing = "\n".join(f"  {n}. {entry}" for n, entry in enumerate(tried, 1))
    raise LibraryNotFound(
        f"cannot find libliaison_ledger, the liaison ledger library (spreadsheets). Tried, in "
        f"order:\n{listing}\nSet {LEDGER_LIBRARY_ENV} to its path (in a build tree: "
        f"build/release/capi/{name}), install it beside libliaison (cmake --install), or "
        f"install this package with it bundled (LIAISON_BUNDLE_LEDGER_LIBRARY; see "
        f"docs/python.md).")


#: libliaison_ledger, loaded on first use and kept.
library: "_native.LoadedOnce[LedgerLibrary]" = _native.LoadedOnce(load)


def _raise(lib: LedgerLibrary, status: int, error, source: Optional[str]) -> None:
    if not error:
        raise error_for_code(status)(f"liaison ledger call failed with status {status}",
                                     code=status, source=source)
    try:
        code = lib.liaison_ledger_error_code(error)
        message = lib.liaison_ledger_error_message(error).decode("utf-8", "replace")
        path = lib.liaison_ledger_error_path(error).decode("utf-8", "replace")
        problems = json.loads(lib.liaison_ledger_error_problems_json(error).decode("utf-8"))
    finally:
        lib.liaison_ledger_error_free(error)
    raise error_for_code(code)(message, code=code, path=path, problems=problems, source=source)


def import_ledger(policy_json: bytes, path: bytes, strict: bool, source: str) -> str:
    """The liaison.ledger-import/1 document of the ledger at `path`."""
    lib = library()
    result = c_void_p()
    length = c_size_t()
    error = _ErrorPointer()
    status = lib.liaison_ledger_import(policy_json, len(policy_json), path, len(path),
                                       1 if strict else 0, byref(result), byref(length),
                                       byref(error))
    if status != OK:
        _raise(lib, status, error, source)
    try:
        return ctypes.string_at(result.value, length.value).decode("utf-8")
    finally:
        lib.liaison_ledger_free(result.value)


def write_results_xlsx(policy_json: bytes, records: bytes, as_of: bytes, kind: bytes,
                       language: int, path: bytes, source: Optional[str]) -> None:
    lib = library()
    error = _ErrorPointer()
    status = lib.liaison_ledger_write_results_xlsx(
        policy_json, len(policy_json), records, len(records), as_of, len(as_of), kind, len(kind),
        language, path, len(path), byref(error))
    if status != OK:
        _raise(lib, status, error, source)
