"""The organisation layer: collections, time and relation queries, search. No I/O here."""

from __future__ import annotations

from .collections import (
    Chairpersonships,
    Collection,
    FieldOperations,
    PartnerGroups,
    Secretariat,
)
from .organization import Organization
from .press_releases import PressReleases
from .results import Results

# relations (Relation, RELATION_NAMES) and search (Match) are imported when first used.
__all__ = [
    "Chairpersonships",
    "Collection",
    "FieldOperations",
    "Organization",
    "PartnerGroups",
    "PressReleases",
    "Results",
    "Secretariat",
]
