"""Linking text from a page to the records of an Organization: issuers, fields, mentioned States.

A :class:`Linker` is built once per organisation (cached on it) and only reads from it.

States are found as of a release's date: every name, alias and former name of the
participating and former participating States goes into a trie of words, and a text is walked
once, the longest name at each place winning. A former State's names link to the former State
("Federal Republic of Yugoslavia" to the record kept as Serbia and Montenegro), "Yugoslavia"
alone to the State that carried it on the date, and names inside other names (a tribunal, a
region that was once a State) to nothing. docs/press-releases.md gives the rules with examples.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterable
from typing import Any, Union

from ..organization.organization import Organization
from ..schema.keys import keys_of, normalize
from ..schema.records import (
    Chairpersonship,
    FieldOfWork,
    FormerParticipatingState,
    Issuer,
    Mention,
    ParticipatingState,
)

__all__ = ["Linker", "State", "linker_for"]

# Parts of a participating State that pages name on their own; a mention of them is a mention
# of the State ("Northern Ireland" must not read as Ireland).
_PARTS_OF_STATES: dict[str, str] = {
    "Northern Ireland": "united-kingdom",
    "England": "united-kingdom",
    "Scotland": "united-kingdom",
    "Wales": "united-kingdom",
}
# Spellings and abbreviations osce.org pages used that the data does not hold as names
# ("Kazakstan" in the 1990s, "fYROM" until 2019).
_OTHER_SPELLINGS: dict[str, str] = {
    "fYROM": "north-macedonia",  # mixed case: matches "FYROM" too (an acronym key would not)
    "Kazakstan": "kazakhstan",
}
# Names that hold a State's name but name something else: matched whole, they link to nothing.
# A region once a State ("the former Yugoslavia", "the former Soviet Union") is no State; a
# court or a place elsewhere is not the State its name holds.
_ELSEWHERE = (
    "New England",
    "New South Wales",
    "International Criminal Tribunal for the former Yugoslavia",
    "former Yugoslavia",
    "former Soviet Union",
    "former USSR",
    "former Czechoslovakia",
    "former GDR",
    # Aliases for look-ups that in running text as often name a region: Macedonia in Greece,
    # Moldavia in Romania. Their longer forms ("Republic of Macedonia") still link.
    "Macedonia",
    "Moldavia",
)
# "Yugoslavia" alone named the SFRY until it broke up, then the Federal Republic of Yugoslavia
# (which the data keeps as Serbia and Montenegro, its later name) until that was renamed.
_YUGOSLAVIA_SPLIT = _dt.date(1992, 4, 27)
_HISTORICAL_NAMES: dict[str, tuple[tuple[_dt.date | None, str], ...]] = {
    "Yugoslavia": ((_YUGOSLAVIA_SPLIT, "yugoslavia"), (None, "serbia-and-montenegro")),
}
_END = "\x00"  # the trie's key for "a name ends here": folded words hold no NUL
_MAX_NAME_WORDS = 16  # longer "names" (user data) are never matched: matching stays linear
_WORD = re.compile(r"[^\W_]+|&")
_SPLIT_VALUES = re.compile(r"[,;]")
_CLOSED = re.compile(r"\s*\((?:closed|zatvoren[ao]?|закрыт[ао]?)\)\s*$", re.IGNORECASE)
_CHAIR = re.compile(
    r"(?:(?P<state>.+?) )?(?:osce )?"
    r"(?:chairpersonship|chairmanship|chairperson in office|chairman in office"
    r"|chairwoman in office|cio)"
    r"(?: (?P<year>\d{4}))?(?: (?P<tail>.+))?"
)
# Earlier titles of the Chair ("Personal Representative of the Chairman-in-Office on ..."):
# a post is looked up by today's title as well.
_CHAIR_TITLE = re.compile(r"\b(?:Chairman|Chairwoman)(?=[- ]in[- ]Office\b)", re.IGNORECASE)
_VALUE_LIMIT = 200  # an issuer or field name is short; longer text is kept as text, unread
_MAX_PARTS = 6  # a name written with commas has at most this many parts

State = Union[ParticipatingState, FormerParticipatingState]


class _Key:
    """What a phrase names and how to match it.

    ``states`` are (until, State) pairs, the first whose ``until`` is after the release's date
    wins (None: no end); an empty tuple links to nothing. ``strong`` keys are a participating
    State's own names; weak ones (a former State's) only hold a phrase no participating State
    claims.
    """

    __slots__ = ("acronym", "states", "strong")

    def __init__(
        self, states: tuple[tuple[_dt.date | None, State], ...], *, acronym: bool, strong: bool
    ) -> None:
        self.states = states
        self.acronym = acronym
        self.strong = strong

    def state_on(self, day: _dt.date | None) -> State | None:
        for until, state in self.states:
            if until is None or day is None or day < until:
                return state
        return None


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
        # A trie of names, word by word: each node maps a word to the next node; the key
        # under _END (which no folded word can be) is what the words so far name.
        self._trie: dict[str, Any] = {}
        self._build_phrases()

    # -- State mentions -----------------------------------------------------------------------

    def _add(
        self,
        text: str,
        states: tuple[tuple[_dt.date | None, State], ...],
        *,
        strong: bool,
    ) -> None:
        words = normalize(text).split()
        if not words or len(words) > _MAX_NAME_WORDS:
            return
        node = self._trie
        for word in words:
            node = node.setdefault(word, {})
        existing: _Key | None = node.get(_END)
        if existing is not None and (existing.strong or not strong):
            if strong and existing.states and states and existing.states[0][1] is not states[0][1]:
                existing.states = ()  # two States share the phrase: link neither
            elif existing.acronym and not _is_acronym(text):
                existing.acronym = False  # "fYROM" as well as "FYROM": any capital will do
            return
        node[_END] = _Key(states, acronym=_is_acronym(text), strong=strong)

    def _build_phrases(self) -> None:
        # First, so that they win over a State's alias of the same words ("Macedonia").
        for text in _ELSEWHERE:
            self._add(text, (), strong=True)
        states = self._org.participating_states
        for state in states:
            for text in _names(state):
                self._add(text, ((None, state),), strong=True)
        # A former State's names name it: "Federal Republic of Yugoslavia" in 2002 is the
        # former participating State that carried that name, not today's Serbia.
        for former in self._org.former_participating_states:
            for text in _names(former):
                self._add(text, ((None, former),), strong=False)
        for text, state_id in (*_PARTS_OF_STATES.items(), *_OTHER_SPELLINGS.items()):
            whole = states.get(state_id)
            if whole is not None:
                self._add(text, ((None, whole),), strong=True)
        formers = {former.id: former for former in self._org.former_participating_states}
        for text, periods in _HISTORICAL_NAMES.items():
            resolved = tuple(
                (until, formers[ident]) for until, ident in periods if ident in formers
            )
            self._add(text, resolved, strong=False)

    def find_mentions(
        self, text: str, where: str, day: _dt.date | None = None, *, stop: int | None = None
    ) -> list[Mention]:
        """Each place in ``text`` (up to ``stop``) that names a State, as of ``day``.

        Words are matched whole, longest name first; a name needs a capital letter somewhere
        ("turkey" the bird is not Türkiye) and an acronym ("US", "UK") must be in capitals.
        Adjectives ("Polish") are not names, so they are not mentions. Time is linear in the
        text: each word starts a walk down the trie of names, at most ``_MAX_NAME_WORDS`` deep.
        """
        limit = len(text) if stop is None else stop
        tokens = [m for m in _WORD.finditer(text, 0, limit)]
        cache: dict[str, str] = {}
        words: list[str] = []
        for token in tokens:
            raw = token.group()
            key = cache.get(raw)
            if key is None:
                key = cache[raw] = normalize(raw)
            words.append(key)
        found: list[Mention] = []
        position = 0
        trie = self._trie
        while position < len(words):
            node = trie.get(words[position])
            if node is None:
                position += 1
                continue
            # Walk as far as the words go, remembering every name passed, longest last.
            passed: list[tuple[int, _Key]] = []
            length = 0
            while node is not None:
                length += 1
                named: _Key | None = node.get(_END)
                if named is not None:
                    passed.append((length, named))
                if position + length >= len(words):
                    break
                node = node.get(words[position + length])
            step = 1
            for length, named in reversed(passed):
                span = tokens[position : position + length]
                if named.acronym:
                    matched = all(t.group().isupper() for t in span)
                else:
                    # A capital letter somewhere in the name ("fYROM" counts, "turkey" not).
                    matched = any(ch.isupper() for t in span for ch in t.group())
                if not matched:
                    continue
                state = named.state_on(day)
                if state is not None:
                    begin, end = span[0].start(), span[-1].end()
                    found.append(
                        Mention(
                            state=state, where=where, text=text[begin:end], start=begin, end=end
                        )
                    )
                step = length
                break
            position += step
        return found

    def mentions(self, text: str, day: _dt.date | None = None) -> tuple[State, ...]:
        """The States ``text`` names, in order of first mention; see :meth:`find_mentions`."""
        found: dict[str, State] = {}
        for mention in self.find_mentions(text, "body", day):
            found.setdefault(mention.state.id, mention.state)
        return tuple(found.values())

    # -- issuers ------------------------------------------------------------------------------

    def _record(self, text: str) -> Any:
        """The one unit, institution, field operation, decision-making body, Partner group or
        Representative's post ``text`` names, trying the title of the Chair as pages wrote it
        in other years ("Chairman-in-Office") as today's."""
        for words in dict.fromkeys((text, _CHAIR_TITLE.sub("Chairperson", text))):
            for collection in (
                self._org.secretariat,
                self._org.institutions,
                self._org.field_operations,
                self._org.decision_making_bodies,
                self._org.partner_groups,
                self._org.personal_representatives,
            ):
                try:
                    found = collection.get(words)
                except LookupError:  # ambiguous: never picked silently
                    found = None
                if found is not None:
                    return found
        return None

    def _chairpersonship(self, text: str, year: int | None, *, incoming: bool = False) -> Any:
        """The Chairpersonship ``text`` names, by what it says: a State or year it names wins
        over the release's year (a 30 December release of the incoming Chair is the next
        year's); ``incoming`` says the page calls the Chair the incoming one."""
        match = _CHAIR.fullmatch(normalize(text))
        if match is None:
            return None
        if match.group("year"):
            year = int(match.group("year"))
            years: tuple[int, ...] = (year,)
        elif year is None:
            return None
        else:
            years = (year + 1, year) if incoming else (year, year + 1, year - 1)
        named: list[ParticipatingState] = []
        for words in (match.group("state"), match.group("tail")):
            if words is None:
                continue
            try:
                state = self._org.participating_states.get(words)
            except LookupError:
                state = None
            if state is None:
                return None  # words we do not understand
            named.append(state)
        for candidate in years:
            chair = self._org.chairpersonship(candidate)
            if chair is None:
                continue
            if all(state.id == chair.state.id for state in named):
                return chair
            if not named:
                return None if candidate != years[0] else chair
        return None

    def chairpersonship(self, year: int) -> Chairpersonship | None:
        """The Chairpersonship of ``year``, or None."""
        return self._org.chairpersonship(year)

    def issuer(self, text: str, year: int | None, *, incoming: bool = False) -> Issuer:
        """The record ``text`` names (a unit, institution, field operation, decision-making
        body, Partner group, Representative of the Chair or Chairpersonship), or the text
        itself, tidied, when it names none."""
        cleaned = _CLOSED.sub("", " ".join(text.split())).strip(" ,;")
        if len(cleaned) > _VALUE_LIMIT:
            return cleaned
        found = self._record(cleaned)
        if found is None:
            found = self._chairpersonship(cleaned, year, incoming=incoming)
        return found if found is not None else cleaned

    def issuers(
        self, values: Iterable[str], year: int | None, *, incoming: bool = False
    ) -> tuple[Issuer, ...]:
        """Every issuer in ``values``; a value may list several, joined by commas."""
        found: dict[object, Issuer] = {}  # keyed, so that a long list is deduplicated linearly
        for value in values:
            for issuer in self._issuers_in(value, year, incoming):
                if issuer:
                    key = (
                        ("text", issuer) if isinstance(issuer, str) else (type(issuer), id(issuer))
                    )
                    found.setdefault(key, issuer)
        return tuple(found.values())

    def _issuers_in(self, value: str, year: int | None, incoming: bool = False) -> list[Issuer]:
        whole = self.issuer(value, year, incoming=incoming)
        if not isinstance(whole, str):
            return [whole]
        parts = [p.strip() for p in _SPLIT_VALUES.split(value)]
        parts = [p for p in parts if p]
        if len(parts) < 2:
            return [whole]
        # Greedy, longest run of parts first (a name may itself hold a comma: "Missions of Long
        # Duration in Kosovo, Sandjak and Vojvodina"), and no run longer than _MAX_PARTS, so
        # that a line of many parts costs linear time.
        found: list[Issuer] = []
        start = 0
        while start < len(parts):
            for end in range(min(len(parts), start + _MAX_PARTS), start, -1):
                issuer = self.issuer(", ".join(parts[start:end]), year, incoming=incoming)
                if not isinstance(issuer, str) or end == start + 1:
                    found.append(issuer)
                    start = end
                    break
        if len(value) <= _VALUE_LIMIT and all(isinstance(issuer, str) for issuer in found):
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
        return self.fields_and_unlinked(values)[0]

    def fields_and_unlinked(
        self, values: Iterable[str]
    ) -> tuple[tuple[FieldOfWork, ...], tuple[str, ...]]:
        """The fields of work named in ``values``, and the terms that name none (kept as
        written, so that nothing the page says is dropped)."""
        found: dict[str, FieldOfWork] = {}
        unlinked: dict[str, None] = {}
        for value in values:
            whole = self._field(value)
            if whole is not None:
                found.setdefault(whole.id, whole)
                continue
            for part in _SPLIT_VALUES.split(value):
                term = " ".join(part.split())
                if not term:
                    continue
                field = self._field(term)
                if field is None:
                    unlinked.setdefault(term[:_VALUE_LIMIT])
                else:
                    found.setdefault(field.id, field)
        return tuple(found.values()), tuple(unlinked)


def linker_for(org: Organization) -> Linker:
    """The organisation's linker, built on first use."""
    return org._cached("press_linker", lambda: Linker(org))
