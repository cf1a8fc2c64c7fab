"""One table of every relation between records: ``org.related()``, the graph and the cards.

A :class:`Relation` is one directed, named link ("the Russian Federation continues the USSR").
:data:`RELATION_NAMES` declares each name with the name of its inverse, used when the link is
seen from its target ("the USSR is continued_by the Russian Federation"). The table is built
once per organisation, from that organisation's own records, and indexed both ways, so every
query on it is a dictionary look-up plus the size of its answer.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterator, Mapping
from typing import Any

import attrs

from ..schema.provenance import first_day, last_day

__all__ = ["RELATION_NAMES", "Relation", "RelationIndex", "node_of"]

# Each relation, from its source's point of view, and its inverse, from its target's.
RELATION_NAMES: dict[str, str] = {
    "hosts": "hosted_by",  # a State or territory hosts a field operation; a State, a summit
    "part_of": "has_part",  # a Secretariat unit is part of its parent
    "chaired": "chaired_by",  # a State held a Chairpersonship
    "headed": "headed_by",  # a Secretary General headed the Secretariat (with the term)
    "nationality": "national_of",  # a Secretary General's State
    "succeeded_by": "predecessor",  # a State or field operation, by the one that followed it
    "continues": "continued_by",  # a State continues a former State's participation
    "became": "formerly",  # a former Partner became a participating State
    "grouped_with": "grouped_with",  # two Partners for Co-operation of the same group
    "member_of": "has_member",  # a Partner, current or former, belongs to its Partner group
    "issued": "issued_by",  # an issuer issued a press release
    "mentions": "mentioned_in",  # a press release mentions a participating State
    "about_field": "subject_of",  # a press release is about a field of work
    "held_post": "post_held_by",  # a person held a post in an organisation (with the term)
}


@attrs.frozen(kw_only=True)
class Relation:
    """One link: ``source`` —``name``→ ``target``, with the term where the link has one."""

    source: Any
    name: str
    target: Any
    since: _dt.date | None = None
    until: _dt.date | None = None

    @property
    def inverse(self) -> str:
        """The name of this relation seen from its target."""
        return RELATION_NAMES[self.name]


def node_of(record: Any) -> tuple[str, str]:
    """What identifies a record in the table: its class and its id (equal records, one node)."""
    return (type(record).__name__, str(record.id))


def _relations(parts: Mapping[str, Any]) -> Iterator[Relation]:
    for op in parts["field_operations"]:
        yield Relation(source=op.host, name="hosts", target=op)
        for before in op.predecessors:
            yield Relation(source=before, name="succeeded_by", target=op)
    for summit in parts["summits"]:
        yield Relation(source=summit.host, name="hosts", target=summit)
    for unit in parts["secretariat"]:
        if unit.parent is not None:
            yield Relation(source=unit, name="part_of", target=unit.parent)
    for chair in parts["chairpersonships"]:
        yield Relation(source=chair.state, name="chaired", target=chair)
    root = next((unit for unit in parts["secretariat"] if unit.parent is None), None)
    for sg in parts["secretaries_general"]:
        if root is not None:
            yield Relation(source=sg, name="headed", target=root, since=sg.since, until=sg.until)
        yield Relation(source=sg, name="nationality", target=sg.nationality)
    for state in (*parts["former_participating_states"], *parts["participating_states"]):
        for before in state.predecessors:
            yield Relation(source=before, name="succeeded_by", target=state)
    for state in parts["participating_states"]:
        if state.continues is not None:
            yield Relation(source=state, name="continues", target=state.continues)
    for partner in (*parts["partners"], *parts["former_partners"]):
        if partner.became_participating_state is not None:
            yield Relation(source=partner, name="became", target=partner.became_participating_state)
    groups = {group.group: group for group in parts.get("partner_groups", ())}
    for partner in (*parts["partners"], *parts["former_partners"]):
        group = groups.get(partner.group)
        if group is not None:
            yield Relation(
                source=partner,
                name="member_of",
                target=group,
                since=first_day(partner.partner_since) if partner.partner_since else None,
                # partner_until is the first day not a Partner: the term ends the day before.
                until=(
                    last_day(partner.partner_until) - _dt.timedelta(days=1)
                    if partner.partner_until
                    else None
                ),
            )
    partners = list(parts["partners"])
    for position, partner in enumerate(partners):
        for other in partners[position + 1 :]:
            if other.group is partner.group:
                yield Relation(source=partner, name="grouped_with", target=other)
    for person in parts.get("people", ()):
        for post in person.posts:
            yield Relation(
                source=person,
                name="held_post",
                target=post.organisation,
                since=first_day(post.since) if post.since is not None else None,
                until=last_day(post.until) if post.until is not None else None,
            )
    for release in parts["press_releases"]:
        for issuer in release.issuers:
            if not isinstance(issuer, str):
                yield Relation(source=issuer, name="issued", target=release)
        for state in release.mentioned_states:
            yield Relation(source=release, name="mentions", target=state)
        for field in release.fields_of_work:
            yield Relation(source=release, name="about_field", target=field)


class RelationIndex:
    """Every relation of one organisation, indexed by source and by target."""

    def __init__(self, parts: Mapping[str, Any]) -> None:
        """Index the relations between the records of ``parts`` (collections by name)."""
        self.relations: tuple[Relation, ...] = tuple(_relations(parts))
        self._outgoing: dict[tuple[str, str], list[Relation]] = {}
        self._incoming: dict[tuple[str, str], list[Relation]] = {}
        for relation in self.relations:
            self._outgoing.setdefault(node_of(relation.source), []).append(relation)
            self._incoming.setdefault(node_of(relation.target), []).append(relation)

    def of(self, record: Any) -> dict[str, tuple[Any, ...]]:
        """The records linked to ``record``, by relation name (an inverse name seen from the
        target), each list in the table's order, without repeats."""
        node = node_of(record)
        found: dict[str, dict[tuple[str, str], Any]] = {}
        for relation in self._outgoing.get(node, ()):
            found.setdefault(relation.name, {}).setdefault(
                node_of(relation.target), relation.target
            )
        for relation in self._incoming.get(node, ()):
            other = relation.source
            found.setdefault(relation.inverse, {}).setdefault(node_of(other), other)
        return {name: tuple(records.values()) for name, records in found.items()}

    def follow(self, record: Any, name: str) -> tuple[Any, ...]:
        """The records reached from ``record`` by repeatedly following ``name`` (or its
        inverse, given the inverse's name), nearest first, each once."""
        forward = name in RELATION_NAMES
        found: dict[tuple[str, str], Any] = {}
        frontier = [record]
        while frontier:
            following: list[Any] = []
            for current in frontier:
                if forward:
                    steps = [
                        r.target for r in self._outgoing.get(node_of(current), ()) if r.name == name
                    ]
                else:
                    steps = [
                        r.source
                        for r in self._incoming.get(node_of(current), ())
                        if r.inverse == name
                    ]
                for step in steps:
                    node = node_of(step)
                    if node not in found and node != node_of(record):
                        found[node] = step
                        following.append(step)
            frontier = following
        return tuple(found.values())
