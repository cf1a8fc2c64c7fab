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
import functools
import re
import typing
from collections.abc import Callable, Sequence
from types import MemberDescriptorType
from typing import Any, TypeVar

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
_R = TypeVar("_R", bound=attrs.AttrsInstance)


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


def _fast_constructor_is_exact(cls: type, checked: frozenset[str]) -> bool:
    """Whether a ``cls`` record can be built by setting its slots: only when its only
    validators are those of the fields in ``checked`` (which the builders apply first), with no
    converters or factories, every field a slot (a member descriptor of ``cls``), and attrs'
    __init__ doing nothing else."""
    for field in attrs.fields(cls):
        if field.converter is not None or isinstance(field.default, attrs.Factory):  # type: ignore[arg-type]
            return False
        if field.validator is not None and field.name not in checked:
            return False
        if type(cls.__dict__.get(field.name)) is not MemberDescriptorType:
            return False
    return not hasattr(cls, "__attrs_post_init__") and not hasattr(cls, "__attrs_pre_init__")


def _slot_filler(cls: type[_R], *, but: str | None = None) -> Callable[..., _R]:
    """A function that makes a ``cls`` record by setting each slot through its member
    descriptor: what the ``__init__`` attrs generates for a frozen class does
    (``object.__setattr__`` reaches the same descriptor), without running the validators
    (see :func:`_fast_constructor_is_exact`). ``fill(values)`` takes the values of the fields
    in their order; with ``but``, ``fill(item, value)`` takes them from the attributes of the
    same names of ``item`` (a decoded Struct), but ``value`` for the field ``but``.

    Like that ``__init__``, it is generated: one statement per field, so that neither a loop
    nor a look-up of the field's name is left: about half the time of ``map`` calling
    ``object.__setattr__`` over the fields, two thirds of ``map`` over the descriptors."""
    names = [field.name for field in attrs.fields(cls)]
    namespace: dict[str, Any] = {"_new": object.__new__, "_cls": cls}
    head = "def fill(values):" if but is None else "def fill(item, value):"
    body = [head, "    record = _new(_cls)"]
    for position, name in enumerate(names):
        namespace[f"_set_{position}"] = cls.__dict__[name].__set__
        if but is None:
            read = f"values[{position}]"
        else:
            read = "value" if name == but else f"item.{name}"
        body.append(f"    _set_{position}(record, {read})")
    body.append("    return record")
    exec(compile("\n".join(body), f"<slots of {cls.__name__}>", "exec"), namespace)
    fill: Callable[..., _R] = namespace["fill"]
    return fill


def _checked_filler(cls: type[_R], *, but: str | None = None) -> Callable[..., _R | None]:
    """``cls(...)``, validators and all, for when :func:`_slot_filler` is not exact: None
    when a validator refuses (the line is declined; the strict path reports it)."""
    names = [field.name for field in attrs.fields(cls)]

    def fill(values: Sequence[Any]) -> _R | None:
        try:
            return cls(**dict(zip(names, values, strict=True)))
        except (ValueError, TypeError):
            return None

    def fill_from(item: Any, value: Any) -> _R | None:
        values = {name: getattr(item, name) for name in names if name != but}
        values[str(but)] = value
        try:
            return cls(**values)
        except (ValueError, TypeError):
            return None

    return fill if but is None else fill_from


_FAST_CONSTRUCTOR = _fast_constructor_is_exact(PressRelease, frozenset({"id", "title"}))
_FAST_MENTION = _fast_constructor_is_exact(Mention, frozenset({"where"}))
# A release from its values in field order; a mention from a decoded one and its State. The
# builders check id and title first, and msgspec a mention's place: the validators' checks.
_fill_release: Callable[..., PressRelease | None] = (
    _slot_filler if _FAST_CONSTRUCTOR else _checked_filler
)(PressRelease)
_fill_mention: Callable[..., Mention | None] = (_slot_filler if _FAST_MENTION else _checked_filler)(
    Mention, but="state"
)


def _new_release(values: dict[str, Any]) -> PressRelease | None:
    if not _FAST_CONSTRUCTOR:
        try:
            return PressRelease(**values)
        except (ValueError, TypeError):  # a validator's: the converter reports it
            return None
    for name, default in _DEFAULTS:
        if name not in values:
            values[name] = default
    release: PressRelease | None = _fill_release([values[name] for name in _SLOTS])
    return release


def _declined(block: bytes, start: int, end: int) -> PressRelease | None:
    return None


