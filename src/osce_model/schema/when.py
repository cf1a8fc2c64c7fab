"""Days and years in any common form: the one coercion every date-taking function calls.

A day may be given as a :class:`datetime.date`, a :class:`datetime.datetime` (its date is
taken), a ``pandas.Timestamp`` (a datetime), a ``numpy.datetime64`` or an ISO text
``"YYYY-MM-DD"``; a year as an ``int`` (or a NumPy integer), a text of digits ``"2025"``, or
any of the day forms (its year is taken). Anything else is one :class:`TypeError`, and a value
of the right type that names no day (``"2025-13-01"``, ``numpy.datetime64("NaT")``) one
:class:`ValueError`, both naming the parameter and the value.

pandas and NumPy are never imported here: their values are recognised by what they are.
"""

from __future__ import annotations

import datetime as _dt
import operator
from typing import Any, Union

__all__ = ["DayLike", "YearLike", "as_day", "as_year"]

# What a day or a year may be given as (documentation for type checkers and readers: the
# pandas and NumPy types are accepted at run time without being named here).
DayLike = Union[_dt.date, str, Any]
YearLike = Union[int, str, _dt.date, Any]

_DAY_FORMS = (
    "a datetime.date, datetime.datetime, pandas.Timestamp, numpy.datetime64 "
    "or ISO text 'YYYY-MM-DD'"
)


def _is_datetime64(value: object) -> bool:
    cls = type(value)
    return cls.__name__ == "datetime64" and cls.__module__ == "numpy"


def _from_datetime64(value: Any, param: str) -> _dt.date:
    text = str(value.astype("datetime64[D]"))
    if text == "NaT":
        raise ValueError(f"{param} is missing (NaT), not a day")
    return _dt.date.fromisoformat(text)


def as_day(value: DayLike, *, param: str = "day") -> _dt.date:
    """``value`` as a :class:`datetime.date`; TypeError or ValueError naming ``param``."""
    if value.__class__ is _dt.date:  # the common case, first and cheapest
        return value
    if isinstance(value, _dt.datetime):
        if value != value:  # pandas.NaT is a datetime that equals nothing
            raise ValueError(f"{param} is missing (NaT), not a day")
        return value.date()
    if isinstance(value, _dt.date):
        return _dt.date(value.year, value.month, value.day)
    if isinstance(value, str):
        text = value.strip()
        if len(text) != 10 or text[4] != "-" or text[7] != "-":
            raise ValueError(f"{param} must be ISO text 'YYYY-MM-DD', not {value!r}")
        try:
            return _dt.date.fromisoformat(text)
        except ValueError:
            raise ValueError(f"{param} {value!r} is not a day of the calendar") from None
    if _is_datetime64(value):
        return _from_datetime64(value, param)
    if isinstance(value, int) and not isinstance(value, bool):
        raise TypeError(
            f"{param} must be a day ({_DAY_FORMS}), not the int {value!r}: "
            f"for a year, write datetime.date({value}, 1, 1) or the day you mean"
        )
    raise TypeError(f"{param} must be {_DAY_FORMS}, not {type(value).__name__} {value!r}")


def as_year(value: YearLike, *, param: str = "year") -> int:
    """``value`` as a year (an int); TypeError or ValueError naming ``param``."""
    if value.__class__ is int:
        return value
    if isinstance(value, bool):
        raise TypeError(f"{param} must be a year, not the bool {value!r}")
    if isinstance(value, str):
        text = value.strip()
        if text.isascii() and text.isdigit() and len(text) <= 4:
            return int(text)
        if len(text) == 10:
            return as_day(text, param=param).year
        raise ValueError(f"{param} must be a year such as '2025' or a day, not {value!r}")
    if isinstance(value, _dt.date) or _is_datetime64(value):
        return as_day(value, param=param).year
    if not isinstance(value, float):
        try:  # an int subclass or a NumPy integer
            return operator.index(value)
        except TypeError:
            pass
    raise TypeError(
        f"{param} must be a year (an int, '2025', or {_DAY_FORMS}), "
        f"not {type(value).__name__} {value!r}"
    )
