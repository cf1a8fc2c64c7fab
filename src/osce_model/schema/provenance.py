"""What a fact rests on: how precisely it is known, what says so, and how sure we are.

- :class:`PartialDate` — a day known only to the year or the month ("2009", "2008-06").
- :class:`Provenance` — the sources of one fact, its :class:`Status` (stated, derived,
  inferred, disputed), a note, the rule a derived fact follows, and for a disputed fact the
  :class:`Alternative` values other sources give.
- :class:`Claim` — one fact of one record with all of the above, as :func:`provenance` and
  ``Organization.claims()`` give it. A fact whose record says nothing more about it is stated by
  the record's own ``sources``.
"""

from __future__ import annotations

import datetime as _dt
import enum
from collections.abc import Iterator
from typing import Any, Union

import attrs

__all__ = [
    "RULES",
    "Alternative",
    "Claim",
    "FieldProvenance",
    "PartialDate",
    "Provenance",
    "Status",
    "claims_of",
    "first_day",
    "last_day",
    "precision_of",
    "provenance",
]


@attrs.frozen(order=False)
class PartialDate:
    """A day known only to its year, or to its month: ``PartialDate(2009)``,
    ``PartialDate(2008, 6)``. It covers an interval, from :attr:`start` to :attr:`end`; it
    orders by that interval, and reads as ``"2009"`` or ``"2008-06"``. A day known exactly is a
    :class:`datetime.date`, never a PartialDate."""

    year: int
    month: int | None = None

    def __attrs_post_init__(self) -> None:
        if not 1 <= self.year <= 9999:
            raise ValueError(f"the year {self.year} is out of range")
        if self.month is not None and not 1 <= self.month <= 12:
            raise ValueError(f"the month {self.month} is out of range")

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """``"2009"`` or ``"2008-06"`` as a PartialDate; ValueError for anything else."""
        parts = text.split("-")
        if not all(part.isdigit() and part.isascii() for part in parts) or len(parts[0]) != 4:
            raise ValueError(f"expected YYYY or YYYY-MM, got {text!r}")
        if len(parts) == 1:
            return cls(int(parts[0]))
        if len(parts) == 2 and len(parts[1]) == 2:
            return cls(int(parts[0]), int(parts[1]))
        raise ValueError(f"expected YYYY or YYYY-MM, got {text!r}")

    @property
    def precision(self) -> str:
        """ "year" or "month"."""
        return "year" if self.month is None else "month"

    @property
    def start(self) -> _dt.date:
        """The first day it may be."""
        return _dt.date(self.year, self.month or 1, 1)

    @property
    def end(self) -> _dt.date:
        """The last day it may be."""
        if self.month is None or self.month == 12:
            return _dt.date(self.year, 12, 31)
        # The day before the next month's first (no calendar module at import time).
        return _dt.date(self.year, self.month + 1, 1) - _dt.timedelta(days=1)

    def __contains__(self, day: object) -> bool:
        return isinstance(day, _dt.date) and self.start <= day <= self.end

    def __str__(self) -> str:
        return f"{self.year}" if self.month is None else f"{self.year}-{self.month:02d}"

    def isoformat(self) -> str:
        """ISO 8601's reduced precision, as :meth:`datetime.date.isoformat` for a day:
        ``"2009"``, ``"2008-06"``."""
        return str(self)

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, (PartialDate, _dt.date)):
            return NotImplemented
        return (self.start, self.end) < (first_day(other), last_day(other))

    def __le__(self, other: object) -> bool:
        if not isinstance(other, (PartialDate, _dt.date)):
            return NotImplemented
        return (self.start, self.end) <= (first_day(other), last_day(other))

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, (PartialDate, _dt.date)):
            return NotImplemented
        return (self.start, self.end) > (first_day(other), last_day(other))

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, (PartialDate, _dt.date)):
            return NotImplemented
        return (self.start, self.end) >= (first_day(other), last_day(other))


# A day as precisely as the sources give it.
Day = Union[_dt.date, PartialDate]


def first_day(value: Day) -> _dt.date:
    """The earliest day ``value`` may be."""
    return value.start if isinstance(value, PartialDate) else value


def last_day(value: Day) -> _dt.date:
    """The latest day ``value`` may be."""
    return value.end if isinstance(value, PartialDate) else value


def precision_of(value: object) -> str | None:
    """ "day", "month" or "year" for a date; None for a value that is no date."""
    if isinstance(value, PartialDate):
        return value.precision
    if isinstance(value, _dt.date):
        return "day"
    return None


class Status(enum.Enum):
    """How a fact is known."""

    STATED = "stated"  # a cited source says it
    DERIVED = "derived"  # computed from stated facts by a rule (RULES)
    INFERRED = "inferred"  # concluded from sources that do not say it outright (see the note)
    DISPUTED = "disputed"  # sources disagree: the value chosen, and the alternatives


# The rules a derived fact may follow, by name: what the data's ``rule:`` fields refer to.
RULES: dict[str, str] = {
    "day-before-successor": (
        "the last day in office is the day before the successor's first day, where a source "
        "gives the handover but not the last day"
    ),
    "same-day-handover": (
        "the predecessor's last day is the successor's first day, where a source gives one day "
        "for the handover"
    ),
    "signature-of-the-final-act": (
        "the 35 original States participate from 1 August 1975, the day they signed the "
        "Helsinki Final Act"
    ),
    "continues-participation": (
        "a State that continues another's participation carries its start, and counts from the "
        "day the other's participation ended"
    ),
    "decision-day": (
        "a field operation is established on the day of the decision that established it, "
        "where no later first working day is given"
    ),
}


