"""Policy: a compiled, immutable policy document, and every question asked of one."""

from __future__ import annotations

import json
import os
import threading
import weakref
from contextlib import contextmanager
from ctypes import byref, c_int32
from typing import (Any, Dict, Iterable, Iterator, List, Mapping, NamedTuple, Optional, Sequence,
                    Tuple, Union)

from . import _inputs, _native
from ._inputs import AsOf, Records
from ._parsing import parse as _parse
from .errors import INVALID_ARGUMENT, InvalidArgument
from .evaluation import Document, Evaluation
from .result_buffer import FORMS, ResultBuffer, checked, form_number

#: A grade as check_grades takes it: a grade id of the scale ("excellent"),
#: an index into the scale (0 is the best grade), or None for no grade.
Grade = Union[str, int, None]

_CONSTRUCT = object()


class GradeCheck(NamedTuple):
    """What :meth:`Policy.check_grades` found in one department's grades."""

    over_cap: int
    """Caps exceeded (one per capped grade over its cap)."""
    above_eligible: int
    """Cadres graded better than the best grade they are eligible for."""
    not_in_scale: int
    """Grades that are not in the policy's scale."""
    missing: int
    """Cadres without a grade."""

    @property
    def passed(self) -> bool:
        """True when the grades are within the policy (all four counts zero)."""
        return not (self.over_cap or self.above_eligible or self.not_in_scale or self.missing)


def _free_policy(free, pointer) -> None:
    free(pointer)


