"""The :class:`Organization`: the declaration of every kind of record, and the queries across
them.

The :class:`~osce_model.schema.kinds.Kind` attributes of the class are the schema: one line per
kind of record, read by the loader, the converter, the exports and the generator alike. On an
instance, each of those attributes is the collection of that kind.
"""

from __future__ import annotations

import datetime as _dt
import itertools
import weakref
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from ..errors import AmbiguousKeyError, DataError, NotFoundError, Problem
from ..schema.keys import name_variants, normalize
from ..schema.kinds import DerivedKind, Kind, Schema
from ..schema.presenters import presenters
from ..schema.provenance import Claim, claims_of
from ..schema.records import (
    Chairpersonship,
    DecisionMakingBody,
    Entity,
    FieldOfWork,
    FieldOperation,
    Flat,
    FormerParticipatingState,
    Institution,
    MeetingType,
    ParticipatingState,
    Partner,
    PartnerGroup,
    Partnership,
    Person,
    PersonalRepresentative,
    PressRelease,
    SecretariatUnit,
    SecretaryGeneral,
    State,
    Summit,
    Territory,
    flatten,
    unflatten,
)
from ..schema.when import DayLike, YearLike, as_day, as_year
from .collections import (
    Chairpersonships,
    Collection,
    FieldOperations,
    PartnerGroups,
    Secretariat,
)
from .people import person_id
from .press_releases import PressReleases
from .results import Matches, Related, Results, ResultsOn, Troika

if TYPE_CHECKING:
    import networkx
    import pandas

    from .relations import Relation, RelationIndex
    from .search import Match, SearchIndex

__all__ = ["Organization"]

T = TypeVar("T")


