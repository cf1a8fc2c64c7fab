"""The typed records of the OSCE model: frozen, slotted, keyword-only attrs classes.

Records hold facts and the links a user would follow (``operation.host``, ``unit.parent``).
Links in the other direction (a State's field operations, a unit's children) are queries on the
:class:`~osce_model.Organization`, so that every record is built once, after what it refers to.
"""

from __future__ import annotations

import datetime as _dt
import enum
from typing import Any, ClassVar, Union

import attrs

__all__ = [
    "Chairpersonship",
    "DecisionMakingBody",
    "FieldOfWork",
    "FieldOperation",
    "FormerName",
    "FormerParticipatingState",
    "Institution",
    "Issuer",
    "MeetingType",
    "Officeholder",
    "ParticipatingState",
    "Partner",
    "PartnerGroup",
    "PressRelease",
    "SecretariatUnit",
    "SecretaryGeneral",
    "State",
    "Summit",
    "Territory",
]


def _repr_value(value: object) -> str:
    if isinstance(value, tuple):
        inner = ", ".join(_repr_value(item) for item in value)
        return f"({inner},)" if len(value) == 1 else f"({inner})"
    if getattr(type(value), "_ENTITY", False):  # a record referred to: its id is enough
        return repr(value.year if isinstance(value, Chairpersonship) else value.id)  # type: ignore[attr-defined]
    return repr(value)


def _short_repr(self: Any) -> str:
    """A short, Python-like repr: an entity by its id and name, a value by what it holds."""
    cls = type(self)
    shown: tuple[str, ...] | None = getattr(cls, "_REPR_FIELDS", None)
    parts = []
    for field in cls.__attrs_attrs__:
        if shown is not None and field.name not in shown:
            continue
        value = getattr(self, field.name)
        if shown is None and field.default is not attrs.NOTHING and value == field.default:
            continue
        parts.append(f"{field.name}={_repr_value(value)}")
    return f"{cls.__name__}({', '.join(parts)})"


# Equality and hashing by field values, as attrs would generate them, written once: generating
# them per class is a third of the package's import time (see bench/README.md).
def _field_eq(self: Any, other: Any) -> bool:
    if other.__class__ is not self.__class__:
        return NotImplemented  # type: ignore[no-any-return]
    return all(
        getattr(self, field.name) == getattr(other, field.name) for field in self.__attrs_attrs__
    )


def _field_hash(self: Any) -> int:
    return hash(
        (self.__class__.__qualname__, *(getattr(self, f.name) for f in self.__attrs_attrs__))
    )


def _record_html(self: Any) -> str:
    from .display import record_html

    return record_html(self)


class PartnerGroup(enum.Enum):
    """The two groups of Partners for Co-operation."""

    ASIAN = "asian"
    MEDITERRANEAN = "mediterranean"


@attrs.frozen(kw_only=True, eq=False, repr=False)
class FormerName:
    """A name no longer used; ``until`` is the first day it was not used (None if unknown)."""

    __repr__ = _short_repr
    _repr_html_ = _record_html
    __eq__ = _field_eq
    __hash__ = _field_hash

    name: str
    until: _dt.date | None = None


@attrs.frozen(kw_only=True, eq=False, repr=False)
class Officeholder:
    """A person in an office for a term: ``since`` the first and ``until`` the last day.

    A day not recorded is None; ``current`` marks the holder in office when the data was
    last checked (whose ``until`` is therefore None).
    """

    __repr__ = _short_repr
    _repr_html_ = _record_html
    __eq__ = _field_eq
    __hash__ = _field_hash

    name: str
    title: str | None = None
    since: _dt.date | None = None
    until: _dt.date | None = None
    current: bool = False


def _holders_on(holders: tuple[Officeholder, ...], day: _dt.date) -> tuple[Officeholder, ...]:
    """The holders of an office, in order of succession, known to be in office on ``day``.

    A term without a recorded end ends, at the latest, when the next holder's starts; where
    neither is recorded the holder is left out rather than guessed in.
    """
    found: list[Officeholder] = []
    for position, holder in enumerate(holders):
        if holder.since is None or day < holder.since:
            continue
        if holder.until is not None:
            if day <= holder.until:
                found.append(holder)
            continue
        if holder.current:
            found.append(holder)
            continue
        following = holders[position + 1] if position + 1 < len(holders) else None
        if following is not None and following.since is not None and day < following.since:
            found.append(holder)
    return tuple(found)


