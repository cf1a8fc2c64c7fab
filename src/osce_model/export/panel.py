"""Membership tables for panel data: the periods of each State and Partner, and the panel.

:func:`membership_periods` says, once, when each State participated, was suspended or was a
Partner, under which name; :func:`membership_panel` lays those periods out on a grid of years,
months or days. Both read the same fields as ``participating_on``, and a test checks that the
panel agrees with :meth:`~osce_model.Organization.participating_states_on` on every date.
Reached from :class:`~osce_model.Organization` through its ``membership_periods()`` and
``membership_panel()`` methods (needs pandas).
"""

from __future__ import annotations

import datetime as _dt
import itertools
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, overload

import attrs

from ..errors import require
from ..schema.provenance import PartialDate, first_day, last_day
from ..schema.records import FormerParticipatingState, ParticipatingState, Partner
from ..schema.when import YearLike, as_day, as_year

if TYPE_CHECKING:
    import pandas

    from ..organization.organization import Organization

__all__ = ["FREQUENCIES", "PERIOD_COLUMNS", "membership_panel", "membership_periods"]

FREQUENCIES = ("year", "month", "day")
# Identifiers copied to both tables from the records, where the records have them.
_CODES = ("iso2", "iso3", "iso_numeric", "m49", "wikidata", "cow", "gwcode")
PERIOD_COLUMNS = (
    "id",
    "kind",
    "status",
    "start",
    "end",
    "start_precision",
    "end_precision",
    "name",
    "partner_group",
)


@attrs.frozen
class _Period:
    record: Any
    kind: str
    status: str
    start: _dt.date | None
    end: _dt.date | None  # the first day not in the period; None while it lasts
    name: str | None


def _cuts(until: object) -> tuple[_dt.date, ...]:
    """Where a former name's end may change the name of the time: on the day, or around the
    month or year of a rename known only that far (``name_on`` is None within it)."""
    if isinstance(until, PartialDate):
        return (until.start, until.end + _dt.timedelta(days=1))
    return (until,) if isinstance(until, _dt.date) else ()


def _split_by_name(
    record: Any, kind: str, status: str, start: _dt.date | None, end: _dt.date | None
) -> Iterator[_Period]:
    """The period cut where the name changed, each piece with the name then used."""
    name_on = getattr(record, "name_on", None)
    if name_on is None or start is None:
        yield _Period(record, kind, status, start, end, record.name)
        return
    cuts = sorted(
        day
        for day in {
            cut for former in getattr(record, "former_names", ()) for cut in _cuts(former.until)
        }
        if start < day and (end is None or day < end)
    )
    edges: list[_dt.date | None] = [start, *cuts, end]
    for first, after in itertools.pairwise(edges):
        assert first is not None
        yield _Period(record, kind, status, first, after, name_on(first))


@overload
def _first(value: None) -> None: ...
@overload
def _first(value: object) -> _dt.date: ...
def _first(value: object) -> _dt.date | None:
    """A day, or the first day of one known only to its month or year (as ``participating_on``
    reads it)."""
    if value is None:
        return None
    if isinstance(value, PartialDate):
        return value.start
    assert isinstance(value, _dt.date)
    return value


def _periods(org: Organization) -> list[_Period]:
    periods: list[_Period] = []
    for state in org.participating_states:
        start = _first(state.participating_since)
        continued = state.continues
        if continued is not None and continued.participating_until is not None:
            start = max(start, _first(continued.participating_until))
        periods.extend(_split_by_name(state, "participating_state", "participating", start, None))
    for former in org.former_participating_states:
        stop = _first(former.participating_until)
        suspended = _first(former.suspended_since)
        until = suspended if suspended is not None and (stop is None or suspended < stop) else stop
        periods.extend(
            _split_by_name(
                former,
                "former_participating_state",
                "participating",
                _first(former.participating_since),
                until,
            )
        )
        if until is not None and until == suspended:
            periods.extend(
                _split_by_name(former, "former_participating_state", "suspended", suspended, stop)
            )
    for kind in ("partners", "former_partners"):
        tag = org.collections()[kind].kind.tag
        for partner in org.collections()[kind]:
            periods.extend(
                _split_by_name(
                    partner,
                    tag,
                    "partner",
                    _first(partner.partner_since),
                    _first(partner.partner_until),
                )
            )
    return periods


