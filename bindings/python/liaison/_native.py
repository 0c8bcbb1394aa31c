"""Loading libliaison and calling its C ABI (capi/liaison.h) through ctypes.

Everything that touches ctypes lives here; the rest of the package sees
Python values. This module

* finds the shared library (:func:`library`): the file named by the
  ``LIAISON_LIBRARY`` environment variable, else a copy installed next to the
  package, else the system's library path; and refuses a library whose ABI
  version is not :data:`ABI_VERSION`;
* declares ``argtypes`` and ``restype`` for every function of liaison.h
  (:data:`SIGNATURES`), so no pointer is ever truncated to a C ``int`` and no
  argument is converted by guesswork;
* copies each document the library allocates into a Python ``str`` and
  releases it with ``liaison_free`` (such returns are declared as
  ``c_void_p``: a ``c_char_p`` would be copied by ctypes and the pointer lost,
  leaking the document);
* turns a failed status and its ``liaison_error`` into a :class:`liaison.Error`.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import json
import os
import sys
import threading
from ctypes import POINTER, byref, c_char, c_char_p, c_int32, c_size_t, c_uint32, c_void_p
from typing import Callable, Dict, Generic, List, Mapping, Optional, Sequence, Tuple, TypeVar

from .errors import (
    INVALID_DOCUMENT,
    LANGUAGES,
    OK,
    AbiMismatch,
    InternalError,
    LibraryError,
    LibraryNotFound,
    error_for_code,
)

#: The ABI version of liaison.h this package was written for. A library
#: reporting another version through liaison_abi_version() is refused.
ABI_VERSION = 1

#: The environment variable naming the shared library to load.
LIBRARY_ENV = "LIAISON_LIBRARY"

_PACKAGE_DIR = os.path.dirname(os.path.abspath(__file__))


class PolicyHandle(ctypes.Structure):
    """liaison_policy, opaque: only pointers to it exist."""


class ErrorHandle(ctypes.Structure):
    """liaison_error, opaque: only pointers to it exist."""


class StreamHandle(ctypes.Structure):
    """liaison_stream, opaque: only pointers to it exist."""


PolicyPointer = POINTER(PolicyHandle)
StreamPointer = POINTER(StreamHandle)
ErrorPointer = POINTER(ErrorHandle)
_ErrorOut = POINTER(ErrorPointer)
_DocumentOut = POINTER(c_void_p)  # char** of a document the caller frees
_LengthOut = POINTER(c_size_t)
_Int32Array = POINTER(c_int32)

# Every function of liaison.h: name -> (argtypes, restype). Strings the library
# keeps ownership of (getters, static storage) are c_char_p, which ctypes copies
# into bytes at once; documents it hands over are written through char** out
# parameters declared as pointers to c_void_p and released with liaison_free.
_RECORDS_CALL = (
    [PolicyPointer, c_char_p, c_size_t, c_char_p, c_size_t, _DocumentOut, _LengthOut, _ErrorOut],
    c_int32,
)
SIGNATURES: Dict[str, Tuple[list, object]] = {
    "liaison_version": ([], c_char_p),
    "liaison_abi_version": ([], c_uint32),
    "liaison_error_code": ([ErrorPointer], c_int32),
    "liaison_error_message": ([ErrorPointer], c_char_p),
    "liaison_error_path": ([ErrorPointer], c_char_p),
    "liaison_error_problems_json": ([ErrorPointer], c_char_p),
    "liaison_error_message_in": ([ErrorPointer, c_int32], c_char_p),
    "liaison_error_problems_json_in": ([ErrorPointer, c_int32], c_char_p),
    "liaison_error_free": ([ErrorPointer], None),
    "liaison_free": ([c_void_p], None),
    "liaison_policy_from_json": ([c_char_p, c_size_t, POINTER(PolicyPointer), _ErrorOut], c_int32),
    "liaison_policy_embedded": ([c_char_p, c_size_t, POINTER(PolicyPointer), _ErrorOut], c_int32),
    "liaison_policy_embedded_ids": ([_DocumentOut, _LengthOut, _ErrorOut], c_int32),
    "liaison_policy_free": ([PolicyPointer], None),
    "liaison_policy_canonical_json": ([PolicyPointer, _DocumentOut, _LengthOut, _ErrorOut], c_int32),
    "liaison_policy_warnings_json": ([PolicyPointer, _DocumentOut, _LengthOut, _ErrorOut], c_int32),
    "liaison_policy_id": ([PolicyPointer], c_char_p),
    "liaison_policy_fingerprint": ([PolicyPointer], c_char_p),
    "liaison_policy_year": ([PolicyPointer], c_int32),
    "liaison_evaluate_json": _RECORDS_CALL,
    "liaison_evaluate_json_indexed": (
        [PolicyPointer, c_char_p, c_size_t, c_char_p, c_size_t, _DocumentOut, _LengthOut,
         POINTER(c_void_p), _LengthOut, _ErrorOut],
        c_int32,
    ),
    "liaison_evaluate_json_lean": _RECORDS_CALL,
    "liaison_render_json": (
        [PolicyPointer, c_char_p, c_size_t, _DocumentOut, _LengthOut, _ErrorOut], c_int32),
    "liaison_progress_json": _RECORDS_CALL,
    "liaison_progress_json_allowing_errors": _RECORDS_CALL,
    "liaison_policy_grade_count": ([PolicyPointer], c_int32),
    "liaison_policy_grade_id": ([PolicyPointer, c_int32], c_char_p),
    "liaison_grade_caps": ([PolicyPointer, c_int32, _Int32Array, c_size_t, _ErrorOut], c_int32),
    "liaison_grade_check": (
        [PolicyPointer, _Int32Array, c_size_t, _Int32Array,
         _Int32Array, _Int32Array, _Int32Array, _Int32Array, _ErrorOut],
        c_int32,
    ),
    "liaison_caps_json": ([PolicyPointer, c_int32, _DocumentOut, _LengthOut, _ErrorOut], c_int32),
    "liaison_propose_json": _RECORDS_CALL,
    "liaison_propose_json_allowing_errors": _RECORDS_CALL,
    "liaison_check_json": (
        [PolicyPointer, c_char_p, c_size_t, c_char_p, c_size_t, _DocumentOut, _LengthOut,
         _Int32Array, _ErrorOut],
        c_int32,
    ),
    "liaison_apportion_json": ([c_char_p, c_size_t, _DocumentOut, _LengthOut, _ErrorOut], c_int32),
    "liaison_run_case_json": (
        [c_char_p, c_size_t, c_char_p, c_size_t, _DocumentOut, _LengthOut, _Int32Array, _ErrorOut],
        c_int32,
    ),
    "liaison_run_case_json_in": (
        [c_char_p, c_size_t, c_char_p, c_size_t, c_int32, _DocumentOut, _LengthOut, _Int32Array,
         _ErrorOut],
        c_int32,
    ),
    "liaison_diff_json": (
        [PolicyPointer, PolicyPointer, c_char_p, c_size_t, c_char_p, c_size_t, _DocumentOut,
         _LengthOut, _ErrorOut],
        c_int32,
    ),
    "liaison_diff_json_allowing_errors": (
        [PolicyPointer, PolicyPointer, c_char_p, c_size_t, c_char_p, c_size_t, _DocumentOut,
         _LengthOut, _ErrorOut],
        c_int32,
    ),
    "liaison_status_name": ([c_int32], c_char_p),
    "liaison_policy_grade_label": ([PolicyPointer, c_int32, c_int32], c_char_p),
    "liaison_thread_buffers_release": ([], None),
    "liaison_embedded_policies_release": ([], None),
    "liaison_report_html": (
        [PolicyPointer, c_char_p, c_size_t, c_char_p, c_size_t, c_char_p, c_size_t, c_int32,
         _DocumentOut, _LengthOut, _ErrorOut],
        c_int32,
    ),
    "liaison_report_html_filtered": (
        [PolicyPointer, c_char_p, c_size_t, c_char_p, c_size_t, c_char_p, c_size_t, c_char_p,
         c_size_t, c_int32, _DocumentOut, _LengthOut, _ErrorOut],
        c_int32,
    ),
    "liaison_report_html_allowing_errors": (
        [PolicyPointer, c_char_p, c_size_t, c_char_p, c_size_t, c_char_p, c_size_t, c_char_p,
         c_size_t, c_int32, _DocumentOut, _LengthOut, _ErrorOut],
        c_int32,
    ),
    "liaison_stream_new": (
        [PolicyPointer, c_char_p, c_size_t, c_uint32, POINTER(StreamPointer), _ErrorOut], c_int32),
    "liaison_stream_feed": ([StreamPointer, c_char_p, c_size_t, _ErrorOut], c_int32),
    "liaison_stream_finish": ([StreamPointer, _ErrorOut], c_int32),
    # The output stays the stream's: a pointer read, never freed.
    "liaison_stream_next": ([StreamPointer, POINTER(c_void_p), _LengthOut, _ErrorOut], c_int32),
    "liaison_stream_reset": ([StreamPointer], None),
    "liaison_stream_free": ([StreamPointer], None),
    # *buffer and *capacity are the caller's, kept from call to call.
    "liaison_evaluate_json_reusing": (
        [PolicyPointer, c_char_p, c_size_t, c_char_p, c_size_t, c_uint32, POINTER(c_void_p),
         _LengthOut, _LengthOut, _ErrorOut],
        c_int32,
    ),
}


def library_file_names() -> List[str]:
    """The file names of libliaison with this package's ABI on this platform."""
    if sys.platform == "win32":
        return ["liaison.dll", f"liaison-{ABI_VERSION}.dll"]
    if sys.platform == "darwin":
        return [f"libliaison.{ABI_VERSION}.dylib"]
    return [f"libliaison.so.{ABI_VERSION}"]


