"""ResultBuffer: the memory an evaluation is written into, kept by the caller
from call to call.

An evaluation's text is about three times its records (some 11 KB a cadre). A
call without a buffer has the library allocate it afresh, and a result that
large is fresh pages from the kernel every time, which from 100,000 cadres on
nearly doubles the library's cost per cadre (docs/performance.md, "The C
ABI"). Passed as ``buffer=`` to :meth:`liaison.Policy.evaluate`,
:meth:`~liaison.Policy.evaluate_lean` or
:meth:`~liaison.Policy.evaluate_json`, a ResultBuffer is written into instead
(``liaison_evaluate_json_reusing``, capi/liaison.h): used when it is large
enough, replaced by a larger one when it is not, so batch after batch takes no
new memory for the result. The results are byte for byte those of the calls
without a buffer.

    with liaison.ResultBuffer() as buffer:
        for batch in batches:
            evaluation = hunan.evaluate(batch, "2026-12-31", buffer=buffer)

The caller decides its life: :meth:`ResultBuffer.close` (or the end of the
``with`` block, or garbage collection) releases it; a closed buffer is
refused with :class:`liaison.InvalidArgument`. A call that fails raises as
without a buffer and leaves the buffer usable. One call at a time writes
into a buffer: a second thread's call waits for the first (a lock inside),
so give each thread or worker its own to run them at once.
"""

from __future__ import annotations

import threading
import weakref
from ctypes import byref, c_char, c_size_t, c_void_p
from typing import Optional

from . import _native
from .errors import INTERNAL, INVALID_ARGUMENT, OK, InternalError, InvalidArgument

#: The forms of liaison_evaluate_json_reusing, by the name ``evaluate_json``
#: takes: the evaluation document (``evaluate``'s), the JSON Lines stream
#: (``evaluate_stream``'s, a header line then one entry a line) and the lean
#: document (``evaluate_lean``'s).
FORMS = {"document": 0, "lines": 1, "lean": 2}


def form_number(form: str) -> int:
    """The C ABI's number of a form named in :data:`FORMS`."""
    if form not in FORMS:
        raise InvalidArgument(
            f'form must be "document", "lines" or "lean", not {form!r}', code=INVALID_ARGUMENT,
            message_zh=f'form 须为 "document"、"lines" 或 "lean"，不能是 {form!r}')
    return FORMS[form]


def _release(free, address: c_void_p) -> None:
    if address.value:
        free(address.value)
        address.value = None


class ResultBuffer:
    """A buffer the library writes evaluations into, kept from call to call
    (see the module's comment). It starts empty and grows to the largest
    result written into it."""

    __slots__ = ("_address", "_capacity", "_lock", "_closed", "_finalizer", "__weakref__")

    def __init__(self) -> None:
        self._address = c_void_p()
        self._capacity = c_size_t()
        self._lock = threading.Lock()
        self._closed = False
        self._finalizer = weakref.finalize(self, _release, _native.library().liaison_free,
                                           self._address)

    @property
    def capacity(self) -> int:
        """The bytes the buffer holds now: 0 before the first call and after
        :meth:`close`, then at least the longest result written into it."""
        return self._capacity.value

    @property
    def closed(self) -> bool:
        """True after :meth:`close`."""
        return self._closed

    def close(self) -> None:
        """Releases the memory (after a call in progress in another thread).
        Calls with the buffer then raise InvalidArgument; closing twice is
        allowed."""
        with self._lock:
            self._closed = True
            self._finalizer()
            self._capacity.value = 0

    def __enter__(self) -> "ResultBuffer":
        return self

    def __exit__(self, *exception: object) -> None:
        self.close()

    def __repr__(self) -> str:
        state = "closed" if self._closed else f"capacity {self.capacity}"
        return f"<liaison.ResultBuffer {state}>"

    def _write(self, form: int, policy: "_native.PolicyPointer", records: bytes,
               records_length: int, as_of: bytes, as_of_length: int, *,
               source: Optional[str] = None) -> str:
        """liaison_evaluate_json_reusing into this buffer, in the C ABI's
        ``form``: the result's text, decoded (for the Policy methods that
        take ``buffer=``; it has the shape of _native's call helpers)."""
        lib = _native.library()
        length = c_size_t()
        error = _native.ErrorPointer()
        with self._lock:
            if self._closed:
                raise InvalidArgument(
                    "the result buffer is closed; make a new liaison.ResultBuffer",
                    code=INVALID_ARGUMENT, message_zh="结果缓冲区已关闭，请新建一个 liaison.ResultBuffer")
            status = lib.liaison_evaluate_json_reusing(
                policy, records, records_length, as_of, as_of_length, form, byref(self._address),
                byref(self._capacity), byref(length), byref(error))
            if status != OK:
                _native.raise_error(lib, status, error, source)
            if not self._address.value:
                raise InternalError("the library reported success but returned no document",
                                    code=INTERNAL)
            try:
                return str((c_char * length.value).from_address(self._address.value), "utf-8")
            except UnicodeDecodeError as failure:
                raise InternalError(
                    f"the library returned a document that is not UTF-8: {failure}",
                    code=INTERNAL) from None


def checked(buffer: object) -> ResultBuffer:
    """``buffer`` if it is a ResultBuffer; TypeError otherwise."""
    if not isinstance(buffer, ResultBuffer):
        raise TypeError(f"buffer must be a liaison.ResultBuffer, not {type(buffer).__name__}")
    return buffer