def _codes(records: list[Any]) -> list[str]:
    return [c for c in _CODES if any(getattr(r, c, None) is not None for r in records)]


def membership_periods(org: Organization) -> pandas.DataFrame:
    """One row per period of each State and Partner.

    ``status`` is "participating", "suspended" or "partner"; ``start`` is the first day and
    ``end`` the first day after the period (NaT while it lasts, or where unknown, as the
    ``*_precision`` columns say: "day" or "unknown"); ``name`` is the name used throughout the
    period (a period is cut where the name changed; None where the data cannot tell); then the
    Partner group and the codes (ISO 3166-1 and any other identifier the records carry).
    """
    pd: Any = require("pandas", feature="membership_periods()", extra="pandas")
    periods = _periods(org)
    codes = _codes([p.record for p in periods])
    columns: dict[str, list[Any]] = {
        "id": [p.record.id for p in periods],
        "kind": [p.kind for p in periods],
        "status": [p.status for p in periods],
        "start": [p.start for p in periods],
        "end": [p.end for p in periods],
        "start_precision": ["unknown" if p.start is None else "day" for p in periods],
        "end_precision": [_end_precision(p) for p in periods],
        "name": [p.name for p in periods],
        "partner_group": [_group(p.record) for p in periods],
    }
    for code in codes:
        columns[code] = [getattr(p.record, code, None) for p in periods]
    frame = pd.DataFrame(columns)
    for column in ("start", "end"):
        frame[column] = pd.to_datetime(pd.Series(columns[column], dtype="object"))
    for column in ("kind", "status", "partner_group"):
        frame[column] = frame[column].astype("category")
    return frame


def _end_precision(period: _Period) -> str:
    if period.end is not None:
        return "day"
    return "open" if period.status != "partner" or period.kind == "partner" else "unknown"


def _group(record: Any) -> str | None:
    return record.group.value if isinstance(record, Partner) else None


def _bounds(org: Organization, start: YearLike, end: YearLike | None) -> tuple[_dt.date, _dt.date]:
    def day(value: Any, last: bool) -> _dt.date:
        if isinstance(value, (_dt.date, str)) and not (isinstance(value, str) and value.isdigit()):
            return as_day(value, param="end" if last else "start")
        year = as_year(value, param="end" if last else "start")
        return _dt.date(year, 12, 31) if last else _dt.date(year, 1, 1)

    first = day(start, last=False)
    final = org.data_as_of if end is None else day(end, last=True)
    if final < first:
        raise ValueError(f"the panel's end {final} is before its start {first}")
    return first, final


def _observation_days(first: _dt.date, final: _dt.date, freq: str) -> Any:
    """The day each period of the grid is observed on: its last day, or ``final`` if sooner."""
    import numpy

    np: Any = numpy
    if freq == "day":
        return np.arange(first, final + _dt.timedelta(days=1), dtype="datetime64[D]")
    unit = "Y" if freq == "year" else "M"
    periods = np.arange(
        np.datetime64(first, unit), np.datetime64(final, unit) + 1, dtype=f"datetime64[{unit}]"
    )
    last_days = (periods + 1).astype("datetime64[D]") - 1
    return np.minimum(last_days, np.datetime64(final, "D"))


