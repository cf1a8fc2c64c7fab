"""A fast path for building press releases from JSON data, for corpora of 100,000 releases.

It accepts exactly what the strict converter accepts for plain JSON values, and builds the same
record; anything it is not sure of (a wrong type, an unknown id, an extra key) it declines by
returning None, and the converter then structures the data and reports the problem. A test
checks on mutated data that whenever this path builds a record the converter builds an equal
one.
"""

from __future__ import annotations

import datetime as _dt
import typing
from typing import Any

import attrs

from ..organization.organization import Organization
from ..schema.records import FieldOfWork, Issuer, ParticipatingState, PressRelease
from ..storage.converter import Resolver

__all__ = ["FastReleaseBuilder"]

# The record's own fields: a key the class does not have, or a missing required one, is left to
# the converter to report.
_FIELDS = frozenset(field.name for field in attrs.fields(PressRelease))
_REQUIRED = frozenset(
    field.name for field in attrs.fields(PressRelease) if field.default is attrs.NOTHING
)
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
        self.states = resolver.table(ParticipatingState)

    def build(self, raw: Any) -> PressRelease | None:
        """The release ``raw`` describes, or None to leave it to the strict converter."""
        if type(raw) is not dict:
            return None
        keys = raw.keys()
        if not keys <= _FIELDS or not keys >= _REQUIRED:
            return None
        get = raw.get
        ident, title, kind = raw["id"], raw["title"], raw["content_type"]
        body = get("body", "")
        if type(ident) is not str or type(title) is not str or type(kind) is not str:
            return None
        if type(body) is not str:
            return None
        place, city, url = get("place"), get("dateline_city"), get("url")
        for text in (place, city, url):
            if text is not None and type(text) is not str:
                return None
        day = get("date")
        if day is not None:
            if type(day) is not str:
                return None
            try:
                day = _fromisoformat(day)
            except ValueError:
                return None
        issuers = self._issuers(get("issuers", ()))
        fields = self._refs(get("fields_of_work", ()), self.fields)
        states = self._refs(get("mentioned_states", ()), self.states)
        if issuers is None or fields is None or states is None:
            return None
        return PressRelease(
            id=ident,
            title=title,
            content_type=kind,
            date=day,
            place=place,
            dateline_city=city,
            issuers=issuers,
            fields_of_work=fields,
            mentioned_states=states,
            body=body,
            url=url,
        )

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