class Library:
    """libliaison, loaded, checked and declared: each function of liaison.h is
    an attribute of the same name."""

    def __init__(self, cdll: ctypes.CDLL, path: str) -> None:
        self.cdll = cdll
        self.path = path
        for name, (argtypes, restype) in SIGNATURES.items():
            function = getattr(cdll, name)  # AttributeError names a missing symbol
            function.argtypes = argtypes
            function.restype = restype
            setattr(self, name, function)


def _loaded_path(cdll: ctypes.CDLL, fallback: str) -> str:
    """The file dlopen actually loaded (via dladdr), for messages and
    liaison.library_path(); `fallback` where that cannot be told."""
    if sys.platform == "win32":
        return fallback

    class DlInfo(ctypes.Structure):
        _fields_ = [("dli_fname", c_char_p), ("dli_fbase", c_void_p),
                    ("dli_sname", c_char_p), ("dli_saddr", c_void_p)]

    try:
        dladdr = ctypes.CDLL(None).dladdr
        dladdr.argtypes = [c_void_p, POINTER(DlInfo)]
        dladdr.restype = ctypes.c_int
        info = DlInfo()
        address = ctypes.cast(cdll.liaison_abi_version, c_void_p)
        if dladdr(address, byref(info)) and info.dli_fname:
            return os.fsdecode(info.dli_fname)
    except (AttributeError, OSError):
        pass
    return fallback


