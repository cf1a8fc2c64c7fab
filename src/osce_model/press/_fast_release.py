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
from collections import deque
from collections.abc import Callable, Iterable
from functools import partial
from itertools import repeat
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

__all__ = ["FastReleaseBuilder", "TypedLineBuilder"]

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
    """Builds :class:`PressRelease` records from JSON dicts, resolving ids against ``org``.

    A builder serves one load: it remembers the dates and tuples of linked records it has
    built, so that releases with the same date or fields of work share one object (fewer
    allocations, less memory for a large corpus).
    """

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
        # What was built before, by what it was built from: ids (all text) -> the tuple of
        # records, ISO date -> date, (tag, ref) -> issuer, issuers -> their shared tuple.
        # Keys of text only: a key holding 1 or True could match one holding 1.0 or 1.
        self._linked: dict[str, dict[tuple[str, ...], tuple[Any, ...]]] = {
            "fields_of_work": {},
            "mentioned_states": {},
        }
        self._dates: dict[str, _dt.date] = {}
        self.tables = {"fields_of_work": self.fields, "mentioned_states": self.states}
        self._issuer: dict[tuple[str, str | int], Any] = {}
        self._issuer_tuples: dict[tuple[Any, ...], tuple[Any, ...]] = {}

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
        # id and title: PressRelease's validators, checked here so that the record can be
        # built from checked values without running them again.
        if not raw["id"].strip() or not raw["title"].strip():
            return None
        for name in _OPTIONAL_TEXT:
            text = get(name)
            if text is not None and type(text) is not str:
                return None
        values = raw.copy()
        dates = self._dates
        for name in _OPTIONAL_DATE:
            day = get(name)
            if day is not None:
                if type(day) is not str:
                    return None
                known = dates.get(day)
                if known is None:
                    known = _date(day)
                    if known is None:
                        return None
                    dates[day] = known
                values[name] = known
        for name in _TEXTS:
            if name in raw:
                items = raw[name]
                if type(items) is not list:
                    return None
                for item in items:
                    if type(item) is not str:
                        return None
                values[name] = tuple(items)
        for name, linked in self._linked.items():
            if name in raw:
                items = raw[name]
                if type(items) is not list:
                    return None
                try:
                    found = linked.get(tuple(items))
                except TypeError:  # an unhashable item: not an id
                    return None
                if found is None:
                    found = self._refs(name, items)
                    if found is None:
                        return None
                values[name] = found
        if "issuers" in raw:
            issuers = self._issuers(raw["issuers"])
            if issuers is None:
                return None
            values["issuers"] = issuers
        if "mentions" in raw:
            mentions = self._mentions(raw["mentions"])
            if mentions is None:
                return None
            values["mentions"] = mentions
        return _new_release(values)

    def _refs(self, name: str, items: list[Any]) -> tuple[Any, ...] | None:
        table = self.tables[name]
        found: list[Any] = []
        for ref in items:
            if type(ref) not in (str, int):
                return None
            record = table.get(str(ref))
            if record is None:
                return None
            found.append(record)
        records = tuple(found)
        if all(type(ref) is str for ref in items):
            self._linked[name][tuple(items)] = records
        return records

    def _issuers(self, items: Any) -> tuple[Any, ...] | None:
        if type(items) is not list:
            return None
        known = self._issuer
        found: list[Any] = []
        for item in items:
            if type(item) is not dict or len(item) != 1:
                return None
            ((kind, ref),) = item.items()
            if type(ref) not in (str, int):  # not a bool: True would be found as 1
                return None
            record = known.get((kind, ref))
            if record is None:
                if kind == "text":
                    if type(ref) is not str:
                        return None
                    record = ref
                else:
                    table = self.issuers.get(kind)
                    record = None if table is None else table.get(str(ref))
                    if record is None:
                        return None
                    known[(kind, ref)] = record
            found.append(record)
        # The same issuers, the same tuple (records compare by identity here: they are the
        # organisation's own; texts by value).
        key = tuple(id(r) if type(r) is not str else r for r in found)
        shared = self._issuer_tuples.get(key)
        if shared is None:
            shared = self._issuer_tuples[key] = tuple(found)
        return shared

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


