"""Queries across every kind of record: look-up by any name, ranked search, relations.

Search compares words, not whole strings. Every key of every record (its id, name, acronym,
aliases and former names, normalised like the collections' keys) is split into words, and a text
matches a key when each of its words, in order, is one of the key's words, the start of one, a
contraction of one ("Dept"), or one of them mistyped within a budget that grows with the word's
length. Small words ("of", "the") may be missing or added; words in another order match only
when no key has them in the order typed. A key's words left unmatched lower the score instead of
forbidding the match, so "Ukraine" finds the missions to Ukraine after the State; a word of the
text left unmatched forbids it, so "North Korea" finds nothing rather than the Republic of Korea.
That rule, and typo budgets measured against texts that name nothing in the OSCE
(bench/bench_search.py), keep places outside it ("Niger", "Perugia") from matching.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

import attrs

from ..schema.keys import keys_of, normalize
from ..schema.records import Entity

if TYPE_CHECKING:
    from ..schema.kinds import Kind

__all__ = ["Match", "SearchIndex"]

# The score of a text equal to a key, by how the key names the record.
EXACT_SCORE = {
    "id": 1.0,
    "code": 1.0,
    "name": 1.0,
    "acronym": 0.98,
    "alias": 0.97,
    "former name": 0.95,
}
# Which "how" to report when one key names a record several ways: the most telling first.
_HOW_ORDER = ("name", "acronym", "alias", "former name", "id", "code")
# The best score of a text that is not exactly a key: every exact match ranks above it.
INEXACT_CEILING = 0.9
# The share of that score a match keeps however little of the key it covers; the rest grows with
# the share of the key's letters that the text matched.
COVERAGE_FLOOR = 0.5
# A word this short is taken as the start of a longer one only as the last of several words
# ("Mission to S"); alone, or in the middle, it must be at least PREFIX_MIN letters.
PREFIX_MIN = 3
# A word may have one typing error (a letter missing, extra, wrong or swapped with the next) for
# every LETTERS_PER_TYPO letters, up to MAX_TYPOS, so words shorter than that must be exact. A
# text that names only part of a longer key (a surname, the place in an operation's name) is
# weaker evidence: it may have one error for every LETTERS_PER_TYPO_IN_PART letters of the whole
# text. A wrong first letter counts as two errors: people rarely mistype it, and places outside
# the OSCE often differ from a name in it by just that letter ("Yalta", "Malta").
LETTERS_PER_TYPO = 5
LETTERS_PER_TYPO_IN_PART = 7
MAX_TYPOS = 2  # the typo index holds forms with up to two letters deleted
# What a match keeps of its score when the text has the key's words in another order
# ("Greminger Thomas"); other orders are tried only when no key has the words in the order typed.
REORDERED = 0.9
MAX_ORDERS = 720  # the ways to place the words tried at most: six words, in any order
# How much a contraction ("Dept" for "Department") is trusted, against 1 for an exact word.
CONTRACTION_SIMILARITY = 0.85
# Words that may be missing from, or added to, a name without changing what it names.
STOPWORDS = frozenset({"a", "an", "and", "at", "for", "in", "of", "on", "or", "the", "to"})


@attrs.frozen(kw_only=True)
class Match:
    """One search result: the entity, its kind (``kind.label``: "participating State"), a
    score in (0, 1] and how it matched.

    ``how`` is the kind of key equal to the text ("name", "alias", "former name", "acronym",
    "code", "id"), or else "prefix" (the text begins the key), "partial" (the text's words are
    words of the key) or "fuzzy" (with a typo, contraction or different small words);
    ``matched`` is the key, as written in the data.
    """

    entity: Entity
    kind: Kind[Any, Any]
    score: float
    how: str
    matched: str


# One way a key names a record: the record, its kind, how, the key as written, the kind's rank.
_Entry = tuple[Any, "Kind[Any, Any]", str, str, int]
# An indexed word that a word of the text may stand for: that word, similarity, letters matched,
# typing errors (a contraction counts as too many to name part of a key), whether as a prefix.
_Candidate = tuple[str, float, int, float, bool]
# One word of the text matched to one or two words of a key: text position, words of the text
# used, key position, words of the key used, similarity, letters matched, errors, prefix.
_WordMatch = tuple[int, int, int, int, float, int, float, bool]
_CONTRACTED = math.inf
# An alignment of a text's words to a key: similarity-weighted letters, letters, content words of
# the key left out before the last one matched, those left out after it, typing errors, prefix.
_Alignment = tuple[float, int, int, int, float, bool]


class SearchIndex:
    """Every key of every record, by its whole text and by its words.

    Words are found exactly (a dict), by their start (a sorted list and bisect) and with typing
    errors (a dict of every word with up to two letters deleted: two words within two typing
    errors of each other share such a form). Two adjacent words of a key also count as one
    word ("co ordinator" as "coordinator").
    """

    def __init__(self, collections: Iterable[Any]) -> None:
        """Index the records of ``collections`` (each with its ``kind``), ranked in that order."""
        grouped: dict[str, dict[int, list[tuple[str, str, Any, Kind[Any, Any], int]]]] = {}
        for kind_rank, coll in enumerate(collections):
            for entity in coll:
                for text, how in keys_of(entity):
                    key = normalize(text)
                    if key:
                        per_entity = grouped.setdefault(key, {})
                        per_entity.setdefault(id(entity), []).append(
                            (how, text, entity, coll.kind, kind_rank)
                        )
        self.keys: list[str] = sorted(grouped)
        self.exact: dict[str, int] = {key: number for number, key in enumerate(self.keys)}
        # For each key: its records, each with its best exact score and most telling "how".
        self.entries: list[tuple[tuple[_Entry, float], ...]] = []
        # For each key: the records it names other than by a code (codes are matched only whole).
        self.word_entries: list[tuple[_Entry, ...]] = []
        self.key_words: list[tuple[str, ...]] = []
        # For each key: how many of its words before each position are not stopwords.
        self.content_before: list[tuple[int, ...]] = []
        self.content_letters: list[int] = []
        self.postings: dict[str, list[tuple[int, int, int]]] = {}  # word -> key, position, span
        for number, key in enumerate(self.keys):
            found: list[tuple[_Entry, float]] = []
            wordy: list[_Entry] = []
            for ways in grouped[key].values():
                ways.sort(key=lambda way: _HOW_ORDER.index(way[0]))
                how, text, entity, kind, kind_rank = ways[0]
                entry = (entity, kind, how, text, kind_rank)
                found.append((entry, max(EXACT_SCORE[way[0]] for way in ways)))
                if how != "code":
                    wordy.append(entry)
            self.entries.append(tuple(found))
            self.word_entries.append(tuple(wordy))
            words = tuple(key.split()) if wordy else ()
            self.key_words.append(words)
            counts = [0]
            for word in words:
                counts.append(counts[-1] + (word not in STOPWORDS))
            self.content_before.append(tuple(counts))
            self.content_letters.append(sum(len(w) for w in words if w not in STOPWORDS))
            for position, word in enumerate(words):
                self.postings.setdefault(word, []).append((number, position, 1))
            for position in range(len(words) - 1):
                first, second = words[position], words[position + 1]
                if first not in STOPWORDS and second not in STOPWORDS:
                    self.postings.setdefault(first + second, []).append((number, position, 2))
        # Prefixes are looked up among single words only: "missionto" is no word to complete.
        self.words: list[str] = sorted({w for words in self.key_words for w in words})
        self._deletions: dict[str, list[str]] | None = None  # built on the first typo
        # A longer word is more than MAX_TYPOS letters longer than every indexed word.
        self.longest_typo = max(map(len, self.postings), default=0) + MAX_TYPOS

    def search(self, text: str, limit: int = 10) -> list[Match]:
        """The records ``text`` names, best first: exact keys, then words, prefixes and typos."""
        key = normalize(text)
        if not key or limit <= 0:
            return []
        best: dict[int, tuple[float, int, int, Match]] = {}

        def offer(entry: _Entry, score: float, how: str) -> None:
            entity, kind, _how, shown, kind_rank = entry
            current = best.get(id(entity))
            if current is None or score > current[0]:
                match = Match(
                    entity=entity, kind=kind, score=round(score, 4), how=how, matched=shown
                )
                best[id(entity)] = (score, kind_rank, len(best), match)

        for text_key in dict.fromkeys((key, _join_initials(key))):
            for entry, score in self.exact_entries(text_key):
                offer(entry, score, entry[2])
        for number, score, how in self.word_matches(key):
            for entry in self.word_entries[number]:
                offer(entry, score, how)
        ranked = sorted(
            best.values(),
            key=lambda found: (-found[0], found[1], normalize(found[3].entity.name)),
        )
        return [found[3] for found in ranked[:limit]]

    @property
    def deletions(self) -> dict[str, list[str]]:
        """Every indexed word by each form of it with letters deleted, for finding typos.

        A word within n typing errors of another shares with it a form with up to n letters
        deleted. A word of L letters is within reach of words of at most L + n letters, which
        may have n errors only if L + n >= n * LETTERS_PER_TYPO: it needs forms up to that n.
        """
        if self._deletions is None:
            deletions: dict[str, list[str]] = {}
            for word in self.postings:
                depth = min(MAX_TYPOS, len(word) // (LETTERS_PER_TYPO - 1))
                if depth and word.isalpha():
                    for form in _deletions(word, depth):
                        words = deletions.get(form)
                        if words is None:
                            deletions[form] = [word]
                        else:
                            words.append(word)
            self._deletions = deletions
        return self._deletions

    def exact_entries(self, key: str) -> tuple[tuple[_Entry, float], ...]:
        """The records ``key`` names exactly, each with its score."""
        number = self.exact.get(key)
        return () if number is None else self.entries[number]

    def word_matches(self, key: str) -> Iterator[tuple[int, float, str]]:
        """Each key but ``key`` itself that the words of ``key`` match: number, score, how."""
        positions = [
            (p, w) for p, w in enumerate(_join_initials(key).split()) if w not in STOPWORDS
        ]
        if not positions:
            return
        words = [w for _, w in positions]
        typed = sum(len(w) for w in words)
        last = len(words) - 1
        per_key: dict[int, list[_WordMatch]] = {}
        seen: dict[tuple[str, int], list[_Candidate]] = {}

        def options(word: str, shortest_prefix: int) -> list[_Candidate]:
            found = seen.get((word, shortest_prefix))
            if found is None:
                contractions = last > 0 and shortest_prefix > 0
                found = self._word_candidates(word, shortest_prefix, contractions=contractions)
                seen[word, shortest_prefix] = found
            return found

        for i, word in enumerate(words):
            shortest_prefix = 1 if i == last and last > 0 else PREFIX_MIN
            for token, similarity, letters, errors, prefix in options(word, shortest_prefix):
                for number, position, span in self.postings[token]:
                    per_key.setdefault(number, []).append(
                        (i, 1, position, span, similarity, letters, errors, prefix)
                    )
        for i in range(last):
            if positions[i + 1][0] == positions[i][0] + 1:  # "Kyrgyz stan": one word split
                for token, similarity, letters, errors, _ in options(words[i] + words[i + 1], 0):
                    for number, position, span in self.postings[token]:
                        if span == 1:
                            per_key.setdefault(number, []).append(
                                (i, 2, position, 1, similarity, letters, errors, False)
                            )
        whole = self.exact.get(key)
        aligned: list[tuple[int, list[_WordMatch]]] = []
        for number, matches in per_key.items():
            covered: set[int] = set()
            for match in matches:
                covered.update(range(match[0], match[0] + match[1]))
            if number != whole and len(covered) == len(words):
                aligned.append((number, matches))
        for any_order in (False, True):
            found_any = False
            for number, matches in aligned:
                found = self._align(number, len(words), typed, matches, any_order=any_order)
                if found is not None:
                    found_any = True
                    yield number, found[0], found[1]
            if found_any or whole is not None:
                return

    def _word_candidates(
        self, word: str, shortest_prefix: int, *, contractions: bool
    ) -> list[_Candidate]:
        """The indexed words that ``word`` may stand for."""
        found: list[_Candidate] = []
        if word in self.postings:
            found.append((word, 1.0, len(word), 0, False))
        if shortest_prefix and len(word) >= shortest_prefix:
            start = bisect.bisect_right(self.words, word)
            for token in self.words[start:]:
                if not token.startswith(word):
                    break
                found.append((token, 1.0, len(word), 0, True))
        if found or not word.isalpha():
            return found  # a word spelt right, or being typed, is no typo; numbers never are
        budget = min(MAX_TYPOS, len(word) // LETTERS_PER_TYPO)
        if budget and len(word) <= self.longest_typo:
            seen: set[str] = set()
            for form in _deletions(word, budget):
                for token in self.deletions.get(form, ()):
                    if token not in seen:
                        seen.add(token)
                        errors = _typing_errors(word, token, budget)
                        if errors <= budget:
                            similarity = 1.0 - errors / max(len(word), len(token))
                            found.append((token, similarity, len(token), errors, False))
        if contractions and len(word) >= PREFIX_MIN:
            start = bisect.bisect_left(self.words, word[0])
            for token in self.words[start:]:
                if token[0] != word[0]:
                    break
                if len(token) > len(word) + 1 and _is_contraction(word, token):
                    found.append((token, CONTRACTION_SIMILARITY, len(word), _CONTRACTED, False))
        return found

    def _align(
        self, number: int, length: int, typed: int, matches: list[_WordMatch], *, any_order: bool
    ) -> tuple[float, str] | None:
        """The best alignment of a text's ``length`` words to key ``number``: score and how.

        ``typed`` is the letters of those words. The words are aligned in order, or with
        ``any_order`` in any order at a cost; None when they cannot be, or not closely enough.
        """
        before = self.content_before[number]
        if any_order:
            found, penalty = list(_any_order(length, matches, before)), REORDERED
        else:
            found, penalty = list(_in_order(length, matches, before)), 1.0
        best: tuple[float, str] | None = None
        for weighted, letters, skipped, trailing, errors, prefix in found:
            whole = skipped == 0 and trailing == 0
            if not whole and errors > typed // LETTERS_PER_TYPO_IN_PART:
                continue  # too many errors for a text that names only part of the key
            coverage = min(1.0, letters / max(1, self.content_letters[number]))
            quality = weighted / letters
            score = INEXACT_CEILING * quality * (COVERAGE_FLOOR + (1 - COVERAGE_FLOOR) * coverage)
            if penalty != 1.0 or errors or (whole and not prefix):
                how = "fuzzy"
            elif skipped == 0:
                how = "prefix"
            else:
                how = "partial"
            if best is None or score * penalty > best[0]:
                best = (score * penalty, how)
        return best


def _in_order(
    length: int, matches: list[_WordMatch], before: tuple[int, ...]
) -> Iterator[_Alignment]:
    """The best alignment of the text's words, in order, ending at each position of the key."""
    # layers[i]: after the first i words of the text, by the next free key position: the
    # similarity-weighted letters, letters, content words skipped, typing errors, any prefix.
    layers: list[dict[int, tuple[float, int, int, float, bool]]] = [{} for _ in range(length + 1)]
    layers[0][0] = (0.0, 0, 0, 0, False)
    for i in range(length):
        for free, (weighted, letters, skipped, errors, prefix) in layers[i].items():
            for at, used, position, span, similarity, size, mistakes, pre in matches:
                if at != i or position < free:
                    continue
                step = (
                    weighted + similarity * size,
                    letters + size,
                    skipped + before[position] - before[free],
                    errors + mistakes,
                    prefix or pre,
                )
                layer = layers[i + used]
                current = layer.get(position + span)
                if current is None or (step[0], -step[2]) > (current[0], -current[2]):
                    layer[position + span] = step
    for free, (weighted, letters, skipped, errors, prefix) in layers[length].items():
        yield weighted, letters, skipped, before[-1] - before[free], errors, prefix