def _open(path_or_name: str, expected_abi: int, origin: str) -> Library:
    """Loads one candidate and checks it is libliaison of the expected ABI.
    Raises OSError when dlopen fails, LibraryError for anything else."""
    cdll = ctypes.CDLL(path_or_name)
    path = _loaded_path(cdll, path_or_name)
    try:
        abi_version = cdll.liaison_abi_version
    except AttributeError:
        raise LibraryError(
            f"{path} ({origin}) is not libliaison: it has no liaison_abi_version function"
        ) from None
    abi_version.argtypes = []
    abi_version.restype = c_uint32
    found = abi_version()
    if found != expected_abi:
        from . import __version__

        raise AbiMismatch(
            f"{path} ({origin}) has ABI version {found}, but this liaison Python package "
            f"({__version__}) was written for ABI version {expected_abi}. Install the "
            f"libliaison.so.{expected_abi} that matches the package (or the package that "
            f"matches the library), or point {LIBRARY_ENV} at a matching library."
        )
    try:
        return Library(cdll, path)
    except AttributeError as missing:
        raise LibraryError(
            f"{path} ({origin}) reports ABI version {found} but lacks a function of it: {missing}"
        ) from None


def load(
    environ: Mapping[str, str] = os.environ,
    package_dir: str = _PACKAGE_DIR,
    system_names: Optional[Sequence[str]] = None,
    expected_abi: int = ABI_VERSION,
    find_name: str = "liaison",
) -> Library:
    """Finds and loads libliaison; see the module comment for the order.

    A library named by LIAISON_LIBRARY that cannot be loaded is an error, not a
    reason to look elsewhere: a stale setting silently replaced by another copy
    of the library would hide which code runs. The parameters exist for tests.

    Raises:
        LibraryNotFound: no candidate could be loaded; the message lists each
            place tried and why it failed.
        AbiMismatch: a candidate was loaded but has another ABI version.
        LibraryError: a candidate was loaded but is not libliaison.
    """
    names = list(system_names) if system_names is not None else library_file_names()
    hint = (
        f"Set {LIBRARY_ENV} to the path of {names[0]} (in a build tree: "
        f"build/release/capi/{names[0]}), install the library (cmake --install), or install "
        f"this package with the library bundled (LIAISON_BUNDLE_LIBRARY; see "
        f"docs/python.md)."
    )
    configured = environ.get(LIBRARY_ENV, "")
    if configured:
        configured = os.path.abspath(configured)
        origin = f"from {LIBRARY_ENV}"
        if not os.path.exists(configured):
            reason = "no such file"
        else:
            try:
                return _open(configured, expected_abi, origin)
            except OSError as failure:
                reason = str(failure)
        raise LibraryNotFound(
            f"cannot load libliaison from {LIBRARY_ENV}={configured}: {reason}. "
            f"While {LIBRARY_ENV} is set, nothing else is tried (not the copy next to the "
            f"package in {package_dir}, nor the system library path); fix or unset it."
        )

    tried = [f"{LIBRARY_ENV}: not set"]
    for name in names:
        bundled = os.path.join(package_dir, name)
        if not os.path.exists(bundled):
            tried.append(f"next to the package: {bundled}: no such file")
            continue
        try:
            return _open(bundled, expected_abi, "next to the package")
        except OSError as failure:
            tried.append(f"next to the package: {bundled}: {failure}")
    for name in names:
        try:
            return _open(name, expected_abi, "from the system library path")
        except OSError as failure:
            tried.append(f"the system library path: {name}: {failure}")
    found = ctypes.util.find_library(find_name)
    if found and found not in names:
        try:
            return _open(found, expected_abi, "found by ctypes.util.find_library")
        except OSError as failure:
            tried.append(f"ctypes.util.find_library({find_name!r}): {found}: {failure}")
    else:
        tried.append(
            f"ctypes.util.find_library({find_name!r}): "
            + ("nothing found" if not found else f"{found}, tried above")
        )
    listing = "\n".join(f"  {n}. {entry}" for n, entry in enumerate(tried, 1))
    raise LibraryNotFound(
        f"cannot find libliaison, the liaison C library. Tried, in order:\n{listing}\n{hint}"
    )


