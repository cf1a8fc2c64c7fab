"""pandas DataFrames from records (the optional extra ``osce-model[pandas]``).

Columns are typed: dates as ``datetime64`` (NaT where unknown), enums as categories, a record
referred to as its id plus a ``<field>_name`` column with its name, lists of references as
tuples of ids plus tuples of names. pandas is imported only when a frame is asked for.
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
from ..schema.records import _Entity

if TYPE_CHECKING:
    import pandas

__all__ = ["to_dataframe"]


def _is_record(value: object) -> bool:
    return isinstance(value, _Entity)


def _ref_id(value: Any) -> object:
    if isinstance(value, str):  # an issuer kept as text
        return value
    return getattr(value, value.KEY)


def _plain(value: Any) -> Any:
    if attrs.has(type(value)):
        return {f.name: _plain(getattr(value, f.name)) for f in attrs.fields(type(value))}
    if isinstance(value, tuple):
        return tuple(_plain(item) for item in value)
    if isinstance(value, enum.Enum):
        return value.value
    return value


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
        elif (
            isinstance(sample, tuple)
            and any(_is_record(i) or isinstance(i, str) for i in sample)
            and any(_is_record(i) for v in values for i in (v or ()))
        ):
            columns[name] = [tuple(_ref_id(i) for i in v or ()) for v in values]
            columns[f"{name}_names"] = [
                tuple(i if isinstance(i, str) else i.name for i in v or ()) for v in values
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
        if dtype is _dt.date:
            frame[name] = pd.to_datetime(pd.Series(columns[name], dtype="object"))
        elif dtype is enum.Enum:
            frame[name] = frame[name].astype("category")
        elif dtype is bool:
            frame[name] = frame[name].astype("boolean")
        elif dtype is int:
            frame[name] = frame[name].astype("Int64")
    return frame


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
    return kinds
