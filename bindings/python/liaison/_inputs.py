"""Turning the Python values the API accepts into what the C ABI takes."""

from __future__ import annotations

import datetime
import json
import os
from typing import Any, Mapping, Optional, Sequence, Tuple, Union

from .errors import INVALID_ARGUMENT, InvalidArgument

#: A records document: a dict, JSON text (str or UTF-8 bytes), or the path of
#: a JSON file (a ``str`` that does not start with ``{`` or ``[``, or a
#: ``pathlib.Path``).
Records = Union[Mapping[str, Any], str, bytes, bytearray, memoryview, "os.PathLike[str]"]

#: An evaluation date: a ``datetime.date`` or ``"YYYY-MM-DD"``.
AsOf = Union[datetime.date, str]

INT32_MIN = -(2**31)
INT32_MAX = 2**31 - 1


def read_file(path: "Union[str, os.PathLike[str]]") -> Tuple[bytes, str]:
    """The bytes of a file and its name for messages; OSError if unreadable."""
    name = os.fspath(path)
    with open(name, "rb") as file:
        return file.read(), name


def dumps(value: Any) -> bytes:
    """JSON for a Python value, as UTF-8 (NaN and infinities are refused:
    they are not JSON)."""
    return json.dumps(value, ensure_ascii=False, allow_nan=False).encode("utf-8")


def text_bytes(text: Union[str, bytes, bytearray, memoryview]) -> bytes:
    if isinstance(text, bytes):
        return text
    if isinstance(text, str):
        return text.encode("utf-8")
    return bytes(text)


def looks_like_json(text: str) -> bool:
    stripped = text.lstrip()
    return not stripped or stripped[0] in "{["


def document(value: Any, what: str) -> Tuple[bytes, Optional[str]]:
    """The JSON bytes of a document argument and the file it came from (None
    when it was not read from a file). See :data:`Records` for what is taken."""
    if isinstance(value, Mapping):
        return dumps(value), None
    if isinstance(value, str):
        if looks_like_json(value):
            return value.encode("utf-8"), None
        return read_file(value)
    if isinstance(value, (bytes, bytearray, memoryview)):
        return text_bytes(value), None
    if isinstance(value, os.PathLike):
        return read_file(value)
    raise TypeError(
        f"{what} must be a dict, JSON text (str or bytes) or a file path, "
        f"not {type(value).__name__}"
    )


def as_of_bytes(as_of: Any) -> bytes:
    """The evaluation date as "YYYY-MM-DD" bytes; the library validates it."""
    if isinstance(as_of, datetime.datetime):
        raise TypeError(
            "as_of must be a datetime.date or a 'YYYY-MM-DD' string, not a datetime "
            "(an evaluation is as of the end of a day: pass as_of.date())"
        )
    if isinstance(as_of, datetime.date):
        return as_of.isoformat().encode("ascii")
    if isinstance(as_of, str):
        return as_of.encode("utf-8")
    raise TypeError(
        f"as_of must be a datetime.date or a 'YYYY-MM-DD' string, not {type(as_of).__name__}"
    )


def int32(value: Any, what: str) -> int:
    """An int argument that the C ABI takes as int32_t; ctypes would silently
    wrap a larger one, so it is refused here."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{what} must be an int, not {type(value).__name__}")
    if not INT32_MIN <= value <= INT32_MAX:
        raise InvalidArgument(f"{what} {value} is out of range (a 32-bit integer)",
                              code=INVALID_ARGUMENT)
    return value


def comma_list(ids: Union[str, Sequence[str], None], what: str) -> bytes:
    """One id or a list of them as the C ABI's comma-separated list ("org,pub");
    None: the empty list, no filter."""
    if ids is None:
        return b""
    listed = [ids] if isinstance(ids, str) else list(ids)
    for item in listed:
        if not isinstance(item, str):
            raise TypeError(f"{what} must be str ids, not {type(item).__name__}")
        if not item or "," in item:
            raise InvalidArgument(f"{what}: {item!r} is not an id", code=INVALID_ARGUMENT)
    return ",".join(listed).encode("utf-8")