_Loaded = TypeVar("_Loaded")


class LoadedOnce(Generic[_Loaded]):
    """A library that ``load`` finds on the first call, then kept: one load
    however many threads ask at once."""

    def __init__(self, load: Callable[[], _Loaded]) -> None:
        self._load = load
        self._loaded: Optional[_Loaded] = None
        self._lock = threading.Lock()

    def __call__(self) -> _Loaded:
        if self._loaded is None:
            with self._lock:
                if self._loaded is None:
                    self._loaded = self._load()
        return self._loaded


#: libliaison, loaded on first use and kept.
library: LoadedOnce[Library] = LoadedOnce(load)


# ---- Calls -------------------------------------------------------------------


def raise_error(lib: Library, status: int, error: ErrorPointer, source: Optional[str] = None):
    """Raises the liaison.Error for a failed call, releasing `error`. `source`
    (the file a document was read from) is kept for document errors only: a
    bad date is not the file's fault."""
    if status != INVALID_DOCUMENT:
        source = None
    if not error:
        raise error_for_code(status)(
            f"liaison call failed with status {status} (the library could not allocate "
            f"the error object that would say why)",
            code=status,
            source=source,
        )
    try:
        code = lib.liaison_error_code(error)
        message = lib.liaison_error_message(error).decode("utf-8", "replace")
        path = lib.liaison_error_path(error).decode("utf-8", "replace")
        problems = json.loads(lib.liaison_error_problems_json(error).decode("utf-8", "replace"))
        message_zh = lib.liaison_error_message_in(error, LANGUAGES["zh"]).decode("utf-8", "replace")
        problems_zh = json.loads(
            lib.liaison_error_problems_json_in(error, LANGUAGES["zh"]).decode("utf-8", "replace"))
        for problem, chinese in zip(problems, problems_zh):
            problem["message_zh"] = chinese["message"]
    finally:
        lib.liaison_error_free(error)
    raise error_for_code(code)(message, code=code, path=path, problems=problems, source=source,
                               message_zh=message_zh)


