"""An organ's evaluation, kept as the library wrote it and read one cadre at a time.

:meth:`liaison.Policy.evaluate` turns the whole liaison.evaluation/1 document
into dicts and lists at once. For a department that is what one wants; for
an organ of 100,000 cadres it is a gigabyte of JSON turned into tens of
millions of Python objects (several gigabytes), most of it before the first
report is looked at. :meth:`liaison.Policy.evaluate_each` makes the same
evaluation in one call and returns an :class:`Evaluation`: the document stays
in the library's buffer, with the place of each cadre's entry
(liaison_evaluate_json_indexed), and an entry becomes a dict only when it is
read, or is handed over as its JSON bytes for storing as it is.

    with hunan.evaluate_each("organ.json", "2026-12-31") as evaluation:
        for entry in evaluation:              # one dict per cadre, in input order
            ...
        evaluation.entry_json(7)              # cadre 7's entry, UTF-8 JSON bytes
        evaluation.header["departments"]      # the rest of the document
"""

from __future__ import annotations

import ctypes
import json
import operator
import threading
import weakref
from collections.abc import Sequence
from typing import Any, Dict, Iterator, List, Union, overload

from . import _native

#: A result document (liaison.evaluation/1, liaison.caps/1 …) as plain data.
Document = Dict[str, Any]


def _release(free, address: int) -> None:
    """liaison_free of a library buffer; 0 (none) is skipped."""
    if address:
        free(address)


class Evaluation(Sequence):
    """The entries of a liaison.evaluation/1 document, one per input cadre in
    input order, decoded on access.

    ``evaluation[i]`` is entry i as :meth:`liaison.Policy.evaluate` gives it in
    ``results``: ``{"ok": True, "report": {...}}`` or ``{"ok": False, "error":
    {...}}``, the error's ``message`` and each of its ``problems`` in English
    with its Chinese beside it as ``message_zh``, as :class:`liaison.Error`
    holds them. Each access decodes the entry afresh and returns a new dict:
    keep the ones you need. Slices give lists of dicts; indices are any
    integers (``operator.index``). :attr:`header` is the rest of the document
    (schema, policy, library_version, year, as_of, departments) and
    :meth:`document` the whole of it, as ``evaluate`` returns it.

    The document is held in the library's memory until :meth:`close` (or the
    end of a ``with`` block, or garbage collection). Reading from several
    threads at once is safe, and so is closing while others read: every read
    after :meth:`close` raises ValueError. An Evaluation cannot be pickled.
    """

    __slots__ = ("_lock", "_address", "_length", "_spans", "_count", "_finalizer", "_header",
                 "__weakref__")

    def __init__(self) -> None:
        raise TypeError("an Evaluation comes from Policy.evaluate_each()")

    @classmethod
    def _take(cls, lib: "_native.Library", address: int, length: int, spans_address: int,
              count: int) -> "Evaluation":
        """Takes ownership of a document and its spans as the library returned
        them: the document is released when the Evaluation is closed or
        collected, the spans are copied and released at once."""
        evaluation = object.__new__(cls)
        evaluation._finalizer = weakref.finalize(evaluation, _release, lib.liaison_free, address)
        try:
            spans = (ctypes.c_size_t * (2 * count))()
            if count:
                ctypes.memmove(spans, spans_address, ctypes.sizeof(spans))
        finally:
            _release(lib.liaison_free, spans_address)
        evaluation._lock = threading.Lock()
        evaluation._address = address
        evaluation._length = length
        evaluation._spans = spans
        evaluation._count = count
        evaluation._header = None
        return evaluation

    def __len__(self) -> int:
        return self._count

    @overload
    def __getitem__(self, index: int) -> Document: ...

    @overload
    def __getitem__(self, index: slice) -> List[Document]: ...

    def __getitem__(self, index: Union[int, slice]) -> Union[Document, List[Document]]:
        if isinstance(index, slice):
            return [json.loads(self.entry_json(i)) for i in range(*index.indices(self._count))]
        return json.loads(self.entry_json(index))

    def __iter__(self) -> Iterator[Document]:
        for i in range(self._count):
            yield json.loads(self.entry_json(i))

    def entry_json(self, index: int) -> bytes:
        """Entry ``index`` (negative counts from the end) as the library wrote
        it: compact UTF-8 JSON, ready to store without decoding."""
        try:
            index = operator.index(index)
        except TypeError:
            raise TypeError(f"entry indices must be integers, not {type(index).__name__}") from None
        if index < 0:
            index += self._count
        if not 0 <= index < self._count:
            raise IndexError(f"entry {index} is out of range: the evaluation has "
                             f"{self._count} entries")
        offset = self._spans[2 * index]
        with self._lock:
            self._check_open()
            return ctypes.string_at(self._address + offset, self._spans[2 * index + 1])

    @property
    def header(self) -> Document:
        """The document without its entries: schema, policy (id, version,
        year, fingerprint), library_version, year, as_of, departments, and
        ``results`` as an empty list."""
        with self._lock:
            self._check_open()
            if self._header is not None:
                return self._header
            if self._count == 0:
                text = ctypes.string_at(self._address, self._length)
            else:
                first = self._spans[0]
                last_end = self._spans[2 * self._count - 2] + self._spans[2 * self._count - 1]
                text = (ctypes.string_at(self._address, first) +
                        ctypes.string_at(self._address + last_end, self._length - last_end))
        self._header = json.loads(text)
        return self._header

    def document(self) -> Document:
        """The whole document as dicts and lists, as
        :meth:`liaison.Policy.evaluate` returns it."""
        document = dict(self.header)
        document["results"] = list(self)
        return document

    def close(self) -> None:
        """Releases the document. Closing twice is allowed."""
        with self._lock:
            self._address = None
            self._finalizer()

    def __enter__(self) -> "Evaluation":
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __reduce__(self):
        raise TypeError("an Evaluation holds the library's memory and cannot be pickled; "
                        "pickle its document() or its entries instead")

    def __repr__(self) -> str:
        state = "closed" if self._address is None else f"{self._length:,} bytes"
        return f"<liaison.Evaluation of {self._count} entries, {state}>"

    def _check_open(self) -> None:
        if self._address is None:
            raise ValueError("the evaluation is closed")


__all__ = ["Evaluation"]
