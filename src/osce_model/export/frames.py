"""pandas DataFrames from records (the optional extra ``osce-model[pandas]``).

Columns are typed and flat, so that a frame goes to Parquet or CSV as it is: dates as
``datetime64[s]`` (NaT where unknown), and where a field may hold a day known only to its
month or year, a ``<field>_precision`` column beside it ("day", "month", "year"; the date
column then holds the first day of that month or year), enums as categories, a record
referred to as its id plus a ``<field>_name`` column with its name (and
``<field>_iso2``/``<field>_iso3`` where it has ISO codes: hosts, chairs, nationalities), and
every list as one text of its items joined by
:data:`LIST_SEPARATOR` (ids, names, URLs, "Name (until 2022-06-01)", "Name, Title (since –
until)"), None where the list is empty. ``org.to_tables()`` gives the same lists as separate
tables. pandas is imported only when a frame is asked for.
"""

from __future__ import annotations

import datetime as _dt
import enum
import typing
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import attrs

from ..errors import require
from ..organization.organization import Organization
from ..schema.provenance import PartialDate, first_day, precision_of
from ..schema.records import _Entity
from ..schema.text import as_text

if TYPE_CHECKING:
    import pandas

__all__ = ["LIST_SEPARATOR", "date_column", "put_days", "to_dataframe"]

# Between the items of a list in one cell.
LIST_SEPARATOR = "; "


def _is_record(value: object) -> bool:
    return isinstance(value, _Entity)


def _ref_id(value: Any) -> object:
    if isinstance(value, str):  # an issuer kept as text
        return value
    return getattr(value, value.KEY)


def _plain(value: Any) -> Any:
    if isinstance(value, tuple):
        return _joined(as_text(item) for item in value)
    if isinstance(value, enum.Enum):
        return value.value
    if attrs.has(type(value)):
        return as_text(value)
    return value


def _joined(texts: Iterable[str]) -> str | None:
    return LIST_SEPARATOR.join(texts) or None


def _columns(records: list[Any]) -> dict[str, list[Any]]:
    columns: dict[str, list[Any]] = {}
    classes = {type(r) for r in records}
    if len(classes) > 1:
        kind_of = Organization.schema.kind_of
        columns["kind"] = [kind_of(r).tag for r in records]
    names: list[str] = []
    for cls in classes:
        for field in attrs.fields(cls):
            if field.name not in names:
                names.append(field.name)
    for name in names:
        values = [getattr(r, name, None) for r in records]
        sample = next((v for v in values if v is not None and v != ()), None)
        if _is_record(sample):
            columns[name] = [None if v is None else _ref_id(v) for v in values]
            columns[f"{name}_name"] = [None if v is None else v.name for v in values]
            for code in ("iso2", "iso3"):
                if any(getattr(v, code, None) for v in values):
                    columns[f"{name}_{code}"] = [getattr(v, code, None) for v in values]
        elif (
            isinstance(sample, tuple)
            and any(_is_record(i) or isinstance(i, str) for i in sample)
            and any(_is_record(i) for v in values for i in (v or ()))
        ):
            columns[name] = [_joined(str(_ref_id(i)) for i in v or ()) for v in values]
            columns[f"{name}_names"] = [
                _joined(i if isinstance(i, str) else i.name for i in v or ()) for v in values
            ]
        else:
            columns[name] = [_plain(v) for v in values]
    return columns


def to_dataframe(records: Iterable[Any]) -> pandas.DataFrame:
    """A DataFrame with one row per record and typed columns."""
    pd: Any = require("pandas", feature="to_dataframe()", extra="pandas")
    rows = list(records)
    columns = _columns(rows)
    frame = pd.DataFrame(columns)
    for name, dtype in _field_dtypes(rows).items():
        if name not in frame:
            continue
        if dtype is _dt.date or dtype is PartialDate:
            values = [getattr(r, name, None) for r in rows]
            put_days(frame, name, values, precision=dtype is PartialDate)
        elif dtype is enum.Enum:
            frame[name] = frame[name].astype("category")
        elif dtype is bool:
            frame[name] = frame[name].astype("boolean")
        elif dtype is int:
            frame[name] = frame[name].astype("Int64")
    return frame


def date_column(values: list[Any]) -> Any:
    """Days as a ``datetime64[s]`` Series (the same unit on every pandas), NaT where unknown; a
    day known only to its month or year as the first day of it (:func:`put_days` says so
    beside it)."""
    pd: Any = require("pandas", feature="to_dataframe()", extra="pandas")
    days = [first_day(v) if isinstance(v, PartialDate) else v for v in values]
    return pd.to_datetime(pd.Series(days, dtype="object")).astype("datetime64[s]")


def put_days(frame: Any, name: str, values: list[Any], *, precision: bool) -> None:
    """Set the column ``name`` of ``frame`` to the days ``values`` (:func:`date_column`); with
    ``precision``, for a field that may hold a month or a year, also a ``<name>_precision``
    column right after it: "day", "month" or "year", None where unknown."""
    frame[name] = date_column(values)
    if precision:
        pd: Any = require("pandas", feature="to_dataframe()", extra="pandas")
        column = pd.Series([precision_of(value) for value in values], dtype="object")
        frame.insert(frame.columns.get_loc(name) + 1, f"{name}_precision", column)


def _field_dtypes(rows: list[Any]) -> dict[str, type]:
    """For each field whose column gets a special dtype: date, enum, bool or int."""
    kinds: dict[str, type] = {}
    for cls in {type(r) for r in rows}:
        hints = typing.get_type_hints(cls)
        for field in attrs.fields(cls):
            options = typing.get_args(hints[field.name]) or (hints[field.name],)
            options = tuple(o for o in options if o is not type(None))
            if len(options) != 1 or not isinstance(options[0], type):
                continue
            hint = options[0]
            if issubclass(hint, enum.Enum):
                kinds[field.name] = enum.Enum
            elif hint in (_dt.date, bool, int):
                kinds[field.name] = hint
        # A day that may be known only to its month or year: date | PartialDate.
        for field in attrs.fields(cls):
            options = tuple(o for o in typing.get_args(hints[field.name]) if o is not type(None))
            if _dt.date in options and all(o is _dt.date or o is PartialDate for o in options):
                kinds[field.name] = PartialDate
    return kinds