class TypedLineBuilder:
    """Builds a :class:`PressRelease` straight from one line of JSON, with msgspec's typed
    decoder (``osce-model[fast]``), or declines (None) so that the line takes the pure path.

    msgspec decodes the line into a Struct derived from ``attrs.fields(PressRelease)``, which
    checks in C what :meth:`FastReleaseBuilder.build` checks in Python: the keys (none unknown,
    the required ones present), the type of every value, dates as YYYY-MM-DD, ids of fields
    and States among the organisation's, a mention's place; lists come out as tuples. Each
    distinct tuple of ids of fields or States is resolved once and then taken from a cache, so
    that releases naming the same ones share one tuple; each issuer (tag and id) is resolved
    once. The record's slots are then set as its ``__init__`` sets them (see
    :func:`_slot_filler`). A line of 2-3 KB costs about what ``json.loads`` of it costs
    (bench/README.md, "Corpora at scale").

    **Escapes.** msgspec reads them as ``json`` does, and refuses a lone surrogate (``\\ud800``)
    that the strict path would refuse too. Lines holding ``\\u003a`` (an escaped colon, either
    case) are declined, for the check below.

    **Duplicate keys.** The strict path refuses them; msgspec keeps the last. A line is built
    here only when the number of colons in its bytes, ``C``, equals ``K + T``: ``K`` the key
    and value pairs decoded (the release's keys present, one per issuer object, five per
    mention) and ``T`` the colons in some of the decoded strings. That is sound whatever
    strings ``T`` counts:

    - Outside strings, JSON has exactly one colon per pair, so ``C`` is the pairs written in
      the line (dropped duplicates included) plus the colons inside its strings (keys, values,
      and those inside a dropped value).
    - Only ``\\u003a`` stands for a colon among JSON's escapes, and such lines are declined: so
      a decoded string holds exactly the colons written in it. ``T`` counts each string decoded
      from the line at most once, so it is at most the colons in the strings written.
    - Hence ``C - K - T`` is at least the number of pairs msgspec dropped: when it is 0, no
      key was written twice, in the release, an issuer or a mention, whatever white space or
      quotes surround it.

    ``T`` first counts the URL's colons; if that does not balance, the body's too (with
    ``str.find``, as it rarely holds many); only then every string decoded, which balances
    exactly for any line without duplicates. So no line is declined for its colons, and a
    body is scanned a second time only when it holds a colon.
    """

    def __init__(self, builder: FastReleaseBuilder) -> None:
        self.builder = builder
        #: ``build_span(block, start, end)``: the release the JSON line ``block[start:end]``
        #: describes (read in place), or None to decode it strictly.
        self.build_span: Callable[[bytes, int, int], PressRelease | None] = _declined
        decode = _line_decoder(*(tuple(builder.tables[name]) for name in _IDS))
        if decode is not None:
            self.build_span = self._span_builder(decode)

    @property
    def available(self) -> bool:
        """Whether PressRelease's fields are all of kinds this builder reads."""
        return self.build_span is not _declined

    def build_line(self, data: bytes) -> PressRelease | None:
        """The release the JSON line ``data`` describes, or None to decode it strictly."""
        return self.build_span(data, 0, len(data))

    def _span_builder(
        self, decode: Callable[[memoryview], Any]
    ) -> Callable[[bytes, int, int], PressRelease | None]:
        """build_span: one closure, its tables in local cells (a line costs about as much as
        ``json.loads`` of it: bench/README.md, "Corpora at scale")."""
        import msgspec

        astuple = msgspec.structs.astuple
        unset = msgspec.UNSET
        builder = self.builder
        fields_cache = builder._linked["fields_of_work"]
        fields_table = builder.fields
        states_cache = builder._linked["mentioned_states"]
        states = builder.states
        self._astuple = astuple
        issuer_records = builder._issuer
        resolve_issuer = self._issuer
        build_mentions = self._mentions
        all_colons = self._colons
        url_at, body_at = _URL_AT, _BODY_AT
        escaped_colon = _ESCAPED_COLON.search
        colons_in = _colons_in
        fill = _fill_release
        count = len(_SLOTS)
        fields_at, states_at, issuers_at, mentions_at = (
            _FIELDS_AT,
            _STATES_AT,
            _ISSUERS_AT,
            _MENTIONS_AT,
        )
        id_at, title_at, defaulted, defaults = _ID_AT, _TITLE_AT, _DEFAULTED, _LINE_DEFAULTS
        mention_keys = len(_MENTION_KEYS)

        view = memoryview(b"")

        def build_span(block: bytes, start: int, end: int) -> PressRelease | None:
            nonlocal view
            escape = block.find(b"\\", start, end)  # memchr: fast when there is none
            if escape >= 0 and escaped_colon(block, escape, end):
                return None
            if view.obj is not block:
                view = memoryview(block)
            try:
                values = astuple(decode(view[start:end]))
            except Exception:  # msgspec's DecodeError or ValidationError: the pure path reports
                return None
            missing = values.count(unset)
            keys = count - missing
            built = list(values)
            if missing:
                for position in defaulted:
                    if built[position] is unset:
                        built[position] = defaults[position]
            if not built[id_at].strip() or not built[title_at].strip():
                return None  # the validators of id and title
            ids = built[fields_at]
            found = fields_cache.get(ids)
            if found is None:
                try:
                    found = fields_cache[ids] = tuple(map(fields_table.__getitem__, ids))
                except KeyError:
                    return None
            built[fields_at] = found
            ids = built[states_at]
            found = states_cache.get(ids)
            if found is None:
                try:
                    found = states_cache[ids] = tuple(map(states.__getitem__, ids))
                except KeyError:
                    return None
            built[states_at] = found
            items = built[issuers_at]
            if items:
                issuers: list[Any] = []
                for item in items:
                    if len(item) != 1:
                        return None
                    (pair,) = item.items()  # (tag, id)
                    record = issuer_records.get(pair)
                    if record is None:
                        record = resolve_issuer(pair)
                        if record is None:
                            return None
                    issuers.append(record)
                keys += len(items)  # one pair each
                built[issuers_at] = tuple(issuers)
            items = built[mentions_at]
            if items:
                found = build_mentions(items)
                if found is None:
                    return None
                keys += mention_keys * len(items)
                built[mentions_at] = found
            # Duplicate keys (see the class's docstring): the colons left once the pairs and
            # the URL's are counted are the body's, else those of every string decoded.
            colons = block.count(b":", start, end) - keys
            url = built[url_at]
            if url:
                colons -= url.count(":")
            if (
                colons
                and colons_in(built[body_at], colons) != colons
                and colons + (url.count(":") if url else 0) != all_colons(values)
            ):
                return None
            return fill(built)

        return build_span

    def _issuer(self, pair: tuple[str, str | int]) -> Any:
        """The issuer a (tag, id) pair names, or None: declined. Records found are kept in
        the builder's table of issuers (a text issuer is its text)."""
        kind, ref = pair
        if kind == "text":
            return ref if type(ref) is str else None
        builder = self.builder
        table = builder.issuers.get(kind)
        record = None if table is None else table.get(str(ref))
        if record is not None:
            builder._issuer[pair] = record
        return record

    def _mentions(self, items: tuple[Any, ...]) -> tuple[Mention, ...] | None:
        """The mentions ``items`` (decoded Structs) describe (None: declined)."""
        states = self.builder.states
        found: list[Mention] = []
        for item in items:
            state = item.state  # one of the table's keys, or a number
            record = states.get(state if type(state) is str else str(state))
            if record is None:
                return None
            mention = _fill_mention(item, record)
            if mention is None:  # only from _checked_filler
                return None
            found.append(mention)
        return tuple(found)

    def _colons(self, values: tuple[Any, ...]) -> int:
        """The colons in every string decoded from a line (``values``: the Struct's, as
        decoded) but the keys of the release and of its mentions (field names: no colons)."""
        texts: list[str] = []
        for value in values:
            if type(value) is str:
                texts.append(value)
            elif type(value) is tuple:
                for item in value:
                    if type(item) is str:
                        texts.append(item)
                    elif type(item) is dict:  # an issuer: its tag and its id
                        for key, ref in item.items():
                            texts.append(key)
                            if type(ref) is str:
                                texts.append(ref)
                    else:  # a mention
                        texts.extend(text for text in self._astuple(item) if type(text) is str)
        return "\n".join(texts).count(":")


