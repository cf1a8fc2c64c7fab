"""The :class:`Organization`: every collection, and the queries that span them."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, TypeVar

from ._normalize import normalize
from .collections import Chairpersonships, Collection, FieldOperations, Secretariat
from .press import PressReleases
from .records import (
    Chairpersonship,
    DecisionMakingBody,
    FieldOfWork,
    FormerParticipatingState,
    Institution,
    MeetingType,
    ParticipatingState,
    Partner,
    PartnerGroup,
    PressRelease,
    SecretaryGeneral,
    State,
    Summit,
    Territory,
)
from .results import Results

if TYPE_CHECKING:
    import networkx

    from .queries import Match

__all__ = ["Organization"]

T = TypeVar("T")

# Attribute name, kind in words, collection class: the order in which the overview lists them.
COLLECTIONS: tuple[tuple[str, str, type[Collection[Any]]], ...] = (
    ("participating_states", "participating State", Collection),
    ("former_participating_states", "former participating State", Collection),
    ("partners", "Partner for Co-operation", Collection),
    ("former_partners", "former Partner for Co-operation", Collection),
    ("chairpersonships", "Chairpersonship", Chairpersonships),
    ("secretaries_general", "Secretary General", Collection),
    ("secretariat", "Secretariat unit", Secretariat),
    ("institutions", "institution", Collection),
    ("field_operations", "field operation", FieldOperations),
    ("territories", "territory", Collection),
    ("fields_of_work", "field of work", Collection),
    ("meeting_types", "meeting type", Collection),
    ("decision_making_bodies", "decision-making body", Collection),
    ("summits", "summit", Collection),
    ("press_releases", "press release", PressReleases),
)


class Organization:
    """The OSCE as loaded: immutable collections of records, and queries across them.

    Get one with :func:`osce_model.load`; never built by hand.
    """

    __slots__ = ("_cache", "data_as_of", *(name for name, _, _ in COLLECTIONS))

    data_as_of: _dt.date
    _cache: dict[str, Any]
    participating_states: Collection[ParticipatingState]
    former_participating_states: Collection[FormerParticipatingState]
    partners: Collection[Partner]
    former_partners: Collection[Partner]
    chairpersonships: Chairpersonships
    secretaries_general: Collection[SecretaryGeneral]
    secretariat: Secretariat
    institutions: Collection[Institution]
    field_operations: FieldOperations
    territories: Collection[Territory]
    fields_of_work: Collection[FieldOfWork]
    meeting_types: Collection[MeetingType]
    decision_making_bodies: Collection[DecisionMakingBody]
    summits: Collection[Summit]
    press_releases: PressReleases

    def __init__(self, *, data_as_of: _dt.date, **records: Iterable[Any]) -> None:
        missing = {name for name, _, _ in COLLECTIONS} - set(records)
        unknown = set(records) - {name for name, _, _ in COLLECTIONS}
        if missing or unknown:
            raise TypeError(f"Organization() missing {sorted(missing)}, unknown {sorted(unknown)}")
        object.__setattr__(self, "data_as_of", data_as_of)
        object.__setattr__(self, "_cache", {})
        for name, kind, cls in COLLECTIONS:
            given = records[name]
            collection = given if isinstance(given, cls) else cls(given, kind=kind)
            object.__setattr__(self, name, collection)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("Organization is immutable")

    def __delattr__(self, name: str) -> None:
        raise AttributeError("Organization is immutable")

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (self.data_as_of, {n: getattr(self, n) for n, _, _ in COLLECTIONS}))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Organization):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in ("data_as_of", *self._names()))

    def __hash__(self) -> int:
        return hash((self.data_as_of, len(self.participating_states), len(self.press_releases)))

    def __repr__(self) -> str:
        return (
            f"<Organization: {len(self.participating_states)} participating States, "
            f"{len(self.field_operations)} field operations, "
            f"{len(self.press_releases)} press releases; data as of {self.data_as_of}>"
        )

    def _cached(self, name: str, compute: Callable[[], T]) -> T:
        """A derived index, computed on first use (racing threads compute equal values)."""
        try:
            return self._cache[name]  # type: ignore[no-any-return]
        except KeyError:
            value = self._cache[name] = compute()
            return value

    def _repr_html_(self) -> str:
        rows = "".join(
            f"<tr><td>{name}</td><td style='text-align:right'>{len(coll)}</td></tr>"
            for name, coll in self.collections().items()
        )
        return (
            f"<div><strong>OSCE</strong> <em>data as of {self.data_as_of}</em>"
            f"<table><thead><tr><th>collection</th><th>records</th></tr></thead>"
            f"<tbody>{rows}</tbody></table></div>"
        )

    @staticmethod
    def _names() -> tuple[str, ...]:
        return tuple(name for name, _, _ in COLLECTIONS)

    def collections(self) -> dict[str, Collection[Any]]:
        """Every collection by attribute name, in overview order."""
        return {name: getattr(self, name) for name in self._names()}

    def with_press_releases(self, releases: Iterable[PressRelease]) -> Organization:
        """A new Organization with ``releases`` added after the bundled ones.

        The releases must refer to records of this organisation (build them with its ``org``).
        """
        parts: dict[str, Any] = self.collections()
        parts["press_releases"] = PressReleases([*self.press_releases, *releases])
        return Organization(data_as_of=self.data_as_of, **parts)

    # -- time ---------------------------------------------------------------------------------

    def participating_states_on(self, day: _dt.date) -> Results[State]:
        """The States that participated on ``day``, current and former, by the name then used.

        A suspended State (Yugoslavia from 8 July 1992) does not count while suspended; a State
        that continues another's participation (the Russian Federation, the USSR's) counts from
        the day that State's participation ended.
        """
        states: list[State] = [
            s for s in self.former_participating_states if s.participating_on(day)
        ]
        states.extend(s for s in self.participating_states if s.participating_on(day))
        return Results(sorted(states, key=lambda s: normalize(s.name_on(day) or s.name)))

    def chairpersonship(self, year: int) -> Chairpersonship | None:
        """The Chairpersonship of ``year``, or None where none is decided (or existed)."""
        return self.chairpersonships.get(year)

    def troika(
        self, year: int
    ) -> tuple[Chairpersonship | None, Chairpersonship | None, Chairpersonship | None]:
        """The previous, current and next Chairpersonships (None where not decided)."""
        return (
            self.chairpersonship(year - 1),
            self.chairpersonship(year),
            self.chairpersonship(year + 1),
        )

    def secretary_general_on(self, day: _dt.date) -> SecretaryGeneral | None:
        """The Secretary General in office on ``day``; None in a vacancy or before 1993."""
        return next((sg for sg in self.secretaries_general if sg.in_office_on(day)), None)

    def partners_in(self, group: PartnerGroup | str) -> Results[Partner]:
        """The current Partners for Co-operation of one group ("asian" or "mediterranean")."""
        wanted = group if isinstance(group, PartnerGroup) else PartnerGroup(group.lower())
        return Results(p for p in self.partners if p.group is wanted)

    # -- finding things -----------------------------------------------------------------------

    def lookup(self, text: str) -> Any:
        """The one entity of any kind that ``text`` names (normalised like the collections).

        Raises :class:`~osce_model.NotFoundError` with suggestions on a miss and
        :class:`~osce_model.AmbiguousKeyError`, listing the candidates, when the text names
        several entities.
        """
        from .queries import lookup

        return lookup(self, text)

    def search(self, text: str, limit: int = 10) -> list[Match]:
        """Ranked matches across all kinds, tolerant of typos and prefixes.

        Each :class:`~osce_model.queries.Match` has the entity, its kind, a score in (0, 1] and
        how it matched ("name", "alias", "former name", "code", "prefix", "fuzzy", "partial"…).
        A text that names nothing in the OSCE gives an empty list.
        """
        from .queries import search

        return search(self, text, limit)

    def related(self, entity: Any) -> dict[str, tuple[Any, ...]]:
        """Everything directly related to ``entity``: relation name -> entities."""
        from .queries import related

        return related(self, entity)

    # -- exports ---------------------------------------------------------------------------------

    def to_networkx(self) -> networkx.MultiDiGraph:
        """Every entity as a node and every relation as a typed edge (needs networkx)."""
        from .graph import to_networkx

        return to_networkx(self)

    # -- succession ---------------------------------------------------------------------------

    def predecessors(self, entity: Any) -> Results[Any]:
        """Every predecessor of a State or field operation, followed transitively, nearest first."""
        found: list[Any] = []
        queue = list(getattr(entity, "predecessors", ()))
        while queue:
            item = queue.pop(0)
            if item not in found:
                found.append(item)
                queue.extend(getattr(item, "predecessors", ()))
        return Results(found)

    def successors(self, entity: Any) -> Results[Any]:
        """Every successor of a State or field operation, followed transitively, nearest first."""
        candidates: list[Any] = [
            *self.former_participating_states,
            *self.participating_states,
            *self.field_operations,
        ]
        found: list[Any] = []
        frontier = [entity]
        while frontier:
            current = frontier.pop(0)
            for candidate in candidates:
                if candidate not in found and current in getattr(candidate, "predecessors", ()):
                    found.append(candidate)
                    frontier.append(candidate)
        return Results(found)


def _rebuild(data_as_of: _dt.date, parts: dict[str, Any]) -> Organization:
    return Organization(data_as_of=data_as_of, **parts)