@attrs.frozen(kw_only=True)
class Alternative:
    """A value other sources give for a disputed fact."""

    value: Any
    sources: tuple[str, ...]
    note: str | None = None


@attrs.frozen(kw_only=True)
class Provenance:
    """The sources and status of one fact (or one entry of a list, such as a term)."""

    sources: tuple[str, ...] = ()
    status: Status = Status.STATED
    note: str | None = None
    rule: str | None = None
    alternatives: tuple[Alternative, ...] = ()

    def __attrs_post_init__(self) -> None:
        if self.status is Status.DERIVED and self.rule not in RULES:
            raise ValueError(
                f"a derived fact names its rule, one of {sorted(RULES)}; got {self.rule!r}"
            )
        if self.status is Status.DISPUTED and not self.alternatives:
            raise ValueError("a disputed fact lists the alternatives other sources give")
        if self.alternatives and self.status is not Status.DISPUTED:
            raise ValueError("alternatives belong to a disputed fact (status: disputed)")


@attrs.frozen(kw_only=True)
class FieldProvenance(Provenance):
    """The provenance of one field of a record."""

    field: str


@attrs.frozen(kw_only=True)
class Claim:
    """One fact: a record's field (or one entry of a list field, ``index``), its value, how
    precisely and how surely it is known, and what says so."""

    record: Any
    field: str
    index: int | None
    value: Any
    precision: str | None
    status: Status
    sources: tuple[str, ...]
    note: str | None = None
    rule: str | None = None
    alternatives: tuple[Alternative, ...] = ()

    @property
    def where(self) -> str:
        """``"heads[2]"`` or ``"participating_since"``."""
        return self.field if self.index is None else f"{self.field}[{self.index}]"


# Fields that are about the record, not facts of the OSCE.
_NOT_FACTS = frozenset({"id", "sources", "sources_note", "provenance"})


def _claim(
    record: Any, field: str, index: int | None, value: Any, given: Provenance | None
) -> Claim:
    sources = given.sources if given is not None and given.sources else record_sources(record)
    return Claim(
        record=record,
        field=field,
        index=index,
        value=value,
        precision=_precision(value),
        status=given.status if given is not None else Status.STATED,
        sources=sources,
        note=given.note if given is not None else None,
        rule=given.rule if given is not None else None,
        alternatives=given.alternatives if given is not None else (),
    )


_ORDER = {"day": 0, "month": 1, "year": 2}


def _precision(value: object) -> str | None:
    """A date's precision; for a term or a former name, that of its coarsest date."""
    if _is_entry(value):
        found = [precision_of(getattr(value, name, None)) for name in ("since", "until")]
        known = [p for p in found if p is not None]
        return max(known, key=_ORDER.__getitem__) if known else None
    return precision_of(value)


def record_sources(record: Any) -> tuple[str, ...]:
    """What a record cites for its facts: its ``sources``, or a press release's own ``url``."""
    sources: tuple[str, ...] = getattr(record, "sources", ())
    if sources:
        return sources
    url = getattr(record, "url", None)
    return (url,) if url else ()


def _field_provenance(record: Any, field: str) -> Provenance | None:
    for given in getattr(record, "provenance", ()):
        if given.field == field:
            return given  # type: ignore[no-any-return]
    return None


def provenance(record: Any, field: str, index: int | None = None) -> Claim:
    """The claim a record makes in ``field`` (or in entry ``index`` of a list field).

    >>> import osce_model
    >>> montenegro = osce_model.load().participating_states["Montenegro"]
    >>> claim = osce_model.provenance(montenegro, "participating_since")
    >>> claim.value, claim.precision, claim.status.value
    (datetime.date(2006, 6, 21), 'day', 'stated')
    """
    names = {f.name for f in attrs.fields(type(record))}
    if field not in names or field in _NOT_FACTS:
        raise KeyError(f"{type(record).__name__} has no fact called {field!r}")
    value = getattr(record, field)
    given = _field_provenance(record, field)
    if index is None:
        return _claim(record, field, None, value, given)
    entry = value[index]
    own = getattr(entry, "provenance", None) if _is_entry(entry) else None
    return _claim(record, field, index, entry, own if own is not None else given)


def _is_entry(item: object) -> bool:
    """A term or a former name: a value with its own provenance (a record referred to is not)."""
    return hasattr(item, "provenance") and not hasattr(item, "KEY")


def claims_of(record: Any) -> Iterator[Claim]:
    """Every fact of ``record``: each field that holds a value, and each entry of a list of
    terms or former names on its own."""
    for field in attrs.fields(type(record)):
        if field.name in _NOT_FACTS:
            continue
        value = getattr(record, field.name)
        if value is None and _field_provenance(record, field.name) is not None:
            yield provenance(record, field.name)  # left open, and the data says why
            continue
        if value is None or value == () or value == "":
            continue
        if isinstance(value, tuple) and any(_is_entry(item) for item in value):
            for index in range(len(value)):
                yield provenance(record, field.name, index)
        else:
            yield provenance(record, field.name)