_IDS = ("fields_of_work", "mentioned_states")


@functools.lru_cache(maxsize=8)
def _line_decoder(
    field_ids: tuple[str, ...], state_ids: tuple[str, ...]
) -> Callable[[memoryview], Any] | None:
    """msgspec's decoder of a line into the Struct of :func:`_struct_fields` (None: the typed
    path is not available), made once per organisation's ids (a few tenths of a millisecond)."""
    shape = _struct_fields({"fields_of_work": field_ids, "mentioned_states": state_ids})
    if shape is None:
        return None
    import msgspec

    struct = msgspec.defstruct(
        "PressReleaseLine", shape, kw_only=True, forbid_unknown_fields=True, gc=False
    )
    decode: Callable[[memoryview], Any] = msgspec.json.Decoder(struct).decode
    return decode


def _struct_fields(tables: dict[str, tuple[str, ...]]) -> list[tuple[str, Any, Any]] | None:
    """The msgspec Struct fields for a line: PressRelease's, in order, lists read as tuples;
    None when msgspec is missing or a field is of a kind the typed path does not read (the
    line then takes the dict path).

    Ids of fields of work and States (also a mention's) are read as literals, the keys of
    their tables (``tables`` holds those keys): msgspec checks them in C and gives the tables'
    own strings, whose hashes are known, so that the cache of tuples of ids compares them by
    identity. An unknown id is then a ValidationError: the line takes the pure path, which
    reports it."""
    try:
        import msgspec
    except ImportError:
        return None
    unset, unset_type = msgspec.UNSET, msgspec.UnsetType
    field_id = _ids_type(tables["fields_of_work"])
    state_id = _ids_type(tables["mentioned_states"])
    mention = _mention_struct(state_id)
    if mention is None or set(_SLOTS) != _HANDLED:
        return None
    types = {
        "text": str,
        "optional text": str | None,
        "optional date": _dt.date | None,
        "texts": tuple[str, ...],
        "mentions": tuple[mention, ...],  # type: ignore[valid-type]
        "issuers": tuple[dict[str, str | int], ...],
        "fields_of_work": tuple[field_id, ...],  # type: ignore[valid-type]
        "mentioned_states": tuple[state_id, ...],  # type: ignore[valid-type]
    }
    shape: list[tuple[str, Any, Any]] = []
    for field in attrs.fields(PressRelease):
        kind = _KINDS[field.name]
        if field.default is attrs.NOTHING:
            shape.append((field.name, types[kind], msgspec.NODEFAULT))
        else:
            shape.append((field.name, types[kind] | unset_type, unset))
    return shape


