"""Linking text from a page to the records of an Organization: issuers, fields, mentioned States.

A :class:`Linker` is built once per organisation (cached on it) and only reads from it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from ..organization.organization import Organization
from ..schema.keys import keys_of, normalize
from ..schema.records import FieldOfWork, Issuer, ParticipatingState

__all__ = ["Linker", "linker_for"]

# Parts of a participating State that pages name on their own; a mention of them is a mention
# of the State ("Northern Ireland" must not read as Ireland).
_PARTS_OF_STATES: dict[str, str] = {
    "Northern Ireland": "united-kingdom",
    "England": "united-kingdom",
    "Scotland": "united-kingdom",
    "Wales": "united-kingdom",
}
# Places elsewhere whose names hold one of the above: matched whole, they link to nothing.
_ELSEWHERE = ("New England", "New South Wales")
_WORD = re.compile(r"[^\W_]+|&")
_SPLIT_VALUES = re.compile(r"[,;]")
_CLOSED = re.compile(r"\s*\((?:closed|zatvoren[ao]?|закрыт[ао]?)\)\s*$", re.IGNORECASE)
_CHAIR = re.compile(
    r"(?:(?P<state>.+?) )?(?:osce )?"
    r"(?:chairpersonship|chairmanship|chairperson in office|chairman in office"
    r"|chairwoman in office|cio)"
    r"(?: (?P<year>\d{4}))?(?: (?P<tail>.+))?"
)
_VALUE_LIMIT = 200  # an issuer or field name is short; longer text is kept as text, unread


class _Key:
    """What a phrase names: a State (None: a former State with no successor) and how to match.

    ``strong`` keys are a participating State's own names; weak ones (a former State's) only
    hold a phrase that no participating State claims.
    """

    __slots__ = ("acronym", "state", "strong")

    def __init__(self, state: ParticipatingState | None, *, acronym: bool, strong: bool) -> None:
        self.state = state
        self.acronym = acronym
        self.strong = strong


def _names(state: object) -> list[str]:
    """The names a page may call ``state`` by: its keys but ids and codes ("DE" is no name)."""
    return [
        text for text, how in keys_of(state) if how in ("name", "acronym", "alias", "former name")
    ]


def _is_acronym(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return 0 < len(letters) <= 5 and all(ch.isupper() for ch in letters)


class Linker:
    """Resolves issuers, fields of work and State mentions against one organisation."""

    def __init__(self, org: Organization) -> None:
        self._org = org
        self._phrases: dict[tuple[str, ...], _Key] = {}
        self._first_words: set[str] = set()
        self._longest = 1
        self._build_phrases()

    # -- State mentions -----------------------------------------------------------------------

    def _add(self, text: str, state: ParticipatingState | None, *, strong: bool) -> None:
        words = tuple(normalize(text).split())
        if not words:
            return
        existing = self._phrases.get(words)
        if existing is not None and (existing.strong or not strong):
            if strong and existing.state is not state:
                existing.state = None  # two States share the phrase: link neither
            return
        self._phrases[words] = _Key(state, acronym=_is_acronym(text), strong=strong)
        self._first_words.add(words[0])
        self._longest = max(self._longest, len(words))

    def _build_phrases(self) -> None:
        states = self._org.participating_states
        for state in states:
            for text in _names(state):
                self._add(text, state, strong=True)
        # A former State's names link to the State that continues its participation (the USSR to
        # the Russian Federation); the others' names are kept, linked to nothing, so that
        # "Serbia and Montenegro" is not read as two mentions.
        successors = {s.continues.id: s for s in states if s.continues is not None}
        for former in self._org.former_participating_states:
            successor = successors.get(former.id)
            for text in _names(former):
                self._add(text, successor, strong=False)
        for text, state_id in _PARTS_OF_STATES.items():
            whole = states.get(state_id)
            if whole is not None:
                self._add(text, whole, strong=True)
        for text in _ELSEWHERE:
            self._add(text, None, strong=False)

    def mentions(self, text: str) -> tuple[ParticipatingState, ...]:
        """The participating States ``text`` names, in order of first mention.

        Words are matched whole, longest phrase first; a name needs a capital letter somewhere
        ("turkey" the bird is not Türkiye) and an acronym ("US", "UK") must be in capitals.
        Adjectives ("Polish") are not names, so they are not mentions.
        """
        raw = [m.group() for m in _WORD.finditer(text)]
        cache: dict[str, str] = {}
        for word in raw:
            if word not in cache:
                cache[word] = normalize(word)
        words = [cache[word] for word in raw]
        found: dict[str, ParticipatingState] = {}
        position = 0
        while position < len(words):
            if words[position] not in self._first_words:
                position += 1
                continue
            step = 1
            for length in range(min(self._longest, len(words) - position), 0, -1):
                key = self._phrases.get(tuple(words[position : position + length]))
                if key is None:
                    continue
                span = raw[position : position + length]
                if key.acronym:
                    matched = all(w.isupper() for w in span)
                else:
                    matched = any(w[:1].isupper() for w in span)
                if not matched:
                    continue
                if key.state is not None:
                    found.setdefault(key.state.id, key.state)
                step = length
                break
            position += step
        return tuple(found.values())

    # -- issuers ------------------------------------------------------------------------------

    def _record(self, text: str) -> Any:
        for collection in (
            self._org.secretariat,
            self._org.institutions,
            self._org.field_operations,
        ):
            try:
                found = collection.get(text)
            except LookupError:  # ambiguous: never picked silently
                found = None
            if found is not None:
                return found
        return None

    def _chairpersonship(self, text: str, year: int | None) -> Any:
        match = _CHAIR.fullmatch(normalize(text))
        if match is None:
            return None
        if match.group("year"):
            year = int(match.group("year"))
        if year is None:
            return None
        chair = self._org.chairpersonship(year)
        if chair is None:
            return None
        for named in (match.group("state"), match.group("tail")):
            if named is None:
                continue
            try:
                state = self._org.participating_states.get(named)
            except LookupError:
                state = None
            if state is None or state.id != chair.state.id:
                return None  # another State's Chairpersonship, or words we do not understand
        return chair

    def issuer(self, text: str, year: int | None) -> Issuer:
        """The record ``text`` names (a unit, institution, operation or Chairpersonship), or
        the text itself, tidied, when it names none."""
        cleaned = _CLOSED.sub("", " ".join(text.split())).strip(" ,;")
        if len(cleaned) > _VALUE_LIMIT:
            return cleaned
        found = self._record(cleaned)
        if found is None:
            found = self._chairpersonship(cleaned, year)
        return found if found is not None else cleaned

    def issuers(self, values: Iterable[str], year: int | None) -> tuple[Issuer, ...]:
        """Every issuer in ``values``; a value may list several, joined by commas."""
        found: list[Issuer] = []
        for value in values:
            for issuer in self._issuers_in(value, year):
                if issuer and issuer not in found:
                    found.append(issuer)
        return tuple(found)

    def _issuers_in(self, value: str, year: int | None) -> list[Issuer]:
        whole = self.issuer(value, year)
        if not isinstance(whole, str) or len(value) > _VALUE_LIMIT:
            return [whole]
        parts = [p.strip() for p in _SPLIT_VALUES.split(value)]
        parts = [p for p in parts if p]
        if len(parts) < 2:
            return [whole]
        # Greedy, longest run of parts first: a name may itself hold a comma ("Missions of Long
        # Duration in Kosovo, Sandjak and Vojvodina").
        found: list[Issuer] = []
        start = 0
        while start < len(parts):
            for end in range(len(parts), start, -1):
                issuer = self.issuer(", ".join(parts[start:end]), year)
                if not isinstance(issuer, str) or end == start + 1:
                    found.append(issuer)
                    start = end
                    break
        if all(isinstance(issuer, str) for issuer in found):
            return [whole]  # nothing recognised: keep the issuer's words as written
        return found

    # -- fields of work -----------------------------------------------------------------------

    def _field(self, text: str) -> FieldOfWork | None:
        if len(text) > _VALUE_LIMIT:
            return None
        try:
            return self._org.fields_of_work.get(text)
        except LookupError:
            return None

    def fields_in(self, value: str) -> tuple[tuple[FieldOfWork, ...], bool]:
        """The fields of work in one value ("Democratization, Human rights"), and whether every
        part of it named one."""
        whole = self._field(value)
        if whole is not None:
            return (whole,), True
        parts = [p.strip() for p in _SPLIT_VALUES.split(value[: _VALUE_LIMIT * 4])]
        found = [self._field(p) for p in parts if p]
        return tuple(f for f in found if f is not None), bool(found) and None not in found

    def fields(self, values: Iterable[str]) -> tuple[FieldOfWork, ...]:
        """The fields of work named in ``values``; names that are not fields are left out."""
        found: dict[str, FieldOfWork] = {}
        for value in values:
            for field in self.fields_in(value)[0]:
                found.setdefault(field.id, field)
        return tuple(found.values())


def linker_for(org: Organization) -> Linker:
    """The organisation's linker, built on first use."""
    return org._cached("press_linker", lambda: Linker(org))
