"""Immutable, ordered collections of records, indexed by every name a person would type."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from ..errors import AmbiguousKeyError, NotFoundError
from ..schema.keys import keys_of, name_variants, normalize
from ..schema.presenters import presenters
from ..schema.provenance import last_day
from ..schema.records import (
    Chairpersonship,
    FieldOperation,
    Flat,
    FormerParticipatingState,
    ParticipatingState,
    Partner,
    PartnerGroup,
    Partnership,
    SecretariatUnit,
    Territory,
    flatten,
    unflatten,
)
from ..schema.when import DayLike, as_day
from .results import Results

if TYPE_CHECKING:
    import pandas

    from ..schema.kinds import Kind
    from .search import SearchIndex

__all__ = [
    "Chairpersonships",
    "Collection",
    "FieldOperations",
    "PartnerGroups",
    "Secretariat",
    "build_indices",
]

T = TypeVar("T")


class Collection(Generic[T]):
    """An immutable, ordered collection of one kind of record: a mapping by key that iterates
    over its records in data order.

    ``coll[key]`` finds a record by id, code, name, acronym, alias or former name, ignoring case,
    accents, spacing, punctuation and a leading "OSCE " or "the "; it raises
    :class:`~osce_model.NotFoundError` (with suggestions) on a miss and
    :class:`~osce_model.AmbiguousKeyError` when the key names several records.
    ``coll.get(key)`` returns None on a miss instead. Keys are text; an integer is a key too
    (a Chairpersonship's year), never a position: for positions, use ``coll.records[i]``.
    """

    __slots__ = ("_ambiguous", "_exact", "_kind", "_records", "_search")

    _records: tuple[T, ...]
    _exact: dict[object, T] | None
    _ambiguous: dict[str, tuple[T, ...]] | None
    _kind: Kind[Any, Any]
    _search: SearchIndex | None

    def __init__(self, records: Iterable[T], *, kind: Kind[Any, Any]) -> None:
        # Indices are built on the first look-up: a cold start needs only the records.
        object.__setattr__(self, "_records", tuple(records))
        object.__setattr__(self, "_exact", None)
        object.__setattr__(self, "_ambiguous", None)
        object.__setattr__(self, "_kind", kind)
        object.__setattr__(self, "_search", None)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable")

    def __reduce__(self) -> tuple[Any, ...]:
        flat, positions = flatten(self._records)
        return (_rebuild, (type(self), flat, positions, self._kind))

    @property
    def kind(self) -> Kind[Any, Any]:
        """The kind of record held: its declaration (``kind.label`` is "participating State")."""
        kind: Kind[Any, Any] = self._kind
        return kind

    @property
    def records(self) -> Results[T]:
        """The records, in data order, as a tuple: for positions and slices."""
        return Results(self._records)

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
        return f"<{type(self).__name__} of {len(self)} {self._kind.label} records>"

    def __getitem__(self, key: int | str) -> T:
        if isinstance(key, slice):
            raise TypeError(
                f"{type(self).__name__} is indexed by key, not by position: "
                "use .records[...] for positions and slices"
            )
        exact, _ = self._indices()
        try:  # the common case, a key as written in the data, is one dict look-up
            return exact[key]
        except (KeyError, TypeError):
            pass
        return self._find(key)

    def __contains__(self, key: object) -> bool:
        if isinstance(key, (str, int)) and not isinstance(key, bool):
            return len(self._matches(key)) == 1
        return any(record == key for record in self._records)

    def get(self, key: object, default: T | None = None) -> T | None:
        """The record ``key`` names, or ``default`` when none does (or ``key`` is no key: None,
        NaN…).

        A key that names several records still raises :class:`AmbiguousKeyError`: it is never
        resolved silently to one of them.
        """
        if isinstance(key, bool) or not isinstance(key, (str, int)):
            return default
        exact, _ = self._indices()
        try:
            return exact[key]
        except KeyError:
            pass
        matches = self._matches(key)
        if not matches:
            return default
        if len(matches) > 1:
            raise self._ambiguous_error(key, matches)
        return matches[0]

    def to_dataframe(self) -> pandas.DataFrame:
        """The records as a pandas DataFrame (needs ``osce-model[pandas]``)."""
        return presenters.get("dataframe")(self._records)

    def _repr_html_(self) -> str:
        return presenters.get("html_records")(  # type: ignore[no-any-return]
            self._records, f"{len(self)} {self._kind.label} records"
        )

    def _indices(self) -> tuple[dict[object, T], dict[str, tuple[T, ...]]]:
        if self._exact is None or self._ambiguous is None:  # the first look-up
            exact, ambiguous = build_indices(self._records)
            object.__setattr__(self, "_ambiguous", ambiguous)
            object.__setattr__(self, "_exact", exact)
            return exact, ambiguous
        return self._exact, self._ambiguous

    def _matches(self, key: object) -> tuple[T, ...]:
        if isinstance(key, bool) or not isinstance(key, (str, int)):
            raise TypeError(
                f"a {self._kind.label} key must be a str or an int, not {type(key).__name__}"
            )
        exact, ambiguous = self._indices()
        norm = normalize(str(key))
        found = exact.get(norm)
        if found is not None:
            return (found,)
        if isinstance(key, int):
            found = exact.get(key)
            if found is not None:
                return (found,)
        matches = ambiguous.get(norm, ())
        if not matches and isinstance(key, str):
            for variant in name_variants(key)[1:]:  # "Moldova, Republic of"
                norm = normalize(variant)
                found = exact.get(norm)
                if found is not None:
                    return (found,)
                matches = ambiguous.get(norm, ())
                if matches:
                    break
        return matches

    def _find(self, key: int | str) -> T:
        matches = self._matches(key)
        if len(matches) == 1:
            return matches[0]
        if matches:
            raise self._ambiguous_error(key, matches)
        raise NotFoundError(
            f"no {self._kind.label} matches {key!r}", key=key, suggestions=self.suggest(str(key))
        )

    def _ambiguous_error(self, key: object, matches: Sequence[T]) -> AmbiguousKeyError:
        names = ", ".join(f"{m.name!r} ({m.id})" for m in matches)  # type: ignore[attr-defined]
        return AmbiguousKeyError(
            f"{key!r} names several {self._kind.label} records: {names}",
            key=key,
            candidates=matches,
        )

    def suggest(self, text: str, n: int = 3) -> list[str]:
        """The names of the records closest to ``text``, by the search engine's ranking."""
        if self._search is None:
            from .search import SearchIndex  # only on a miss

            object.__setattr__(self, "_search", SearchIndex([self]))
        assert self._search is not None
        names: list[str] = []
        for match in self._search.search(text, limit=n * 2):
            name = match.entity.name
            if name not in names:
                names.append(name)
        return names[:n]


def build_indices(records: Iterable[T]) -> tuple[dict[object, T], dict[str, tuple[T, ...]]]:
    """The look-up indices of ``records``: unambiguous keys -> record, ambiguous -> records.

    Unambiguous keys are indexed both as written (so that ``coll["DE"]`` is one dict look-up)
    and normalised; ambiguous ones only normalised. A record whose ``KEY`` is not text (a
    Chairpersonship's year) is also found by that value itself: ``chairs[2025]``.
    """
    normalized: dict[str, list[T]] = {}
    raw: dict[object, T] = {}
    for record in records:
        for text, _how in keys_of(record):
            key = normalize(text)
            if not key:
                continue
            matches = normalized.setdefault(key, [])
            if not any(existing is record for existing in matches):
                matches.append(record)
            raw.setdefault(text, record)
        key_value = getattr(record, getattr(record, "KEY", "id"))
        if not isinstance(key_value, str):
            raw.setdefault(key_value, record)
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


def _rebuild(
    cls: type[Collection[Any]], flat: Flat, positions: tuple[int, ...], kind: Kind[Any, Any]
) -> Collection[Any]:
    built = unflatten(flat, None)
    return cls([built[p] for p in positions], kind=kind)


def _today() -> _dt.date:
    return _dt.date.today()


class FieldOperations(Collection[FieldOperation]):
    """The field operations, with queries by date and host."""

    __slots__ = ()

    def active(self, on: DayLike | None = None) -> Results[FieldOperation]:
        """The field operations active on ``on`` (today when None)."""
        day = _today() if on is None else as_day(on, param="on")
        return Results(op for op in self if op.active_on(day))

    def closed(self, on: DayLike | None = None) -> Results[FieldOperation]:
        """The field operations closed by ``on`` (today when None), most recently closed first."""
        day = _today() if on is None else as_day(on, param="on")
        # Known to be closed: the last day it may have operated is before ``day``.
        done = [op for op in self if op.closed is not None and last_day(op.closed) < day]
        # A month or a year orders among days by its span (PartialDate's own ordering).
        return Results(sorted(done, key=lambda op: op.closed or day, reverse=True))

    def hosted_by(self, host: object) -> Results[FieldOperation]:
        """The field operations, current and closed, hosted by ``host``: a record or a key.

        A key is looked up among the States and territories that host operations; one that
        names no host (a State that never hosted one, such as "Germany") gives an empty
        result. The result is ordered by establishment, the oldest first.
        """
        if isinstance(host, (ParticipatingState, FormerParticipatingState, Territory)):
            target_id: tuple[type, str] | None = (type(host), host.id)
        else:
            target_id = self._host_of_key(host)
        found = [op for op in self if (type(op.host), op.host.id) == target_id]
        return Results(sorted(found, key=lambda op: op.established or _dt.date.max))

    def _host_of_key(self, key: object) -> tuple[type, str] | None:
        if not isinstance(key, str):
            raise TypeError(f"a host key must be a str, not {type(key).__name__}")
        hosts: dict[tuple[type, str], Any] = {}
        for op in self:
            hosts[(type(op.host), op.host.id)] = op.host
        norm = normalize(key)
        matches = [
            ident
            for ident, h in hosts.items()
            if any(normalize(text) == norm for text, _ in keys_of(h))
        ]
        if len(matches) == 1:
            return matches[0]
        if matches:
            raise AmbiguousKeyError(
                f"{key!r} names several hosts", key=key, candidates=[hosts[m] for m in matches]
            )
        return None


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
        found = [c for c in self if any(normalize(text) == norm for text, _ in keys_of(c.state))]
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
        """The Secretariat itself: the unit with no parent."""
        for unit in self:
            if unit.parent is None:
                return unit
        raise NotFoundError("no Secretariat unit is without a parent: the tree has no root")

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


class PartnerGroups(Collection[Partnership]):
    """The two Partner groups, also found by the :class:`PartnerGroup` their Partners carry:
    ``groups[PartnerGroup.ASIAN]``, ``groups["asian"]`` or ``groups.of(partner)``."""

    __slots__ = ()

    def _by_group(self, key: object) -> Partnership | None:
        if isinstance(key, str):
            try:
                key = PartnerGroup(normalize(key))
            except ValueError:
                return None
        if not isinstance(key, PartnerGroup):
            return None
        return next((group for group in self if group.group is key), None)

    def __getitem__(self, key: int | str | PartnerGroup) -> Partnership:
        found = self._by_group(key)
        if found is not None:
            return found
        return super().__getitem__(key.value if isinstance(key, PartnerGroup) else key)

    def get(self, key: object, default: Partnership | None = None) -> Partnership | None:
        """The group ``key`` names (a name, an id or a :class:`PartnerGroup`), or ``default``."""
        found = self._by_group(key)
        return found if found is not None else super().get(key, default)

    def of(self, partner: Partner) -> Partnership | None:
        """The group ``partner`` belongs (or belonged) to; None where the data holds none."""
        return self._by_group(partner.group)