def _name_on(current: str, former: tuple[FormerName, ...], day: _dt.date) -> str | None:
    # A former name whose end is unknown leaves the names around it uncertain until a later
    # known change: then the answer is None rather than a guess.
    uncertain = False
    for former_name in former:
        if former_name.until is None:
            uncertain = True
        elif day < former_name.until:
            return None if uncertain else former_name.name
        else:
            uncertain = False
    return None if uncertain else current


@attrs.frozen(kw_only=True, eq=False, repr=False)
class FormerParticipatingState:
    """A State that took part in the CSCE/OSCE and no longer does (the USSR, Czechoslovakia…)."""

    _ENTITY: ClassVar[bool] = True
    _REPR_FIELDS: ClassVar[tuple[str, ...]] = ("id", "name")
    __repr__ = _short_repr
    _repr_html_ = _record_html
    __eq__ = _field_eq
    __hash__ = _field_hash

    id: str
    name: str
    iso2: str | None = None
    iso3: str | None = None
    iso3166_3: str | None = None
    participating_since: _dt.date
    participating_until: _dt.date | None = None
    suspended_since: _dt.date | None = None
    aliases: tuple[str, ...] = ()
    former_names: tuple[FormerName, ...] = ()
    predecessors: tuple[FormerParticipatingState, ...] = ()
    sources: tuple[str, ...]

    def participating_on(self, day: _dt.date) -> bool:
        """Whether it counted as participating on ``day``; a suspended State does not."""
        if day < self.participating_since:
            return False
        if self.suspended_since is not None and day >= self.suspended_since:
            return False
        return self.participating_until is None or day < self.participating_until

    def name_on(self, day: _dt.date) -> str | None:
        """The name in use on ``day``; None where the data cannot tell (an undated rename)."""
        return _name_on(self.name, self.former_names, day)


@attrs.frozen(kw_only=True, eq=False, repr=False)
class ParticipatingState:
    """One of the 57 participating States."""

    _ENTITY: ClassVar[bool] = True
    _REPR_FIELDS: ClassVar[tuple[str, ...]] = ("id", "name")
    __repr__ = _short_repr
    _repr_html_ = _record_html
    __eq__ = _field_eq
    __hash__ = _field_hash

    id: str
    name: str
    iso2: str
    iso3: str
    participating_since: _dt.date
    aliases: tuple[str, ...] = ()
    former_names: tuple[FormerName, ...] = ()
    predecessors: tuple[FormerParticipatingState, ...] = ()
    continues: FormerParticipatingState | None = None
    sources: tuple[str, ...]

    def participating_on(self, day: _dt.date) -> bool:
        """Whether it counted as participating on ``day``.

        A State that continues a former State's participation (the Russian Federation, the USSR's)
        counts only from the day that State's participation ended.
        """
        if day < self.participating_since:
            return False
        if self.continues is not None and self.continues.participating_until is not None:
            return day >= self.continues.participating_until
        return True

    def name_on(self, day: _dt.date) -> str | None:
        """The name in use on ``day`` ("Turkey" in 2010); None where the data cannot tell."""
        return _name_on(self.name, self.former_names, day)


State = Union[ParticipatingState, FormerParticipatingState]


@attrs.frozen(kw_only=True, eq=False, repr=False)
class Territory:
    """A place that hosts OSCE work but is not a participating State (Kosovo)."""

    _ENTITY: ClassVar[bool] = True
    _REPR_FIELDS: ClassVar[tuple[str, ...]] = ("id", "name")
    __repr__ = _short_repr
    _repr_html_ = _record_html
    __eq__ = _field_eq
    __hash__ = _field_hash

    id: str
    name: str
    aliases: tuple[str, ...] = ()
    sources: tuple[str, ...]


