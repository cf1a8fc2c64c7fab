"""Synthetic press releases of realistic size and spread, for the corpus benchmarks."""

from __future__ import annotations

import datetime as _dt
import random
from typing import Any

import osce_model
from osce_model import Organization, PressRelease

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


def releases(count: int, *, seed: int = 2026, org: Organization | None = None) -> list[Any]:
    """``count`` releases: ~300-word bodies, 1-2 issuers, 1-3 fields, 0-4 States, 1995-2026."""
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
        day = _dt.date.fromordinal(start + rng.randrange(span))
        sources: list[Any] = rng.sample(issuers, rng.choice((1, 1, 1, 2)))
        if rng.random() < 0.03:
            sources.append("Delegation of a partner organisation")
        out.append(
            PressRelease(
                id=f"synthetic-{number}",
                title=_text(rng, rng.randint(6, 14)).capitalize(),
                content_type=rng.choice(("Press release", "News item", "Statement")),
                date=day if rng.random() > 0.02 else None,
                place=rng.choice(("Vienna", "Warsaw", "Skopje", "Pristina", "Belgrade", None)),
                dateline_city=None,
                issuers=tuple(sources),
                fields_of_work=tuple(rng.sample(fields, rng.randint(1, 3))),
                mentioned_states=tuple(rng.sample(states, rng.randint(0, 4))),
                body=_text(rng, rng.randint(200, 400)),
                url=f"https://www.osce.org/synthetic/{number}",
            )
        )
    return out
