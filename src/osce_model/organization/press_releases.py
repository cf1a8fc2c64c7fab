"""The press-release collection, indexed for filtering by issuer, field, State, date and text."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Collection as AbcCollection
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from ..errors import NotFoundError
from ..schema.keys import keys_of, normalize, normalize_text
from ..schema.records import (
    Chairpersonship,
    FieldOfWork,
    FormerParticipatingState,
    ParticipatingState,
    PressRelease,
)
from .collections import Collection
from .results import Results

if TYPE_CHECKING:
    from ..schema.kinds import Kind

__all__ = [
    "PressReleases",
    "criterion_keys",
    "id_spellings",
    "issuer_key",
    "issuer_keys_for",
    "issuer_names_of",
    "normalize_text",
]


class _TextIndex:
    """Each release's normalised title and body, an inverted index of their words and, built
    on the first query of several words, one of their pairs of adjacent words.

    Built once, on the first ``filter(text=...)``. A needle of one word matches where it is
    part of a word: the union of the postings of the vocabulary's words holding it. Two words
    match where a word ending with the first is followed by one starting with the second: the
    union of those pairs' postings. Longer needles take the releases holding all their pairs
    (the first word as a word's end, the last as a word's start), then are looked for in those
    releases' normalised text.
    """

    __slots__ = ("pairs", "postings", "texts")

    def __init__(self, releases: tuple[PressRelease, ...]) -> None:
        from array import array  # here: the cold start has no text index to build

        texts: list[str] = []
        postings: dict[str, Any] = {}
        for position, release in enumerate(releases):
            text = normalize_text(release.title + " " + release.body)
            texts.append(text)
            for word in set(text.split(" ")) if text else ():
                found = postings.get(word)
                if found is None:
                    postings[word] = found = array("i")
                found.append(position)
        self.texts = texts
        self.postings = postings
        self.pairs: dict[str, Any] | None = None

    def _pairs(self) -> dict[str, Any]:
        pairs = self.pairs
        if pairs is None:
            from array import array
            from itertools import pairwise

            pairs = {}
            for position, text in enumerate(self.texts):
                words = text.split(" ")
                for pair in {a + " " + b for a, b in pairwise(words)}:
                    found = pairs.get(pair)
                    if found is None:
                        pairs[pair] = found = array("i")
                    found.append(position)
            self.pairs = pairs
        return pairs

    def positions(self, needle: str) -> AbcCollection[int]:
        """The positions, in data order, of the releases whose normalised text holds ``needle``
        (itself normalised)."""
        if not needle:
            return range(len(self.texts))
        words = needle.split(" ")
        postings = self.postings
        if len(words) == 1:
            (word,) = words
            return _union([p for w, p in postings.items() if word in w])
        pairs = self._pairs()
        first, *inner, last = words
        starts = [w for w in postings if w.endswith(first)]
        ends = [w for w in postings if w.startswith(last)]
        if not inner:
            return _union(
                [p for a in starts for b in ends if (p := pairs.get(a + " " + b)) is not None]
            )
        allowed: list[AbcCollection[int]] = [
            _union([p for a in starts if (p := pairs.get(a + " " + inner[0])) is not None]),
            _union([p for b in ends if (p := pairs.get(inner[-1] + " " + b)) is not None]),
            *(pairs.get(inner[i] + " " + inner[i + 1], ()) for i in range(len(inner) - 1)),
        ]
        allowed.sort(key=len)
        if not allowed[0]:
            return ()
        common = set(allowed[0]).intersection(*allowed[1:])
        texts = self.texts
        return [p for p in sorted(common) if needle in texts[p]]


def _union(postings: list[Any]) -> AbcCollection[int]:
    if not postings:
        return ()
    if len(postings) == 1:
        found: AbcCollection[int] = postings[0]
        return found
    return sorted(set().union(*postings))


def issuer_key(issuer: Any) -> str:
    if isinstance(issuer, str):
        return "text:" + normalize(issuer)
    return f"{type(issuer).__name__}:{issuer.id}"


class PressReleases(Collection[PressRelease]):
    """Press releases, in data order, with indexed :meth:`filter`.

    ``releases[key]`` finds a release by its id (as written, or with other case or spaces for
    hyphens), in one dictionary look-up from the first call; titles are not keys (many releases
    share one): ``filter(text=...)`` finds releases by their words.
    """

    __slots__ = (
        "_by_field",
        "_by_id",
        "_by_issuer",
        "_by_state",
        "_dated",
        "_issuer_names",
        "_text_index",
    )

    _by_issuer: dict[str, tuple[int, ...]]
    _by_field: dict[str, tuple[int, ...]]
    _by_state: dict[str, tuple[int, ...]]
    _dated: tuple[tuple[_dt.date, int], ...]
    _issuer_names: dict[str, frozenset[str]]
    _by_id: dict[str, PressRelease]
    _text_index: _TextIndex | None

    def __init__(self, records: Iterable[PressRelease], *, kind: Kind[Any, Any]) -> None:
        super().__init__(records, kind=kind)
        by_issuer: dict[str, list[int]] = {}
        by_field: dict[str, list[int]] = {}
        by_state: dict[str, list[int]] = {}
        dated: list[tuple[_dt.date, int]] = []
        issuer_names: dict[str, set[str]] = {}
        for position, release in enumerate(self._records):
            for issuer in release.issuers:
                key = issuer_key(issuer)
                positions = by_issuer.setdefault(key, [])
                if not positions:  # first time this issuer is seen: index its names
                    for text, _how in issuer_names_of(issuer):
                        issuer_names.setdefault(normalize(text), set()).add(key)
                positions.append(position)
            for field in release.fields_of_work:
                by_field.setdefault(field.id, []).append(position)
            for state in release.mentioned_states:
                by_state.setdefault(state.id, []).append(position)
            if release.date is not None:
                dated.append((release.date, position))
        dated.sort()
        object.__setattr__(self, "_by_issuer", {k: tuple(v) for k, v in by_issuer.items()})
        object.__setattr__(self, "_by_field", {k: tuple(v) for k, v in by_field.items()})
        object.__setattr__(self, "_by_state", {k: tuple(v) for k, v in by_state.items()})
        object.__setattr__(self, "_dated", tuple(dated))
        object.__setattr__(
            self, "_issuer_names", {k: frozenset(v) for k, v in issuer_names.items()}
        )
        # By id, as written: one dict look-up from the first call (ids are unique in a
        # corpus; with_press_releases and load_corpus refuse duplicates).
        object.__setattr__(self, "_by_id", {r.id: r for r in self._records})
        object.__setattr__(self, "_text_index", None)

    # -- look-up by id: a corpus is not indexed by every title's normalised form -------------

    def __getitem__(self, key: int | str) -> PressRelease:
        found = self._by_id.get(key) if isinstance(key, str) else None
        if found is not None:
            return found
        if isinstance(key, slice):
            raise TypeError(
                f"{type(self).__name__} is indexed by key, not by position: "
                "use .records[...] for positions and slices"
            )
        matches = self._matches(key)
        if len(matches) == 1:
            return matches[0]
        if matches:
            raise self._ambiguous_error(key, matches)
        raise NotFoundError(f"no press release has the id {key!r}", key=key, suggestions=[])

    def get(self, key: object, default: PressRelease | None = None) -> PressRelease | None:
        """The release with the id ``key``, or ``default``."""
        if isinstance(key, bool) or not isinstance(key, (str, int)):
            return default
        matches = self._matches(key)
        if len(matches) > 1:
            raise self._ambiguous_error(key, matches)
        return matches[0] if matches else default

    def __contains__(self, key: object) -> bool:
        if isinstance(key, (str, int)) and not isinstance(key, bool):
            return len(self._matches(key)) == 1
        return isinstance(key, PressRelease) and self._by_id.get(key.id) == key

    def _matches(self, key: object) -> tuple[PressRelease, ...]:
        """The releases ``key`` names: its id as written, else a few spellings of it (case,
        spaces for hyphens), each one dict look-up: a bounded set, whatever the corpus size."""
        if isinstance(key, bool) or not isinstance(key, (str, int)):
            raise TypeError(f"a press release id must be a str, not {type(key).__name__}")
        text = str(key)
        by_id = self._by_id
        found = by_id.get(text)
        if found is not None:
            return (found,)
        matches: list[PressRelease] = []
        for variant in id_spellings(text):
            record = by_id.get(variant)
            if record is not None and all(record is not m for m in matches):
                matches.append(record)
        return tuple(matches)

    def suggest(self, text: str, n: int = 3) -> list[str]:
        """Ids spelt like ``text`` (case, spacing), from a bounded set of spellings: a corpus is
        not searched by title on a miss (``filter(text=...)`` does that)."""
        return [r.id for r in self._matches(text)][:n] if text else []

    def filter(
        self,
        *,
        issuer: object = None,
        field_of_work: object = None,
        mentions: object = None,
        since: _dt.date | None = None,
        until: _dt.date | None = None,
        text: str | None = None,
    ) -> Results[PressRelease]:
        """The releases matching every criterion given, in data order.

        ``issuer`` is an issuer record or its name (a unit, institution, field operation,
        Chairpersonship, or the text of an unrecognised issuer); ``field_of_work`` a
        :class:`FieldOfWork` or its id; ``mentions`` a State, current or former, or its id;
        ``since``/``until`` bound the date (inclusive; undated releases never match a bound);
        ``text`` is matched, normalised, against title and body.
        """
        # Each criterion gives the positions it allows, from an index; the smallest set is
        # intersected with the others. Only ``text`` scans, and only what the others left.
        allowed: list[AbcCollection[int]] = []
        if issuer is not None:
            allowed.append(self._issuer_positions(issuer))
        if field_of_work is not None:
            keys = criterion_keys(field_of_work, (FieldOfWork,))
            allowed.append(next((self._by_field[k] for k in keys if k in self._by_field), ()))
        if mentions is not None:
            keys = criterion_keys(mentions, (ParticipatingState, FormerParticipatingState))
            allowed.append(next((self._by_state[k] for k in keys if k in self._by_state), ()))
        if since is not None or until is not None:
            import bisect  # here, not at import time: the cold start does not need it

            low = 0 if since is None else bisect.bisect_left(self._dated, (since, -1))
            high = (
                len(self._dated)
                if until is None
                else bisect.bisect_right(self._dated, (until, len(self._records)))
            )
            allowed.append({position for _, position in self._dated[low:high]})
        if text is not None:
            allowed.append(self._text_positions(text))
        records = self._records
        if not allowed:
            found = list(records)
        elif len(allowed) == 1 and not isinstance(allowed[0], set):
            # already in data order
            found = [records[p] for p in allowed[0]]
        else:
            allowed.sort(key=len)
            common = set(allowed[0]).intersection(*allowed[1:])
            found = [records[p] for p in sorted(common)]
        return Results(found)

    def _text_positions(self, text: str) -> AbcCollection[int]:
        index = self._text_index
        if index is None:  # the first text query builds the index, once
            index = _TextIndex(self._records)
            object.__setattr__(self, "_text_index", index)
        return index.positions(normalize_text(text))

    def _issuer_positions(self, issuer: object) -> set[int]:
        keys = issuer_keys_for(issuer, self._issuer_names)
        return {position for key in keys for position in self._by_issuer.get(key, ())}


def issuer_keys_for(issuer: object, names: Mapping[str, Iterable[str]]) -> Iterable[str]:
    """The index keys of the issuers ``issuer`` names: a record's own key, or, for text, every
    issuer indexed under that normalised name (``names``: name -> keys)."""
    if isinstance(issuer, str):
        found: Iterable[str] = names.get(normalize(issuer), ())
        return found
    return (issuer_key(issuer),)


def criterion_keys(value: object, classes: tuple[type, ...]) -> tuple[str, str]:
    """The keys a field or State criterion may be indexed under, in order: a record's id (or
    the text as given), then the text spelt as an id ("Human rights" -> "human-rights")."""
    key = value.id if isinstance(value, classes) else str(value)  # type: ignore[attr-defined]
    return key, normalize(key).replace(" ", "-")


def issuer_names_of(issuer: Any) -> list[tuple[str, str]]:
    if isinstance(issuer, str):
        return [(issuer, "name")]
    keys = keys_of(issuer)
    if isinstance(issuer, Chairpersonship):  # "Chairpersonship" names every year's
        keys.append(("Chairpersonship", "name"))
    return keys


def id_spellings(text: str) -> list[str]:
    stripped = text.strip()
    lower = stripped.lower()
    return [stripped, lower, lower.replace(" ", "-"), normalize_text(text).replace(" ", "-")]