@attrs.frozen(kw_only=True, eq=False, repr=False)
class Partner:
    """A Partner for Co-operation, current or former."""

    _ENTITY: ClassVar[bool] = True
    _REPR_FIELDS: ClassVar[tuple[str, ...]] = ("id", "name")
    __repr__ = _short_repr
    _repr_html_ = _record_html
    __eq__ = _field_eq
    __hash__ = _field_hash

    id: str
    name: str
    iso2: str
    iso3: str
    group: PartnerGroup
    partner_since: _dt.date | None = None
    partner_until: _dt.date | None = None
    became_participating_state: ParticipatingState | None = None
    aliases: tuple[str, ...] = ()
    sources: tuple[str, ...]


@attrs.frozen(kw_only=True, eq=False, repr=False)
class Chairpersonship:
    """The OSCE Chairpersonship of one year."""

    _ENTITY: ClassVar[bool] = True
    _REPR_FIELDS: ClassVar[tuple[str, ...]] = ("year", "state")
    __repr__ = _short_repr
    _repr_html_ = _record_html
    __eq__ = _field_eq
    __hash__ = _field_hash

    year: int
    state: State
    chairpersons: tuple[Officeholder, ...] = ()
    sources: tuple[str, ...]

    def chairpersons_on(self, day: _dt.date) -> tuple[Officeholder, ...]:
        """The Chairpersons-in-Office known to be in office on ``day``."""
        return _holders_on(self.chairpersons, day)

    @property
    def id(self) -> str:
        """The year as a string."""
        return str(self.year)

    @property
    def name(self) -> str:
        """ "OSCE Chairpersonship 2025 (Finland)"."""
        return f"OSCE Chairpersonship {self.year} ({self.state.name})"


@attrs.frozen(kw_only=True, eq=False, repr=False)
class SecretaryGeneral:
    """An OSCE Secretary General: ``since`` the first and ``until`` the last day in office."""

    _ENTITY: ClassVar[bool] = True
    _REPR_FIELDS: ClassVar[tuple[str, ...]] = ("id", "name")
    __repr__ = _short_repr
    _repr_html_ = _record_html
    __eq__ = _field_eq
    __hash__ = _field_hash

    id: str
    name: str
    nationality: ParticipatingState
    since: _dt.date
    until: _dt.date | None = None
    sources: tuple[str, ...]

    def in_office_on(self, day: _dt.date) -> bool:
        """Whether ``day`` falls within the term."""
        return self.since <= day and (self.until is None or day <= self.until)


@attrs.frozen(kw_only=True, eq=False, repr=False)
class SecretariatUnit:
    """The Secretariat or one of its units; ``parent`` is None only for the Secretariat."""

    _ENTITY: ClassVar[bool] = True
    _REPR_FIELDS: ClassVar[tuple[str, ...]] = ("id", "name")
    __repr__ = _short_repr
    _repr_html_ = _record_html
    __eq__ = _field_eq
    __hash__ = _field_hash

    id: str
    name: str
    acronym: str | None = None
    parent: SecretariatUnit | None = None
    seat: str | None = None
    aliases: tuple[str, ...] = ()
    sources: tuple[str, ...]


@attrs.frozen(kw_only=True, eq=False, repr=False)
class Institution:
    """An OSCE institution (ODIHR, HCNM, RFoM), the Parliamentary Assembly or the Court."""

    _ENTITY: ClassVar[bool] = True
    _REPR_FIELDS: ClassVar[tuple[str, ...]] = ("id", "name")
    __repr__ = _short_repr
    _repr_html_ = _record_html
    __eq__ = _field_eq
    __hash__ = _field_hash

    id: str
    name: str
    acronym: str | None = None
    seat: str
    established: _dt.date | None = None
    heads: tuple[Officeholder, ...] = ()
    aliases: tuple[str, ...] = ()
    sources: tuple[str, ...]

    def heads_on(self, day: _dt.date) -> tuple[Officeholder, ...]:
        """The heads known to be in office on ``day`` (usually one; none where not recorded)."""
        return _holders_on(self.heads, day)

    @property
    def current_heads(self) -> tuple[Officeholder, ...]:
        """The heads in office when the data was last checked."""
        return tuple(head for head in self.heads if head.current)


