"""The exceptions of the liaison package.

Every failure the library reports becomes an instance of :class:`Error`, or
of the subclass for its status code, carrying what the C ABI's error object
holds::

    try:
        policy = liaison.Policy.from_file("my-policy.json")
    except liaison.InvalidDocument as error:
        print(error.path)                  # "$.rules[2].min"
        for problem in error.problems:     # every problem, each with its path
            print(problem["path"], problem["message"])

Every message is in English and Chinese: ``message`` and each problem's
``"message"`` are the English, ``message_zh`` and ``"message_zh"`` the
Chinese, and ``str(error)`` speaks the language chosen with
:func:`set_language` (``"en"`` unless set)::

    liaison.errors.set_language("zh")
    print(error)                           # 政策有 1 处问题：$.rules[2].min：…
    error.text("en")                       # the English, whatever is set

The subclasses also derive from the built-in exception a Python programmer
would expect (``InvalidArgument`` and ``InvalidDocument`` are ``ValueError``s,
``NotFound`` is a ``LookupError``), so generic handlers keep working.

Misuse that Python itself can tell, such as a records argument of the wrong
type, raises the ordinary ``TypeError``; an unreadable file raises the
``OSError`` that ``open`` raised.
"""

from __future__ import annotations

from typing import Dict, List, Optional, Sequence

__all__ = [
    "Error",
    "InvalidArgument",
    "InvalidDocument",
    "NotFound",
    "OutOfMemory",
    "InternalError",
    "LibraryError",
    "LibraryNotFound",
    "AbiMismatch",
    "OK",
    "INVALID_ARGUMENT",
    "INVALID_DOCUMENT",
    "NOT_FOUND",
    "OUT_OF_MEMORY",
    "INTERNAL",
    "LANGUAGES",
    "set_language",
    "language",
]

# The status codes of liaison.h; their values are frozen forever.
OK = 0
INVALID_ARGUMENT = 1
INVALID_DOCUMENT = 2
NOT_FOUND = 3
OUT_OF_MEMORY = 4
INTERNAL = 5

# The languages of person-facing text, as liaison.h numbers them.
LANGUAGES = {"zh": 0, "en": 1}

_language = "en"


def set_language(language: str) -> None:
    """Chooses the language ``str(error)`` speaks: ``"zh"`` or ``"en"``."""
    global _language
    if language not in LANGUAGES:
        raise ValueError(f'language must be "zh" or "en", not {language!r}')
    _language = language


def language() -> str:
    """The language ``str(error)`` speaks: ``"zh"`` or ``"en"``."""
    return _language


class Error(Exception):
    """A failure reported by the liaison library.

    Attributes:
        code: the status code of liaison.h (``liaison.errors.INVALID_DOCUMENT``
            and so on), or ``None`` for a failure to load the library.
        message: what went wrong and what to do, as the library says it, in
            English.
        message_zh: the same in Chinese (the English where the library has
            no Chinese for it).
        path: the JSON path of the first offending value
            (``"$.cadres[3].activities[7].date"``), or ``""``.
        problems: every problem found, as a list of ``{"path", "message",
            "message_zh"}`` dicts (empty when the error is not about a
            document).
        source: the file the offending document was read from, or ``None``.
    """

    code: Optional[int]
    message: str
    message_zh: str
    path: str
    problems: List[Dict[str, str]]
    source: Optional[str]

    def __init__(
        self,
        message: str,
        *,
        code: Optional[int] = None,
        path: str = "",
        problems: Sequence[Dict[str, str]] = (),
        source: Optional[str] = None,
        message_zh: str = "",
    ) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.message_zh = message_zh or message
        self.path = path
        self.problems = list(problems)
        self.source = source

    def text(self, language: Optional[str] = None) -> str:
        """The message in ``language`` (``"zh"`` or ``"en"``; by default the
        one chosen with :func:`set_language`)."""
        return self.message_zh if (language or _language) == "zh" else self.message

    def __str__(self) -> str:
        if self.source:
            return f"{self.source}: {self.text()}"
        return self.text()

    def __reduce__(self):  # keeps the attributes through pickling (multiprocessing)
        return (_rebuild, (type(self), self.message, self.code, self.path, self.problems,
                           self.source, self.message_zh))


def _rebuild(cls, message, code, path, problems, source, message_zh=""):
    return cls(message, code=code, path=path, problems=problems, source=source,
               message_zh=message_zh)


class InvalidArgument(Error, ValueError):
    """LIAISON_INVALID_ARGUMENT: a malformed argument, e.g. the date
    ``"2026-02-30"`` or a negative quota base."""


class InvalidDocument(Error, ValueError):
    """LIAISON_INVALID_DOCUMENT: a policy, records or request document that
    cannot be used (not JSON, wrong schema, unknown fields, impossible values).
    ``path`` names the first offending value and ``problems`` lists them all."""


class NotFound(Error, LookupError):
    """LIAISON_NOT_FOUND: something asked for by name does not exist, e.g. an
    embedded policy id; the message lists the names there are."""


class OutOfMemory(Error, MemoryError):
    """LIAISON_OUT_OF_MEMORY: the library could not allocate memory."""


class InternalError(Error):
    """LIAISON_INTERNAL: a fault inside the library; please report it."""


class LibraryError(Error):
    """The shared library libliaison could not be used (``code`` is None)."""


class LibraryNotFound(LibraryError):
    """libliaison could not be loaded from any of the places searched; the
    message lists each place and why it failed."""


class AbiMismatch(LibraryError):
    """The libliaison found has a different ABI version from the one this
    package was written for."""


_BY_CODE = {
    INVALID_ARGUMENT: InvalidArgument,
    INVALID_DOCUMENT: InvalidDocument,
    NOT_FOUND: NotFound,
    OUT_OF_MEMORY: OutOfMemory,
    INTERNAL: InternalError,
}


def error_for_code(code: int):
    """The exception class for a status code; :class:`Error` for a code this
    version of the package does not know (codes may be added, never changed)."""
    return _BY_CODE.get(code, Error)