def _any_order(
    length: int, matches: list[_WordMatch], before: tuple[int, ...]
) -> Iterator[_Alignment]:
    """The best alignment of the text's words to distinct words of the key, in any order."""
    by_word: list[list[_WordMatch]] = [[] for _ in range(length)]
    for match in matches:
        if match[1] == 1:
            by_word[match[0]].append(match)
    best: tuple[float, int, float, bool, frozenset[int]] | None = None

    def place(
        i: int, taken: frozenset[int], weighted: float, letters: int, errors: float, prefix: bool
    ) -> None:
        nonlocal best
        if i == length:
            if best is None or weighted > best[0]:
                best = (weighted, letters, errors, prefix, taken)
            return
        for _at, _used, position, span, similarity, size, mistakes, pre in by_word[i]:
            cells = frozenset(range(position, position + span))
            if not cells & taken:
                place(
                    i + 1,
                    taken | cells,
                    weighted + similarity * size,
                    letters + size,
                    errors + mistakes,
                    prefix or pre,
                )

    if math.prod(len(options) for options in by_word) <= MAX_ORDERS:
        place(0, frozenset(), 0.0, 0, 0, False)
    if best is not None:
        weighted, letters, errors, prefix, taken = best
        content = [p for p in range(len(before) - 1) if before[p + 1] > before[p]]
        missed = sum(p not in taken for p in content)
        yield weighted, letters, missed, 0, errors, prefix


