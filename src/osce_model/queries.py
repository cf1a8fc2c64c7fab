"""Queries across every kind of record: look-up by any name, ranked search, relations."""

from __future__ import annotations

import bisect
import difflib
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import attrs

from ._normalize import normalize
from .collections import record_keys
from .errors import AmbiguousKeyError, NotFoundError
from .records import (
    Chairpersonship,
    FieldOfWork,
    FieldOperation,
    FormerParticipatingState,
    Institution,
    ParticipatingState,
    Partner,
    PressRelease,
    SecretariatUnit,
    SecretaryGeneral,
    Summit,
    Territory,
)

if TYPE_CHECKING:
    from .organization import Organization

__all__ = ["Match", "SearchIndex", "lookup", "related", "search"]

# Relative weight of each way of matching, for ranking.
_HOW_SCORE = {
    "id": 1.0,
    "code": 1.0,
    "name": 1.0,
    "acronym": 0.98,
    "alias": 0.97,
    "former name": 0.95,
}
FUZZY_CUTOFF = 0.8
PREFIX_MIN = 3
FUZZY_MIN = 4


@attrs.frozen(kw_only=True)
class Match:
    """One search result: the entity, its kind, a score in (0, 1] and how it matched."""

    entity: Any
    kind: str
    score: float
    how: str
    matched: str


def _trigrams(key: str) -> set[str]:
    padded = f"  {key} "
    return {padded[i : i + 3] for i in range(len(padded) - 2)}


class SearchIndex:
    """Every key of every entity, with a trigram index for typos and a sorted list for prefixes."""

    def __init__(self, org: Organization) -> None:
        self.entries: list[tuple[str, str, str, Any, str]] = []  # key, how, text, entity, kind
        self.exact: dict[str, list[int]] = {}
        for name, coll in org.collections().items():
            if name == "press_releases":
                continue  # releases are found with press_releases.filter(text=...)
            for entity in coll:
                for text, how in _entity_keys(entity):
                    key = normalize(text)
                    if not key:
                        continue
                    self.exact.setdefault(key, []).append(len(self.entries))
                    self.entries.append((key, how, text, entity, coll.kind))
        self.sorted_keys = sorted(self.exact)
        self.grams: dict[str, list[str]] = {}
        self.gram_counts: dict[str, int] = {}
        for key in self.sorted_keys:
            grams = _trigrams(key)
            self.gram_counts[key] = len(grams)
            for gram in grams:
                self.grams.setdefault(gram, []).append(key)

    def exact_matches(self, key: str) -> list[tuple[str, str, str, Any, str]]:
        return [self.entries[i] for i in self.exact.get(key, ())]

    def prefix_keys(self, key: str) -> Iterator[str]:
        start = bisect.bisect_left(self.sorted_keys, key)
        for candidate in self.sorted_keys[start:]:
            if not candidate.startswith(key):
                break
            yield candidate

    def fuzzy_keys(self, key: str, limit: int = 24) -> list[tuple[float, str]]:
        grams = _trigrams(key)
        shared: dict[str, int] = {}
        for gram in grams:
            for candidate in self.grams.get(gram, ()):
                shared[candidate] = shared.get(candidate, 0) + 1
        dice = sorted(
            ((2 * n / (len(grams) + self.gram_counts[c]), c) for c, n in shared.items()),
            reverse=True,
        )[:limit]
        scored = []
        for coarse, candidate in dice:
            if coarse < 0.3:
                break
            ratio = difflib.SequenceMatcher(None, key, candidate, autojunk=False).ratio()
            # Words typed in part ("Threat Dept") still score on the words they share.
            ratio = max(ratio, _word_ratio(key, candidate))
            if ratio >= FUZZY_CUTOFF:
                scored.append((ratio, candidate))
        return scored


def _word_ratio(query: str, key: str) -> float:
    """How well each word of ``query`` matches, in order, a word of ``key`` (or its start)."""
    q_words, k_words = query.split(), key.split()
    if len(q_words) < 2 or len(q_words) != len(k_words):
        return 0.0
    total = 0.0
    for q, k in zip(q_words, k_words, strict=False):
        if (k.startswith(q) and len(q) >= 3) or q == k:
            total += 1.0
        else:
            total += difflib.SequenceMatcher(None, q, k, autojunk=False).ratio()
    return total / len(q_words) * 0.95


def _entity_keys(entity: Any) -> list[tuple[str, str]]:
    if isinstance(entity, Chairpersonship):
        return [(str(entity.year), "id"), (entity.name, "name")]
    return record_keys(entity)


def _canonical(entity: Any) -> Any:
    """A former partner that became a participating State is that State for look-ups by name."""
    if isinstance(entity, Partner) and entity.became_participating_state is not None:
        return entity.became_participating_state
    return entity


def _index(org: Organization) -> SearchIndex:
    return org._cached("search_index", lambda: SearchIndex(org))


def _dedupe(entities: list[Any]) -> list[Any]:
    unique: list[Any] = []
    for entity in entities:
        if not any(entity is u or entity == u for u in unique):
            unique.append(entity)
    return unique


