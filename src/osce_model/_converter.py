"""The one strict cattrs converter, and turning its errors into located problems.

Strict means: no extra keys, no missing ones, and scalars of exactly the right type. In
particular a YAML 1.1 boolean never becomes a string: unquoted ``NO`` (Norway) loads as False and
is reported, where cattrs' default ``str`` hook would have produced ``'False'``.
"""

from __future__ import annotations

import datetime as _dt
import enum
import typing
from collections.abc import Callable, Mapping
from typing import Any, Protocol

import cattrs
from cattrs.errors import ClassValidationError, ForbiddenExtraKeysError, IterableValidationError
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn

from ._yaml import line_of
from .errors import Problem
from .records import (
    Chairpersonship,
    FieldOfWork,
    FieldOperation,
    FormerParticipatingState,
    Institution,
    Issuer,
    ParticipatingState,
    SecretariatUnit,
    State,
    Territory,
)

__all__ = [
    "ENTITY_TYPES",
    "Resolver",
    "make_converter",
    "problems_from",
    "structure_record",
    "unstructure_record",
]

# Records that other records refer to by id (the Chairpersonship by year).
ENTITY_TYPES: tuple[type, ...] = (
    ParticipatingState,
    FormerParticipatingState,
    Territory,
    SecretariatUnit,
    Institution,
    FieldOperation,
    FieldOfWork,
    Chairpersonship,
)
HostType = typing.Union[ParticipatingState, FormerParticipatingState, Territory]
ISSUER_KEYS: dict[str, type] = {
    "secretariat": SecretariatUnit,
    "institution": Institution,
    "field_operation": FieldOperation,
    "chairpersonship": Chairpersonship,
}
_YAML_BOOL_WORDS = "unquoted yes/no/on/off/y/n load as booleans in YAML 1.1: quote the value"


class Resolver(Protocol):
    """Finds an already built record of one of ``types`` by its id."""

    def resolve(self, types: tuple[type, ...], ref: object) -> Any: ...


class _Unresolvable:
    def resolve(self, types: tuple[type, ...], ref: object) -> Any:
        raise ValueError(f"cannot resolve the reference {ref!r} without an organisation")


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


def _structure_date(value: object, _: type) -> _dt.date:
    if isinstance(value, _dt.datetime):
        raise TypeError(f"expected a date without a time, got {value!r}")
    if isinstance(value, _dt.date):
        return value
    if isinstance(value, str):
        try:
            return _dt.date.fromisoformat(value)
        except ValueError:
            raise ValueError(f"expected a date YYYY-MM-DD, got {value!r}") from None
    raise TypeError(f"expected a date YYYY-MM-DD, got {_describe(value)}")


def _is_tuple(tp: Any) -> bool:
    return typing.get_origin(tp) is tuple


def _is_enum(tp: Any) -> bool:
    return isinstance(tp, type) and issubclass(tp, enum.Enum)


def make_converter(resolver: Resolver | None = None) -> cattrs.Converter:
    """Build the strict converter; ``resolver`` turns ids into the records they name."""
    resolve = (resolver or _Unresolvable()).resolve
    conv = cattrs.Converter(forbid_extra_keys=True, detailed_validation=True)
    conv.register_structure_hook(str, _structure_str)
    conv.register_structure_hook(int, _structure_int)
    conv.register_structure_hook(bool, _structure_bool)
    conv.register_structure_hook(_dt.date, _structure_date)

    def structure_tuple(value: object, tp: Any) -> tuple[Any, ...]:
        if not isinstance(value, (list, tuple)):
            raise TypeError(f"expected a list, got {_describe(value)}")
        (item_type, *_rest) = typing.get_args(tp)
        items: list[Any] = []
        errors: list[Exception] = []
        for index, item in enumerate(value):
            try:
                items.append(conv.structure(item, item_type))
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

    def reference_hook(types: tuple[type, ...]) -> Callable[[object, Any], Any]:
        def structure_reference(value: object, _: Any) -> Any:
            if isinstance(value, bool) or not isinstance(value, (str, int)):
                raise TypeError(f"expected an id, got {_describe(value)}")
            return resolve(types, value)

        return structure_reference

    for entity_type in ENTITY_TYPES:
        conv.register_structure_hook(entity_type, reference_hook((entity_type,)))
    conv.register_structure_hook_func(
        lambda t: t == State, reference_hook((ParticipatingState, FormerParticipatingState))
    )
    conv.register_structure_hook_func(
        lambda t: t == HostType,
        reference_hook((ParticipatingState, FormerParticipatingState, Territory)),
    )

    def structure_issuer(value: object, _: Any) -> Issuer:
        if not isinstance(value, Mapping) or len(value) != 1:
            raise TypeError(
                "expected a mapping with one key, one of "
                f"{sorted([*ISSUER_KEYS, 'text'])}, got {_describe(value)}"
            )
        ((kind, ref),) = value.items()
        if kind == "text":
            return _structure_str(ref, str)
        if kind not in ISSUER_KEYS:
            raise ValueError(
                f"unknown kind of issuer {kind!r}; expected one of {sorted([*ISSUER_KEYS, 'text'])}"
            )
        if isinstance(ref, bool) or not isinstance(ref, (str, int)):
            raise TypeError(f"expected an id, got {_describe(ref)}")
        return resolve((ISSUER_KEYS[kind],), ref)  # type: ignore[no-any-return]

    conv.register_structure_hook_func(lambda t: t == Issuer, structure_issuer)

    # Unstructuring: a nested record becomes its id, an issuer a one-key mapping.
    def unstructure_reference(record: Any) -> Any:
        return record.year if isinstance(record, Chairpersonship) else record.id

    for entity_type in ENTITY_TYPES:
        conv.register_unstructure_hook(entity_type, unstructure_reference)

    def unstructure_issuer(issuer: Issuer) -> dict[str, Any]:
        if isinstance(issuer, str):
            return {"text": issuer}
        for key, kind in ISSUER_KEYS.items():
            if isinstance(issuer, kind):
                return {key: unstructure_reference(issuer)}
        raise TypeError(f"not an issuer: {issuer!r}")  # pragma: no cover

    conv.register_unstructure_hook_func(lambda t: t == Issuer, unstructure_issuer)
    conv.register_unstructure_hook(_dt.date, lambda d: d)
    return conv


_STRUCTURE_FNS: dict[tuple[int, type], Any] = {}
_UNSTRUCTURE_FNS: dict[tuple[int, type], Callable[[Any], dict[str, Any]]] = {}


def structure_record(conv: cattrs.Converter, raw: object, cls: type) -> Any:
    """Structure ``raw`` as a whole ``cls`` record (not as a reference to one)."""
    if not isinstance(raw, Mapping):
        raise TypeError(f"expected a mapping (a record), got {_describe(raw)}")
    key = (id(conv), cls)
    fn = _STRUCTURE_FNS.get(key)
    if fn is None:
        fn = _STRUCTURE_FNS[key] = make_dict_structure_fn(cls, conv)
    return fn(raw, cls)


def unstructure_record(conv: cattrs.Converter, record: Any) -> dict[str, Any]:
    """A whole record as plain data; the records it refers to become ids."""
    key = (id(conv), type(record))
    fn = _UNSTRUCTURE_FNS.get(key)
    if fn is None:
        fn = _UNSTRUCTURE_FNS[key] = make_dict_unstructure_fn(type(record), conv)
    return fn(record)


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