def _deletions(word: str, depth: int) -> set[str]:
    """``word`` and every form of it with one, or (``depth`` 2) up to two, letters deleted."""
    size = len(word)
    forms = {word}
    forms.update(word[:i] + word[i + 1 :] for i in range(size))
    if depth > 1:
        forms.update(
            word[:i] + word[i + 1 : j] + word[j + 1 :]
            for i in range(size)
            for j in range(i + 1, size)
        )
    return forms


def _typing_errors(word: str, token: str, limit: int) -> int:
    """The typing errors that turn ``word`` into ``token``, at most limit + 1.

    A wrong first letter counts as two errors; swapping the first two letters does not.
    """
    if word[0] == token[0] or word[:2] == token[1::-1]:
        return _typing_distance(word, token, limit)
    return 1 + _typing_distance(word, token, limit - 1) if limit else 1


def _typing_distance(a: str, b: str, limit: int) -> int:
    """Letters inserted, deleted, replaced or swapped to make ``a`` ``b``, at most limit + 1."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    before_previous: list[int] = []
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                value = min(value, before_previous[j - 2] + 1)
            current[j] = value
        if min(current) > limit:
            return limit + 1
        before_previous, previous = previous, current
    return min(previous[-1], limit + 1)


def _join_initials(key: str) -> str:
    """``key`` with each run of single letters read as one word: "u s s r" as "ussr"."""
    words = key.split()
    joined: list[str] = []
    start = 0
    while start < len(words):
        end = start
        while end < len(words) and len(words[end]) == 1 and words[end].isalpha():
            end += 1
        if end - start >= 2:
            joined.append("".join(words[start:end]))
            start = end
        else:
            joined.append(words[start])
            start += 1
    return " ".join(joined)


def _is_contraction(short: str, word: str) -> bool:
    """Whether ``short`` keeps some of the letters of ``word`` in order, and its last ("Dept")."""
    if short[-1] not in word:
        return False
    letters = iter(word)
    return all(letter in letters for letter in short)