def membership_panel(
    org: Organization, start: YearLike = 1975, end: YearLike | None = None, freq: str = "year"
) -> pandas.DataFrame:
    """A tidy long table: one row per State or Partner and year, month or day.

    Each year (month) is observed on its last day, or on ``end`` if sooner (``end`` defaults to
    the day the data was checked); ``start`` and ``end`` are years or days. A State or Partner
    has a row for each date on which it participated, was suspended or was a Partner (a
    Partner whose start is unknown has rows only from the next known change). Columns: the
    date observed, its year (and month), the id and kind, ``participating``, ``suspended``,
    ``partner``, the name used then, the Partner group, ``chairing`` (it held the
    Chairpersonship that year), ``troika`` (it chaired that year, the year before or after),
    ``field_operations_hosted`` (how many were active on its soil that day) and the codes.
    """
    pd: Any = require("pandas", feature="membership_panel()", extra="pandas")
    import numpy

    np: Any = numpy

    if freq not in FREQUENCIES:
        raise ValueError(f"freq must be one of {', '.join(FREQUENCIES)}, not {freq!r}")
    first, final = _bounds(org, start, end)
    days = _observation_days(first, final, freq)
    years = days.astype("datetime64[Y]").astype(np.int64) + 1970
    chaired: dict[str, list[int]] = {}
    for chair in org.chairpersonships:
        chaired.setdefault(chair.state.id, []).append(chair.year)
    operations: dict[str, list[tuple[Any, Any]]] = {}
    for op in org.field_operations:
        if op.established is not None:
            # The days it is known to have operated (as FieldOperation.active_on counts them).
            closed = (
                np.datetime64(first_day(op.closed), "D")
                if op.closed is not None
                else np.datetime64("9999-12-31")
            )
            operations.setdefault(op.host.id, []).append(
                (np.datetime64(last_day(op.established), "D"), closed)
            )

    periods = [p for p in _periods(org) if p.start is not None]
    codes = _codes([p.record for p in periods])
    chunks: list[dict[str, Any]] = []
    for period in periods:
        inside = days >= np.datetime64(period.start, "D")
        if period.end is not None:
            inside &= days < np.datetime64(period.end, "D")
        where = np.nonzero(inside)[0]
        if not len(where):
            continue
        record = period.record
        on = days[where]
        in_years = years[where]
        is_state = isinstance(record, (ParticipatingState, FormerParticipatingState))
        held = chaired.get(record.id, []) if is_state else []
        hosted = np.zeros(len(where), dtype=np.int64)
        if is_state:
            for established, closed in operations.get(record.id, []):
                hosted += (on >= established) & (on <= closed)
        chunk: dict[str, Any] = {
            "date": on,
            "year": in_years,
            "id": record.id,
            "kind": period.kind,
            "status": period.status,
            "participating": period.status == "participating",
            "suspended": period.status == "suspended",
            "partner": period.status == "partner",
            "name": period.name,
            "partner_group": _group(record),
            "chairing": np.isin(in_years, held),
            "troika": np.isin(in_years, [y + d for y in held for d in (-1, 0, 1)]),
            "field_operations_hosted": hosted,
        }
        for code in codes:
            chunk[code] = getattr(record, code, None)
        chunks.append(chunk)
    columns = [
        "date",
        "year",
        "id",
        "kind",
        "status",
        "participating",
        "suspended",
        "partner",
        "name",
        "partner_group",
        "chairing",
        "troika",
        "field_operations_hosted",
        *codes,
    ]
    # One array per column: a frame per chunk, or an array per chunk and column, is slow.
    # A chunk's single values are laid out by repeating each chunk's number over its rows.
    owner = np.repeat(np.arange(len(chunks)), [len(chunk["date"]) for chunk in chunks])
    data: dict[str, Any] = {}
    for column in columns:
        if chunks and isinstance(chunks[0][column], np.ndarray):
            data[column] = np.concatenate([chunk[column] for chunk in chunks])
        else:
            single = np.empty(len(chunks), dtype=object)
            single[:] = [chunk[column] for chunk in chunks]
            data[column] = single[owner]
    frame = pd.DataFrame(data)
    for column in ("participating", "suspended", "partner", "chairing", "troika"):
        frame[column] = frame[column].astype(bool)
    frame["date"] = frame["date"].astype("datetime64[ns]")
    if freq == "month":
        frame.insert(2, "month", frame["date"].dt.month.astype("int64"))
    for column in ("kind", "status", "partner_group"):
        frame[column] = frame[column].astype("category")
    frame = frame.sort_values(["date", "kind", "id"], kind="stable", ignore_index=True)
    return frame
