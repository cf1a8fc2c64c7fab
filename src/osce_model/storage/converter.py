"""The one strict cattrs converter, and turning its errors into located problems.

Strict means: no extra keys, no missing ones, and scalars of exactly the right type. In
particular a YAML 1.1 boolean never becomes a string: unquoted ``NO`` (Norway) loads as False and
is reported, where cattrs' default ``str`` hook would have produced ``'False'``.
"""

from __future__ import annotations

import datetime as _dt
import enum
import re
import types
import typing
from collections.abc import Callable, Mapping
from typing import Any

import attrs
import cattrs
from cattrs.errors import ClassValidationError, ForbiddenExtraKeysError, IterableValidationError
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override

from ..errors import Problem
from ..organization.organization import Organization
from ..schema.kinds import Schema
from ..schema.provenance import FieldProvenance, PartialDate, Provenance
from ..schema.records import FormerName, Issuer, Officeholder
from .strict_yaml import line_of

__all__ = [
    "Failed",
    "Resolver",
    "StrictConverter",
    "iso_day",
    "make_converter",
    "problems_from",
    "structure_record",
    "unstructure_record",
]

_YAML_BOOL_WORDS = "unquoted yes/no/on/off/y/n load as booleans in YAML 1.1: quote the value"


class Failed(Exception):
    """A reference to a record that itself failed to load: reported once, at that record."""


class Resolver:
    """The records that references may name, by class and key; the one place that turns an
    id in plain data into a record, and says so when it cannot.

    The loader adds records as it builds them (and marks those that failed); a resolver for a
    whole organisation is :meth:`of`.
    """

    def __init__(self, schema: Schema) -> None:
        self.schema = schema
        self.tables: dict[type, dict[str, Any]] = {}
        self.failed: dict[type, set[str]] = {}

    @classmethod
    def of(cls, org: Organization) -> Resolver:
        """A resolver for every record of ``org``."""
        resolver = cls(org.schema)
        for kind in org.schema.kinds:
            for record in getattr(org, kind.collection):
                resolver.add(record)
        return resolver

    def add(self, record: Any) -> None:
        """Make ``record`` resolvable by its key."""
        self.tables.setdefault(type(record), {})[str(record.id)] = record

    def fail(self, cls: type, key: str) -> None:
        """Note that the record ``key`` of ``cls`` failed: references to it are not reported."""
        self.failed.setdefault(cls, set()).add(key)

    def table(self, cls: type) -> dict[str, Any]:
        """The records of class ``cls`` by key (a Chairpersonship by its year, as text)."""
        return self.tables.get(cls, {})

    def resolve(self, types: tuple[type, ...], ref: object) -> Any:
        """The record of one of ``types`` whose key is ``ref``."""
        key = str(ref)
        for cls in types:
            found = self.tables.get(cls, {}).get(key)
            if found is not None:
                return found
        if any(key in self.failed.get(cls, ()) for cls in types):
            raise Failed(key)
        labels = " or ".join(self.schema.by_class[cls].label for cls in types)
        raise ValueError(f"unknown {labels} {ref!r}")


def _describe(value: object) -> str:
    if isinstance(value, bool):
        return f"the boolean {value} ({_YAML_BOOL_WORDS})"
    return f"{type(value).__name__} {value!r}"


def _structure_str(value: object, _: type) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected a string, got {_describe(value)}")
    return value


def _structure_int(value: object, _: type) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"expected an integer, got {_describe(value)}")
    return value


def _structure_bool(value: object, _: type) -> bool:
    if not isinstance(value, bool):
        raise TypeError(f"expected true or false, got {_describe(value)}")
    return value


_ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def iso_day(text: str) -> _dt.date | None:
    """The day ``text`` writes as YYYY-MM-DD, or None: Python 3.11's ``fromisoformat`` alone
    would also read "19910619" and "1991-W25-3", which no data file means."""
    if not _ISO_DAY.fullmatch(text):
        return None
    try:
        return _dt.date.fromisoformat(text)
    except ValueError:
        return None


def _structure_date(value: object, _: type) -> _dt.date:
    if isinstance(value, _dt.datetime):
        raise TypeError(f"expected a date without a time, got {value!r}")
    if isinstance(value, _dt.date):
        return value
    if isinstance(value, str):
        day = iso_day(value)
        if day is None:
            raise ValueError(f"expected a date YYYY-MM-DD, got {value!r}")
        return day
    raise TypeError(f"expected a date YYYY-MM-DD, got {_describe(value)}")


def _is_tuple(tp: Any) -> bool:
    return typing.get_origin(tp) is tuple


def _is_enum(tp: Any) -> bool:
    return isinstance(tp, type) and issubclass(tp, enum.Enum)