@attrs.frozen(kw_only=True, eq=False, repr=False)
class FieldOperation:
    """An OSCE field operation, active or closed."""

    _ENTITY: ClassVar[bool] = True
    _REPR_FIELDS: ClassVar[tuple[str, ...]] = ("id", "name")
    __repr__ = _short_repr
    _repr_html_ = _record_html
    __eq__ = _field_eq
    __hash__ = _field_hash

    id: str
    name: str
    acronym: str | None = None
    host: ParticipatingState | FormerParticipatingState | Territory
    headquarters: str | None = None
    established: _dt.date | None = None
    closed: _dt.date | None = None
    former_names: tuple[FormerName, ...] = ()
    predecessors: tuple[FieldOperation, ...] = ()
    aliases: tuple[str, ...] = ()
    sources: tuple[str, ...]

    def active_on(self, day: _dt.date) -> bool:
        """Whether it operated on ``day`` (``closed`` is its last day)."""
        if self.established is None or day < self.established:
            return False
        return self.closed is None or day <= self.closed

    def name_on(self, day: _dt.date) -> str | None:
        """The name in use on ``day``; None where the data cannot tell (an undated rename)."""
        return _name_on(self.name, self.former_names, day)


@attrs.frozen(kw_only=True, eq=False, repr=False)
class FieldOfWork:
    """A field of the OSCE's work (Policing, Elections…)."""

    _ENTITY: ClassVar[bool] = True
    _REPR_FIELDS: ClassVar[tuple[str, ...]] = ("id", "name")
    __repr__ = _short_repr
    _repr_html_ = _record_html
    __eq__ = _field_eq
    __hash__ = _field_hash

    id: str
    name: str
    aliases: tuple[str, ...] = ()
    sources: tuple[str, ...]


@attrs.frozen(kw_only=True, eq=False, repr=False)
class MeetingType:
    """A kind of OSCE meeting or conference."""

    _ENTITY: ClassVar[bool] = True
    _REPR_FIELDS: ClassVar[tuple[str, ...]] = ("id", "name")
    __repr__ = _short_repr
    _repr_html_ = _record_html
    __eq__ = _field_eq
    __hash__ = _field_hash

    id: str
    name: str
    aliases: tuple[str, ...] = ()
    sources: tuple[str, ...]


@attrs.frozen(kw_only=True, eq=False, repr=False)
class DecisionMakingBody:
    """A decision-making body (Ministerial Council, Permanent Council…)."""

    _ENTITY: ClassVar[bool] = True
    _REPR_FIELDS: ClassVar[tuple[str, ...]] = ("id", "name")
    __repr__ = _short_repr
    _repr_html_ = _record_html
    __eq__ = _field_eq
    __hash__ = _field_hash

    id: str
    name: str
    acronym: str | None = None
    aliases: tuple[str, ...] = ()
    sources: tuple[str, ...]


@attrs.frozen(kw_only=True, eq=False, repr=False)
class Summit:
    """A summit of heads of State or Government."""

    _ENTITY: ClassVar[bool] = True
    _REPR_FIELDS: ClassVar[tuple[str, ...]] = ("id", "name")
    __repr__ = _short_repr
    _repr_html_ = _record_html
    __eq__ = _field_eq
    __hash__ = _field_hash

    id: str
    name: str
    city: str
    host: State
    start: _dt.date
    end: _dt.date
    sources: tuple[str, ...]


Issuer = Union[SecretariatUnit, Institution, FieldOperation, Chairpersonship, str]


@attrs.frozen(kw_only=True, eq=False, repr=False)
class PressRelease:
    """A press release or news item; ``sources`` are its issuers (text when unrecognised)."""

    _ENTITY: ClassVar[bool] = True
    _REPR_FIELDS: ClassVar[tuple[str, ...]] = ("id", "title", "date")
    __repr__ = _short_repr
    _repr_html_ = _record_html
    __eq__ = _field_eq
    __hash__ = _field_hash

    id: str
    title: str
    content_type: str
    date: _dt.date | None = None
    place: str | None = None
    dateline_city: str | None = None
    sources: tuple[Issuer, ...] = ()
    fields_of_work: tuple[FieldOfWork, ...] = ()
    mentioned_states: tuple[ParticipatingState, ...] = ()
    body: str = ""
    url: str | None = None

    @property
    def name(self) -> str:
        """The title."""
        return self.title
