"""The declaration of a kind of record, and what follows from the declarations.

Each kind is declared once, as a :class:`Kind` attribute of the
:class:`~osce_model.Organization` class: its record class, its collection class (the attribute
name is the collection's name), its data file, its label in words and its tag. A
:class:`Schema` reads those declarations and derives the rest: which fields refer to which kinds
(from the record classes' type hints), the order in which files must be built, the tag of each
kind of issuer. The loader, the converter, the exports and the generator of the run-time form
all read the schema, so none of them lists the kinds again.
"""

from __future__ import annotations

import functools
import types
import typing
from collections.abc import Iterable, Mapping
from typing import Any, Generic, TypeVar, overload

import attrs

__all__ = ["DerivedKind", "Kind", "Schema"]

R = TypeVar("R")
C = TypeVar("C")


class Kind(Generic[R, C]):
    """One kind of record: declared once, as an attribute of the Organization class.

    On an Organization instance the attribute is the collection of that kind; on the class it
    is this declaration. ``tag`` names
    the kind in plain data (an issuer is written ``{field_operation: mission-to-serbia}``);
    ``renamed`` maps field names that older files used to today's, which still load, with a
    DeprecationWarning.
    """

    __slots__ = (
        "collection",
        "collection_class",
        "file",
        "label",
        "owner",
        "record",
        "renamed",
        "tag",
    )

    def __init__(
        self,
        record: type[R],
        collection_class: type[C],
        *,
        label: str,
        file: str,
        tag: str,
        renamed: Mapping[str, str] | None = None,
    ) -> None:
        self.record = record
        # Collection[ParticipatingState] types the attribute; the class itself builds it.
        self.collection_class: type[C] = typing.get_origin(collection_class) or collection_class
        self.label = label
        self.file = file
        self.tag = tag
        self.renamed: Mapping[str, str] = dict(renamed or {})
        self.collection = ""  # the attribute name, set when the owning class is created
        self.owner: type | None = None

    def __set_name__(self, owner: type, name: str) -> None:
        self.collection = name
        self.owner = owner

    def __reduce__(self) -> tuple[Any, ...]:
        # Pickled by reference, so that an unpickled collection has the very same kind.
        return (getattr, (self.owner, self.collection))

    @overload
    def __get__(self, obj: None, owner: type | None = None) -> Kind[R, C]: ...
    @overload
    def __get__(self, obj: object, owner: type | None = None) -> C: ...
    def __get__(self, obj: object, owner: type | None = None) -> Kind[R, C] | C:
        if obj is None:
            return self
        return obj._parts[self.collection]  # type: ignore[attr-defined,no-any-return]

    def __repr__(self) -> str:
        return f"<Kind {self.collection}: {self.record.__name__}>"

    @property
    def key(self) -> str:
        """The field that identifies a record and that references hold: the class's ``KEY``.

        "id" for every kind but the Chairpersonships, which are keyed by "year".
        """
        return getattr(self.record, "KEY", "id")

    def reference_of(self, record: Any) -> Any:
        """What other records write to refer to ``record``: its id (a Chairpersonship's year)."""
        return getattr(record, self.key)


class DerivedKind(Kind[R, C]):
    """A kind of record that no data file holds: the organisation derives its records from the
    others on first use (the people, from the terms of office). Not part of the schema that
    the loader reads."""

    __slots__ = ()

    @overload
    def __get__(self, obj: None, owner: type | None = None) -> DerivedKind[R, C]: ...
    @overload
    def __get__(self, obj: object, owner: type | None = None) -> C: ...
    def __get__(self, obj: object, owner: type | None = None) -> DerivedKind[R, C] | C:
        if obj is None:
            return self
        return obj._derived(self)  # type: ignore[attr-defined,no-any-return]


def _classes_in(hint: Any) -> Iterable[Any]:
    """Every class a type hint mentions: ``tuple[X | Y, ...] | None`` gives X, Y, NoneType…"""
    origin = typing.get_origin(hint)
    if origin is None:
        yield hint
        return
    if origin not in (tuple, typing.Union, types.UnionType):
        yield origin
    for arg in typing.get_args(hint):
        if arg is not Ellipsis:
            yield from _classes_in(arg)


class Schema:
    """Every kind of record, in declaration order, and what the declarations imply."""

    def __init__(self, kinds: Iterable[Kind[Any, Any]]) -> None:
        self.kinds: tuple[Kind[Any, Any], ...] = tuple(kinds)
        self.by_collection: dict[str, Kind[Any, Any]] = {k.collection: k for k in self.kinds}
        self.by_tag: dict[str, Kind[Any, Any]] = {k.tag: k for k in self.kinds}
        self.by_class: dict[type, Kind[Any, Any]] = {}
        for kind in self.kinds:  # a class held by two collections (Partner) is the first's
            self.by_class.setdefault(kind.record, kind)
        if len(self.by_collection) != len(self.kinds) or len(self.by_tag) != len(self.kinds):
            raise TypeError("every kind needs a collection name and a tag of its own")

    # Derived on first use, from type hints: a cold start that only looks things up needs none.
    @functools.cached_property
    def references(self) -> dict[str, dict[str, tuple[type, ...]]]:
        """For each collection, each field that refers to records: the classes it may hold."""
        return {kind.collection: self._references(kind.record) for kind in self.kinds}

    @functools.cached_property
    def build_order(self) -> tuple[Kind[Any, Any], ...]:
        """The kinds in declaration order, except that a kind comes after those it refers to."""
        return self._build_order()

    @classmethod
    def of(cls, owner: type) -> Schema:
        """The schema declared by the :class:`Kind` attributes of ``owner``, in their order."""
        return cls(
            value
            for value in vars(owner).values()
            if isinstance(value, Kind) and not isinstance(value, DerivedKind)
        )

    def _references(self, record: type) -> dict[str, tuple[type, ...]]:
        """For each field of ``record`` that refers to records of a kind: the classes it may."""
        hints = typing.get_type_hints(record)
        found: dict[str, tuple[type, ...]] = {}
        for field in attrs.fields(record):
            classes = tuple(dict.fromkeys(c for c in _classes_in(hints[field.name])))
            referred = tuple(c for c in classes if c in self.by_class)
            if referred:
                found[field.name] = referred
        return found

    def self_references(self, kind: Kind[Any, Any]) -> tuple[str, ...]:
        """The fields of ``kind`` that refer to records of the same file (built first)."""
        return tuple(
            field
            for field, classes in self.references[kind.collection].items()
            if kind.record in classes
        )

    def _build_order(self) -> tuple[Kind[Any, Any], ...]:
        done: list[Kind[Any, Any]] = []
        visiting: set[str] = set()

        def visit(kind: Kind[Any, Any]) -> None:
            if kind in done:
                return
            if kind.collection in visiting:
                raise TypeError(f"the kinds refer to each other in a circle at {kind!r}")
            visiting.add(kind.collection)
            for classes in self.references[kind.collection].values():
                for target in self.kinds:
                    if target.record in classes and target is not kind:
                        visit(target)
            visiting.discard(kind.collection)
            done.append(kind)

        for kind in self.kinds:
            visit(kind)
        return tuple(done)

    @property
    def referable(self) -> tuple[type, ...]:
        """The record classes that other records may refer to by id."""
        return tuple(self.by_class)

    def kind_of(self, record: object) -> Kind[Any, Any]:
        """The kind of ``record`` (the first declared for its class)."""
        try:
            return self.by_class[type(record)]
        except KeyError:
            raise TypeError(f"not a record of any kind: {record!r}") from None
