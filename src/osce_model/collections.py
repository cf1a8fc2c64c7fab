"""Immutable, ordered collections of records, indexed by every name a person would type."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

from ._normalize import normalize
from .errors import AmbiguousKeyError, NotFoundError
from .records import (
    Chairpersonship,
    FieldOperation,
    FormerParticipatingState,
    ParticipatingState,
    SecretariatUnit,
    Territory,
)
from .results import Results

if TYPE_CHECKING:
    import pandas

__all__ = [
    "Chairpersonships",
    "Collection",
    "FieldOperations",
    "Secretariat",
    "build_indices",
    "record_keys",
]

T = TypeVar("T")

# How a key names a record, strongest first; search reports it.
MATCH_KINDS = ("id", "code", "name", "acronym", "alias", "former name")


def record_keys(record: Any) -> list[tuple[str, str]]:
    """Every (text, how) pair by which ``record`` can be looked up."""
    keys: list[tuple[str, str]] = [(str(record.id), "id")]
    for attr in ("iso2", "iso3", "iso3166_3"):
        code = getattr(record, attr, None)
        if code:
            keys.append((code, "code"))
    keys.append((record.name, "name"))
    acronym = getattr(record, "acronym", None)
    if acronym:
        keys.append((acronym, "acronym"))
    for alias in getattr(record, "aliases", ()):
        keys.append((alias, "alias"))
    for former in getattr(record, "former_names", ()):
        keys.append((former.name, "former name"))
    return keys


class Collection(Generic[T]):
    """An immutable, ordered collection of one kind of record.

    ``coll[key]`` finds a record by id, code, name, acronym, alias or former name, ignoring case,
    accents, spacing, punctuation and a leading "OSCE " or "the "; it raises
    :class:`~osce_model.NotFoundError` (with suggestions) on a miss and
    :class:`~osce_model.AmbiguousKeyError` when the key names several records.
    ``coll.get(key)`` returns None on a miss instead.
    """

    __slots__ = ("_ambiguous", "_exact", "_kind", "_records")

    _records: tuple[T, ...]
    _exact: dict[object, T] | None
    _ambiguous: dict[str, tuple[T, ...]] | None
    _kind: str

    def __init__(
        self,
        records: Iterable[T],
        *,
        kind: str,
        indices: tuple[dict[object, T], dict[str, tuple[T, ...]]] | None = None,
        lazy: bool = False,
    ) -> None:
        records = tuple(records)
        exact: dict[object, T] | None = None
        ambiguous: dict[str, tuple[T, ...]] | None = None
        if indices is not None:
            exact, ambiguous = indices
        elif not lazy:
            exact, ambiguous = build_indices(records)
        object.__setattr__(self, "_records", records)
        object.__setattr__(self, "_exact", exact)
        object.__setattr__(self, "_ambiguous", ambiguous)
        object.__setattr__(self, "_kind", kind)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable")

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (type(self), self._records, self._kind))

    @property
    def kind(self) -> str:
        """What the records are, in words ("participating State")."""
        return self._kind

    def __len__(self) -> int:
        return len(self._records)

    def __iter__(self) -> Iterator[T]:
        return iter(self._records)

    def __reversed__(self) -> Iterator[T]:
        return reversed(self._records)

    def __bool__(self) -> bool:
        return bool(self._records)

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self._records == other._records

    def __hash__(self) -> int:
        return hash(self._records)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {len(self)} {self._kind} records>"

    @overload
    def __getitem__(self, key: int | str) -> T: ...
    @overload
    def __getitem__(self, key: slice) -> tuple[T, ...]: ...
    def __getitem__(self, key: int | str | slice) -> T | tuple[T, ...]:
        try:  # the common case, a key as written in the data, is one dict look-up
            return self._exact[key]  # type: ignore[index]
        except (KeyError, TypeError):
            pass
        if isinstance(key, slice):
            return self._records[key]
        return self._find(key)

    def __contains__(self, key: object) -> bool:
        if isinstance(key, (str, int)) and not isinstance(key, bool):
            return len(self._matches(key)) == 1
        return any(record == key for record in self._records)

    def get(self, key: int | str, default: T | None = None) -> T | None:
        """The record ``key`` names, or ``default`` when none does.

        A key that names several records still raises :class:`AmbiguousKeyError`: it is never
        resolved silently to one of them.
        """
        try:
            return self._exact[key]  # type: ignore[index]
        except (KeyError, TypeError):
            pass
        matches = self._matches(key)
        if not matches:
            return default
        if len(matches) > 1:
            raise self._ambiguous_error(key, matches)
        return matches[0]

    def to_dataframe(self) -> pandas.DataFrame:
        """The records as a pandas DataFrame (needs ``osce-model[pandas]``)."""
        from .frames import to_dataframe

        return to_dataframe(self._records)

    def _repr_html_(self) -> str:
        from .display import records_html

        return records_html(self._records, title=f"{len(self)} {self._kind} records")

    def ids(self) -> tuple[str, ...]:
        """The ids, in order."""
        return tuple(record.id for record in self._records)  # type: ignore[attr-defined]

    def _indices(self) -> tuple[dict[object, T], dict[str, tuple[T, ...]]]:
        if self._exact is None or self._ambiguous is None:  # a lazy collection, first look-up
            exact, ambiguous = build_indices(self._records)
            object.__setattr__(self, "_ambiguous", ambiguous)
            object.__setattr__(self, "_exact", exact)
            return exact, ambiguous
        return self._exact, self._ambiguous

    def _matches(self, key: object) -> tuple[T, ...]:
        if isinstance(key, bool) or not isinstance(key, (str, int)):
            raise TypeError(f"a {self._kind} key must be a str or an int, not {type(key).__name__}")
        exact, ambiguous = self._indices()
        norm = normalize(str(key))
        found = exact.get(norm)
        if found is not None:
            return (found,)
        if isinstance(key, int):
            found = exact.get(key)
            if found is not None:
                return (found,)
        return ambiguous.get(norm, ())

    def _find(self, key: int | str) -> T:
        matches = self._matches(key)
        if len(matches) == 1:
            return matches[0]
        if matches:
            raise self._ambiguous_error(key, matches)
        raise NotFoundError(
            f"no {self._kind} matches {key!r}", key=key, suggestions=self.suggest(str(key))
        )

    def _ambiguous_error(self, key: object, matches: Sequence[T]) -> AmbiguousKeyError:
        names = ", ".join(f"{m.name!r} ({m.id})" for m in matches)  # type: ignore[attr-defined]
        return AmbiguousKeyError(
            f"{key!r} names several {self._kind} records: {names}", key=key, candidates=matches
        )

    def suggest(self, text: str, n: int = 3) -> list[str]:
        """The names of the records whose keys are closest to ``text``."""
        import difflib  # only on a miss

        exact, ambiguous = self._indices()
        by_key: dict[str, list[T]] = {}
        for key, record in exact.items():
            if isinstance(key, str):
                by_key.setdefault(normalize(key), []).append(record)
        for key, records in ambiguous.items():
            by_key.setdefault(key, []).extend(records)
        close = difflib.get_close_matches(normalize(text), list(by_key), n=n * 2, cutoff=0.75)
        names: list[str] = []
        for key in close:
            for record in by_key[key]:
                name = record.name  # type: ignore[attr-defined]
                if name not in names:
                    names.append(name)
        return names[:n]


def build_indices(records: Iterable[T]) -> tuple[dict[object, T], dict[str, tuple[T, ...]]]:
    """The look-up indices of ``records``: unambiguous keys -> record, ambiguous -> records.

    Unambiguous keys are indexed both as written (so that ``coll["DE"]`` is one dict look-up)
    and normalised; ambiguous ones only normalised. A Chairpersonship is also keyed by its year.
    """
    normalized: dict[str, list[T]] = {}
    raw: dict[object, T] = {}
    for record in records:
        for text, _how in record_keys(record):
            key = normalize(text)
            if not key:
                continue
            matches = normalized.setdefault(key, [])
            if not any(existing is record for existing in matches):
                matches.append(record)
            raw.setdefault(text, record)
        year = getattr(record, "year", None)
        if isinstance(year, int):
            raw.setdefault(year, record)
    exact: dict[object, T] = {}
    ambiguous: dict[str, tuple[T, ...]] = {}
    for key, matches in normalized.items():
        if len(matches) == 1:
            exact[key] = matches[0]
        else:
            ambiguous[key] = tuple(matches)
    for raw_key, record in raw.items():
        if normalize(str(raw_key)) in exact and raw_key not in exact:
            exact[raw_key] = record
    return exact, ambiguous


def _rebuild(cls: type[Collection[Any]], records: tuple[Any, ...], kind: str) -> Collection[Any]:
    return cls(records, kind=kind)


def _today() -> _dt.date:
    return _dt.date.today()


class FieldOperations(Collection[FieldOperation]):
    """The field operations, with queries by date and host."""

    __slots__ = ()

    def active(self, on: _dt.date | None = None) -> Results[FieldOperation]:
        """The field operations active on ``on`` (today when None)."""
        day = _today() if on is None else on
        return Results(op for op in self if op.active_on(day))

    def closed(self, on: _dt.date | None = None) -> Results[FieldOperation]:
        """The field operations closed by ``on`` (today when None), most recently closed first."""
        day = _today() if on is None else on
        done = [op for op in self if op.closed is not None and op.closed < day]
        return Results(sorted(done, key=lambda op: op.closed or day, reverse=True))

    def hosted_by(self, host: object) -> Results[FieldOperation]:
        """The field operations, current and closed, hosted by ``host``: a record or a key.

        A key is looked up among the participating States, the former ones and the territories
        hosting operations; the result is ordered by establishment, the oldest first.
        """
        if isinstance(host, (ParticipatingState, FormerParticipatingState, Territory)):
            target_id = (type(host), host.id)
        else:
            target_id = self._host_of_key(host)
        found = [op for op in self if (type(op.host), op.host.id) == target_id]
        return Results(sorted(found, key=lambda op: op.established or _dt.date.max))

    def _host_of_key(self, key: object) -> tuple[type, str]:
        if not isinstance(key, str):
            raise TypeError(f"a host key must be a str, not {type(key).__name__}")
        hosts: dict[tuple[type, str], Any] = {}
        for op in self:
            hosts[(type(op.host), op.host.id)] = op.host
        norm = normalize(key)
        matches = [
            ident
            for ident, h in hosts.items()
            if any(normalize(text) == norm for text, _ in record_keys(h))
        ]
        if len(matches) == 1:
            return matches[0]
        if matches:
            raise AmbiguousKeyError(
                f"{key!r} names several hosts", key=key, candidates=[hosts[m] for m in matches]
            )
        raise NotFoundError(f"no host of a field operation matches {key!r}", key=key)


class Chairpersonships(Collection[Chairpersonship]):
    """The Chairpersonships, keyed by year."""

    __slots__ = ()

    def held_by(self, state: object) -> Results[Chairpersonship]:
        """The Chairpersonships held by ``state`` (a record or a key), in year order."""
        if isinstance(state, (ParticipatingState, FormerParticipatingState)):
            return Results(c for c in self if c.state == state)
        if not isinstance(state, str):
            raise TypeError(f"a State key must be a str, not {type(state).__name__}")
        norm = normalize(state)
        found = [
            c for c in self if any(normalize(text) == norm for text, _ in record_keys(c.state))
        ]
        return Results(found)


class Secretariat(Collection[SecretariatUnit]):
    """The Secretariat and its units, as a tree."""

    __slots__ = ()

    def _unit(self, key: object) -> SecretariatUnit:
        if isinstance(key, SecretariatUnit):
            return key
        if isinstance(key, bool) or not isinstance(key, (str, int)):
            raise TypeError(f"a unit key must be a str, not {type(key).__name__}")
        return self[key]

    def root(self) -> SecretariatUnit:
        """The Secretariat itself."""
        return next(unit for unit in self if unit.parent is None)

    def parent(self, key: object) -> SecretariatUnit | None:
        """The unit above ``key``; None for the Secretariat itself."""
        return self._unit(key).parent

    def children(self, key: object) -> Results[SecretariatUnit]:
        """The units directly under ``key``, in data order."""
        unit = self._unit(key)
        return Results(u for u in self if u.parent is not None and u.parent.id == unit.id)

    def ancestors(self, key: object) -> Results[SecretariatUnit]:
        """The units above ``key``, nearest first, ending with the Secretariat."""
        chain: list[SecretariatUnit] = []
        parent = self._unit(key).parent
        while parent is not None:
            chain.append(parent)
            parent = parent.parent
        return Results(chain)

    def descendants(self, key: object) -> Results[SecretariatUnit]:
        """Every unit below ``key``, depth first in data order."""
        found: list[SecretariatUnit] = []
        stack = list(reversed(self.children(key)))
        while stack:
            unit = stack.pop()
            found.append(unit)
            stack.extend(reversed(self.children(unit)))
        return Results(found)