class StrictConverter(cattrs.Converter):
    """The strict converter, with its per-class functions for whole records kept on it (so
    that they are collected with it)."""

    def __init__(self, resolver: Resolver) -> None:
        super().__init__(forbid_extra_keys=True, detailed_validation=True)
        self.resolver = resolver
        self.record_structurers: dict[type, Callable[[Any, type], Any]] = {}
        self.record_unstructurers: dict[type, Callable[[Any], dict[str, Any]]] = {}


def _is_union_of(classes: tuple[type, ...]) -> Callable[[Any], bool]:
    wanted = set(classes)

    def check(tp: Any) -> bool:
        if typing.get_origin(tp) not in (typing.Union, types.UnionType):
            return False
        members: set[Any]
        members = set(typing.get_args(tp))
        return len(members) > 1 and members <= wanted

    return check


def _is_issuer(tp: Any) -> bool:
    return bool(tp == Issuer)


def make_converter(resolver: Resolver | None = None) -> StrictConverter:
    """Build the strict converter; ``resolver`` turns ids into the records they name (by
    default, none: unstructuring only)."""
    schema = Organization.schema
    resolver = resolver if resolver is not None else Resolver(schema)
    resolve = resolver.resolve
    conv = StrictConverter(resolver)
    conv.register_structure_hook(str, _structure_str)
    conv.register_structure_hook(int, _structure_int)
    conv.register_structure_hook(bool, _structure_bool)
    conv.register_structure_hook(_dt.date, _structure_date)

    item_types: dict[Any, Any] = {}  # tuple[X, ...] -> X, worked out once per type

    def structure_tuple(value: object, tp: Any) -> tuple[Any, ...]:
        if not isinstance(value, (list, tuple)):
            raise TypeError(f"expected a list, got {_describe(value)}")
        item_type = item_types.get(tp)
        if item_type is None:
            (item_type, *_rest) = typing.get_args(tp)
            item_types[tp] = item_type
        if not value:
            return ()
        structure_item = conv.get_structure_hook(item_type)
        items: list[Any] = []
        errors: list[Exception] = []
        for index, item in enumerate(value):
            try:
                items.append(structure_item(item, item_type))
            except Exception as exc:  # collected with its index, like cattrs does
                exc.__notes__ = [
                    *getattr(exc, "__notes__", []),
                    cattrs.errors.IterableValidationNote(
                        f"Structuring {tp} @ index {index}", index, item_type
                    ),
                ]
                errors.append(exc)
        if errors:
            raise IterableValidationError(f"While structuring {tp!r}", errors, tp)
        return tuple(items)

    conv.register_structure_hook_func(_is_tuple, structure_tuple)

    def structure_enum(value: object, tp: Any) -> Any:
        if not isinstance(value, str):
            raise TypeError(f"expected one of {[m.value for m in tp]}, got {_describe(value)}")
        try:
            return tp(value)
        except ValueError:
            raise ValueError(f"expected one of {[m.value for m in tp]}, got {value!r}") from None

    conv.register_structure_hook_func(_is_enum, structure_enum)

    # References: a field whose type is a kind's class, or a union of them, holds keys.
    def reference_hook(classes: tuple[type, ...]) -> Callable[[object, Any], Any]:
        def structure_reference(value: object, _: Any) -> Any:
            if isinstance(value, bool) or not isinstance(value, (str, int)):
                raise TypeError(f"expected an id, got {_describe(value)}")
            return resolve(classes, value)

        return structure_reference

    referable = schema.referable
    for cls in referable:
        conv.register_structure_hook(cls, reference_hook((cls,)))
    conv.register_structure_hook_func(
        _is_union_of(referable),
        lambda value, tp: reference_hook(typing.get_args(tp))(value, tp),
    )

    # An issuer is a record of one of the kinds in the Issuer type, written as a one-key
    # mapping {tag: key}, or text kept as written: {text: ...}.
    issuer_kinds = {
        schema.by_class[cls].tag: cls for cls in typing.get_args(Issuer) if cls in schema.by_class
    }
    tags = sorted([*issuer_kinds, "text"])

    def structure_issuer(value: object, _: Any) -> Issuer:
        if not isinstance(value, Mapping) or len(value) != 1:
            raise TypeError(
                f"expected a mapping with one key, one of {tags}, got {_describe(value)}"
            )
        ((tag, ref),) = value.items()
        if tag == "text":
            return _structure_str(ref, str)
        if tag not in issuer_kinds:
            raise ValueError(f"unknown kind of issuer {tag!r}; expected one of {tags}")
        if isinstance(ref, bool) or not isinstance(ref, (str, int)):
            raise TypeError(f"expected an id, got {_describe(ref)}")
        return resolve((issuer_kinds[tag],), ref)  # type: ignore[no-any-return]

    conv.register_structure_hook_func(_is_issuer, structure_issuer)

    # Unstructuring: a record referred to becomes its key, an issuer a one-key mapping.
    def unstructure_reference(record: Any) -> Any:
        return getattr(record, record.KEY)

    for cls in referable:
        conv.register_unstructure_hook(cls, unstructure_reference)

    def unstructure_issuer(issuer: Issuer) -> dict[str, Any]:
        if isinstance(issuer, str):
            return {"text": issuer}
        return {schema.kind_of(issuer).tag: unstructure_reference(issuer)}

    conv.register_unstructure_hook_func(_is_issuer, unstructure_issuer)
    conv.register_unstructure_hook(_dt.date, lambda d: d)
    _register_provenance(conv)
    return conv