def _date(day: str) -> _dt.date | None:
    # Only YYYY-MM-DD, as the converter reads dates (3.11 also reads "20160603").
    if len(day) != 10 or day[4] != "-" or day[7] != "-":
        return None
    try:
        return _fromisoformat(day)
    except ValueError:
        return None


_SLOTS = tuple(field.name for field in attrs.fields(PressRelease))
_DEFAULTS = tuple(
    (field.name, field.default)
    for field in attrs.fields(PressRelease)
    if field.default is not attrs.NOTHING
)
_CHECKED = frozenset({"id", "title"})
_set = object.__setattr__


def _fast_constructor_is_exact() -> bool:
    """Whether a PressRelease can be built by setting its slots: only when its only
    validators are those of id and title (checked by build), with no converters or
    factories, and attrs' __init__ does nothing else."""
    for field in attrs.fields(PressRelease):
        if field.converter is not None or isinstance(field.default, attrs.Factory):  # type: ignore[arg-type]
            return False
        if field.validator is not None and field.name not in _CHECKED:
            return False
    return not hasattr(PressRelease, "__attrs_post_init__") and not hasattr(
        PressRelease, "__attrs_pre_init__"
    )


def _new_release(values: dict[str, Any]) -> PressRelease | None:
    if not _FAST_CONSTRUCTOR:
        try:
            return PressRelease(**values)
        except (ValueError, TypeError):  # a validator's: the converter reports it
            return None
    # PressRelease's own __init__ sets each slot with object.__setattr__ and then runs the
    # id and title validators, which build() has already applied: this is that, without
    # re-checking.
    for name, default in _DEFAULTS:
        if name not in values:
            values[name] = default
    release = _new(PressRelease)
    for name in _SLOTS:
        _set(release, name, values[name])
    return release


_new = object.__new__
# Runs an iterator to its end, keeping nothing.
_consume: Callable[[Iterable[object]], object] = partial(deque, maxlen=0)
_FAST_CONSTRUCTOR = _fast_constructor_is_exact()


