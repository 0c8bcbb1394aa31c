"""Result documents as Python data: json.loads with the cyclic garbage
collector paused, for every call of the package that parses a result."""

from __future__ import annotations

import gc
import json
import threading
from contextlib import contextmanager
from typing import Iterator

from .evaluation import Document

_gc_lock = threading.Lock()
_gc_pauses = 0
_gc_paused_here = False


@contextmanager
def _cyclic_gc_paused() -> Iterator[None]:
    """Pauses Python's cyclic garbage collector while a result is parsed.

    json.loads of an organ's evaluation makes tens of millions of dicts, lists
    and strings; each batch of 700 new containers triggers a collection, and the
    older generations are scanned again and again as the tree grows, which more
    than doubles the parse time. A parsed document has no reference cycles,
    so there is nothing for the collector to find. The pause is counted across
    threads: the collector is re-enabled when the last parse ends, and only if
    it was enabled when the first began."""
    global _gc_pauses, _gc_paused_here
    with _gc_lock:
        if _gc_pauses == 0:
            _gc_paused_here = gc.isenabled()
            if _gc_paused_here:
                gc.disable()
        _gc_pauses += 1
    try:
        yield
    finally:
        with _gc_lock:
            _gc_pauses -= 1
            if _gc_pauses == 0 and _gc_paused_here:
                _gc_paused_here = False
                gc.enable()


def parse(text: str) -> Document:
    """A result document as Python data."""
    with _cyclic_gc_paused():
        return json.loads(text)
