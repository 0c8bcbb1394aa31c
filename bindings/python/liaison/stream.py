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

With ``lean=True`` the entries are those of :meth:`liaison.Policy.evaluate_lean`
(the C stream's ``LIAISON_STREAM_LEAN``: the liaison.evaluation-lean/1
document, read back entry by entry as it is written), and the header is that
document without its entries, so that ``hunan.render({**results.header,
"results": entries})`` is the full document of the same records.
"""

from __future__ import annotations

import codecs
import json
import os
from collections import deque
from ctypes import byref, c_char, c_size_t, c_void_p
from typing import Any, Deque, Dict, Iterable, Iterator, List, Optional, Union

from . import _inputs, _native
from ._inputs import AsOf
from .errors import InternalError

#: What the stream reads: a path, a binary file object (anything with
#: ``read``), JSON text as ``bytes`` or ``str``, or an iterable of ``bytes``.
Source = Union[str, bytes, bytearray, memoryview, "os.PathLike[str]", Iterable[bytes], Any]

#: The size of the pieces read from a file.
PIECE_SIZE = 1 << 16

_LINES = 1  # LIAISON_STREAM_LINES
_LEAN = 2  # LIAISON_STREAM_LEAN

_SPACE = " \t\r\n"
# What ends the object or array being read in a state of _LeanEntries, and the state after it.
_CLOSING = {"member": ("}", "done"), "entries": ("]", "member")}


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


class _LeanEntries:
    """The lean document (liaison.evaluation-lean/1) as the stream writes it,
    in pieces, read back into its head and its entries as soon as each is
    whole. The library writes valid JSON: what fails to decode is only cut
    short, and waits for the next piece."""

    def __init__(self) -> None:
        self._utf8 = codecs.getincrementaldecoder("utf-8")()
        self._decoder = json.JSONDecoder()
        self._text = ""
        self._state = "start"  # then "member", "entries", "done"
        self.header: Dict[str, Any] = {}

    @property
    def done(self) -> bool:
        return self._state == "done"

    def feed(self, piece: bytes) -> List[Dict[str, Any]]:
        """The entries that `piece` completes."""
        text = self._text + self._utf8.decode(piece)
        entries: List[Dict[str, Any]] = []
        at = 0
        while True:
            at = _skip_space(text, at)
            if at == len(text) or self._state == "done":
                break
            closing, after = _CLOSING.get(self._state, ("", ""))
            if text[at] == closing:
                self._state = after
                at += 1
            elif text[at] == ",":
                at += 1
            else:
                step = getattr(self, "_" + self._state)(text, at, entries)
                if step is None:
                    break
                at = step
        self._text = text[at:]
        return entries

    def _start(self, text: str, at: int, entries: List[Dict[str, Any]]) -> Optional[int]:
        self._state = "member"
        return at + 1  # "{"

    def _member(self, text: str, at: int, entries: List[Dict[str, Any]]) -> Optional[int]:
        key, end = self._value(text, at)
        if end is None:
            return None
        value_at = _skip_space(text, _skip_space(text, end) + 1)  # past ":"
        if value_at >= len(text):
            return None
        if key == "results":
            self.header["results"] = []
            self._state = "entries"
            return value_at + 1  # "["
        value, end = self._value(text, value_at)
        if end is not None:
            self.header[key] = value
        return end

    def _entries(self, text: str, at: int, entries: List[Dict[str, Any]]) -> Optional[int]:
        entry, end = self._value(text, at)
        if end is not None:
            entries.append(entry)
        return end

    def _value(self, text: str, at: int):
        """The JSON value at `at` and where it ends; (None, None) while it is
        cut short, including a number the text may not have ended yet."""
        try:
            value, end = self._decoder.raw_decode(text, at)
        except json.JSONDecodeError:
            return None, None
        return (value, end) if end < len(text) else (None, None)


def _skip_space(text: str, at: int) -> int:
    while at < len(text) and text[at] in _SPACE:
        at += 1
    return at


class ResultStream:
    """The result entries of a streamed evaluation, in input order.

    Each entry is what the ``results`` of :meth:`liaison.Policy.evaluate`
    would hold: ``{"ok": True, "report": {...}}`` or ``{"ok": False,
    "error": {...}}``. :attr:`header` is the output's header (schema
    ``liaison.evaluation.lines/1``: policy stamp, year, as_of, departments)
    once the records' header has been read. With ``lean`` the entries are
    those of :meth:`liaison.Policy.evaluate_lean`'s ``results`` and the header
    is the lean document with ``results`` empty. Raises
    :class:`~liaison.InvalidDocument` while iterating when the records' top
    level cannot be read; a bad cadre is an error entry, not an exception."""

    def __init__(self, policy, source: Source, as_of: AsOf, piece_size: int = PIECE_SIZE,
                 lean: bool = False):
        self._handle = _native.StreamPointer()
        self._lib = _native.library()
        self._pieces = _pieces(source, piece_size)
        is_path = isinstance(source, os.PathLike) or (
            isinstance(source, str) and not _inputs.looks_like_json(source))
        self._source = os.fspath(source) if is_path else None
        self._pending: Deque[Dict[str, Any]] = deque()
        self._partial = b""
        self._lean = _LeanEntries() if lean else None
        self._ended = False
        self.header: Optional[Dict[str, Any]] = None
        date = _inputs.as_of_bytes(as_of)
        error = _native.ErrorPointer()
        with policy._use() as pointer:
            status = self._lib.liaison_stream_new(pointer, date, len(date),
                                                  _LEAN if lean else _LINES,
                                                  byref(self._handle), byref(error))
        _native.check_status(status, error)

    def __iter__(self) -> "ResultStream":
        return self

    def __next__(self) -> Dict[str, Any]:
        while not self._pending:
            if self._ended or not self._handle:
                raise StopIteration
            self._advance()
        return self._pending.popleft()

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
        written = bytes((c_char * length.value).from_address(output.value)) if length.value else b""
        if self._lean is not None:
            self._take_lean(written)
            return
        lines = (self._partial + written).split(b"\n")
        self._partial = lines.pop()
        if self.header is None and lines:
            self.header = json.loads(lines.pop(0))
        self._pending.extend(json.loads(line) for line in lines)

    def _take_lean(self, written: bytes) -> None:
        self._pending.extend(self._lean.feed(written))
        if self.header is None and "results" in self._lean.header:
            self.header = self._lean.header
        if self._ended and not self._lean.done:
            raise InternalError("the lean result ended before its document did (精简结果不完整)",
                                code=5)

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


def evaluate_stream(policy, source: Source, as_of: AsOf, piece_size: int = PIECE_SIZE,
                    lean: bool = False) -> ResultStream:
    """The result entries of `source`'s cadres evaluated under `policy` as of
    a date, one at a time, in the full or the lean form (see :class:`ResultStream`)."""
    return ResultStream(policy, source, as_of, piece_size, lean)


__all__ = ["PIECE_SIZE", "ResultStream", "Source", "evaluate_stream"]