def _structure_day(value: object, _: Any) -> _dt.date | PartialDate:
    """A day, exactly (a YAML date, "YYYY-MM-DD") or as far as known ("2008-06", "2009", or
    the year as a plausible integer)."""
    if isinstance(value, (_dt.date, str)) and not isinstance(value, bool):
        if isinstance(value, _dt.datetime):
            raise TypeError(f"expected a date without a time, got {value!r}")
        if isinstance(value, _dt.date):
            return value
    if isinstance(value, bool):
        raise TypeError(f"expected a date, got {_describe(value)}")
    if isinstance(value, int):
        if not 1000 <= value <= 9999:
            raise ValueError(f"expected a date or a year, got {value!r}")
        return PartialDate(value)
    if isinstance(value, str):
        day = iso_day(value)
        if day is not None:
            return day
        try:
            return PartialDate.parse(value)
        except ValueError:
            raise ValueError(
                f"expected a date YYYY-MM-DD, or YYYY-MM or YYYY where only that is known, "
                f"got {value!r}"
            ) from None
    raise TypeError(f"expected a date, got {_describe(value)}")


def _is_day(tp: Any) -> bool:
    if typing.get_origin(tp) not in (typing.Union, types.UnionType):
        return False
    members = set(typing.get_args(tp)) - {type(None)}
    return members == {_dt.date, PartialDate}


def _register_provenance(conv: StrictConverter) -> None:
    """Days as precise as known, and the provenance blocks of records and entries."""

    def structure_day(value: object, tp: Any) -> _dt.date | PartialDate | None:
        if value is None and type(None) in typing.get_args(tp):
            return None
        return _structure_day(value, tp)

    conv.register_structure_hook_func(_is_day, structure_day)
    conv.register_unstructure_hook(PartialDate, str)

    provenance_fn = make_dict_structure_fn(Provenance, conv)
    conv.register_structure_hook(Provenance, lambda value, tp: _dated(provenance_fn(value, tp)))

    def structure_fields(value: object, _: Any) -> tuple[FieldProvenance, ...]:
        # Written as a mapping, field name -> provenance, which the loader checks against the
        # record's fields (with lines).
        if not isinstance(value, Mapping):
            raise TypeError(f"expected a mapping of field names, got {_describe(value)}")
        found: list[FieldProvenance] = []
        errors: list[Exception] = []
        for field, given in value.items():
            try:
                if not isinstance(given, Mapping):
                    raise TypeError(
                        f"expected a mapping (sources, status…), got {_describe(given)}"
                    )
                base = _dated(provenance_fn(given, Provenance))
                found.append(FieldProvenance(field=_structure_str(field, str), **_fields_of(base)))
            except Exception as exc:
                exc.__notes__ = [
                    *getattr(exc, "__notes__", []),
                    cattrs.errors.AttributeValidationNote(
                        f"Structuring {field}", field, Provenance
                    ),
                ]
                errors.append(exc)
        if errors:
            raise ClassValidationError("While structuring provenance", errors, FieldProvenance)
        return tuple(found)

    conv.register_structure_hook_func(_is_field_provenance, structure_fields)

    def unstructure_provenance(given: Provenance) -> dict[str, Any]:
        data: dict[str, Any] = {}
        for field in attrs.fields(Provenance):
            value = getattr(given, field.name)
            if value != field.default:
                data[field.name] = conv.unstructure(value)
        return data

    conv.register_unstructure_hook(Provenance, unstructure_provenance)
    for entry in (Officeholder, FormerName):  # a term's provenance, only where it has one
        conv.register_unstructure_hook(
            entry,
            make_dict_unstructure_fn(entry, conv, provenance=override(omit_if_default=True)),
        )
    conv.register_unstructure_hook_func(
        _is_field_provenance,
        lambda given: {item.field: unstructure_provenance(item) for item in given},
    )


