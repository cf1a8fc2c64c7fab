"""The organisation as a networkx graph (the optional extra ``osce-model[networkx]``).

One node per record, keyed ``"<collection>:<key>"`` (a Chairpersonship by its year), with its
``kind`` (the collection's tag), ``name`` and dates; one edge per relation of
:meth:`Organization.relations <osce_model.Organization.relations>`, keyed and labelled by the
relation's name (``hosts``, ``part_of``, ``succeeded_by``… see
:data:`~osce_model.RELATION_NAMES`), with its term where it has one.
"""

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING, Any

import attrs

from ..errors import require
from ..organization.organization import Organization
from ..organization.relations import node_of
from ..schema.provenance import PartialDate

if TYPE_CHECKING:
    import networkx

__all__ = ["node_key", "to_networkx"]


def node_key(collection: str, record: Any) -> str:
    """The node of ``record`` of ``collection``: ``"participating_states:germany"``."""
    return f"{collection}:{record.id}"


def to_networkx(org: Organization) -> networkx.MultiDiGraph:
    """A directed multigraph of every record and the relations between them."""
    nx: Any = require("networkx", feature="to_networkx()", extra="networkx")
    graph = nx.MultiDiGraph(data_as_of=org.data_as_of.isoformat())
    nodes: dict[tuple[str, str], str] = {}
    for kind in (*org.schema.kinds, Organization.people):  # the people are derived
        for record in getattr(org, kind.collection):
            attributes: dict[str, Any] = {"kind": kind.tag, "name": record.name}
            for field in attrs.fields(type(record)):
                value = getattr(record, field.name)
                if isinstance(value, (_dt.date, PartialDate)):
                    attributes[field.name] = value.isoformat()
            key = node_key(kind.collection, record)
            nodes.setdefault(node_of(record), key)
            graph.add_node(key, **attributes)
    for relation in org.relations():
        source, target = nodes.get(node_of(relation.source)), nodes.get(node_of(relation.target))
        if source is None or target is None:
            continue
        term = {
            name: day.isoformat()
            for name, day in (("since", relation.since), ("until", relation.until))
            if day is not None
        }
        graph.add_edge(source, target, key=relation.name, relation=relation.name, **term)
    return graph
