"""Values as a person reads them: the one function the command line and the HTML cards share."""

from __future__ import annotations

import enum

from .records import FormerName, Officeholder, _Entity

__all__ = ["as_text"]


def as_text(value: object) -> str:
    """``value`` in words: a record by its name, a list joined by commas, a term with its dates
    ("Janez Lenarčič, Director (2008-07-01 – 2014-06-30)"), a former name with the day it
    ended, an enum by its value, nothing for None."""
    if value is None:
        return ""
    if isinstance(value, tuple):
        return ", ".join(as_text(item) for item in value)
    if isinstance(value, str):
        return value
    if isinstance(value, _Entity):
        return str(getattr(value, "name", ""))
    if isinstance(value, Officeholder):
        end = "in office" if value.current else (value.until or "?")
        title = f", {value.title}" if value.title else ""
        return f"{value.name}{title} ({value.since or '?'} – {end})"
    if isinstance(value, FormerName):
        return value.name if value.until is None else f"{value.name} (until {value.until})"
    if isinstance(value, enum.Enum):
        return str(value.value)
    return str(value)