class Policy:
    """A policy document, parsed, validated and compiled by the library.

    Make one with :meth:`embedded`, :meth:`from_file`, :meth:`from_string`
    (alias :meth:`from_json`) or :meth:`from_dict`. A policy is immutable: one
    object may be used by any number of threads at once, and each call
    releases the GIL while the library works.

    Release it with :meth:`close` or a ``with`` block; otherwise it is released
    when garbage-collected. Calls in progress in other threads finish first.

    Records arguments take a dict, JSON text (``str`` or UTF-8 ``bytes``) or a
    file path (a ``pathlib.Path``, or a ``str`` that does not start with ``{``
    or ``[``). Dates take a ``datetime.date`` or ``"YYYY-MM-DD"``.
    """

    __slots__ = (
        "_pointer", "_finalizer", "_lock", "_users", "_closed",
        "_id", "_year", "_fingerprint", "_grades", "_grade_index", "_canonical_json",
        "__weakref__",
    )

    def __init__(self, token: object, pointer: "_native.PolicyPointer") -> None:
        if token is not _CONSTRUCT:
            raise TypeError(
                "use Policy.embedded(), Policy.from_file(), Policy.from_string() or "
                "Policy.from_dict() to make a Policy"
            )
        lib = _native.library()
        self._pointer = pointer
        self._finalizer = weakref.finalize(self, _free_policy, lib.liaison_policy_free, pointer)
        self._lock = threading.Lock()
        self._users = 0
        self._closed = False
        self._id: str = lib.liaison_policy_id(pointer).decode("utf-8")
        self._year: int = lib.liaison_policy_year(pointer)
        self._fingerprint: str = lib.liaison_policy_fingerprint(pointer).decode("ascii")
        count = lib.liaison_policy_grade_count(pointer)
        self._grades: Tuple[str, ...] = tuple(
            lib.liaison_policy_grade_id(pointer, g).decode("utf-8") for g in range(count)
        )
        self._grade_index: Dict[str, int] = {grade: g for g, grade in enumerate(self._grades)}
        self._canonical_json: Optional[str] = None

    # ---- Making policies -------------------------------------------------------

    @classmethod
    def _make(cls, function, data: bytes, source: Optional[str]) -> "Policy":
        pointer = _native.PolicyPointer()
        error = _native.ErrorPointer()
        status = function(data, len(data), byref(pointer), byref(error))
        _native.check_status(status, error, source)
        return cls(_CONSTRUCT, pointer)

    @classmethod
    def embedded(cls, policy_id: str) -> "Policy":
        """One of the policies compiled into the library (``"hunan"``,
        ``"hunan-2018"``; see :func:`embedded_ids`).

        Raises:
            NotFound: there is no such policy; the message lists the ids.
        """
        if not isinstance(policy_id, str):
            raise TypeError(f"policy_id must be a str, not {type(policy_id).__name__}")
        return cls._make(_native.library().liaison_policy_embedded,
                         policy_id.encode("utf-8"), None)

    @classmethod
    def from_string(cls, text: Union[str, bytes]) -> "Policy":
        """A policy from its JSON text (liaison.policy/1, docs/policy.md).

        Raises:
            InvalidDocument: the document cannot be used; ``path`` names the
                first problem and ``problems`` lists every one.
        """
        if not isinstance(text, (str, bytes, bytearray, memoryview)):
            raise TypeError(f"text must be a str or bytes, not {type(text).__name__}")
        return cls._make(_native.library().liaison_policy_from_json,
                         _inputs.text_bytes(text), None)

    from_json = from_string

    @classmethod
    def from_dict(cls, document: Mapping[str, Any]) -> "Policy":
        """A policy from a policy document as a dict (e.g. :meth:`as_dict`
        of another policy, changed)."""
        if not isinstance(document, Mapping):
            raise TypeError(f"document must be a dict, not {type(document).__name__}")
        return cls._make(_native.library().liaison_policy_from_json,
                         _inputs.dumps(document), None)

    @classmethod
    def from_file(cls, path: "Union[str, os.PathLike[str]]") -> "Policy":
        """A policy from a JSON file. Errors name the file in ``source``.

        Raises:
            OSError: the file cannot be read.
            InvalidDocument: as for :meth:`from_string`.
        """
        data, name = _inputs.read_file(path)
        return cls._make(_native.library().liaison_policy_from_json, data, name)

    @staticmethod
    def embedded_ids() -> List[str]:
        """The ids of the policies compiled into the library."""
        return embedded_ids()

    # ---- Lifetime ----------------------------------------------------------------

    @contextmanager
    def _use(self) -> Iterator["_native.PolicyPointer"]:
        """The handle, kept alive for the duration of a call."""
        with self._lock:
            if self._closed:
                raise ValueError(f"the policy {self._id!r} is closed")
            self._users += 1
        try:
            yield self._pointer
        finally:
            with self._lock:
                self._users -= 1
                release = self._closed and self._users == 0
            if release:
                self._finalizer()

    def close(self) -> None:
        """Releases the library's policy. Further calls raise ValueError;
        closing twice is allowed."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
            release = self._users == 0
        if release:
            self._finalizer()

    @property
    def closed(self) -> bool:
        """True after :meth:`close`."""
        return self._closed

    def __enter__(self) -> "Policy":
        return self

    def __exit__(self, *exception: object) -> None:
        self.close()

    # ---- Identity ------------------------------------------------------------------

    @property
    def id(self) -> str:
        """The policy's id, e.g. ``"hunan"``."""
        return self._id

    @property
    def year(self) -> int:
        """The (first) year the policy covers; a recurring policy also covers
        every later year."""
        return self._year

    @property
    def fingerprint(self) -> str:
        """``"sha256:"`` and 64 hex digits of the canonical JSON; stamped into
        every result so any decision can be traced to its policy."""
        return self._fingerprint

    @property
    def grades(self) -> Tuple[str, ...]:
        """The grading scale, best first: ``("excellent", "good", "fair", "poor")``."""
        return self._grades

    @property
    def canonical_json(self) -> str:
        """The canonical JSON: every field, defaults included, in a fixed order.
        Parsing it gives an equal policy (same fingerprint)."""
        if self._canonical_json is None:
            lib = _native.library()
            with self._use() as pointer:
                self._canonical_json = _native.call_document(
                    lib.liaison_policy_canonical_json, pointer)
        return self._canonical_json

    @property
    def warnings(self) -> List[Dict[str, str]]:
        """What in this valid policy is probably not what its author meant, as
        ``liaison policy validate`` warns of it: a list of ``{"path", "code",
        "zh", "en"}`` (docs/policy.md §14), empty when nothing is."""
        lib = _native.library()
        with self._use() as pointer:
            return json.loads(_native.call_document(lib.liaison_policy_warnings_json, pointer))

    def as_dict(self) -> Document:
        """The canonical document as a new dict (change it and pass it to
        :meth:`from_dict` to derive a policy)."""
        return json.loads(self.canonical_json)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Policy):
            return NotImplemented
        return self._fingerprint == other._fingerprint

    def __hash__(self) -> int:
        return hash(self._fingerprint)

    def __repr__(self) -> str:
        state = " closed" if self._closed else ""
        return f"<liaison.Policy {self._id!r} year {self._year} {self._fingerprint[:15]}…{state}>"

    def __reduce__(self):
        # Pickled as its canonical JSON, so a policy can be sent to worker processes.
        return (Policy.from_string, (self.canonical_json,))

    # ---- Records: evaluation, progress, proposal, check ------------------------------

    def _on_records(self, call, function, records: Records, as_of: AsOf):
        """`call(function, policy, records, length, as_of, length, source=…)`,
        one of _native's call helpers, on a records argument and a date."""
        data, source = _inputs.document(records, "records")
        date = _inputs.as_of_bytes(as_of)
        with self._use() as pointer:
            return call(function, pointer, data, len(data), date, len(date), source=source)

    def _records_call(self, function, records: Records, as_of: AsOf) -> Document:
        return _parse(self._on_records(_native.call_document, function, records, as_of))

    def _into(self, buffer: Optional[ResultBuffer], form: int, records: Records,
              as_of: AsOf) -> str:
        """The evaluation's text in the C ABI's ``form``, written into
        ``buffer`` (into a buffer of this call's own when None)."""
        if buffer is None:
            with ResultBuffer() as own:
                return self._into(own, form, records, as_of)
        return self._on_records(checked(buffer)._write, form, records, as_of)

    def evaluate(self, records: Records, as_of: AsOf, *,
                 buffer: Optional[ResultBuffer] = None) -> Document:
        """Evaluates every cadre of a records document (liaison.records/1) as
        of a date: the liaison.evaluation/1 document (docs/records.md §6).

        ``results`` has one entry per input cadre, in input order: ``{"ok":
        True, "report": {...}}`` with the findings, score and eligible grade, or
        ``{"ok": False, "error": {...}}`` with the JSON path of the first bad
        value in that cadre. ``departments`` has the department findings.

        Raises:
            InvalidArgument: ``as_of`` is not a calendar date.
            InvalidDocument: the document as a whole is unusable (not JSON,
                wrong schema, a year the policy does not cover: path ``$.year``).

        With ``buffer``, a :class:`~liaison.ResultBuffer`, the library writes
        the text into it, kept from call to call, instead of into new memory:
        for batch after batch on one thread (docs/python.md).
        """
        if buffer is not None:
            return _parse(self._into(buffer, FORMS["document"], records, as_of))
        return self._records_call(_native.library().liaison_evaluate_json, records, as_of)

    def evaluate_json(self, records: Records, as_of: AsOf, *, form: str = "document",
                      buffer: Optional[ResultBuffer] = None) -> str:
        """The evaluation as the library writes it, JSON text not parsed, to
        store or send as it is: ``form`` ``"document"`` is :meth:`evaluate`'s,
        ``"lean"`` :meth:`evaluate_lean`'s, ``"lines"`` JSON Lines (a header
        line, then one entry a line, as :meth:`evaluate_stream` reads them).
        ``buffer`` as for :meth:`evaluate`. Raises as :meth:`evaluate`, and
        InvalidArgument for another form."""
        return self._into(buffer, form_number(form), records, as_of)

    def evaluate_each(self, records: Records, as_of: AsOf) -> Evaluation:
        """Evaluates like :meth:`evaluate`, in one call, but leaves the result
        as the library wrote it: an :class:`~liaison.Evaluation`, a sequence
        of the ``results`` entries that decodes each one when it is read
        (``entry_json(i)`` gives its JSON bytes without decoding). For an
        organ of many thousands of cadres, read or store the reports one at a
        time instead of holding all of them as Python objects at once. Close
        it (or use ``with``) to release the document. Raises as
        :meth:`evaluate`."""
        lib = _native.library()
        located = self._on_records(_native.call_indexed, lib.liaison_evaluate_json_indexed,
                                   records, as_of)
        return Evaluation._take(lib, *located)

    def evaluate_stream(self, source: Any, as_of: AsOf, piece_size: int = 1 << 16, *,
                        lean: bool = False):
        """Evaluates like :meth:`evaluate`, but reads the records in pieces
        (a path, a binary file, bytes, or an iterable of bytes; either form of
        docs/records.md) and yields each result entry as its cadre is read:
        a :class:`liaison.stream.ResultStream`. Memory stays bounded by the
        largest cadre, whatever their number. With ``lean`` the entries are
        :meth:`evaluate_lean`'s, for :meth:`render` later."""
        from .stream import evaluate_stream

        return evaluate_stream(self, source, as_of, piece_size, lean)

    def evaluate_lean(self, records: Records, as_of: AsOf, *,
                      buffer: Optional[ResultBuffer] = None) -> Document:
        """Evaluates like :meth:`evaluate` and returns the lean form
        (liaison.evaluation-lean/1, docs/records.md): each finding with its
        rule id, status and numbers, without kind, title, basis or message;
        participations and department findings without their texts. A third
        of the bytes to store or send; :meth:`render` gives the full document
        back. ``buffer`` and raises as :meth:`evaluate`."""
        if buffer is not None:
            return _parse(self._into(buffer, FORMS["lean"], records, as_of))
        return self._records_call(_native.library().liaison_evaluate_json_lean, records, as_of)

    def render(self, lean: Records) -> Document:
        """The full evaluation document (liaison.evaluation/1) of a lean one
        made under this policy (a dict, JSON text or a file path, like a
        records argument): equal to what :meth:`evaluate` gives for the same
        records and date, titles and messages in both languages included.

        Raises:
            InvalidDocument: not a lean document, one made under another
                policy (path ``$.policy.fingerprint``), or one with a rule,
                status or term this policy does not have (with its path).
        """
        data, source = _inputs.document(lean, "lean result")
        with self._use() as pointer:
            text = _native.call_document(_native.library().liaison_render_json, pointer, data,
                                         len(data), source=source)
        return _parse(text)

    def progress(self, records: Records, as_of: AsOf, *, allow_errors: bool = False) -> Document:
        """The progress overview (liaison.progress/1) as of a date: per
        department and rule, how many cadres are done, on pace and behind, and
        whom to follow up (the mid-year review, 二.4.(1)).

        Raises as :meth:`evaluate`, and :class:`~liaison.IncompleteResult`
        (naming each cadre and the path of each problem) when a cadre's record
        is bad, unless ``allow_errors`` is True: then the bad cadre counts in
        its department's ``errors`` (or ``errors_without_department``)."""
        lib = _native.library()
        function = lib.liaison_progress_json_allowing_errors if allow_errors \
            else lib.liaison_progress_json
        return self._records_call(function, records, as_of)

    def propose(self, records: Records, as_of: AsOf, *, allow_errors: bool = False) -> Document:
        """Proposed grades (liaison.proposal/1): the quota units with their
        caps, and per input cadre its rank, proposed grade and explanation.
        Raises as :meth:`progress`; with ``allow_errors`` a bad cadre is an
        entry with ``"ok": False`` and is listed in ``errors``."""
        lib = _native.library()
        function = lib.liaison_propose_json_allowing_errors if allow_errors \
            else lib.liaison_propose_json
        return self._records_call(function, records, as_of)

    def check(self, records: Records, as_of: AsOf) -> Document:
        """The grades a records document assigns (each cadre's ``grade``),
        checked against the caps and each cadre's eligibility
        (liaison.grade-check/1). ``passed`` is True when every grade is within
        the policy and every record could be evaluated; ``units[].violations``
        says what is wrong. Raises as :meth:`evaluate`."""
        data, source = _inputs.document(records, "records")
        date = _inputs.as_of_bytes(as_of)
        with self._use() as pointer:
            # The `passed` output (NULL here) repeats the document's "passed".
            text = _native.call_document(_native.library().liaison_check_json, pointer, data,
                                         len(data), date, len(date), outputs=(None,),
                                         source=source)
        return _parse(text)

    def report_html(self, records: Records, as_of: AsOf,
                    department: Union[str, Sequence[str], None] = None,
                    language: str = "zh", *, cadres: Union[str, Sequence[str], None] = None,
                    allow_errors: bool = False) -> str:
        """The department report (docs/report.md) as one self-contained HTML
        document: per department a chart of each binding rule (met, on pace,
        behind, overdue), the grades against the caps, a table of cadres, the
        mid-year review up to the policy's checkpoint and one sheet per cadre
        (考核表), printed one per A4 page. Inline CSS and SVG: no script, no
        network, no other file. The same text as ``liaison report``.

        ``department`` is a department id of the records, or a list of them
        (None: the whole organ); ``cadres`` a cadre id or a list of them
        (None: every cadre of those departments). They choose the cadres
        shown, as ``liaison report --department --cadre`` do: grades and caps
        still count every cadre of a quota unit. ``language`` is ``"zh"``
        (default) or ``"en"``.

        A cadre whose record is bad raises IncompleteResult, as
        :meth:`progress` does, unless ``allow_errors`` is True: then the page
        is made from the other cadres and lists the bad ones (name, id, where
        and why), as ``liaison report`` writes it.

        >>> page = hunan.report_html(records, "2026-12-31", department="org")
        >>> Path("org.html").write_text(page, encoding="utf-8")
        >>> two = hunan.report_html(records, "2026-12-31", cadres=["c01", "c03"])

        Raises:
            InvalidArgument: ``as_of`` is not a calendar date, ``language`` is
                neither "zh" nor "en", or a department or cadre is not in the
                records.
            IncompleteResult: a cadre's record is bad (without ``allow_errors``).
            InvalidDocument: as :meth:`evaluate`.
        """
        if language not in ("zh", "en"):
            raise InvalidArgument(f'language must be "zh" or "en", not {language!r}',
                                  code=INVALID_ARGUMENT)
        data, source = _inputs.document(records, "records")
        date = _inputs.as_of_bytes(as_of)
        english = 1 if language == "en" else 0
        # One department is the list of one: liaison_report_html_filtered
        # covers what liaison_report_html does.
        listed = _inputs.comma_list(department, "department")
        chosen = _inputs.comma_list(cadres, "cadres")
        lib = _native.library()
        function = lib.liaison_report_html_allowing_errors if allow_errors \
            else lib.liaison_report_html_filtered
        with self._use() as pointer:
            return _native.call_document(
                function, pointer, data, len(data), date,
                len(date), listed, len(listed), chosen, len(chosen), english, source=source)

    def diff(self, after: "Policy", records: Records, as_of: AsOf, *,
             allow_errors: bool = False) -> Document:
        """What changes from this policy to ``after`` (liaison.policy-diff/1):
        the parameters that differ and, on the same records as of a date, per
        cadre the rule statuses, score, eligibility and proposed grade, per
        department the caps and grade distribution. Raises as
        :meth:`progress` when a cadre's record is bad under either policy;
        with ``allow_errors`` that cadre is listed with its errors and counted
        in ``summary.errors``."""
        if not isinstance(after, Policy):
            raise TypeError(f"after must be a Policy, not {type(after).__name__}")
        data, source = _inputs.document(records, "records")
        date = _inputs.as_of_bytes(as_of)
        lib = _native.library()
        function = lib.liaison_diff_json_allowing_errors if allow_errors else lib.liaison_diff_json
        with self._use() as before_pointer, after._use() as after_pointer:
            text = _native.call_document(function, before_pointer,
                                         after_pointer, data, len(data), date, len(date),
                                         source=source)
        return _parse(text)

    def write_xlsx(self, records: Records, as_of: AsOf, path: "Union[str, os.PathLike[str]]",
                   kind: str = "evaluate", language: str = "zh") -> None:
        """Writes the results of ``kind`` ("evaluate", "progress", "grade" or
        "check") on the records as of a date to the XLSX workbook ``path``, as
        ``liaison KIND --xlsx`` does; see :func:`liaison.ledger.write_xlsx`."""
        from . import ledger

        with self._use():  # a closed policy raises ValueError
            ledger.write_xlsx(self, records, as_of, path, kind, language)

    # ---- Grading, typed ---------------------------------------------------------------

    def caps(self, base: int) -> Dict[str, Optional[int]]:
        """The quota caps for a department of ``base`` cadres, by grade id in
        scale order: the most cadres that may hold each grade (with cumulative
        caps: that grade or better), ``None`` for a grade without a cap.

        >>> hunan.caps(10)
        {'excellent': 3, 'good': 5, 'fair': None, 'poor': None}

        Raises:
            InvalidArgument: ``base`` is negative.
        """
        base = _inputs.int32(base, "base")
        count = len(self._grades)
        caps = (c_int32 * max(count, 1))()
        error = _native.ErrorPointer()
        with self._use() as pointer:
            status = _native.library().liaison_grade_caps(pointer, base, caps, count, byref(error))
        _native.check_status(status, error)
        return {grade: (caps[g] if caps[g] >= 0 else None) for g, grade in enumerate(self._grades)}

    def caps_document(self, base: int) -> Document:
        """The caps for ``base`` cadres as a document (liaison.caps/1), each
        with its derivation in Chinese and English ("优 上限 3 = floor(0.30 × 10)")."""
        base = _inputs.int32(base, "base")
        with self._use() as pointer:
            text = _native.call_document(_native.library().liaison_caps_json, pointer, base)
        return _parse(text)

    def _grade_indices(self, grades: Iterable[Grade], what: str) -> List[int]:
        out_of_scale = len(self._grades)  # any index outside the scale counts the same
        indices = []
        for position, grade in enumerate(grades):
            if grade is None:
                indices.append(-1)
            elif isinstance(grade, str):
                indices.append(self._grade_index.get(grade, out_of_scale))
            elif isinstance(grade, int) and not isinstance(grade, bool):
                in_range = _inputs.INT32_MIN <= grade <= _inputs.INT32_MAX
                indices.append(grade if in_range else out_of_scale)
            else:
                raise TypeError(
                    f"{what}[{position}] must be a grade id (str), a grade index (int) or None, "
                    f"not {type(grade).__name__}"
                )
        return indices

    def check_grades(
        self, grades: Sequence[Grade], eligible: Optional[Sequence[Grade]] = None
    ) -> GradeCheck:
        """Checks one department's grades, typed and fast (no documents).

        Args:
            grades: one entry per cadre of the department's quota base: a grade
                id (``"excellent"``), an index into :attr:`grades` (0 is the
                best), or None for a cadre without a grade yet. Its length is
                the quota base the caps are computed for.
            eligible: None (eligibility not checked) or, per cadre, the best
                grade it is eligible for (id or index; None: none).

        Returns:
            The counts of caps exceeded, cadres above their eligibility, grades
            outside the scale (an unknown id counts here) and missing grades.

        Raises:
            InvalidArgument: ``eligible`` is not as long as ``grades``.
        """
        grade_indices = self._grade_indices(grades, "grades")
        count = len(grade_indices)
        grade_array = (c_int32 * count)(*grade_indices)
        eligible_array = None
        if eligible is not None:
            eligible_indices = self._grade_indices(eligible, "eligible")
            if len(eligible_indices) != count:
                raise InvalidArgument(
                    f"eligible has {len(eligible_indices)} entries but grades has {count}; "
                    f"give one per cadre",
                    code=INVALID_ARGUMENT,
                )
            eligible_array = (c_int32 * count)(*eligible_indices)
        over_cap, above_eligible, not_in_scale, missing = c_int32(), c_int32(), c_int32(), c_int32()
        error = _native.ErrorPointer()
        with self._use() as pointer:
            status = _native.library().liaison_grade_check(
                pointer, grade_array, count, eligible_array, byref(over_cap),
                byref(above_eligible), byref(not_in_scale), byref(missing), byref(error))
        _native.check_status(status, error)
        return GradeCheck(over_cap.value, above_eligible.value, not_in_scale.value, missing.value)


def embedded_ids() -> List[str]:
    """The ids of the policies compiled into the library, e.g.
    ``["hunan-2018", "hunan"]``."""
    lib = _native.library()
    return json.loads(_native.call_document(lib.liaison_policy_embedded_ids))