def _ids_type(keys: tuple[str, ...]) -> Any:
    """The type of an id found in a table of ``keys``: one of them (any text if none)."""
    return typing.Literal[keys] if keys else str


def _mention_struct(state: Any) -> Any:
    """The msgspec Struct of a mention: ``state`` an id (``state``'s type) or a number, and
    ``where`` one of MENTION_PLACES (Mention's validator, checked by msgspec)."""
    import msgspec

    shape: list[tuple[str, Any]] = []
    for field in attrs.fields(Mention):
        if field.name == "state":
            shape.append(("state", state | int))
        elif field.name == "where":
            shape.append(("where", typing.Literal[MENTION_PLACES]))
        elif field.type in (str, "str") and field.default is attrs.NOTHING:
            shape.append((field.name, str))
        elif field.type in (int, "int") and field.default is attrs.NOTHING:
            shape.append((field.name, int))
        else:
            return None
    return msgspec.defstruct(
        "MentionLine", shape, kw_only=True, forbid_unknown_fields=True, gc=False
    )


_LINE_KINDS = tuple(_KINDS.get(name, "") for name in _SLOTS)
_LINE_DEFAULTS = tuple(
    None if field.default is attrs.NOTHING else field.default
    for field in attrs.fields(PressRelease)
)
# Positions in a decoded line (PressRelease's field order).
_ID_AT, _TITLE_AT = _SLOTS.index("id"), _SLOTS.index("title")
_FIELDS_AT, _STATES_AT = _SLOTS.index("fields_of_work"), _SLOTS.index("mentioned_states")
_ISSUERS_AT = _SLOTS.index("issuers")
_MENTIONS_AT = _SLOTS.index("mentions")
_DEFAULTED = tuple(_SLOTS.index(name) for name, _default in _DEFAULTS)
_URL_AT, _BODY_AT = _SLOTS.index("url"), _SLOTS.index("body")
# The one escape that stands for a colon (JSON's \u is lower case; its hex digits are not).
# A regular expression: bytes.find of two bytes or more loops byte by byte, slower here.
_ESCAPED_COLON = re.compile(rb"\\u003[aA]")


def _colons_in(text: str, expected: int) -> int:
    """The colons in ``text`` if there are at most ``expected``, else a number above it: a few
    are found with ``str.find`` (memchr: a few times faster than ``str.count``'s loop)."""
    if expected > 8:
        return text.count(":")
    find = text.find
    found = 0
    position = find(":")
    while position >= 0 and found <= expected:
        found += 1
        position = find(":", position + 1)
    return found