def take_document(lib: Library, pointer: c_void_p, length: c_size_t) -> str:
    """The document at `pointer`, decoded, after which it is released.

    Decodes straight from the library's buffer (no intermediate bytes copy),
    which matters for an evaluation of a whole organ (a gigabyte of JSON)."""
    address = pointer.value
    if not address:
        raise InternalError("the library reported success but returned no document",
                            code=5)
    try:
        return str((c_char * length.value).from_address(address), "utf-8")
    except UnicodeDecodeError as failure:
        raise InternalError(f"the library returned a document that is not UTF-8: {failure}",
                            code=5) from None
    finally:
        lib.liaison_free(address)


def call_document(function, *arguments, outputs: Sequence = (), source: Optional[str] = None) -> str:
    """Calls a liaison function whose last parameters are (char** result,
    size_t* length, [outputs…,] liaison_error** error) and returns the
    document. `outputs` are the pointers between length and error (the
    `int32_t* passed` of the check and case calls)."""
    lib = library()
    result = c_void_p()
    length = c_size_t()
    error = ErrorPointer()
    status = function(*arguments, byref(result), byref(length), *outputs, byref(error))
    if status != OK:
        raise_error(lib, status, error, source)
    return take_document(lib, result, length)


def call_indexed(function, *arguments, source: Optional[str] = None) -> Tuple[int, int, int, int]:
    """Calls liaison_evaluate_json_indexed: returns the document's address and
    length and the spans' address and entry count, all the caller's to release
    with liaison_free."""
    lib = library()
    result = c_void_p()
    length = c_size_t()
    spans = c_void_p()
    count = c_size_t()
    error = ErrorPointer()
    status = function(*arguments, byref(result), byref(length), byref(spans), byref(count),
                      byref(error))
    if status != OK:
        raise_error(lib, status, error, source)
    if not result.value or (count.value and not spans.value):
        lib.liaison_free(result.value)
        lib.liaison_free(spans.value)
        raise InternalError("the library reported success but returned no document", code=5)
    return result.value, length.value, spans.value or 0, count.value


def check_status(status: int, error: ErrorPointer, source: Optional[str] = None) -> None:
    """Raises for a failed status of a call that returns no document."""
    if status != OK:
        raise_error(library(), status, error, source)


__all__ = [
    "ABI_VERSION",
    "LIBRARY_ENV",
    "SIGNATURES",
    "Library",
    "PolicyHandle",
    "PolicyPointer",
    "StreamHandle",
    "StreamPointer",
    "ErrorHandle",
    "ErrorPointer",
    "library",
    "library_file_names",
    "load",
    "call_document",
    "call_indexed",
    "check_status",
    "raise_error",
    "take_document",
]
