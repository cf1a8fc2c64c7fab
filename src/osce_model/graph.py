"""The organisation as a networkx graph (the optional extra ``osce-model[networkx]``).

One node per entity, keyed ``"<collection>:<id>"`` (a Chairpersonship by its year), with its
``kind``, ``name`` and dates; typed edges: ``hosts``, ``part_of``, ``chaired``, ``headed``,
``succeeded_by``, ``issued``, ``mentions`` and ``about_field``.
"""

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING, Any

import attrs

from .errors import require

if TYPE_CHECKING:
    import networkx

    from .organization import Organization

__all__ = ["EDGE_KINDS", "node_key", "to_networkx"]

EDGE_KINDS = (
    "hosts",
    "part_of",
    "chaired",
    "headed",
    "succeeded_by",
    "issued",
    "mentions",
    "about_field",
)


def _collection_of(org: Organization) -> dict[int, str]:
    return {id(record): name for name, coll in org.collections().items() for record in coll}


def node_key(collection: str, record: Any) -> str:
    """The node of ``record`` of ``collection``: ``"participating_states:germany"``."""
    ident = record.year if hasattr(record, "year") else record.id
    return f"{collection}:{ident}"


def to_networkx(org: Organization) -> networkx.MultiDiGraph:
    """A directed multigraph of every entity and the relations between them."""
    nx: Any = require("networkx", feature="to_networkx()", extra="networkx")
    graph = nx.MultiDiGraph(data_as_of=org.data_as_of.isoformat())
    where = _collection_of(org)

    def key(record: Any) -> str:
        return node_key(where[id(record)], record)

    for name, coll in org.collections().items():
        for record in coll:
            attributes: dict[str, Any] = {"kind": coll.kind, "name": record.name}
            for field in attrs.fields(type(record)):
                value = getattr(record, field.name)
                if isinstance(value, _dt.date):
                    attributes[field.name] = value.isoformat()
            graph.add_node(node_key(name, record), **attributes)

    def edge(source: Any, target: Any, kind: str, **data: Any) -> None:
        if id(source) in where and id(target) in where:
            graph.add_edge(key(source), key(target), key=kind, kind=kind, **data)

    for op in org.field_operations:
        edge(op.host, op, "hosts")
        for before in op.predecessors:
            edge(before, op, "succeeded_by")
    for unit in org.secretariat:
        if unit.parent is not None:
            edge(unit, unit.parent, "part_of")
    for chair in org.chairpersonships:
        edge(chair.state, chair, "chaired")
    root = org.secretariat.root()
    for sg in org.secretaries_general:
        edge(
            sg,
            root,
            "headed",
            since=sg.since.isoformat(),
            until=sg.until.isoformat() if sg.until else None,
        )
    for state in [*org.former_participating_states, *org.participating_states]:
        for before in state.predecessors:
            edge(before, state, "succeeded_by")
    for release in org.press_releases:
        for issuer in release.sources:
            if not isinstance(issuer, str):
                edge(issuer, release, "issued")
        for mentioned in release.mentioned_states:
            edge(release, mentioned, "mentions")
        for field in release.fields_of_work:
            edge(release, field, "about_field")
    return graph
