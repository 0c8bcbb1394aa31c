"""Evaluation as a stream: results one by one while the records are read.

:func:`evaluate_stream` (also :meth:`liaison.Policy.evaluate_stream`) reads
records in pieces, from a file, a path, bytes or any iterable of bytes, and
yields each cadre's result entry as soon as its cadre has been read and
evaluated, over the C ABI's ``liaison_stream_*`` calls (docs/c-api.md). The
records may be a liaison.records/1 document or JSON Lines (a header line of
schema ``liaison.records.lines/1``, then one cadre a line: docs/records.md).
Memory stays bounded by the largest cadre and the piece size, not by the
number of cadres.

    with liaison.Policy.embedded("hunan") as hunan:
        with hunan.evaluate_stream("organ.jsonl", "2026-12-31") as results:
            for entry in results:
                ...
            results.header["departments"]  # the department findings
"""

from __future__ import annotations

import json
import os
from ctypes import byref, c_char, c_size_t, c_void_p
from typing import Any, Dict, Iterable, Iterator, List, Optional, Union

from . import _inputs, _native
from ._inputs import AsOf

#: What the stream reads: a path, a binary file object (anything with
#: ``read``), JSON text as ``bytes`` or ``str``, or an iterable of ``bytes``.
Source = Union[str, bytes, bytearray, memoryview, "os.PathLike[str]", Iterable[bytes], Any]

#: The size of the pieces read from a file.
PIECE_SIZE = 1 << 16

_LINES = 1  # LIAISON_STREAM_LINES


def _pieces(source: Source, piece_size: int) -> Iterator[bytes]:
    if hasattr(source, "read"):
        while True:
            piece = source.read(piece_size)
            if not piece:
                return
            yield _inputs.text_bytes(piece)
    elif isinstance(source, str) and not _inputs.looks_like_json(source) or isinstance(
            source, os.PathLike):
        with open(os.fspath(source), "rb") as file:
            yield from _pieces(file, piece_size)
    elif isinstance(source, (str, bytes, bytearray, memoryview)):
        yield _inputs.text_bytes(source)
    else:
        for piece in source:
            yield _inputs.text_bytes(piece)


class ResultStream:
    """The result entries of a streamed evaluation, in input order.

    Each entry is what the ``results`` of :meth:`liaison.Policy.evaluate`
    would hold: ``{"ok": True, "report": {...}}`` or ``{"ok": False,
    "error": {...}}``. :attr:`header` is the output's header (schema
    ``liaison.evaluation.lines/1``: policy stamp, year, as_of, departments)
    once the records' header has been read. Raises
    :class:`~liaison.InvalidDocument` while iterating when the records' top
    level cannot be read; a bad cadre is an error entry, not an exception."""

    def __init__(self, policy, source: Source, as_of: AsOf, piece_size: int = PIECE_SIZE):
        self._handle = _native.StreamPointer()
        self._lib = _native.library()
        self._pieces = _pieces(source, piece_size)
        is_path = isinstance(source, os.PathLike) or (
            isinstance(source, str) and not _inputs.looks_like_json(source))
        self._source = os.fspath(source) if is_path else None
        self._pending: List[bytes] = []
        self._partial = b""
        self._ended = False
        self.header: Optional[Dict[str, Any]] = None
        date = _inputs.as_of_bytes(as_of)
        error = _native.ErrorPointer()
        with policy._use() as pointer:
            status = self._lib.liaison_stream_new(pointer, date, len(date), _LINES,
                                                  byref(self._handle), byref(error))
        _native.check_status(status, error)

    def __iter__(self) -> "ResultStream":
        return self

    def __next__(self) -> Dict[str, Any]:
        while not self._pending:
            if self._ended or not self._handle:
                raise StopIteration
            self._advance()
        return json.loads(self._pending.pop(0))

    def _advance(self) -> None:
        error = _native.ErrorPointer()
        piece = next(self._pieces, None)
        if piece is None:
            status = self._lib.liaison_stream_finish(self._handle, byref(error))
            self._ended = True
        else:
            status = self._lib.liaison_stream_feed(self._handle, piece, len(piece), byref(error))
        _native.check_status(status, error, self._source)
        output = c_void_p()
        length = c_size_t()
        status = self._lib.liaison_stream_next(self._handle, byref(output), byref(length),
                                               byref(error))
        _native.check_status(status, error, self._source)
        if length.value:
            self._partial += bytes((c_char * length.value).from_address(output.value))
        lines = self._partial.split(b"\n")
        self._partial = lines.pop()
        if self.header is None and lines:
            self.header = json.loads(lines.pop(0))
        self._pending.extend(lines)

    def close(self) -> None:
        """Releases the library's stream; closing twice is allowed."""
        if self._handle:
            self._lib.liaison_stream_free(self._handle)
            self._handle = _native.StreamPointer()

    def __enter__(self) -> "ResultStream":
        return self

    def __exit__(self, *exception: object) -> None:
        self.close()

    def __del__(self) -> None:
        self.close()


def evaluate_stream(policy, source: Source, as_of: AsOf,
                    piece_size: int = PIECE_SIZE) -> ResultStream:
    """The result entries of `source`'s cadres evaluated under `policy` as of
    a date, one at a time (see :class:`ResultStream`)."""
    return ResultStream(policy, source, as_of, piece_size)


__all__ = ["PIECE_SIZE", "ResultStream", "Source", "evaluate_stream"]