class TypedLineBuilder:
    """Builds a :class:`PressRelease` straight from one line of JSON, with msgspec's typed
    decoder (``osce-model[fast]``), or declines (None) so that the line takes the pure path.

    msgspec decodes the line into a Struct derived from ``attrs.fields(PressRelease)``, which
    checks in C what :meth:`FastReleaseBuilder.build` checks in Python: the keys (none unknown,
    the required ones present), the type of every value, dates as YYYY-MM-DD. Each distinct
    list of ids of fields or States is resolved once and then taken from a cache, so that
    releases naming the same ones share one tuple; each issuer (tag and id) is resolved once.
    The record's slots are then set as its ``__init__`` sets them (see
    ``_fast_constructor_is_exact``).

    The strict path refuses duplicate keys, which msgspec keeps the last of. A line without
    ``\\u`` escapes holds one colon per key outside strings, plus the colons of its texts; so
    when the colons counted in the line are exactly the keys decoded plus the colons of the
    decoded texts, no key was dropped (nor in the issuers' objects, which count one key each).
    Lines with ``\\u`` escapes (where a colon or a lone surrogate may hide) are always
    declined.
    """

    def __init__(self, builder: FastReleaseBuilder) -> None:
        self.builder = builder
        self._decode: Any = None
        self._view = memoryview(b"")  # of the block of lines being read
        # Where the ids of fields and States are, the builder's cache of their tuples (keys of
        # text only, as msgspec decodes them) and the table they are found in.
        self._ids = tuple(
            (position, builder._linked[name], builder.tables[name]) for position, name in _IDS_AT
        )
        # An id that was found is a key of these tables (an issuer's tag too): when none
        # holds a colon, the colons of found ids need no counting.
        self._ids_with_colons = any(
            ":" in key
            for tables in (builder.tables, builder.issuers)
            for tag, table in tables.items()
            for key in (tag, *table)
        )
        shape = _struct_fields()
        if shape is None:
            return
        import msgspec

        self._unset = msgspec.UNSET
        self._astuple = msgspec.structs.astuple
        struct = msgspec.defstruct(
            "PressReleaseLine", shape, kw_only=True, forbid_unknown_fields=True
        )
        self._decode = msgspec.json.Decoder(struct).decode

    @property
    def available(self) -> bool:
        """Whether PressRelease's fields are all of kinds this builder reads."""
        return self._decode is not None

    def build_line(self, data: bytes) -> PressRelease | None:
        """The release the JSON line ``data`` describes, or None to decode it strictly."""
        return self.build_span(data, 0, len(data))

    def build_span(self, block: bytes, start: int, end: int) -> PressRelease | None:
        """:meth:`build_line` of the line ``block[start:end]``, read in place."""
        if block.find(b"\\", start, end) >= 0 and block.find(b"\\u", start, end) >= 0:
            return None
        view = self._view
        if view.obj is not block:
            view = self._view = memoryview(block)
        try:
            values = self._astuple(self._decode(view[start:end]))
        except Exception:  # msgspec's DecodeError or ValidationError: the pure path reports it
            return None
        unset = self._unset
        missing = values.count(unset)
        keys = len(values) - missing
        built = list(values)
        if missing:
            for position in _DEFAULTED:
                if built[position] is unset:
                    built[position] = _LINE_DEFAULTS[position]
        texts = [built[position] for position in _TEXT_AT]
        for position in _OPTIONAL_TEXT_AT:
            text = built[position]
            if text is not None:
                texts.append(text)
        for position in _TEXTS_AT:
            items = built[position]
            texts.extend(items)
            built[position] = tuple(items)
        for position, cache, table in self._ids:
            items = built[position]
            if self._ids_with_colons:
                texts.extend(items)
            key = tuple(items)
            records = cache.get(key)
            if records is None:
                try:
                    records = cache[key] = tuple(map(table.__getitem__, items))
                except KeyError:
                    return None
            built[position] = records
        issuers = built[_ISSUERS_AT]
        if issuers:
            found = self._issuers(issuers, texts)
            if found is None:
                return None
            keys += len(issuers)  # one each: _issuers took only objects of one key
            built[_ISSUERS_AT] = found
        else:
            built[_ISSUERS_AT] = ()
        mentions = built[_MENTIONS_AT]
        if mentions:
            found_mentions = self._mentions(mentions, texts)
            if found_mentions is None:
                return None
            keys += len(_MENTION_KEYS) * len(found_mentions)
            built[_MENTIONS_AT] = found_mentions
        else:
            built[_MENTIONS_AT] = ()
        if not texts[0].strip() or not texts[1].strip():  # id and title: the validators'
            return None
        if block.count(b":", start, end) != keys + "\n".join(texts).count(":"):
            return None  # a duplicate key (or a colon we cannot place): the pure path decides
        if _FAST_CONSTRUCTOR:
            # Each slot set as PressRelease.__init__ sets it, the loop run by map() in C.
            release = _new(PressRelease)
            _consume(map(_set, repeat(release, len(_SLOTS)), _SLOTS, built))
            return release
        return _new_release(dict(zip(_SLOTS, built, strict=True)))

    def _issuers(
        self, items: list[dict[str, str | int]], texts: list[str]
    ) -> tuple[Any, ...] | None:
        """The issuers ``items`` name (None: declined); their texts are added to ``texts``."""
        builder = self.builder
        known = builder._issuer
        found: list[Any] = []
        for item in items:
            if len(item) != 1:
                return None
            ((kind, ref),) = item.items()
            if kind == "text":
                if type(ref) is not str:
                    return None
                texts.append(ref)
                found.append(ref)
                continue
            record = known.get((kind, ref))
            if record is None:
                table = builder.issuers.get(kind)
                record = None if table is None else table.get(str(ref))
                if record is None:
                    return None
                known[(kind, ref)] = record
            if self._ids_with_colons:
                texts.append(kind)
                if type(ref) is str:
                    texts.append(ref)
            found.append(record)
        return tuple(found)

    def _mentions(self, items: list[Any], texts: list[str]) -> tuple[Mention, ...] | None:
        states = self.builder.states
        found: list[Mention] = []
        for item in items:
            state, where = item.state, item.where
            if where not in MENTION_PLACES:
                return None
            record = states.get(str(state))
            if record is None:
                return None
            texts.append(item.text)  # ``where`` is one of MENTION_PLACES, without colons
            if type(state) is str and self._ids_with_colons:
                texts.append(state)
            found.append(
                Mention(state=record, where=where, text=item.text, start=item.start, end=item.end)
            )
        return tuple(found)