def _dated(given: Provenance) -> Provenance:
    """``given`` with alternative values written as ISO days read as days (JSON has no dates)."""
    if not any(isinstance(a.value, str) and iso_day(a.value) for a in given.alternatives):
        return given
    alternatives = tuple(
        attrs.evolve(a, value=iso_day(a.value) or a.value) if isinstance(a.value, str) else a
        for a in given.alternatives
    )
    return attrs.evolve(given, alternatives=alternatives)


def _is_field_provenance(tp: Any) -> bool:
    return bool(tp == tuple[FieldProvenance, ...])


def _fields_of(given: Provenance) -> dict[str, Any]:
    return {field.name: getattr(given, field.name) for field in attrs.fields(Provenance)}


def _renamed(raw: Mapping[str, Any], cls: type) -> Mapping[str, Any]:
    """``raw`` with the field names that older files used replaced by today's, with a
    DeprecationWarning (see :attr:`Kind.renamed <osce_model.schema.kinds.Kind.renamed>`)."""
    kind = Organization.schema.by_class.get(cls)
    if kind is None or not kind.renamed:
        return raw
    old = [name for name in kind.renamed if name in raw and kind.renamed[name] not in raw]
    if not old:
        return raw
    import warnings

    for name in old:
        warnings.warn(
            f"{cls.__name__}: the field {name!r} is now called {kind.renamed[name]!r}; "
            "the old name is read for now, but rewrite the data (save it again)",
            DeprecationWarning,
            stacklevel=4,
        )
    updated = dict(raw)
    for name in old:
        updated[kind.renamed[name]] = updated.pop(name)
    return updated


def structure_record(conv: StrictConverter, raw: object, cls: type) -> Any:
    """Structure ``raw`` as a whole ``cls`` record (not as a reference to one)."""
    if not isinstance(raw, Mapping):
        raise TypeError(f"expected a mapping (a record), got {_describe(raw)}")
    fn = conv.record_structurers.get(cls)
    if fn is None:
        fn = conv.record_structurers[cls] = make_dict_structure_fn(cls, conv)
    return fn(_renamed(raw, cls), cls)


def unstructure_record(conv: StrictConverter, record: Any) -> dict[str, Any]:
    """A whole record as plain data; the records it refers to become their keys. Provenance
    written only where a record has some (most have none)."""
    cls = type(record)
    fn = conv.record_unstructurers.get(cls)
    if fn is None:
        quiet: dict[str, Any] = {
            field.name: override(omit_if_default=True)
            for field in attrs.fields(cls)
            if field.name in _OMITTED_WHEN_EMPTY
        }
        fn = conv.record_unstructurers[cls] = make_dict_unstructure_fn(cls, conv, **quiet)
    return fn(record)


_OMITTED_WHEN_EMPTY = frozenset({"provenance", "sources_note"})


def problems_from(
    exc: BaseException,
    raw: object,
    *,
    file: str | None,
    path: str,
    line: int | None = None,
    ignore: type[BaseException] | None = None,
) -> list[Problem]:
    """Flatten a (cattrs) structuring error into problems with field paths and lines."""
    problems: list[Problem] = []

    def walk(error: BaseException, container: object, where: str, line: int | None) -> None:
        if ignore is not None and isinstance(error, ignore):
            return
        if isinstance(error, (ClassValidationError, IterableValidationError)):
            with_notes, others = error.group_exceptions()
            for sub in others:
                walk(sub, container, where, line)
            for sub, note in with_notes:
                step: str | int = note.name if hasattr(note, "name") else note.index
                child_where = f"{where}[{step}]" if isinstance(step, int) else f"{where}.{step}"
                child_line = line_of(container, step) or line
                child: object = None
                if isinstance(container, Mapping):
                    child = container.get(step)
                elif isinstance(container, list) and isinstance(step, int):
                    child = container[step] if step < len(container) else None
                walk(sub, child, child_where, child_line)
            return
        if isinstance(error, ForbiddenExtraKeysError):
            for extra in sorted(error.extra_fields, key=str):
                problems.append(
                    Problem(
                        f"unknown key {extra!r}",
                        file=file,
                        line=line_of(container, extra) or line,
                        path=f"{where}.{extra}",
                    )
                )
            return
        if isinstance(error, KeyError):
            field = error.args[0] if error.args else "?"
            problems.append(
                Problem(f"missing required key {field!r}", file=file, line=line, path=where)
            )
            return
        message = str(error) or type(error).__name__
        scalar = container is not None and not isinstance(container, (Mapping, list))
        if scalar and repr(container) not in message:
            message = f"{message} (value {container!r})"
        problems.append(Problem(message, file=file, line=line, path=where))

    walk(exc, raw, path, getattr(raw, "line", line))
    return problems