def lookup(org: Organization, text: str) -> Any:
    """The one entity of any kind that ``text`` names; see :meth:`Organization.lookup`."""
    if not isinstance(text, str):
        raise TypeError(f"lookup takes a str, not {type(text).__name__}")
    key = normalize(text)
    found = _dedupe([_canonical(e[3]) for e in _index(org).exact_matches(key)])
    if len(found) == 1:
        return found[0]
    if found:
        names = ", ".join(f"{e.name!r} ({_kind_of(org, e)})" for e in found)
        raise AmbiguousKeyError(
            f"{text!r} names several entities: {names}", key=text, candidates=found
        )
    suggestions = [m.entity.name for m in search(org, text, limit=3)]
    raise NotFoundError(
        f"nothing in the OSCE model is named {text!r}", key=text, suggestions=suggestions
    )


def _kind_of(org: Organization, entity: Any) -> str:
    for coll in org.collections().values():
        if any(entity is e for e in coll):
            return coll.kind
    return type(entity).__name__


def search(org: Organization, text: str, limit: int = 10) -> list[Match]:
    """Ranked matches across all kinds; see :meth:`Organization.search`."""
    if not isinstance(text, str):
        raise TypeError(f"search takes a str, not {type(text).__name__}")
    index = _index(org)
    key = normalize(text)
    if not key or limit <= 0:
        return []
    best: dict[int, Match] = {}

    def offer(entry: tuple[str, str, str, Any, str], score: float, how: str) -> None:
        entity = entry[3]
        current = best.get(id(entity))
        if current is None or score > current.score:
            best[id(entity)] = Match(
                entity=entity, kind=entry[4], score=round(score, 4), how=how, matched=entry[2]
            )

    for entry in index.exact_matches(key):
        offer(entry, _HOW_SCORE[entry[1]], entry[1])
    if len(key) >= PREFIX_MIN:
        for candidate in index.prefix_keys(key):
            if candidate == key:
                continue
            coverage = len(key) / len(candidate)
            for entry in index.exact_matches(candidate):
                if entry[1] == "code":
                    continue
                offer(entry, 0.6 + 0.3 * coverage, "prefix")
    if len(key) >= FUZZY_MIN and (not best or max(m.score for m in best.values()) < 0.9):
        for ratio, candidate in index.fuzzy_keys(key):
            for entry in index.exact_matches(candidate):
                if entry[1] in ("code", "id"):
                    continue
                offer(entry, 0.85 * ratio, "fuzzy")
    ranked = sorted(best.values(), key=lambda m: (-m.score, normalize(m.entity.name)))
    return ranked[:limit]


def related(org: Organization, entity: Any) -> dict[str, tuple[Any, ...]]:
    """Everything directly related to ``entity``, by kind of relation; empty ones left out."""
    rel: dict[str, tuple[Any, ...]] = {}

    def put(name: str, items: Any) -> None:
        items = tuple(
            i for i in (items if isinstance(items, (tuple, list)) else (items,)) if i is not None
        )
        if items:
            rel[name] = items

    releases = org.press_releases
    if isinstance(entity, (ParticipatingState, FormerParticipatingState)):
        put("predecessors", getattr(entity, "predecessors", ()))
        put("successors", org.successors(entity))
        put("continues", getattr(entity, "continues", None))
        put("continued_by", tuple(s for s in org.participating_states if s.continues == entity))
        put("field_operations", org.field_operations.hosted_by(entity))
        put("chairpersonships", org.chairpersonships.held_by(entity))
        put(
            "secretaries_general",
            tuple(sg for sg in org.secretaries_general if sg.nationality == entity),
        )
        put("summits", tuple(s for s in org.summits if s.host == entity))
        put(
            "former_partnership",
            tuple(p for p in org.former_partners if p.became_participating_state == entity),
        )
        if isinstance(entity, ParticipatingState):
            put("press_releases", releases.filter(mentions=entity))
    elif isinstance(entity, Territory):
        put("field_operations", org.field_operations.hosted_by(entity))
    elif isinstance(entity, Partner):
        put(
            "group_members",
            tuple(p for p in org.partners if p.group is entity.group and p != entity),
        )
        put("became_participating_state", entity.became_participating_state)
    elif isinstance(entity, Chairpersonship):
        put("state", entity.state)
        put("press_releases", releases.filter(source=entity))
    elif isinstance(entity, SecretaryGeneral):
        put("nationality", entity.nationality)
    elif isinstance(entity, SecretariatUnit):
        put("parent", entity.parent)
        put("children", org.secretariat.children(entity))
        put("press_releases", releases.filter(source=entity))
    elif isinstance(entity, Institution):
        put("press_releases", releases.filter(source=entity))
    elif isinstance(entity, FieldOperation):
        put("host", entity.host)
        put("predecessors", entity.predecessors)
        put("successors", org.successors(entity))
        put("press_releases", releases.filter(source=entity))
    elif isinstance(entity, FieldOfWork):
        put("press_releases", releases.filter(field_of_work=entity))
    elif isinstance(entity, Summit):
        put("host", entity.host)
    elif isinstance(entity, PressRelease):
        put("sources", tuple(s for s in entity.sources if not isinstance(s, str)))
        put("fields_of_work", entity.fields_of_work)
        put("mentioned_states", entity.mentioned_states)
    return rel