class Organization:
    """The OSCE as loaded: immutable collections of records, and queries across them.

    Get one with :func:`osce_model.load`. Each collection is an attribute; on the class, the
    same attribute is the declaration of its kind (``Organization.partners.label``).
    """

    # The schema: one declaration per kind of record, in the order the overview lists them.
    participating_states = Kind(
        ParticipatingState,
        Collection[ParticipatingState],
        label="participating State",
        file="participating_states.yaml",
        tag="participating_state",
    )
    former_participating_states = Kind(
        FormerParticipatingState,
        Collection[FormerParticipatingState],
        label="former participating State",
        file="former_participating_states.yaml",
        tag="former_participating_state",
    )
    partners = Kind(
        Partner,
        Collection[Partner],
        label="Partner for Co-operation",
        file="partners.yaml",
        tag="partner",
    )
    former_partners = Kind(
        Partner,
        Collection[Partner],
        label="former Partner for Co-operation",
        file="former_partners.yaml",
        tag="former_partner",
    )
    chairpersonships = Kind(
        Chairpersonship,
        Chairpersonships,
        label="Chairpersonship",
        file="chairpersonships.yaml",
        tag="chairpersonship",
    )
    secretaries_general = Kind(
        SecretaryGeneral,
        Collection[SecretaryGeneral],
        label="Secretary General",
        file="secretaries_general.yaml",
        tag="secretary_general",
    )
    secretariat = Kind(
        SecretariatUnit,
        Secretariat,
        label="Secretariat unit",
        file="secretariat.yaml",
        tag="secretariat",
    )
    institutions = Kind(
        Institution,
        Collection[Institution],
        label="institution",
        file="institutions.yaml",
        tag="institution",
    )
    field_operations = Kind(
        FieldOperation,
        FieldOperations,
        label="field operation",
        file="field_operations.yaml",
        tag="field_operation",
    )
    territories = Kind(
        Territory,
        Collection[Territory],
        label="territory",
        file="territories.yaml",
        tag="territory",
    )
    fields_of_work = Kind(
        FieldOfWork,
        Collection[FieldOfWork],
        label="field of work",
        file="fields_of_work.yaml",
        tag="field_of_work",
    )
    meeting_types = Kind(
        MeetingType,
        Collection[MeetingType],
        label="meeting type",
        file="meeting_types.yaml",
        tag="meeting_type",
    )
    decision_making_bodies = Kind(
        DecisionMakingBody,
        Collection[DecisionMakingBody],
        label="decision-making body",
        file="decision_making_bodies.yaml",
        tag="decision_making_body",
    )
    partner_groups = Kind(
        Partnership,
        PartnerGroups,
        label="Partner group",
        file="partner_groups.yaml",
        tag="partner_group",
    )
    personal_representatives = Kind(
        PersonalRepresentative,
        Collection[PersonalRepresentative],
        label="Personal Representative of the Chairperson-in-Office",
        file="personal_representatives.yaml",
        tag="personal_representative",
    )
    summits = Kind(Summit, Collection[Summit], label="summit", file="summits.yaml", tag="summit")
    press_releases = Kind(
        PressRelease,
        PressReleases,
        label="press release",
        file="press_releases.yaml",
        tag="press_release",
        renamed={"sources": "issuers"},
    )

    # Derived, not read from a file: every person the terms of office name, with their posts.
    people = DerivedKind(Person, Collection[Person], label="person", file="", tag="person")

    schema: ClassVar[Schema]  # set below, from the declarations above
    __slots__ = ("__weakref__", "_cache", "_parts", "data_as_of")

    data_as_of: _dt.date
    _parts: dict[str, Collection[Any]]
    _cache: dict[str, Any]

    # Every organisation alive, weakly: a record's card finds the one that holds it.
    # (Keyed by a serial number: a WeakSet would compare equal organisations as one.)
    _alive: ClassVar[weakref.WeakValueDictionary[int, Organization]] = weakref.WeakValueDictionary()
    _serial: ClassVar[Iterator[int]] = itertools.count()

    def __init__(self, *, data_as_of: _dt.date, **records: Iterable[Any]) -> None:
        names = set(self.schema.by_collection)
        missing, unknown = names - set(records), set(records) - names
        if missing or unknown:
            raise TypeError(f"Organization() missing {sorted(missing)}, unknown {sorted(unknown)}")
        parts: dict[str, Collection[Any]] = {}
        for kind in self.schema.kinds:
            given = records[kind.collection]
            collection_class = kind.collection_class
            if isinstance(given, Collection) and given.kind is kind:
                parts[kind.collection] = given
            else:
                parts[kind.collection] = collection_class(given, kind=kind)
        object.__setattr__(self, "data_as_of", data_as_of)
        object.__setattr__(self, "_parts", parts)
        object.__setattr__(self, "_cache", {})
        Organization._alive[next(Organization._serial)] = self

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("Organization is immutable")

    def __delattr__(self, name: str) -> None:
        raise AttributeError("Organization is immutable")

    def __reduce__(self) -> tuple[Any, ...]:
        # Every record once, flat: references stay shared objects, and no chain recurses.
        flat, positions = flatten(self.records())
        layout: dict[str, tuple[int, ...]] = {}
        start = 0
        for name, collection in self._parts.items():
            layout[name] = positions[start : start + len(collection)]
            start += len(collection)
        return (_rebuild, (self.data_as_of, flat, layout))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Organization):
            return NotImplemented
        return self.data_as_of == other.data_as_of and self._parts == other._parts

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
        return presenters.get("html_value")(self)  # type: ignore[no-any-return]

    def _derived(self, kind: DerivedKind[Any, Any]) -> Collection[Any]:
        """The collection of a derived kind (the people), built on first use."""
        from .people import derive_people

        return self._cached(
            kind.collection,
            lambda: kind.collection_class(derive_people(self._parts), kind=kind),
        )

    @classmethod
    def alive(cls) -> tuple[Organization, ...]:
        """Every Organization not yet garbage-collected, oldest first."""
        return tuple(cls._alive.values())

    def holds(self, record: object) -> bool:
        """Whether ``record`` is one of this organisation's own records (the same object)."""
        held = self._cached("held", lambda: {id(r): r for r in (*self.records(), *self.people)})
        return held.get(id(record)) is record

    def collections(self) -> dict[str, Collection[Any]]:
        """Every collection by attribute name, in overview order."""
        return dict(self._parts)

    def records(self) -> Iterator[Any]:
        """Every record of every collection, in overview order."""
        for collection in self._parts.values():
            yield from collection

    def with_press_releases(self, releases: Iterable[PressRelease]) -> Organization:
        """A new Organization with ``releases`` added after the bundled ones.

        The releases must refer to records of this organisation (build them with its ``org``).
        Ids must be unique: a release whose id is already taken raises
        :class:`~osce_model.DataError`.
        """
        parts: dict[str, Any] = dict(self._parts)
        combined = [*self.press_releases, *releases]
        seen: set[str] = set()
        for position, release in enumerate(combined):
            if release.id in seen:
                raise DataError(
                    [
                        Problem(
                            f"duplicate press release id {release.id!r}: ids must be unique",
                            path=f"releases[{position - len(self.press_releases)}]",
                        )
                    ]
                )
            seen.add(release.id)
        parts["press_releases"] = combined
        return Organization(data_as_of=self.data_as_of, **parts)

    # -- time ---------------------------------------------------------------------------------

    def participating_states_on(self, day: DayLike) -> Results[State]:
        """The States that participated on ``day``, current and former, by the name then used.

        A suspended State (Yugoslavia from 8 July 1992) does not count while suspended; a State
        that continues another's participation (the Russian Federation, the USSR's) counts from
        the day that State's participation ended. ``day`` may be any common form of a day.
        """
        day = as_day(day)
        states: list[State] = [
            s for s in self.former_participating_states if s.participating_on(day)
        ]
        states.extend(s for s in self.participating_states if s.participating_on(day))
        return ResultsOn(sorted(states, key=lambda s: normalize(s.name_on(day) or s.name)), day)

    def chairpersonship(self, year: YearLike) -> Chairpersonship | None:
        """The Chairpersonship of ``year`` (an int, "2025" or a day in it), or None where none
        is decided (or existed)."""
        return self.chairpersonships.get(as_year(year))

    def troika(
        self, year: YearLike
    ) -> tuple[Chairpersonship | None, Chairpersonship | None, Chairpersonship | None]:
        """The previous, current and next Chairpersonships (None where not decided)."""
        year = as_year(year)
        chairs = (
            self.chairpersonship(year - 1),
            self.chairpersonship(year),
            self.chairpersonship(year + 1),
        )
        return Troika(chairs, year)  # a plain tuple that shows itself in Jupyter

    def secretary_general_on(self, day: DayLike) -> SecretaryGeneral | None:
        """The Secretary General in office on ``day``; None in a vacancy or before 1993."""
        day = as_day(day)
        return next((sg for sg in self.secretaries_general if sg.in_office_on(day)), None)

    def partners_in(self, group: PartnerGroup | str) -> Results[Partner]:
        """The current Partners for Co-operation of one group ("asian" or "mediterranean")."""
        wanted = group if isinstance(group, PartnerGroup) else PartnerGroup(group.lower())
        return Results(p for p in self.partners if p.group is wanted)

    # -- finding things -----------------------------------------------------------------------

    def lookup(self, text: str) -> Entity:
        """The one entity of any kind that ``text`` names (normalised like the collections).

        Raises :class:`~osce_model.NotFoundError` with suggestions on a miss and
        :class:`~osce_model.AmbiguousKeyError`, listing the candidates, when the text names
        several entities.
        """
        if not isinstance(text, str):
            raise TypeError(f"lookup takes a str, not {type(text).__name__}")
        found: list[Entity] = []
        index = self._search_index()
        for variant in name_variants(text):  # the text, then an ISO-style name's other forms
            for (entity, _kind, _how, _text, _rank), _score in index.exact_entries(
                normalize(variant)
            ):
                # A former Partner that became a participating State is that State, by name.
                if isinstance(entity, Partner) and entity.became_participating_state is not None:
                    entity = entity.became_participating_state
                if not any(entity is seen for seen in found):
                    found.append(entity)
            if found:
                break
        if len(found) > 1:
            # A person who is also a record of their own (a Secretary General) is that record.
            found = [e for e in found if not isinstance(e, Person)] or found
        if len(found) == 1:
            return found[0]
        if found:
            names = ", ".join(f"{e.name!r} ({self._label(e)})" for e in found)
            raise AmbiguousKeyError(
                f"{text!r} names several entities: {names}", key=text, candidates=found
            )
        suggestions: list[str] = []
        for match in self.search(text, limit=5):
            if match.entity.name not in suggestions:
                suggestions.append(match.entity.name)
        raise NotFoundError(
            f"nothing in the OSCE model is named {text!r}", key=text, suggestions=suggestions[:3]
        )

    def search(self, text: str, limit: int = 10) -> list[Match]:
        """Ranked matches across all kinds, tolerant of typos and prefixes.

        Each :class:`~osce_model.Match` has the entity, its kind, a score in (0, 1] and how it
        matched ("name", "alias", "former name", "code", "prefix", "fuzzy", "partial"…). A
        text that names nothing in the OSCE gives an empty list.
        """
        if not isinstance(text, str):
            raise TypeError(f"search takes a str, not {type(text).__name__}")
        return Matches(self._search_index().search(text, limit))

    def _search_index(self) -> SearchIndex:
        from .search import SearchIndex  # on the first search: a cold start needs none of it

        # Releases are not searched by name: press_releases.filter(text=...) finds them.
        return self._cached(
            "search_index",
            lambda: SearchIndex(
                [*(c for n, c in self._parts.items() if n != "press_releases"), self._searched()]
            ),
        )

    def _searched(self) -> Collection[Person]:
        """The people search finds: all but those with a record of their own (a Secretary
        General), which search finds instead."""
        own = {normalize(sg.name) for sg in self.secretaries_general}
        people = self.people
        return Collection([p for p in people if normalize(p.name) not in own], kind=people.kind)

    def _label(self, entity: object) -> str:
        return "person" if isinstance(entity, Person) else self.schema.kind_of(entity).label

    # -- relations ----------------------------------------------------------------------------

    def _relation_index(self) -> RelationIndex:
        from .relations import RelationIndex  # on the first relation query

        return self._cached(
            "relations", lambda: RelationIndex({**self._parts, "people": self.people})
        )

    def _entity(self, entity: Entity | str) -> Entity:
        if isinstance(entity, str):
            return self.lookup(entity)
        if type(entity) not in self.schema.by_class and not isinstance(entity, Person):
            raise TypeError(f"expected a record or a name, not {type(entity).__name__}")
        return entity

    def relations(self) -> tuple[Relation, ...]:
        """Every relation between this organisation's records (see :data:`RELATION_NAMES`)."""
        return self._relation_index().relations

    def related(self, entity: Entity | str) -> dict[str, tuple[Entity, ...]]:
        """Everything directly related to ``entity`` (a record or any of its names), by
        relation name: "hosts", "chaired", "predecessor", "mentioned_in"…"""
        return Related(self._relation_index().of(self._entity(entity)))

    def predecessors(self, entity: Entity | str) -> Results[Entity]:
        """Every predecessor of a State or field operation, followed transitively, nearest first."""
        return Results(self._relation_index().follow(self._entity(entity), "predecessor"))

    def successors(self, entity: Entity | str) -> Results[Entity]:
        """Every successor of a State or field operation, followed transitively, nearest first."""
        return Results(self._relation_index().follow(self._entity(entity), "succeeded_by"))

    def holders_on(
        self,
        organisation: Institution
        | Chairpersonship
        | SecretariatUnit
        | FieldOperation
        | PersonalRepresentative
        | str,
        day: DayLike,
    ) -> Results[Person]:
        """The people known to hold the head post of ``organisation`` (an institution, a field
        operation, a Personal Representative's post, a Chairpersonship, or the Secretariat for
        its Secretary General; a record or a name) on
        ``day``, by the rules of ``heads_on``, ``chairpersons_on`` and
        ``secretary_general_on``."""
        target = self._entity(organisation)
        day = as_day(day)
        if isinstance(target, (Institution, FieldOperation, PersonalRepresentative)):
            names = [holder.name for holder in target.heads_on(day)]
        elif isinstance(target, Chairpersonship):
            names = [holder.name for holder in target.chairpersons_on(day)]
        elif isinstance(target, SecretariatUnit) and target.parent is None:
            sg = self.secretary_general_on(day)
            names = [sg.name] if sg is not None else []
        else:
            raise TypeError(f"{target.name!r} is not an office the data records holders of")
        people = self.people
        return Results(people[person_id(name)] for name in names)

    # -- provenance ---------------------------------------------------------------------------

    def claims(self) -> Iterator[Claim]:
        """Every fact of every record with its sources, status and precision, in overview order
        (see :func:`osce_model.provenance` for one)."""
        for record in self.records():
            yield from claims_of(record)

    # -- presentation -------------------------------------------------------------------------

    def to_networkx(self) -> networkx.MultiDiGraph:
        """Every entity as a node and every relation as a named edge (needs networkx)."""
        return presenters.get("graph")(self)

    def membership_periods(self) -> pandas.DataFrame:
        """One row per period of each State and Partner: participating, suspended or Partner,
        with its start, end, the name used and the codes (needs pandas; docs/tutorial.md)."""
        return presenters.get("membership_periods")(self)

    def membership_panel(
        self, start: YearLike = 1975, end: YearLike | None = None, freq: str = "year"
    ) -> pandas.DataFrame:
        """A tidy long table, one row per State or Partner and year, month or day (``freq``)
        from ``start`` to ``end`` (the data's year when None): whether it participated, its
        name of the time, chairing, Troika, field operations hosted (needs pandas)."""
        return presenters.get("membership_panel")(self, start, end, freq)

    def to_tables(self) -> dict[str, pandas.DataFrame]:
        """Normalised DataFrames: entities per kind, names, memberships, posts and terms,
        relations and sources, ready for CSV, Parquet or a database (needs pandas)."""
        return presenters.get("tables")(self)  # type: ignore[no-any-return]


Organization.schema = Schema.of(Organization)


def _rebuild(data_as_of: _dt.date, flat: Flat, layout: dict[str, tuple[int, ...]]) -> Organization:
    built = unflatten(flat, None)
    parts = {name: [built[p] for p in positions] for name, positions in layout.items()}
    return Organization(data_as_of=data_as_of, **parts)
