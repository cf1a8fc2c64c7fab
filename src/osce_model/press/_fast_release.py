"""A fast path for building press releases from JSON data, for corpora of 100,000 releases.

It accepts exactly what the strict converter accepts for plain JSON values, and builds the same
record; anything it is not sure of (a wrong type, an unknown id, an extra key) it declines by
returning None, and the converter then structures the data and reports the problem. A test
checks on mutated data that whenever this path builds a record the converter builds an equal
one.

The field set is derived from ``attrs.fields(PressRelease)``: fields of plain types (text,
optional text, optional date, a tuple of texts) are handled by their type, the linked ones
(issuers, fields of work, States, mentions) by name; a record with any other field is declined,
so that a field added to PressRelease is never dropped here.
"""

from __future__ import annotations

import datetime as _dt
import typing
from typing import Any

import attrs

from ..organization.organization import Organization
from ..schema.records import (
    MENTION_PLACES,
    FieldOfWork,
    FormerParticipatingState,
    Issuer,
    Mention,
    ParticipatingState,
    PressRelease,
)
from ..storage.converter import Resolver

__all__ = ["FastReleaseBuilder"]

_LINKED = frozenset({"issuers", "fields_of_work", "mentioned_states", "mentions"})


def _kinds() -> dict[str, str]:
    kinds: dict[str, str] = {}
    for field in attrs.fields(PressRelease):
        if field.name in _LINKED:
            kinds[field.name] = field.name
        elif field.type in (str, "str"):
            kinds[field.name] = "text"
        elif field.type in (str | None, typing.Optional[str], "str | None"):  # noqa: UP045
            kinds[field.name] = "optional text"
        elif field.type in (_dt.date | None, typing.Optional[_dt.date], "_dt.date | None"):  # noqa: UP045
            kinds[field.name] = "optional date"
        elif field.type in (tuple[str, ...], "tuple[str, ...]"):
            kinds[field.name] = "texts"
    return kinds


# Field name -> how it is read; the fields not listed make build() decline.
_KINDS = _kinds()
_HANDLED = frozenset(_KINDS)
_TEXT = tuple(name for name, kind in _KINDS.items() if kind == "text")
_OPTIONAL_TEXT = tuple(name for name, kind in _KINDS.items() if kind == "optional text")
_OPTIONAL_DATE = tuple(name for name, kind in _KINDS.items() if kind == "optional date")
_TEXTS = tuple(name for name, kind in _KINDS.items() if kind == "texts")
_REQUIRED = frozenset(
    field.name for field in attrs.fields(PressRelease) if field.default is attrs.NOTHING
)
_MENTION_KEYS = frozenset(field.name for field in attrs.fields(Mention))
_fromisoformat = _dt.date.fromisoformat


class FastReleaseBuilder:
    """Builds :class:`PressRelease` records from JSON dicts, resolving ids against ``org``."""

    def __init__(self, org: Organization) -> None:
        # The schema's issuer tags and the resolver's key tables: the converter's own.
        resolver = Resolver.of(org)
        self.issuers = {
            org.schema.by_class[cls].tag: resolver.table(cls)
            for cls in typing.get_args(Issuer)
            if cls in org.schema.by_class
        }
        self.fields = resolver.table(FieldOfWork)
        # A State reference is looked up among the participating States first, as the
        # converter's resolver does.
        self.states = {
            **resolver.table(FormerParticipatingState),
            **resolver.table(ParticipatingState),
        }

    def build(self, raw: Any) -> PressRelease | None:
        """The release ``raw`` describes, or None to leave it to the strict converter."""
        if type(raw) is not dict:
            return None
        keys = raw.keys()
        if not keys <= _HANDLED or not keys >= _REQUIRED:
            return None
        get = raw.get
        for name in _TEXT:
            if type(get(name, "")) is not str:
                return None
        for name in _OPTIONAL_TEXT:
            text = get(name)
            if text is not None and type(text) is not str:
                return None
        values = raw.copy()
        for name in _OPTIONAL_DATE:
            day = get(name)
            if day is not None:
                # Only YYYY-MM-DD, as the converter reads dates (3.11 also reads "20160603").
                if type(day) is not str or len(day) != 10 or day[4] != "-" or day[7] != "-":
                    return None
                try:
                    values[name] = _fromisoformat(day)
                except ValueError:
                    return None
        for name in _TEXTS:
            if name in raw:
                items = raw[name]
                if type(items) is not list:
                    return None
                for item in items:
                    if type(item) is not str:
                        return None
                values[name] = tuple(items)
        if "issuers" in raw:
            issuers = self._issuers(raw["issuers"])
            if issuers is None:
                return None
            values["issuers"] = issuers
        if "fields_of_work" in raw:
            fields = self._refs(raw["fields_of_work"], self.fields)
            if fields is None:
                return None
            values["fields_of_work"] = fields
        if "mentioned_states" in raw:
            states = self._refs(raw["mentioned_states"], self.states)
            if states is None:
                return None
            values["mentioned_states"] = states
        if "mentions" in raw:
            mentions = self._mentions(raw["mentions"])
            if mentions is None:
                return None
            values["mentions"] = mentions
        try:
            return PressRelease(**values)
        except (ValueError, TypeError):  # a validator's: the converter reports it
            return None

    def _issuers(self, items: Any) -> tuple[Any, ...] | None:
        if type(items) not in (list, tuple):
            return None
        found: list[Any] = []
        for item in items:
            if type(item) is not dict or len(item) != 1:
                return None
            ((kind, ref),) = item.items()
            if kind == "text":
                if type(ref) is not str:
                    return None
                found.append(ref)
                continue
            table = self.issuers.get(kind)
            if table is None or type(ref) not in (str, int):
                return None
            record = table.get(str(ref))
            if record is None:
                return None
            found.append(record)
        return tuple(found)

    def _mentions(self, items: Any) -> tuple[Mention, ...] | None:
        if type(items) is not list:
            return None
        found: list[Mention] = []
        for item in items:
            if type(item) is not dict or item.keys() != _MENTION_KEYS:
                return None
            state, where, text = item["state"], item["where"], item["text"]
            start, end = item["start"], item["end"]
            if type(state) not in (str, int) or where not in MENTION_PLACES:
                return None
            if type(text) is not str or type(start) is not int or type(end) is not int:
                return None
            record = self.states.get(str(state))
            if record is None:
                return None
            found.append(Mention(state=record, where=where, text=text, start=start, end=end))
        return tuple(found)

    @staticmethod
    def _refs(items: Any, table: dict[str, Any]) -> tuple[Any, ...] | None:
        if type(items) not in (list, tuple):
            return None
        found: list[Any] = []
        for ref in items:
            if type(ref) not in (str, int):
                return None
            record = table.get(str(ref))
            if record is None:
                return None
            found.append(record)
        return tuple(found)
