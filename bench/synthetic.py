"""Synthetic press releases of realistic size and spread, for the corpus benchmarks.

By default a body is one paragraph of words (no line breaks, no punctuation), as the corpus
benchmarks have always measured. ``paragraphs=True`` writes bodies as the parser extracts
real pages: paragraphs of sentences separated by line breaks (``\n`` escapes in JSON), a
quotation in one paragraph of three (a colon and quotes, escaped in JSON), and each State
mentioned named in the body, with its ``Mention`` (where, text, start, end).
"""

from __future__ import annotations

import datetime as _dt
import random
from typing import Any

import osce_model
from osce_model import Mention, Organization, PressRelease

_TEXT = (
    "the OSCE mission co-operation support police border training election observers human "
    "rights media freedom dialogue security regional conference representatives participants "
    "government ministry experts workshop project youth gender environment water energy "
    "trafficking tolerance minorities reform justice judges prosecutors municipalities local "
    "community civil society journalists parliament delegation agreement implementation "
    "capacity building assessment recommendations Vienna report meeting co-ordinator"
)
_WORDS = _TEXT.split(" ")


def _text(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(_WORDS) for _ in range(words))


def _sentence(rng: random.Random, words: int) -> str:
    text = _text(rng, words)
    return text[0].upper() + text[1:] + "."


def _paragraphs(rng: random.Random, words: int, states: list[Any]) -> tuple[str, list[Mention]]:
    """A body of about ``words`` words in paragraphs, naming each of ``states`` once."""
    paragraphs: list[str] = []
    unnamed = list(states)
    while words > 0:
        sentences = [_sentence(rng, rng.randint(8, 20)) for _ in range(rng.randint(2, 4))]
        if rng.random() < 1 / 3:
            sentences.append(f'The Head of Mission said: "{_sentence(rng, 12)}"')
        if unnamed:
            # Marked with NULs, removed below once the States' places are known.
            where = rng.randrange(len(sentences) + 1)
            sentences.insert(where, f"It met officials of \0{unnamed.pop().name}\0.")
        paragraph = " ".join(sentences)
        words -= paragraph.count(" ") + 1
        paragraphs.append(paragraph)
    mentions = []
    parts = "\n".join(paragraphs).split("\0")
    position = 0
    for index, part in enumerate(parts):
        if index % 2:  # a State's name
            state = next(s for s in states if s.name == part)
            end = position + len(part)
            mentions.append(Mention(state=state, where="body", text=part, start=position, end=end))
        position += len(part)
    return "".join(parts), mentions


def releases(
    count: int, *, seed: int = 2026, org: Organization | None = None, paragraphs: bool = False
) -> list[Any]:
    """``count`` releases: ~300-word bodies, 1-2 issuers, 1-3 fields, 0-4 States, 1995-2026
    (bodies in paragraphs, with mentions of the States, with ``paragraphs``)."""
    org = org or osce_model.load()
    rng = random.Random(seed)
    issuers: list[Any] = [
        *org.secretariat,
        *org.institutions,
        *org.field_operations,
        *org.chairpersonships,
    ]
    fields = list(org.fields_of_work)
    states = list(org.participating_states)
    start = _dt.date(1995, 1, 1).toordinal()
    span = _dt.date(2026, 11, 1).toordinal() - start
    out = []
    for number in range(count):
        # The draws in 0.1's order, so that the default corpus stays the one measured before.
        day = _dt.date.fromordinal(start + rng.randrange(span))
        sources: list[Any] = rng.sample(issuers, rng.choice((1, 1, 1, 2)))
        if rng.random() < 0.03:
            sources.append("Delegation of a partner organisation")
        title = _text(rng, rng.randint(6, 14)).capitalize()
        content_type = rng.choice(("Press release", "News item", "Statement"))
        dated = rng.random() > 0.02
        place = rng.choice(("Vienna", "Warsaw", "Skopje", "Pristina", "Belgrade", None))
        named = tuple(rng.sample(fields, rng.randint(1, 3)))
        mentioned = rng.sample(states, rng.randint(0, 4))
        words = rng.randint(200, 400)
        if paragraphs:
            body, mentions = _paragraphs(rng, words, mentioned)
        else:
            body, mentions = _text(rng, words), []
        out.append(
            PressRelease(
                id=f"synthetic-{number}",
                title=title,
                content_type=content_type,
                date=day if dated else None,
                place=place,
                dateline_city=None,
                issuers=tuple(sources),
                fields_of_work=named,
                mentioned_states=tuple(mentioned),
                body=body,
                url=f"https://www.osce.org/synthetic/{number}",
                mentions=tuple(mentions),
            )
        )
    return out
