"""The organisation layer: collections, time and relation queries, search. No I/O here."""

from __future__ import annotations

from .collections import Chairpersonships, Collection, FieldOperations, Secretariat
from .organization import Organization
from .press_releases import PressReleases
from .relations import RELATION_NAMES, Relation
from .results import Results
from .search import Match

__all__ = [
    "RELATION_NAMES",
    "Chairpersonships",
    "Collection",
    "FieldOperations",
    "Match",
    "Organization",
    "PressReleases",
    "Relation",
    "Results",
    "Secretariat",
]