def _struct_fields() -> list[tuple[str, Any, Any]] | None:
    """The msgspec Struct fields for a line: PressRelease's, in order; None when a field is of
    a kind the typed path does not read (the line then takes the dict path)."""
    try:
        import msgspec
    except ImportError:
        return None
    unset, unset_type = msgspec.UNSET, msgspec.UnsetType
    mention = _mention_struct()
    if mention is None or set(_SLOTS) != _HANDLED:
        return None
    types = {
        "text": str,
        "optional text": str | None,
        "optional date": _dt.date | None,
        "texts": list[str],
        "mentions": list[mention],  # type: ignore[valid-type]
        "issuers": list[dict[str, str | int]],
        "fields_of_work": list[str],
        "mentioned_states": list[str],
    }
    shape: list[tuple[str, Any, Any]] = []
    for field in attrs.fields(PressRelease):
        kind = _KINDS[field.name]
        if field.default is attrs.NOTHING:
            shape.append((field.name, types[kind], msgspec.NODEFAULT))
        else:
            shape.append((field.name, types[kind] | unset_type, unset))
    return shape


def _mention_struct() -> Any:
    import msgspec

    shape: list[tuple[str, Any]] = []
    for field in attrs.fields(Mention):
        if field.name == "state":
            shape.append(("state", str | int))
        elif field.type in (str, "str") and field.default is attrs.NOTHING:
            shape.append((field.name, str))
        elif field.type in (int, "int") and field.default is attrs.NOTHING:
            shape.append((field.name, int))
        else:
            return None
    return msgspec.defstruct("MentionLine", shape, kw_only=True, forbid_unknown_fields=True)


_LINE_KINDS = tuple(_KINDS.get(name, "") for name in _SLOTS)
_LINE_DEFAULTS = tuple(
    None if field.default is attrs.NOTHING else field.default
    for field in attrs.fields(PressRelease)
)
# Positions in a decoded line (PressRelease's field order) by how they are read. The texts
# come first in _TEXT_AT, id and title leading (build_line checks them there).
_TEXT_AT = tuple(
    sorted(
        (p for p, kind in enumerate(_LINE_KINDS) if kind == "text"),
        key=lambda p: (_SLOTS[p] != "id", _SLOTS[p] != "title", p),
    )
)
_OPTIONAL_TEXT_AT = tuple(p for p, kind in enumerate(_LINE_KINDS) if kind == "optional text")
_TEXTS_AT = tuple(p for p, kind in enumerate(_LINE_KINDS) if kind == "texts")
_IDS_AT = tuple(
    (p, name) for p, name in enumerate(_SLOTS) if name in ("fields_of_work", "mentioned_states")
)
_ISSUERS_AT = _SLOTS.index("issuers")
_MENTIONS_AT = _SLOTS.index("mentions")
_DEFAULTED = tuple(_SLOTS.index(name) for name, _default in _DEFAULTS)
